import type { Passage } from './types.js';
import { contentStems, stemSet } from './text/tokens.js';
import { complaintPhrase, GENERIC_TOPIC_WORDS, TREATMENT_OR_TEST, topicStems } from './topic.js';
import { DISEASE_SUFFIX } from './topicWords.js';
import { isEnglishWord } from './text/englishDictionary.js';
import { names } from './faqRelevance.js';
import { isEverydayTopic, nameRun, singleNameKind, withoutNegations } from './namedTopics.js';

// When the asker names the condition the question is about ("diagnosed with Coxsackie disease", "Bell's
// palsy for 11 days"), a page the asker does not name is welcome only where it speaks of that condition.
// Read on dev: a doctor's aside ("bleeding from gums", "your ear pain could be an ear infection", a list
// of "other conditions to consider") brought "Bleeding", "Wounds and Injuries", "Ear Infections" and
// "Rocky Mountain Spotted Fever" into texts on Coxsackie, Bell's palsy and hand, foot and mouth disease,
// where their sentences read as if they were about the asker's condition.

const CONDITION_HEAD = /^(?:disease|diseases|disorder|disorders|syndrome|infection|infections|cancer)$/;
// Diseases, not procedures: "-ectomy", "-scopy" and "-plasty" are what a doctor does.
const DISEASE_WORD = /(?:itis|osis|emia|aemia|oma|pathy|algia|iasis|idism)$/;

// What a page on a symptom or an injury is named by (not "virus" or "asthma": those pages are conditions).
const SYMPTOM_WORDS = new Set(
  `pain pains ache headache headaches nausea vomiting bleeding seizures seizure cough fever fevers dizziness vertigo rash rashes
itching swelling fatigue constipation diarrhea bloating numbness tingling weakness insomnia fractures bruises sprains
strains injuries wounds edema sweat sweating tremor hiccups problems changes loss`.split(/\s+/),
);
const BODY_FUNCTIONS = new Set('menstruation memory pregnancy menopause puberty aging sleep digestion breastfeeding'.split(' '));

