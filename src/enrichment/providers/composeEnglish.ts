import type { EnrichmentInput, EnrichmentOutput, Passage } from './types.js';
import { faqSentences } from './text/englishSentences.js';
import { quotableAnswerSentences } from './text/answerStyle.js';
import { contentStems, countWords, coverage, isStopword, overlapCount, stemSet, words as wordsOf } from './text/tokens.js';
import { claimsDiagnosis, mentionsRedFlag, statesDose } from './safety.js';
import { ROLE_ORDER, roleOfEnglish, type Role } from './roles.js';
import { complaintPhrase, recogniseTopic, topicStems, GENERIC_TOPIC_WORDS } from './topic.js';
import { englishHeadline, questionKind, type QuestionKind } from './headline.js';
import { CitationNumbers, cite } from './citations.js';
import { splitSentencesAny } from './validate.js';

export const EN_MIN_WORDS = 150;
export const EN_MAX_WORDS = 500;
const BODY_WORD_TARGET = 270;
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

const ANAPHORA = /^(?:\S+\s+){0,3}(?:this|these|those|such)\b|\b(?:this|these|that|such|those)\s+(?:type|kind|form|condition|procedure|surgery|treatment|disease|disorder|problem|medicine|test|cancer|infection|sign|symptom|step|change|drug|option)s?\b|^(?:This|These|That|Those|It|Its|They|Their|Such|Both|Also|However|But|In addition|Other|Another|He|She|Some of these|In this|In these|The condition|The disease|The disorder|Otherwise|So|And|Then|Yes|No|Here|There|Thus|Therefore|For example|Secondly|Firstly|First|Second|Finally|Lastly|Again|Still|Because of (?:this|that|these)|The rest|The other|The former|The latter|The same)\b/;

/** How much a section is wanted for this kind of question: a second sentence of a role costs this much less. */
function roleWeights(kind: QuestionKind): Record<Role, number> {
  const w: Record<Role, number> = { definition: 1, cause: 1, symptom: 1, test: 0.6, treatment: 1, 'self-care': 1, outlook: 0.6, 'seek-care': 1 };
  if (kind === 'cause') Object.assign(w, { cause: 1.6, test: 0.4 });
  if (kind === 'treatment') Object.assign(w, { treatment: 1.6, 'self-care': 1.4, symptom: 0.6, test: 0.3 });
  if (kind === 'results') Object.assign(w, { test: 1.5 });
  if (kind === 'worry') Object.assign(w, { symptom: 1.3, outlook: 1.2, 'seek-care': 1.4 });
  return w;
}

/** "What I need to know about Hepatitis B" → "Hepatitis B"; "Pyelonephritis: Kidney Infection" → "Pyelonephritis (Kidney Infection)". */
export function cleanFocus(focus: string): string {
  const bare = focus.replace(/^what (?:i|you) need to know about\s+/i, '').replace(/\s*\?$/, '').trim();
  const colon = /^([^:]+):\s*(.+)$/.exec(bare);
  if (!colon) return bare;
  // "Hepatitis B: What Asian … Need to Know", "Viral Hepatitis: A through E and Beyond": keep the name.
  if (/\b(?:what|need to know|beyond|through|for|about|guide|overview|facts)\b/i.test(colon[2])) return colon[1].trim();
  return `${colon[1]} (${colon[2]})`;
}

/** "ADHD" names "Attention Deficit-Hyperactivity Disorder", "OCD" "Obsessive-Compulsive Disorder". */
export function namesByAcronym(text: string, focus: string): boolean {
  const initials = cleanFocus(focus)
    .replace(/\(.*?\)/g, ' ')
    .split(/[\s-]+/)
    .filter((w) => /^[A-Za-z]/.test(w) && !/^(?:of|and|the|in|with|to|for|a)$/i.test(w))
    .map((w) => w[0].toLowerCase())
    .join('');
  if (initials.length < 3) return false;
  // Written in capitals ("SAD"), or long enough not to be an ordinary word ("copd" in a lowercased answer).
  return new RegExp(`\\b${initials.toUpperCase()}s?\\b`).test(text) || (initials.length >= 4 && new RegExp(`\\b${initials}s?\\b`, 'i').test(text));
}

