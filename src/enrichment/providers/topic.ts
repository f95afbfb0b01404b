import { BODY_PARTS, COMPLAINT_HEADS, DISEASE_SUFFIX, MEDICAL_ACRONYMS, NOT_TOPIC } from './topicWords.js';
import { contentStems, coverage, isStopword, stemSet } from './text/tokens.js';
import { layComplaint } from './layTerms.js';
import { cleanFocus, names, namesByAcronym } from './faqRelevance.js';
import { isEverydayTopic, nameRun } from './namedTopics.js';

const stemOf = (word: string) => contentStems(word)[0] ?? word;

// Words that name no particular topic: "Childbirth Problems" is not named by "I had a problem".
export const GENERIC_TOPIC_WORDS = new Set(['cancer', 'problem', 'disord', 'diseas', 'syndrom', 'condit', 'health', 'care', 'injuri', 'infect', 'test', 'pain', 'adult', 'child', 'children', 'women', 'men', 'older', 'chronic', 'acut', 'type', 'sever', 'symptom', 'treatment', 'diagnos', 'medic', 'medicin', 'surgeri', 'caus', 'result', 'worri', 'opinion', 'second', 'suffer', 'experienc', 'daughter', 'son', 'husband', 'wife', 'babi', 'kid', 'therapi', 'procedur', 'surgic', 'oper', 'risk', 'effect', 'side', 'level', 'scan', 'normal', 'common', 'complic', 'major', 'minor', 'month', 'week', 'year', 'area', 'side', 'right', 'left', 'upper', 'lower', 'sharp', 'burn', 'develop', 'growth', 'live', 'thing', 'use', 'help', 'concern']);

/** The words of a topic that name something in particular, or all of them when none does ("Chronic Pain"). */
export function topicStems(phrase: string): Set<string> {
  const all = stemSet(phrase);
  const specific = new Set([...all].filter((s) => !GENERIC_TOPIC_WORDS.has(s)));
  return specific.size ? specific : all;
}

// Words a topic's name may carry without the asker repeating them: "rotator cuff" names "Rotator Cuff
// Injuries". Unlike GENERIC_TOPIC_WORDS this keeps "cancer": "lung" alone never names "Lung Cancer".
export const NAME_FILLER = new Set(['problem', 'disord', 'diseas', 'syndrom', 'condit', 'injuri', 'health', 'care', 'adult', 'child', 'children', 'women', 'men', 'older', 'type', 'chronic', 'acut', 'symptom', 'treatment', 'test', 'and', 'in', 'of']);

function nameStems(focus: string): Set<string> {
  const all = stemSet(focus);
  const core = new Set([...all].filter((s) => !NAME_FILLER.has(s)));
  return core.size ? core : all;
}

function hasSpecificWord(phrase: string): boolean {
  return [...stemSet(phrase)].some((s) => !GENERIC_TOPIC_WORDS.has(s));
}

export const TREATMENT_OR_TEST = /\b(?:antibiotics?|steroids?|medicines?|medications?|drugs?|surgery|rehabilitation|blood|iron|vitamins?|supplements?|tests?|x-?rays?|ultrasound|biopsy|scans?|mri|therapy|transfusion|vaccines?|immuni[sz]ation|anesthesia|endoscop\w*|colonoscop\w*|mammogra\w*|ct scans?|ecg|ekg|eeg|dialysis|transplant\w*|chemotherapy|radiation|bronchoscop\w*|catheter\w*|pain relievers?|physical therapy|exercise)\b/i;

const GRAVE = /\b(?:abortion|miscarriage|stillbirth|cancers?|tumou?rs?|leukemia|lymphoma|carcinoma|melanoma|sarcoma|death|dying|hiv|aids)\b/i;

export interface Topic {
  phrase: string;
  /** 'focus' names a disease or condition (an FAQ topic); 'complaint' names what the asker feels; 'phrase' is just the question's key words. */
  kind: 'focus' | 'complaint' | 'phrase';
}

function isHead(word: string): boolean {
  return COMPLAINT_HEADS.has(word) || DISEASE_SUFFIX.test(word);
}

function isModifier(word: string): boolean {
  // Past participles ("removed", "inserted") tell what happened, not what it is.
  return word.length > 2 && !isStopword(word) && !NOT_TOPIC.has(word) && !/^\d/.test(word) && !/[a-z]{3}ed$/.test(word) && !/'/.test(word);
}

const DESCRIBING_HEADS = new Set(['aching', 'swollen', 'itchy', 'numb', 'sore', 'stiff', 'weak', 'painful', 'bleeding', 'burning', 'twitching', 'tingling', 'cracked', 'dry', 'red', 'bloodshot', 'watery']);

