import type { EnrichmentInput, EnrichmentOutput, Passage } from './types.js';
import { faqSentences } from './text/englishSentences.js';
import { quotableAnswerSentences } from './text/answerStyle.js';
import { contentStems, countWords, coverage, overlapCount, stemSet } from './text/tokens.js';
import { claimsDiagnosis, mentionsRedFlag, statesDose } from './safety.js';
import { ROLE_ORDER, roleOfEnglish, type Role } from './roles.js';
import { recogniseTopic } from './topic.js';
import { englishHeadline, questionKind, type QuestionKind } from './headline.js';
import { CitationNumbers, cite } from './citations.js';

export const EN_MIN_WORDS = 150;
export const EN_MAX_WORDS = 500;
const BODY_WORD_BUDGET = 400;

interface Candidate {
  text: string;
  passage: Passage;
  passageRank: number;
  index: number;
  role: Role;
  score: number;
  stems: Set<string>;
  words: number;
}

const ANAPHORA = /^(?:This|These|That|Those|It|Its|They|Their|Such|Both|Also|However|But|In addition|Other|Another|He|She|Some of these|In this|In these|The condition|The disease|The disorder)\b/;

function budgets(kind: QuestionKind): Record<Role, number> {
  const b: Record<Role, number> = { definition: 2, cause: 2, symptom: 2, test: 1, treatment: 2, 'self-care': 2, outlook: 1, 'seek-care': 2 };
  if (kind === 'cause') Object.assign(b, { cause: 4, definition: 1, test: 0 });
  if (kind === 'treatment') Object.assign(b, { treatment: 4, 'self-care': 3, symptom: 1, definition: 1, test: 0 });
  if (kind === 'results') Object.assign(b, { test: 3 });
  if (kind === 'worry') Object.assign(b, { symptom: 3, outlook: 2 });
  return b;
}

/** FAQ entries that are about what was asked: they name its topic or share much of its wording. */
function relevantFaqs(passages: Passage[], asked: Set<string>, question: Set<string>): Passage[] {
  const scored = passages
    .filter((p) => p.kind === 'faq' && p.lang === 'en')
    .map((p, rank) => {
      const focus = stemSet(p.focus ?? p.title);
      const named = coverage(focus, asked);
      const shared = coverage(question, stemSet(`${p.title} ${p.text.slice(0, 2000)}`));
      return { p, rank, named, shared };
    })
    .filter((s) => s.named >= 0.5 || s.shared >= 0.34);
  if (!scored.length) return [];
  // One topic reads better than several: keep the leading focus, plus others the question names.
  const mainFocus = scored[0].p.focus;
  return scored.filter((s) => s.p.focus === mainFocus || s.named >= 0.99).map((s) => s.p);
}

function candidatesOf(
  passage: Passage,
  passageRank: number,
  question: Set<string>,
  answers: Set<string>,
  topic: Set<string>,
): Candidate[] {
  const isFaq = passage.kind === 'faq';
  const sentences = isFaq ? faqSentences(passage.text) : quotableAnswerSentences(passage.text);
  const out: Candidate[] = [];
  for (const s of sentences) {
    if (statesDose(s.text, 'en') || claimsDiagnosis(s.text, 'en')) continue;
    const stems = stemSet(s.text);
    const q = overlapCount(stems, question);
    const a = overlapCount(stems, answers);
    const t = overlapCount(stems, topic);
    if (!isFaq && q + t === 0) continue;
    const lead = s.index <= 2;
    const score =
      (2 * q + a + 1.5 * t) / Math.sqrt(stems.size + 1) +
      (lead ? 0.4 : 0) +
      (isFaq ? 0.6 : 0) -
      passageRank * 0.05;
    const role = roleOfEnglish(s.text, isFaq ? passage.qtype : undefined, lead);
    out.push({ text: s.text, passage, passageRank, index: s.index, role, score, stems, words: countWords(s.text) });
  }
  return out;
}

function similar(a: Set<string>, b: Set<string>): boolean {
  let inter = 0;
  for (const s of a) if (b.has(s)) inter++;
  return inter / Math.max(1, Math.min(a.size, b.size)) > 0.6;
}

