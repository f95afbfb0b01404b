import type { Topic } from './topic.js';
import { complaintPhrase } from './topic.js';
import { isStopword } from './text/tokens.js';
import { titleCase } from './titleCase.js';

/** What the asker wants to know, read from how the question is put. */
export type QuestionKind = 'combination' | 'after' | 'side-effects' | 'cause' | 'treatment' | 'results' | 'worry' | 'general';

const SIDE_EFFECTS = /\bside[- ]effects?\s+(?:of|from)\s+(?:taking\s+|using\s+|the\s+|my\s+)?([a-z][a-z0-9 -]*?)(?=\?|$|,|\.|\s+(?:and|but|is|are|what|should|could|can|for|after|since|because|with)\b)/i;

const COMBINATION =
  /\b(?:can|could|should|is it (?:ok|okay|safe|fine|alright)(?: to)?|safe to)\s+(?:i\s+|you\s+|we\s+|he\s+|she\s+|my\s+\w+\s+)?(?:take|use|mix|drink|combine|eat)\s+(.+?)\s+(?:with|and|while on|while taking|together with|along with|alongside)\s+(.+?)(?=\?|$|,|\.|\s+(?:at the same time|together|if|since|because|as|when)\b)/i;
const AFTER = /^(.*?)\s+after\s+(?:a\s+|an\s+|the\s+|my\s+|having\s+|taking\s+)?([a-z][a-z\s'-]*?)(?=\?|$|,|\.|\s+(?:and|but|is|was|are|what|should|could|can|why|how)\b)/i;

export function questionKind(title: string, body: string): QuestionKind {
  const t = `${title} ${body.slice(0, 300)}`.toLowerCase();
  if (COMBINATION.test(title)) return 'combination';
  if (AFTER.test(title) && complaintPhrase(title.split(/\bafter\b/i)[0])) return 'after';
  if (SIDE_EFFECTS.test(title)) return 'side-effects';
  if (/\b(?:why|what (?:causes?|could cause|is causing|can cause|would cause)|cause of|causes of|reasons? (?:for|of|behind)|what could (?:it|this) be)\b/.test(t)) return 'cause';
  if (/\b(?:treat|treatment|cure|get rid of|remed(?:y|ies)|reliev(?:e|ing)|relief|medicine for|medication for|what (?:can|should) i do|how (?:can|do|should) i (?:stop|fix|manage|deal|heal|reduce|improve))\b/.test(t)) return 'treatment';
  if (/\b(?:results?|report|readings?|scan|mri|x-?ray|ultrasound|blood test|biopsy|test (?:came|showed|shows)|(?:test|blood|sugar|hormone|vitamin|iron|cholesterol|thyroid|psa|tsh|hba1c|enzyme|liver)\s+levels?)\b/.test(t)) return 'results';
  if (/\b(?:is (?:it|this|that) normal|serious|worried|worry|dangerous|concern(?:ed|ing)?|should i be|is (?:it|this) bad|life threatening)\b/.test(t)) return 'worry';
  return 'general';
}

function trimPhrase(phrase: string, maxWords: number): string {
  const words = phrase
    .replace(/[?.!,]+$/, '')
    // "Mirtazapine 30ml" names the medicine; the amount would put a dose in the headline.
    .replace(/\b\d+(?:[.,]\d+)?\s*(?:mg|mcg|ml|g|iu|units?|tablets?|pills?|caps?)?\b|\bper\s+(?:day|night|week)\b|\b(?:a|per)\s+day\b/gi, ' ')
    .replace(/\s*,\s*/g, ' and ')
    .split(/\s+/)
    .filter(Boolean)
    .filter((w, i) => !(i === 0 && /^(?:my|the|a|an|some|his|her|our|your|this|these)$/i.test(w)));
  while (words.length && isStopword(words[words.length - 1].toLowerCase())) words.pop();
  return words.slice(0, maxWords).join(' ');
}

// Who the question is about, when a headline should say so: "Fever in Children", "Back Pain During Pregnancy".
const ABOUT_A_CHILD =
  /\b(?:my|our|her|his)\s+(?:little\s+|\d+[- ](?:years?|months?|weeks?|days?)[- ]old\s+|young\s+|newborn\s+|infant\s+)?(?:son|daughter|baby|child|kid|toddler|infant|newborn|boy|girl|grandson|granddaughter)\b|\b(?:toddler|infant|newborn)\b|\b(?:[1-9]|1[0-2])[- ](?:years?|yrs?|months?|weeks?)[- ]old\s+(?:girl|boy|son|daughter|child|kid|baby)\b/i;
const DURING_PREGNANCY = /\b(?:i am|i'm|im|while|when|during|being)\s+(?:\d+\s+(?:weeks?|months?)\s+)?pregnant\b|\bduring (?:my |the )?pregnancy\b|\bweeks? pregnant\b/i;
const TREATS = /\b(?:treat|treatment|cure|get rid of|remed(?:y|ies)|medicine for|medication for|what (?:can|should) i do)\b/i;
// Symptoms are relieved; scars, rashes and infections are treated.
const RELIEVED = /\b(?:pains?|aches?|headaches?|itch\w*|cramps?|cramping|nausea|cough\w*|dizziness|vomiting|swelling|stiffness|soreness|heartburn|bloating|constipation|congestion|sensations?|tightness|fatigue|palpitations|sweats)\b/i;
const ASKS_IF_NORMAL = /\b(?:is (?:it|this|that) normal|normal to|is (?:this|that|it) (?:common|usual))\b/i;

// A pregnancy's topics ("Miscarriage", "Abortion") and an unborn baby ("my baby has no heart rate at 38
// weeks", "my 12th week scan") are no child's: "Miscarriage in Children" was written for a pregnancy (read on dev).
const PREGNANCY_TOPIC = /\b(?:abortion|miscarriage|pregnan\w*|stillbirth|prenatal|fetal|fetus|labor|childbirth|birth|ectopic|gestation\w*|preeclampsia)\b/i;
const UNBORN = /\b(?:pregnan\w*|fetus|fetal|unborn|trimester|gestation\w*)\b|\b\d+\s*(?:th|st|nd|rd)?\s*weeks?\b(?![- ]old)/i;

function withPopulation(topic: string, questionText: string): string {
  const aboutAChild = ABOUT_A_CHILD.test(questionText) && !PREGNANCY_TOPIC.test(topic) && !(UNBORN.test(questionText) && /\bbab(?:y|ies)\b/i.test(questionText));
  if (aboutAChild && !/\b(?:child|children|infant|baby|babies|newborn|pediatric|childhood)\b/i.test(topic)) return `${topic} in children`;
  if (DURING_PREGNANCY.test(questionText) && !/\bpregnan/i.test(topic)) return `${topic} during pregnancy`;
  return topic;
}

/**
 * "Can You Take X With Y?", "Is X Normal After Y?", "What Causes X?", "How to Treat X", "X in Children:
 * Causes and Treatment"… Never the asker's own title: the topic is a recognised phrase and the frame is
 * fixed wording chosen by what the question asks.
 */
export function englishHeadline(title: string, body: string, topic: Topic | null, departmentName: string): string {
  const kind = questionKind(title, body);
  const questionText = `${title} ${body.slice(0, 400)}`.replace(/’/g, "'");
  const asksIfNormal = ASKS_IF_NORMAL.test(questionText);
  if (kind === 'combination') {
    const m = COMBINATION.exec(title)!;
    const x = trimPhrase(m[1], 4);
    const y = trimPhrase(m[2], 4);
    if (x && y) return `Can You Take ${titleCase(x)} With ${titleCase(y)}?`;
  }
  if (kind === 'after') {
    const m = AFTER.exec(title)!;
    const x = complaintPhrase(m[1]);
    const y = trimPhrase(m[2], 3);
    if (x && y) return asksIfNormal ? `Is ${titleCase(x)} Normal After ${titleCase(y)}?` : `${titleCase(x)} After ${titleCase(y)}: What It Can Mean`;
  }
  if (kind === 'side-effects') {
    const drug = trimPhrase(SIDE_EFFECTS.exec(title)![1], 4);
    if (drug) return `${titleCase(drug)}: Side Effects and What to Watch For`;
  }
  const subject = titleCase(withPopulation(topic?.phrase ?? `${departmentName} question`, questionText));
  const complaint = topic?.kind === 'complaint';
  switch (kind) {
    case 'cause':
      return `What Causes ${subject}?`;
    case 'treatment':
      // "What should I do?" asks how to treat a complaint, but not a pregnancy or a test.
      if (complaint) return `How to ${RELIEVED.test(subject) ? 'Relieve' : 'Treat'} ${subject}`;
      if (topic?.kind === 'focus' && TREATS.test(questionText) && !/\bpregnan/i.test(subject)) return `How to Treat ${subject}`;
      return `${subject}: Treatment and Self-Care`;
    case 'results':
      return `${subject}: Understanding the Results`;
    case 'worry':
      return asksIfNormal ? `${subject}: Is It Normal?` : `${subject}: When to Worry`;
    default:
      if (complaint) return `${subject}: Causes and Solutions`;
      if (topic?.kind === 'focus') return `${subject}: Causes and Treatment`;
      return `${subject}: What to Know`;
  }
}