// Describing words that are also nouns of a complaint on their own.
const COMPLAINT_NOUNS = new Set(['bleeding', 'burning', 'twitching', 'tingling', 'aching']);

const AFTER_PART = /^(?:swollen|purple|blue|yellow|numb|heavy|stiff|itchy|painful|puffy|red|bruised|cold|weak)$/;

const CONDITION_HEADS = /^(?:disease|diseases|disorder|disorders|syndrome|infection|infections|cancer|tumor|tumour)$/;

// How a headline names what the asker wrote: "abdomen pain" → "abdominal pain", "vomit" → "vomiting".
const NAMED_AS: [RegExp, string][] = [
  [/^head (?:pain|ache)$/, 'headache'],
  [/^abdomen (pain|swelling|cramps?|bloating)$/, 'abdominal $1'],
  [/^stomach ache$/, 'stomach pain'],
  [/^(?:(.+) )?vomit$/, 'vomiting'],
  [/^(?:(.+) )?dizzy$/, 'dizziness'],
  [/^(?:(.+) )?faint(?:ed)?$/, 'fainting'],
  [/^(?:(.+) )?bleeds?$/, '$1 bleeding'],
  [/^(?:(.+) )?itchy$/, '$1 itching'],
];

function named(phrase: string): string {
  for (const [re, to] of NAMED_AS) if (re.test(phrase)) return phrase.replace(re, to).replace(/^undefined /, '').trim();
  return phrase;
}

/** "pain in my left ear" → "ear pain"; otherwise the head word with up to two modifiers before it. */
export function complaintPhrase(text: string): string | null {
  // Clause by clause, so "… are swollen. Pain level 8" never becomes "swollen pain". What is happening
  // now comes first: "took vinegar to relieve a cold, now my nose is bleeding" is about the nosebleed.
  const clauses = text.split(/[.,;:!?()]+/);
  const now = clauses.filter((c) => /^\s*(?:and\s+)?(?:now|since then|since|currently|today|but now)\b/i.test(c));
  for (const clause of [...now, ...clauses]) {
    const phrase = clauseComplaint(clause);
    if (phrase) return phrase;
  }
  return null;
}

// "it came back normal", "get back to work": the adverb, not the body part.
const BACK_ADVERB = /\b((?:came|come|comes|coming|went|go|goes|going|got|get|gets|getting|be|been|is|was|were|are|brought|bring|called|call|turned|turn|results?|tests?|scans?)\s+(?:all\s+)?)back\b|\bback\s+(?=(?:normal|negative|positive|clear|fine|again|home|to work|to normal)\b)/g;