// "diagnosed with", "I have", "suffering from", "caught", "do I have", "is it": what follows (up to the end
// of the clause) is a condition the asker states or asks about.
const STATING = /\b(?:diagnosed (?:with|as)|diagnosis(?: of)?:?|i(?: have|'ve| had| got| caught)(?: been)?(?: had| got)?|suffer(?:ing)? (?:from|with)|(?:has|have) got|caught|do i have|could (?:it|this) be|is (?:it|this)|(?:i )?think i have|history of|now has|treatment (?:of|for))\s+/g;

/** The parts of the question right after words that state a condition, each to the end of its clause. */
function statedConditions(text: string): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  for (const m of lower.matchAll(STATING)) out.push(lower.slice(m.index + m[0].length).split(/[.;!?,(…]|\s(?:but|because|since|so|after|when|what|how|should)\s/)[0]);
  return out;
}

/** A page's name as the asker would write it: "Bell's Palsy" → "bell's palsy", without "(RMSF)". */
function focusName(focus: string): string {
  return focus.replace(/\s*\(.*?\)/g, '').toLowerCase().replace(/’/g, "'");
}

/** The specific stems of each condition the asker's own words name (the question, not the answers). */
export function askerConditions(questionText: string, askerNamedFoci: string[]): Set<string>[] {
  const text = withoutNegations(questionText.replace(/’/g, "'"));
  const conditions: Set<string>[] = [];
  const add = (stems: Iterable<string>) => {
    const specific = new Set([...stems].filter((s) => !GENERIC_TOPIC_WORDS.has(s)));
    if (specific.size) conditions.push(specific);
  };
  // Only what the asker says they have or asks whether they have ("diagnosed with …", "I have …", "is it
  // …"): "on homeopathy medication" or "my hands feel like they are on fire" states no condition.
  const stated = statedConditions(text);
  // A complaint phrase headed by a condition word: "coxsackie disease", "hand foot and mouth disease".
  for (const clause of stated) {
    const phrase = complaintPhrase(clause);
    const head = phrase?.split(' ').pop() ?? '';
    if (phrase && (CONDITION_HEAD.test(head) || (DISEASE_SUFFIX.test(head) && DISEASE_WORD.test(head)))) add(contentStems(phrase));
  }
  // A disease word: "gastritis", "lymphoma".
  for (const w of stated.join(' ').match(/[a-z]{6,}/g) ?? []) if (DISEASE_WORD.test(w) && DISEASE_SUFFIX.test(w)) add(contentStems(w));
  // An FAQ page the asker names that is a condition ("Bell's Palsy"), not a test, a medicine, an everyday
  // word or a body part.
  // A complaint page ("Nausea and Vomiting", "Abdominal Pain", "Seizures") or one on a body function
  // ("Menstruation", "Memory") is not a condition: beside it, the page on what a doctor suspects is
  // welcome ("Hyperthyroidism" for weight loss and nausea).
  for (const focus of askerNamedFoci) {
    const run = nameRun(focus);
    if (TREATMENT_OR_TEST.test(focus) || isEverydayTopic(run) || (run.length === 1 && singleNameKind(run[0]) !== 'specific')) continue;
    const words = focus.toLowerCase().match(/[a-z]+/g) ?? [];
    if (words.some((w) => SYMPTOM_WORDS.has(w) || BODY_FUNCTIONS.has(w))) continue;
    if (!stated.some((clause) => names(clause, focusName(focus)))) continue;
    add(topicStems(focus));
  }
  return conditions;
}

/**
 * Whether a page speaks of one of the asker's conditions: all the condition's specific words in the
 * page's text (all its entries), or in its name ("Viral Gastroenteritis" for "gastroenteritis").
 */
export function speaksOfCondition(pageName: string, pageText: string, conditions: Set<string>[]): boolean {
  const stems = stemSet(`${pageName} ${pageText}`);
  // The asker may misspell the name the page spells right ("Acoustic Nouroma" for "Acoustic Neuroma").
  // A word that is no English word may be a misspelling: it counts where the page has it spelled right.
  let pageWords: string[] | null = null;
  const misspeltIn = (s: string) => {
    if (s.length < 5 || isEnglishWord(s)) return false;
    pageWords ??= [...new Set(`${pageName} ${pageText}`.toLowerCase().match(/[a-z]{5,}/g) ?? [])];
    return pageWords.some((w) => closeSpelling(w, s));
  };
  // Stems of a word and its adjective differ ("esophag" and "esophagu", "deficit" in "deficit-hyperactivity").
  const prefixed = (s: string) => s.length >= 5 && [...stems].some((t) => t.startsWith(s) || (t.length >= 5 && s.startsWith(t)));
  return conditions.some((c) => [...c].every((s) => stems.has(s) || prefixed(s) || misspeltIn(s)));
}

/**
 * Whether the question names a page in a misspelling ("azthma" for "Asthma"): each specific word of the
 * page's name (five letters or more) is written in the question with one letter wrong, two in a long word.
 */
export function namedMisspelt(pageName: string, questionText: string): boolean {
  const asked = questionText.toLowerCase().match(/[a-z]{4,}/g) ?? [];
  const nameWords = (pageName.replace(/\s*\(.*?\)/g, '').toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => !GENERIC_TOPIC_WORDS.has(contentStems(w)[0] ?? w) && w.length > 2);
  return nameWords.length > 0 && nameWords.every((w) => w.length >= 5 && asked.some((a) => closeSpelling(w, a)));
}

/** Same first letter and at most one edit apart (two for words of seven letters or more); a swap is one edit. */
function closeSpelling(a: string, b: string): boolean {
  if (a[0] !== b[0] || Math.abs(a.length - b.length) > 2) return false;
  const limit = Math.min(a.length, b.length) >= 7 ? 2 : 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let before = prev;
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      // Two letters swapped is one slip of the hand ("chairi" for "chiari").
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j], before[j - 2] + 1);
    }
    before = prev;
    prev = row;
  }
  return prev[b.length] <= limit;
}

/** The text of every entry of each page, by page name (for speaksOfCondition). */
export function pageTexts(passages: Passage[], topicOf: (p: Passage) => string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const p of passages) if (p.kind === 'faq') texts.set(topicOf(p), `${texts.get(topicOf(p)) ?? ''} ${p.title} ${p.text}`);
  return texts;
}
