import type { EnrichmentInput, EnrichmentOutput, MoreInfoSource, Passage } from './types.js';
import { contentStems, countWords, stemSet, words as wordsOf } from './text/tokens.js';
import { mentionsRedFlag } from './safety.js';
import { ROLE_ORDER, type Role } from './roles.js';
import { recogniseTopic, topicStems, type Topic } from './topic.js';
import { titleCase } from './titleCase.js';
import { englishHeadline, questionKind } from './headline.js';
import { CitationNumbers, cite } from './citations.js';
import { broaderPassages, cleanFocus, namedBySynonym, questionNamer, relevantFaqs } from './faqRelevance.js';
import { ANAPHORA, candidatesOf, type Candidate } from './englishCandidates.js';
import { select } from './englishSelection.js';
import { topicInText, withTopicLeadIn } from './topicLeadIn.js';
import { answerNegationsSpelledOut, slashAcronyms, withoutNegations } from './namedTopics.js';
import { LIMITS } from './validate.js';
import { parentTopicOf } from './parentTopics.js';
import { similarEnough } from './similarAnswers.js';

export const EN_MIN_WORDS = LIMITS.en.minWords;
export const EN_MAX_WORDS = LIMITS.en.maxWords;
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

/** The fixed safety line, naming the page's topic when one was recognised ("See a doctor about eyelid twitching if …"). */
function closingLine(questionText: string, topic: Topic | null): string {
  const about = topic && topic.kind !== 'phrase' ? ` about ${topicInText(titleCase(topic.phrase))}` : '';
  return mentionsRedFlag(questionText, 'en')
    ? `Call your local emergency number at once for sudden or severe symptoms, and see a doctor${about} promptly if symptoms persist, return or get worse.`
    : `See a doctor${about} if symptoms are severe, persist, keep coming back or get worse, and call your local emergency number at once for sudden or severe symptoms.`;
}

/** Orders the chosen sentences into paragraphs (what it is → causes → care → when to see a doctor), cited. */
function layOut(chosen: Candidate[], faqs: Passage[], questionText: string, topic: Topic | null): { text: string; words: number; sources: MoreInfoSource[] } {
  const numbers = new CitationNumbers();
  const paragraphs: string[] = [];
  const mainTopic = faqs[0] ? cleanFocus(faqs[0].focus ?? '') : '';
  let previousTopic = mainTopic;
  const rank = (c: Candidate) => ROLE_ORDER.indexOf(c.role) * 10000 + c.passageRank * 100 + c.index;
  for (const roles of PARAGRAPHS) {
    const inParagraph = chosen.filter((c) => roles.includes(c.role)).sort((a, b) => rank(a) - rank(b));
    const sentences = inParagraph.map((c) => {
      // Moving to another FAQ page's topic, say so: "For chest pain, …".
      const pageTopic = c.passage.kind === 'faq' ? cleanFocus(c.passage.focus ?? '') : '';
      const switched = pageTopic && pageTopic !== mainTopic && pageTopic !== previousTopic && !ANAPHORA.test(c.text);
      previousTopic = pageTopic || previousTopic;
      return cite(switched ? withTopicLeadIn(c.text, pageTopic) : c.text, numbers.numberOf(c.passage));
    });
    if (roles.includes('seek-care')) sentences.push(closingLine(questionText, topic));
    // A long section reads better as two paragraphs.
    for (const part of chunk(sentences, inParagraph)) paragraphs.push(part.join(' '));
  }
  const text = paragraphs.join('\n\n');
  return { text, words: countWords(text), sources: numbers.sources };
}

// A reviewed parent page ("Joint Disorders" beside "Knee Injuries and Disorders") is there as a second
// source on the same subject, not to pad the text: read on dev, uncapped it filled a sepsis text with
// how small bacteria are and a yeast-infection text with mushrooms and mildew.
const PARENT_PAGE_SENTENCES = 3;

// A page on a whole class of germs opens with what the germs are ("Viruses are capsules with genetic
// material inside. They are very tiny, much smaller than bacteria", "Viruses cause … HIV/AIDS, smallpox"):
// beside Zika or mono that is filler (read on dev); what it says of all their infections ("Antibiotics do
// not work for viral infections", "Vaccines can help prevent …") is not. A sentence naming the child stays
// ("If you have ever had athlete's foot or a yeast infection, you can blame a fungus").
const GERM_CLASS_PARENT = /^(?:Bacterial|Viral|Fungal|Parasitic) (?:Infections|Diseases)$/;
const ABOUT_THE_GERMS = /^(?:(?:Some|Most|Many|All) )?(?:Viruses|Bacteria|Fungi|Parasites|Germs|They)\b/;

