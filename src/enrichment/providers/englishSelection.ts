import type { Role } from './roles.js';
import type { QuestionKind } from './headline.js';
import { ANAPHORA, type Candidate } from './englishCandidates.js';

// Which sentences a More Info is made of.

const BODY_WORD_TARGET = 270;
const BODY_WORD_BUDGET = 400;
// Doctors' sentences fill in only what the FAQ entries cannot: a couple beside a full FAQ text,
// more where the site's FAQ holds little on the topic.
const ANSWER_QUOTES_BESIDE_FAQ = 2;
const ANSWER_QUOTES_WITHOUT_FAQ = 12;

/** How much a section is wanted for this kind of question: a second sentence of a role costs this much less. */
function roleWeights(kind: QuestionKind): Record<Role, number> {
  const w: Record<Role, number> = { definition: 1, cause: 1, symptom: 1, test: 0.6, treatment: 1, 'self-care': 1, outlook: 0.6, 'seek-care': 1 };
  if (kind === 'cause') Object.assign(w, { cause: 1.6, test: 0.4 });
  if (kind === 'treatment') Object.assign(w, { treatment: 1.6, 'self-care': 1.4, symptom: 0.6, test: 0.3 });
  if (kind === 'results') Object.assign(w, { test: 1.5 });
  if (kind === 'worry') Object.assign(w, { symptom: 1.3, outlook: 1.2, 'seek-care': 1.4 });
  return w;
}

const SECOND_SOURCE_BONUS = 0.6;
const sourceKey = (c: Candidate) => `${c.passage.url}\n${c.passage.title}`;

function similar(a: Set<string>, b: Set<string>): boolean {
  let inter = 0;
  for (const s of a) if (b.has(s)) inter++;
  return inter / Math.max(1, Math.min(a.size, b.size)) > 0.6;
}

/**
 * Greedy selection with diminishing returns per section: each further sentence of a role is worth
 * less, so the text covers causes, care and when to seek help when the sources allow, and still
 * fills out from one section when that is all the sources hold.
 */
export function select(candidates: Candidate[], kind: QuestionKind): Candidate[] {
  const weights = roleWeights(kind);
  const faqWords = candidates.filter((c) => c.passage.kind === 'faq').reduce((n, c) => n + c.words, 0);
  const maxAnswerQuotes = faqWords >= BODY_WORD_TARGET ? ANSWER_QUOTES_BESIDE_FAQ : ANSWER_QUOTES_WITHOUT_FAQ;
  const chosen: Candidate[] = [];
  const perRole = new Map<Role, number>();
  let words = 0;
  let answerQuotes = 0;
  const sources = new Set<string>();
  const admissible = (c: Candidate): boolean => {
    if (words + c.words > BODY_WORD_BUDGET) return false;
    if (c.passage.kind !== 'faq' && answerQuotes >= maxAnswerQuotes) return false;
    return !chosen.some((x) => similar(x.stems, c.stems));
  };
  // "It …", "These medicines …" only right after the sentence they point back to; that may come later.
  const followsItsAntecedent = (c: Candidate): boolean =>
    !ANAPHORA.test(c.text) || chosen.some((x) => x.passage === c.passage && x.index === c.index - 1);
  let open = [...candidates];
  while (words < BODY_WORD_TARGET) {
    let best: Candidate | null = null;
    let bestValue = -Infinity;
    open = open.filter(admissible);
    for (const c of open) {
      if (!followsItsAntecedent(c)) continue;
      const n = perRole.get(c.role) ?? 0;
      // A reader can check a text against two sources better than against one.
      const secondSource = sources.size === 1 && !sources.has(sourceKey(c)) ? SECOND_SOURCE_BONUS : 0;
      const value = c.score * weights[c.role] - (c.role === 'definition' ? 1.2 : 0.7) * n + secondSource;
      if (value > bestValue) {
        bestValue = value;
        best = c;
      }
    }
    if (!best) break;
    // A sentence that points back ("This can cause…") stays in its antecedent's paragraph.
    if (ANAPHORA.test(best.text)) {
      const antecedent = chosen.find((x) => x.passage === best!.passage && x.index === best!.index - 1);
      if (antecedent && antecedent.role !== best.role) {
        const moved: Candidate = { ...best, role: antecedent.role };
        open = open.filter((c) => c !== best);
        best = moved;
      }
    }
    chosen.push(best);
    sources.add(sourceKey(best));
    open = open.filter((c) => c !== best);
    perRole.set(best.role, (perRole.get(best.role) ?? 0) + 1);
    words += best.words;
    if (best.passage.kind !== 'faq') answerQuotes++;
  }
  return chosen;
}