function select(candidates: Candidate[], kind: QuestionKind): Candidate[] {
  const budget = budgets(kind);
  const chosen: Candidate[] = [];
  let words = 0;
  const tryAdd = (c: Candidate, roleLimit: boolean): boolean => {
    if (chosen.includes(c)) return false;
    if (roleLimit && chosen.filter((x) => x.role === c.role).length >= budget[c.role]) return false;
    if (words + c.words > BODY_WORD_BUDGET) return false;
    if (ANAPHORA.test(c.text) && !chosen.some((x) => x.passage === c.passage && x.index === c.index - 1 && x.role === c.role)) return false;
    if (chosen.some((x) => similar(x.stems, c.stems))) return false;
    chosen.push(c);
    words += c.words;
    return true;
  };
  const ranked = [...candidates].sort((a, b) => b.score - a.score);
  // Two passes so a sentence that follows a chosen one ("It …") can join it.
  for (let pass = 0; pass < 2; pass++) for (const c of ranked) tryAdd(c, true);
  // Too short: let the best remaining sentences in, whatever their role.
  if (words < EN_MIN_WORDS + 20) for (const c of ranked) if (words < EN_MIN_WORDS + 40) tryAdd(c, false);
  return chosen;
}

const PARAGRAPHS: Role[][] = [['definition'], ['cause', 'symptom', 'test'], ['treatment', 'self-care', 'outlook'], ['seek-care']];

function closingLine(questionText: string): string {
  return mentionsRedFlag(questionText, 'en')
    ? 'Call your local emergency number at once for sudden or severe symptoms, and see a doctor promptly if symptoms persist, return or get worse.'
    : 'See a doctor if symptoms are severe, persist, keep coming back or get worse, and call your local emergency number at once for sudden or severe symptoms.';
}

export function composeEnglish(input: EnrichmentInput): EnrichmentOutput {
  const { question } = input;
  const questionText = `${question.title} ${question.body}`;
  const questionStems = stemSet(questionText);
  const answerText = input.answers.map((a) => a.text).join(' ');
  const answerStems = stemSet(answerText);
  const asked = new Set([...questionStems, ...answerStems]);

  const faqs = relevantFaqs(input.passages, asked, questionStems);
  const foci = [...new Set(faqs.map((p) => p.focus).filter((f): f is string => !!f))];
  const topic = recogniseTopic(questionText, question.title, foci);
  const headline = englishHeadline(question.title, question.body, topic, question.department.name);
  const kind = questionKind(question.title, question.body);
  const topicStems = new Set(contentStems(topic?.phrase ?? ''));

  const answerPassages = input.passages.filter((p) => p.kind !== 'faq' && p.lang === 'en');
  const pool = [...faqs, ...answerPassages].flatMap((p, rank) => candidatesOf(p, rank, questionStems, answerStems, topicStems));
  const chosen = select(pool, kind);

  const numbers = new CitationNumbers();
  const paragraphs: string[] = [];
  const rank = (c: Candidate) => ROLE_ORDER.indexOf(c.role) * 10000 + c.passageRank * 100 + c.index;
  for (const roles of PARAGRAPHS) {
    const inParagraph = chosen.filter((c) => roles.includes(c.role)).sort((a, b) => rank(a) - rank(b));
    const sentences = inParagraph.map((c) => cite(c.text, numbers.numberOf(c.passage)));
    if (roles.includes('seek-care')) sentences.push(closingLine(questionText));
    if (sentences.length) paragraphs.push(sentences.join(' '));
  }
  const text = paragraphs.join('\n\n');
  const words = countWords(text);
  const warnings: string[] = [];
  if (numbers.sources.length === 0 || words < EN_MIN_WORDS) {
    warnings.push(`more info left out: the passages support ${words} words from ${numbers.sources.length} sources`);
    return { headline, moreInfo: null, provider: 'builtin', warnings };
  }
  return { headline, moreInfo: { text, sources: numbers.sources }, provider: 'builtin', warnings };
}
