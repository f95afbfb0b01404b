import type { Topic } from './topic.js';
import { complaintPhrase } from './topic.js';
import { isStopword } from './text/tokens.js';
import { titleCase } from './titleCase.js';

/** What the asker wants to know, read from how the question is put. */
export type QuestionKind = 'combination' | 'after' | 'cause' | 'treatment' | 'results' | 'worry' | 'general';

const COMBINATION =
  /\b(?:can|could|may|should|is it (?:ok|okay|safe|fine|alright)(?: to)?|safe to)\s+(?:i\s+|you\s+|we\s+|he\s+|she\s+|my\s+\w+\s+)?(?:take|use|mix|drink|combine|have|eat)\s+(.+?)\s+(?:with|and|while on|while taking|together with|along with|alongside)\s+(.+?)(?=\?|$|,|\.|\s+(?:at the same time|together|if|since|because|as|when)\b)/i;
const AFTER = /^(.*?)\s+after\s+(?:a\s+|an\s+|the\s+|my\s+|having\s+|taking\s+)?([a-z][a-z\s'-]*?)(?=\?|$|,|\.|\s+(?:and|but|is|was|are|what|should|could|can|why|how)\b)/i;

export function questionKind(title: string, body: string): QuestionKind {
  const t = `${title} ${body.slice(0, 300)}`.toLowerCase();
  if (COMBINATION.test(title)) return 'combination';
  if (AFTER.test(title) && complaintPhrase(title.split(/\bafter\b/i)[0])) return 'after';
  if (/\b(?:why|what (?:causes?|could cause|is causing|can cause|would cause)|cause of|causes of|reasons? (?:for|of|behind)|what could (?:it|this) be)\b/.test(t)) return 'cause';
  if (/\b(?:treat|treatment|cure|get rid of|remed(?:y|ies)|reliev(?:e|ing)|relief|medicine for|medication for|what (?:can|should) i do|how (?:can|do|should) i (?:stop|fix|manage|deal|heal|reduce|improve))\b/.test(t)) return 'treatment';
  if (/\b(?:results?|report|readings?|scan|mri|x-?ray|ultrasound|blood test|biopsy|test (?:came|showed|shows)|(?:test|blood|sugar|hormone|vitamin|iron|cholesterol|thyroid|psa|tsh|hba1c|enzyme|liver)\s+levels?)\b/.test(t)) return 'results';
  if (/\b(?:is (?:it|this|that) normal|serious|worried|worry|dangerous|concern(?:ed|ing)?|should i be|is (?:it|this) bad|life threatening)\b/.test(t)) return 'worry';
  return 'general';
}

function trimPhrase(phrase: string, maxWords: number): string {
  const words = phrase
    .replace(/[?.!,]+$/, '')
    .split(/\s+/)
    .filter((w, i) => !(i === 0 && /^(?:my|the|a|an|some|his|her|our|your|this|these)$/i.test(w)));
  while (words.length && isStopword(words[words.length - 1].toLowerCase())) words.pop();
  return words.slice(0, maxWords).join(' ');
}

/**
 * "Can You Take X With Y?", "X After Y: What It Can Mean", or "Topic: <what the question asks>".
 * Never the asker's own title: the topic is a recognised phrase and the frame is fixed wording.
 */
export function englishHeadline(title: string, body: string, topic: Topic | null, departmentName: string): string {
  const kind = questionKind(title, body);
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
    if (x && y) return `${titleCase(x)} After ${titleCase(y)}: What It Can Mean`;
  }
  const subject = titleCase(topic?.phrase ?? `${departmentName} question`);
  switch (kind) {
    case 'cause':
      return `${subject}: Possible Causes and What Helps`;
    case 'treatment':
      return `${subject}: Treatment and Self-Care`;
    case 'results':
      return `${subject}: Understanding the Results`;
    case 'worry':
      return `${subject}: When to Worry`;
    default:
      if (topic?.kind === 'complaint') return `${subject}: Causes and Solutions`;
      if (topic?.kind === 'focus') return `${subject}: Causes and Treatment`;
      return `${subject}: What to Know`;
  }
}