export function names(text: string, phrase: string): boolean {
  const escaped = phrase.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\b${escaped}(?:e?s)?\\b`).test(text.toLowerCase());
}

/**
 * FAQ entries that are about what was asked: they name its topic or share much of its wording.
 * One topic reads better than several, so entries on other topics are kept only when the question
 * or its answers name that topic outright.
 */
export function relevantFaqs(passages: Passage[], asked: Set<string>, question: Set<string>, askedText: string, questionText: string): Passage[] {
  const specificQuestion = new Set([...question].filter((s) => !GENERIC_TOPIC_WORDS.has(s)));
  const complaint = topicStems(complaintPhrase(questionText) ?? '');
  // A page for one population ("Exercise for Children") fits only a question about that population.
  const asksAboutAChild = CHILD_WORDS.test(askedText);
  const scored = passages
    .filter((p) => p.kind === 'faq' && p.lang === 'en')
    .filter((p) => asksAboutAChild || !CHILD_WORDS.test(p.focus ?? ''))
    // Research and support-group entries describe studies and organisations, not the condition.
    .filter((p) => !NOT_EDUCATIONAL_QTYPES.has(p.qtype ?? ''))
    .map((p) => {
      const focus = topicStems(cleanFocus(p.focus ?? p.title));
      // Named: half the topic's words in the question itself, or all of them somewhere in the thread.
      const named = coverage(focus, question) >= 0.5 || coverage(focus, asked) === 1 || namesByAcronym(askedText, p.focus ?? '') ? 1 : 0;
      // Shared wording counts only in words that name something: "injury" and "pain" match everything.
      const passageStems = stemSet(`${p.title} ${p.text.slice(0, 2000)}`);
      const hits = overlapCount(specificQuestion, passageStems);
      // When the asker names a complaint ("nerve pain"), a passage must speak of it to count as shared.
      const speaksOfComplaint = complaint.size === 0 || overlapCount(complaint, passageStems) > 0;
      // A short question ("I have a tiny mole, is this cancer?") may share only its complaint word.
      const enough = hits >= 2 || (hits === 1 && specificQuestion.size <= 3 && complaint.size > 0 && overlapCount(complaint, passageStems) > 0);
      const shared = enough && speaksOfComplaint ? hits / Math.max(1, specificQuestion.size) : 0;
      return { p, named, shared, speaksOfComplaint };
    })
    .filter((s) => s.named >= 0.5 || s.shared >= 0.34);
  if (!scored.length) return [];
  // The leading topic is one the question names, if any; otherwise the caller's best match.
  const topicOf = (p: Passage) => cleanFocus(p.focus ?? p.title);
  // The main topic must speak of the asker's complaint when there is one ("fainted" → not "Drinking Water").
  const onComplaint = scored.filter((s) => s.speaksOfComplaint);
  const candidates = onComplaint.length ? onComplaint : scored;
  const namedBy = (text: string) => (s: { p: Passage }) => names(text, topicOf(s.p)) || namesByAcronym(text, s.p.focus ?? '');
  const mainTopic = topicOf((candidates.find(namedBy(questionText)) ?? candidates.find(namedBy(askedText)) ?? candidates[0]).p);
  // Other topics come after the main one, so their sentences rank lower (passageRank) and cite later.
  const main = scored.filter((s) => topicOf(s.p) === mainTopic);
  const mainStems = topicStems(mainTopic);
  // Kin of the main topic ("Viral Gastroenteritis" for "Gastroenteritis") are welcome too.
  const kin = (p: Passage) => [...topicStems(topicOf(p))].some((s) => mainStems.has(s));
  const others = scored.filter((s) => topicOf(s.p) !== mainTopic && (s.named >= 0.67 || s.shared >= 0.4 || kin(s.p) || names(askedText, topicOf(s.p))));
  // At most two further topics, the ones the question names first: more reads like a pile of leaflets.
  const otherTopics = [...new Set(others.sort((a, b) => Number(names(askedText, topicOf(b.p))) - Number(names(askedText, topicOf(a.p)))).map((s) => topicOf(s.p)))].slice(0, MAX_OTHER_TOPICS);
  return [...main, ...others.filter((s) => otherTopics.includes(topicOf(s.p)))].map((s) => s.p);
}

/**
 * Imported answers are full of typos and run-together words ("openedits more imp"). A sentence is
 * quoted only when nearly all its words are known: function words or words the FAQ passages use.
 */
function readsCleanly(sentence: string, vocabulary: Set<string>): boolean {
  const ws = wordsOf(sentence).filter((w) => !isStopword(w) && !/^\d/.test(w));
  const unknown = ws.filter((w) => !vocabulary.has(w)).length;
  return unknown <= Math.floor(ws.length * 0.15);
}

function candidatesOf(
  passage: Passage,
  passageRank: number,
  question: Set<string>,
  answers: Set<string>,
  topic: Set<string>,
  vocabulary: Set<string>,
): Candidate[] {
  const isFaq = passage.kind === 'faq';
  const sentences = isFaq ? faqSentences(passage.text) : quotableAnswerSentences(passage.text).filter((s) => readsCleanly(s.text, vocabulary));
  const out: Candidate[] = [];
  for (const s of sentences) {
    if (statesDose(s.text, 'en') || claimsDiagnosis(s.text, 'en')) continue;
    // Must read as one sentence to the checker too, or its citation would seem to be missing.
    if (splitSentencesAny(s.text).length !== 1) continue;
    if (!isFaq && QUESTION_LIKE.test(s.text)) continue;
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

/**
 * Greedy selection with diminishing returns per section: each further sentence of a role is worth
 * less, so the text covers causes, care and when to seek help when the sources allow, and still
 * fills out from one section when that is all the sources hold.
 */
function select(candidates: Candidate[], kind: QuestionKind): Candidate[] {
  const weights = roleWeights(kind);
  const chosen: Candidate[] = [];
  const perRole = new Map<Role, number>();
  let words = 0;
  let answerQuotes = 0;
  const admissible = (c: Candidate): boolean => {
    if (words + c.words > BODY_WORD_BUDGET) return false;
    if (c.passage.kind !== 'faq' && answerQuotes >= MAX_ANSWER_QUOTES) return false;
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
      const value = c.score * weights[c.role] - (c.role === 'definition' ? 1.2 : 0.7) * n;
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
    open = open.filter((c) => c !== best);
    perRole.set(best.role, (perRole.get(best.role) ?? 0) + 1);
    words += best.words;
    if (best.passage.kind !== 'faq') answerQuotes++;
  }
  return chosen;
}

const MAX_OTHER_TOPICS = 2;
const NOT_EDUCATIONAL_QTYPES = new Set(['research', 'support groups']);
const CHILD_WORDS = /\b(?:child|children|childhood|kids?|infants?|bab(?:y|ies)|newborns?|toddlers?|teens?|teenagers?|adolescents?|pediatric|son|daughter|boy|girl|granddaughter|grandson)\b/i;
const QUESTION_LIKE = /^(?:if\b.*\bthen\s+(?:how|what|why)|how|what|why|when|where|which|who|is|are|can|could|do|does|did|should|would|will)\b/i;
const MAX_ANSWER_QUOTES = 2;
const MAX_PARAGRAPH_SENTENCES = 5;

const PARAGRAPHS: Role[][] = [['definition'], ['cause', 'symptom', 'test'], ['treatment', 'self-care', 'outlook'], ['seek-care']];

/** Splits a long section into paragraphs of at most five sentences, never starting one with "It …". */
function chunk(sentences: string[], sources: Candidate[]): string[][] {
  const parts: string[][] = [];
  let current: string[] = [];
  const target = Math.ceil(sentences.length / Math.ceil(sentences.length / MAX_PARAGRAPH_SENTENCES));
  sentences.forEach((s, i) => {
    const anaphoric = i < sources.length && ANAPHORA.test(sources[i].text);
    if (current.length >= target && !anaphoric && current.length > 1) {
      parts.push(current);
      current = [];
    }
    current.push(s);
  });
  if (current.length) parts.push(current);
  return parts;
}

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

  const faqs = relevantFaqs(input.passages, asked, questionStems, `${questionText} ${answerText}`, questionText);
  const foci = [...new Set(faqs.map((p) => p.focus).filter((f): f is string => !!f).map(cleanFocus))];
  const topic = recogniseTopic(questionText, question.title, foci, answerText);
  const headline = englishHeadline(question.title, question.body, topic, question.department.name);
  const kind = questionKind(question.title, question.body);
  const topicWords = new Set(contentStems(topic?.phrase ?? ''));

  const answerPassages = input.passages.filter((p) => p.kind !== 'faq' && p.lang === 'en');
  const vocabulary = new Set(faqs.flatMap((p) => wordsOf(p.text)));
  const pool = [...faqs, ...answerPassages].flatMap((p, rank) => candidatesOf(p, rank, questionStems, answerStems, topicWords, vocabulary));
  const chosen = select(pool, kind);

  const numbers = new CitationNumbers();
  const paragraphs: string[] = [];
  const rank = (c: Candidate) => ROLE_ORDER.indexOf(c.role) * 10000 + c.passageRank * 100 + c.index;
  for (const roles of PARAGRAPHS) {
    const inParagraph = chosen.filter((c) => roles.includes(c.role)).sort((a, b) => rank(a) - rank(b));
    const sentences = inParagraph.map((c) => cite(c.text, numbers.numberOf(c.passage)));
    if (roles.includes('seek-care')) sentences.push(closingLine(questionText));
    // A long section reads better as two paragraphs.
    for (const part of chunk(sentences, inParagraph)) paragraphs.push(part.join(' '));
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