function clauseComplaint(text: string): string | null {
  const lower = text.toLowerCase().replace(BACK_ADVERB, (_m, before: string | undefined) => `${before ?? ''}again `);
  const painIn = /\b(pain|ache|swelling|lump|rash|itching|numbness|tingling|bleeding|cramps?|twitching|spots?|bumps?|lesions?|sores?|blisters?|patch(?:es)?)\s+(?:in|on|at|around|behind|under|along|throughout|over)\s+(?:(?:my|the|his|her|our|both)\s+)?(?:(?:left|right|lower|upper|inner|outer|whole)\s+)?([a-z]+)/.exec(lower);
  const where = painIn && /^(?:side|sides|part|area|region|back|front|top|bottom|center|centre|middle)$/.test(painIn[2]);
  if (painIn && where) {
    // "pain in both sides of my head" is about the head; "swelling in the center of my lumbar spine" the spine.
    const of = new RegExp(`${painIn[0]}\\s+of\\s+(?:(?:my|the|his|her)\\s+)?([a-z]+)(?:\\s+([a-z]+))?`).exec(lower);
    const part = [of?.[1], of?.[2]].find((w) => w && BODY_PARTS.has(w));
    if (part) return named(`${BODY_PARTS.get(part)} ${painIn[1]}`);
  }
  if (painIn && !where && isModifier(painIn[2]) && !COMPLAINT_HEADS.has(painIn[2])) return named(`${BODY_PARTS.get(painIn[2]) ?? painIn[2]} ${painIn[1]}`);
  const tokens = lower.replace(/[’]/g, "'").match(/[a-z][a-z'-]*/g) ?? [];
  for (let i = 0; i < tokens.length; i++) {
    // "my knees hurt": pain, said of the body part before it.
    if (/^(?:hurt|hurts|hurting|aches|aching)$/.test(tokens[i])) {
      const part = tokens.slice(Math.max(0, i - 3), i).reverse().find((t) => BODY_PARTS.has(t));
      if (part) return named(`${BODY_PARTS.get(part)} pain`);
    }
    // "my feet are swollen", "thighs turned purple": the describing word comes after the body part.
    if (AFTER_PART.test(tokens[i])) {
      const part = tokens.slice(Math.max(0, i - 3), i).reverse().find((t) => BODY_PARTS.has(t));
      if (part) return `${tokens[i]} ${BODY_PARTS.get(part)}`;
    }
    if (!isHead(tokens[i]) || NOT_TOPIC.has(tokens[i])) continue;
    // "a funny feeling in my chest": the feeling says little, the body part says where.
    if (/^(?:feeling|feelings|sensation|sensations)$/.test(tokens[i])) {
      const part = tokens.find((t) => BODY_PARTS.has(t));
      if (part && !(i > 0 && /^(?:burning|tingling|stinging|crawling|pins)$/.test(tokens[i - 1]))) return `${BODY_PARTS.get(part)} sensations`;
      if (i > 0 && /^(?:burning|tingling|stinging)$/.test(tokens[i - 1])) return `${tokens[i - 1]} sensation`;
      continue;
    }
    // "aching legs", "swollen ankles": the complaint is said of a body part that follows it.
    if (DESCRIBING_HEADS.has(tokens[i]) && tokens[i + 1] && BODY_PARTS.has(tokens[i + 1])) return `${tokens[i]} ${tokens[i + 1]}`;
    // On its own a describing word ("itchy") names nothing; a later word may ("bumps").
    if (DESCRIBING_HEADS.has(tokens[i]) && !COMPLAINT_NOUNS.has(tokens[i])) continue;
    // A generic head ("problems", "pain") needs a modifier to name anything.
    let start = i;
    while (start > 0 && i - start < 2 && isModifier(tokens[start - 1])) start--;
    let end = i;
    // Keep "blood pressure", "hair loss", "shortness of breath" whole.
    if (tokens[i + 1] && COMPLAINT_HEADS.has(tokens[i + 1]) && isModifier(tokens[i + 1])) end = i + 1;
    if (tokens[i + 1] === 'of' && tokens[i + 2] && isModifier(tokens[i + 2]) && i - start === 0) end = i + 2;
    // A bare "pain" or "bleeding" names more when the body part asked about is added: "nose bleeding".
    if (start === i && end === i && !/^(?:head|tooth|ear|back|stomach|belly)aches?$/.test(tokens[i])) {
      const part = tokens.find((t) => BODY_PARTS.has(t));
      if (part) return named(`${BODY_PARTS.get(part)} ${tokens[i]}`);
    }
    // "hand foot and mouth disease", "head and neck cancer": a disease named for several body parts is
    // not cut at the "and" ("Mouth Disease"). Other words joined by "and" are two things ("liver function
    // and gallbladder disease").
    if (CONDITION_HEADS.test(tokens[i]) && start > 1 && tokens[start - 1] === 'and' && BODY_PARTS.has(tokens[start]) && BODY_PARTS.has(tokens[start - 2])) {
      let from = start - 2;
      while (from > 0 && start - from < 3 && BODY_PARTS.has(tokens[from - 1])) from--;
      start = from;
    }
    const phrase = tokens.slice(start, end + 1).join(' ');
    if (start === i && end === i && /^(?:problems?|difficult(?:y|ies)|discomfort|loss|marks|test|results|level|levels|count|pressure|breath)$/.test(tokens[i])) continue;
    return named(phrase);
  }
  return null;
}

function isMedicalTerm(run: string): boolean {
  return run.split(' ').some((w) => MEDICAL_ACRONYMS.has(w) || DISEASE_SUFFIX.test(w));
}

/** The most topic-like run of words in the text (at most three): medical terms beat plain length. */
function contentRun(text: string, answered: Set<string> = new Set()): string | null {
  const tokens = (text.toLowerCase().replace(/’/g, "'").match(/[a-z][a-z0-9'-]*/g) ?? []).filter((t) => !/n't$|^(?:i|you|we|they|he|she|it)'/.test(t));
  let best: string[] = [];
  let bestValue = 0;
  let run: string[] = [];
  // Medical terms count most; a word the doctor also used ("croup") beats one only the asker used.
  const value = (r: string[]) =>
    r.length + r.reduce((v, w) => v + (MEDICAL_ACRONYMS.has(w) || DISEASE_SUFFIX.test(w) ? 3 : BODY_PARTS.has(w) ? 1 : 0) + (answered.has(stemOf(w)) ? 1 : 0), 0);
  for (const t of [...tokens, '.']) {
    // Leading participles stay ("enlarged ventricles"); isModifier drops them elsewhere.
    if (t !== '.' && (isModifier(t) || (run.length === 0 && /[a-z]{3}ed$/.test(t) && !NOT_TOPIC.has(t)))) run.push(t);
    else {
      const r = run.slice(0, 3);
      if (value(r) > bestValue) {
        best = r;
        bestValue = value(r);
      }
      run = [];
    }
  }
  return best.length ? best.join(' ') : null;
}

/**
 * The question's topic: an FAQ focus the question names, else the complaint it describes, else the
 * focus of the best FAQ entry it was matched with, else its most topic-like words.
 */
export function recogniseTopic(questionText: string, title: string, foci: string[], answerText = ''): Topic | null {
  const q = stemSet(questionText);
  const a = stemSet(answerText);
  // Naming a condition in the headline needs all of its words, generic ones too: "lung" alone never
  // puts "Lung Cancer" at the top of a page.
  // All of the name's core words, and more than half of all its words.
  // Words the stemmer's stop list drops still count: "breathe" does not name "Bad Breath".
  const rawWords = new Set(`${questionText} ${answerText}`.toLowerCase().replace(/’/g, "'").match(/[a-z]+/g) ?? []);
  const namedIn = (focus: string, where: Set<string>) => {
    const dropped = (focus.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => w.length > 2 && isStopword(w));
    if (!dropped.every((w) => rawWords.has(w))) return false;
    const core = nameStems(focus);
    return hasSpecificWord(focus) && core.size <= 5 && coverage(core, where) === 1 && coverage(stemSet(focus), where) > 0.5;
  };
  // Everyday words for a complaint ("up three times a night to urinate") name it better than any one word of them.
  const lay = layComplaint(title);
  const complaint = lay ?? complaintPhrase(title) ?? layComplaint(questionText) ?? complaintPhrase(questionText);
  // A one-word topic that is also an everyday word ("electric shock", "tears", "sleep") names less than the complaint does.
  const everyday = (focus: string) => stemSet(focus).size === 1 && !DISEASE_SUFFIX.test(focus.toLowerCase()) && !MEDICAL_ACRONYMS.has(focus.toLowerCase());
  // "Blood" is named by "blood tests", and "vitamin" names no one vitamin: such names never head a page.
  const vague = (focus: string) => isEverydayTopic(nameRun(focus)) || (/\s[A-Z0-9]{1,2}$/.test(focus.trim()) && !names(questionText.toLowerCase(), focus));
  // A condition the asker names ("septic shock") heads the page before the complaints they list.
  const askerNames = (focus: string) => (namedIn(focus, q) && !(complaint && everyday(focus)) && !vague(focus)) || namesByAcronym(questionText, focus);
  // A test or procedure the asker mentions ("another colonoscopy") is not what an IBD question is about:
  // a condition named comes first, and a test heads the page only when no condition is named.
  for (const focus of foci) if (!TREATMENT_OR_TEST.test(focus) && askerNames(focus)) return { phrase: cleanFocus(focus), kind: 'focus' };
  if (lay) return { phrase: lay, kind: 'complaint' };
  // A named disease ("peritonitis") is a condition, not a complaint: "Causes and Treatment".
  const head = complaint?.split(' ').pop() ?? '';
  const condition = DISEASE_SUFFIX.test(head) || CONDITION_HEADS.test(head);
  if (complaint && condition) return { phrase: complaint, kind: 'focus' };
  for (const focus of foci) if (askerNames(focus)) return { phrase: cleanFocus(focus), kind: 'focus' };
  if (complaint) return { phrase: complaint, kind: 'complaint' };
  // A medical term in the asker's own words ("PCOS", "gastritis") comes before what the doctor named.
  const run = contentRun(title, a);
  if (run && isMedicalTerm(run)) return { phrase: run, kind: 'phrase' };
  // A condition the doctor named may head the page; one only the retrieval suggested may not, since a
  // headline naming it would read as a diagnosis. It may be a test or a procedure, so the frame stays neutral.
  // A medicine or a test the doctor mentions ("Antibiotics") is what they advise, not what was asked about.
  // Nor a grave outcome the asker did not name ("Miscarriage" for "my baby is growing too slow", "Cancer"):
  // from a doctor's mention it reads as a verdict.
  // The asker's own words then head it; a later, lesser page ("Balance Problems") would not be what was asked.
  const doctorNamed = foci.find((focus) => namedIn(focus, a) && !TREATMENT_OR_TEST.test(focus) && !vague(focus));
  if (doctorNamed && !GRAVE.test(doctorNamed)) return { phrase: cleanFocus(doctorNamed), kind: 'phrase' };
  return run ? { phrase: run, kind: 'phrase' } : null;
}