function capParentPage(pool: Candidate[], faqs: Passage[], main = faqs[0] ? cleanFocus(faqs[0].focus ?? '') : ''): Candidate[] {
  const parent = parentTopicOf(main);
  if (!parent) return pool;
  const fromParent = (c: Candidate) => c.passage.kind === 'faq' && cleanFocus(c.passage.focus ?? '') === parent;
  const childStems = topicStems(main);
  const germsDefined = (c: Candidate) => GERM_CLASS_PARENT.test(parent) && ABOUT_THE_GERMS.test(c.text) && ![...childStems].some((x) => c.stems.has(x));
  pool = pool.filter((c) => !fromParent(c) || !germsDefined(c));
  const kept = new Set(pool.filter(fromParent).sort((a, b) => b.score - a.score).slice(0, PARENT_PAGE_SENTENCES));
  return pool.filter((c) => !fromParent(c) || kept.has(c));
}

export function composeEnglish(input: EnrichmentInput): EnrichmentOutput {
  const { question } = input;
  const questionText = `${question.title} ${question.body}`;
  const questionStems = stemSet(questionText);
  const answerText = input.answers.map((a) => a.text).join(' ');
  const answerStems = stemSet(answerText);
  const asked = new Set([...questionStems, ...answerStems]);

  const faqs = relevantFaqs(input.passages, asked, questionStems, `${questionText} ${answerText}`, questionText, input.answers.map((a) => a.text));
  const allFoci = [...new Set(faqs.map((p) => p.focus).filter((f): f is string => !!f).map(cleanFocus))];
  // A reviewed parent page is a second source, not the subject: "Viral Infections" does not head a page
  // on mono ("Mono Mistake" → "Viral Infections: What to Know" was written on dev).
  // (The text's own main page, "Back Pain" beside "Back Injuries", still may.)
  const mainFocus = cleanFocus(faqs[0]?.focus ?? '');
  const foci = allFoci.filter((f) => f === mainFocus || !allFoci.some((child) => parentTopicOf(child) === f));
  // What a doctor rules out ("nothing to do with a lymphoma") never heads the page.
  // "HIV/AIDS" never heads a page asking about HIV: the asker wrote HIV, and AIDS would read as a verdict.
  const topic = recogniseTopic(questionText, question.title, foci.filter((f) => !slashAcronyms(f).length), withoutNegations(answerNegationsSpelledOut(answerText)));
  const headline = englishHeadline(question.title, question.body, topic, question.department.name);
  const kind = questionKind(question.title, question.body);
  // What the text is about: the recognised topic, and the FAQ topic the text leads with.
  const topicWords = new Set([...contentStems(topic?.phrase ?? ''), ...topicStems(cleanFocus(faqs[0]?.focus ?? ''))]);

  // Another asker's answer counts only where that question is really on this one's subject.
  const answerPassages = input.passages.filter((p) => p.kind !== 'faq' && p.lang === 'en' && similarEnough(p));
  const vocabulary = new Set(faqs.flatMap((p) => wordsOf(p.text)));
  const pool = capParentPage([...faqs, ...answerPassages].flatMap((p, rank) => candidatesOf(p, rank, questionStems, answerStems, topicWords, vocabulary)), faqs);
  let written = layOut(select(pool, kind), faqs, questionText, topic);
  if (written.words < EN_MIN_WORDS) {
    // The site holds little on this: a shorter text may stand, but with no room to recover from a page
    // on something else it cites only pages the asker's own words name (and doctors' general sentences).
    const namedByAsker = questionNamer(questionText);
    const askerNames = (p: Passage) => namedByAsker(p.focus ?? p.title) || namedBySynonym(p, questionText);
    // The page one level up from a page the asker names is on the asker's subject too ("Joint Disorders"
    // beside "Knee Injuries and Disorders" for "my knee locked").
    const main = faqs[0];
    const parentPages = main && askerNames(main) ? broaderPassages(main, input.passages, questionText) : [];
    const added = parentPages.filter((p) => !faqs.includes(p)).flatMap((p, k) => candidatesOf(p, faqs.length + answerPassages.length + k, questionStems, answerStems, topicWords, vocabulary));
    const shortPool = capParentPage([...pool.filter((c) => c.passage.kind !== 'faq' || askerNames(c.passage) || parentPages.includes(c.passage)), ...added], faqs);
    let chosen = select(shortPool, kind);
    // The parent page is the second source beside the page the asker names, never a stand-in for it.
    const ofMain = (c: Candidate) => c.passage.kind === 'faq' && cleanFocus(c.passage.focus ?? '') === cleanFocus(main.focus ?? '');
    if (parentPages.length && !chosen.some(ofMain)) chosen = select(shortPool.filter((c) => !parentPages.includes(c.passage)), kind);
    written = shortPool.length === pool.length && !added.length ? written : layOut(chosen, faqs, questionText, topic);
  }
  written = withParentOfOnlyPage(written, input, faqs, answerPassages, { questionStems, answerStems, topicWords, vocabulary, kind, questionText, topic });
  const { text, words, sources } = written;
  const warnings: string[] = [];
  // One source the asker's words do not name: nothing vouches that it is about the question (read on dev:
  // "Autoimmune Diseases" for boils on the scalp, "Smoking and Your Heart" for ectopic beats, "Wounds and
  // Injuries" for "a strange thing on my skin", all of a text from one page a doctor or shared words
  // brought in).
  if (sources.length === 1) {
    const source = [...faqs, ...answerPassages].find((p) => p.url === sources[0].url);
    const namedByAsker = questionNamer(questionText);
    if (source?.kind === 'faq' && !namedByAsker(source.focus ?? source.title) && !namedBySynonym(source, questionText)) {
      warnings.push(`more info left out: its one source is a page the question does not name (${sources[0].title})`);
      return { headline, moreInfo: null, provider: 'builtin', warnings };
    }
  }
  const shortAllowed = sources.length >= 2 && words >= LIMITS.en.shortMinWords;
  if (sources.length === 0 || (words < EN_MIN_WORDS && !shortAllowed)) {
    warnings.push(`more info left out: the passages support ${words} words from ${sources.length} sources${sources.length ? ` (${sources.map((s) => s.title).join('; ')})` : ''}`);
    return { headline, moreInfo: null, provider: 'builtin', warnings };
  }
  return { headline, moreInfo: { text, sources }, provider: 'builtin', warnings };
}


