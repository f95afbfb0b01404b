import { matches, type Candidate, type Detector } from './kinds.js';

const AGE = '(9\\d|1[0-2]\\d)';
// An age of 90 or more is rare enough to identify someone (HIPAA Safe Harbor): it becomes "90+".
// Only numbers that the text marks as an age are touched; "SpO2 94" and "BP 95/60" stay.
const PATTERNS: RegExp[] = [
  new RegExp(`(?<![\\d./])${AGE}(?=[\\s-]*(?:years?|yrs?)[\\s-]*old\\b|[\\s-]*(?:y/?o|yo)\\b|[\\s-]+year[\\s-]old\\b)`, 'gi'),
  new RegExp(`\\b(?:aged?|at the age of|turned|turning)\\s*:?\\s*${AGE}(?!\\d|[./]\\d|%)`, 'gi'),
  new RegExp(
    `\\b(?:i'?m|i am|(?:mother|father|mom|mum|dad|grandmother|grandfather|grandma|grandpa|granny|nana|grandad|aunt|uncle|husband|wife|she|he|patient|who|which)(?:'s| is| was))\\s+${AGE}(?!\\d|[./]\\d|%)(?!\\s*(?:kg|lbs?|pounds|cm|mg|%|percent|bpm|mmhg))`,
    'gi',
  ),
  new RegExp(`(?<![\\d./])${AGE}\\s*(?:周岁|週歲|岁|歲)`, 'g'),
  /(?<![一二三四五六七八])(九十[一二三四五六七八九]?|一百[零一二三四五六七八九十]*)(?:多)?\s*(?:周岁|週歲|岁|歲)/g,
];

export const detectOldAges: Detector = (scan): Candidate[] =>
  PATTERNS.flatMap((p) => matches(scan, p, 'age-over-89', 1)).map((c) => ({ ...c, replacement: '90+' }));