// Beside a named page's own text, its parent gives two sentences at most: it is the second source, not a second text.
const PARENT_SENTENCES_ADDED = 2;

function overlapShare(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / Math.max(1, Math.min(a.size, b.size));
}

interface Context {
  questionStems: Set<string>;
  answerStems: Set<string>;
  topicWords: Set<string>;
  vocabulary: Set<string>;
  kind: ReturnType<typeof questionKind>;
  questionText: string;
  topic: Topic | null;
}

/**
 * A text whose one source is an FAQ page the asker names, while another page led the list and gave
 * nothing ("Benign paroxysmal positional vertigo", a genetics page, above "Dizziness and Vertigo" for
 * "episodes of vertigo"; read on dev), is written again from that page, its reviewed parent (at most
 * three sentences, `capParentPage`) and the doctors' general sentences: the parent is the second source
 * on the same subject, as where the named page leads.
 */
function withParentOfOnlyPage(written: ReturnType<typeof layOut>, input: EnrichmentInput, faqs: Passage[], answerPassages: Passage[], c: Context): ReturnType<typeof layOut> {
  if (written.sources.length !== 1) return written;
  const only = faqs.find((p) => p.url === written.sources[0].url);
  if (!only) return written;
  const focus = cleanFocus(only.focus ?? '');
  const parent = parentTopicOf(focus);
  const named = questionNamer(c.questionText);
  if (!parent || !(named(only.focus ?? only.title) || namedBySynonym(only, c.questionText))) return written;
  const parentPages = broaderPassages(only, input.passages, c.questionText);
  if (!parentPages.length) return written;
  const ownPages = faqs.filter((p) => cleanFocus(p.focus ?? '') === focus);
  const used = [...ownPages, ...parentPages];
  const candidates = (passages: Passage[], from: number) => passages.flatMap((p, k) => candidatesOf(p, from + k, c.questionStems, c.answerStems, c.topicWords, c.vocabulary));
  // The parent adds to the named page's text, never takes its place: read on dev, selected together the
  // parent's "Motion sickness can also make you dizzy" pushed out "Motion sickness is a common problem …".
  const base = select(candidates([...ownPages, ...answerPassages], 0), c.kind);
  if (!base.some((x) => ownPages.includes(x.passage))) return written;
  let words = base.reduce((n, x) => n + x.words, 0);
  const added: Candidate[] = [];
  const repeats = (x: Candidate) => [...base, ...added].some((y) => overlapShare(x.stems, y.stems) > 0.6);
  for (const x of capParentPage(candidates(parentPages, ownPages.length + answerPassages.length), used, focus).sort((a, b) => b.score - a.score)) {
    if (added.length >= PARENT_SENTENCES_ADDED || ANAPHORA.test(x.text) || repeats(x) || words + x.words > EN_MAX_WORDS - 60) continue;
    added.push(x);
    words += x.words;
  }
  const rewritten = layOut([...base, ...added], used, c.questionText, c.topic);
  return rewritten.sources.length > written.sources.length ? rewritten : written;
}
