import { allMatches, type Candidate } from './kinds.js';

// Numbers read out digit by digit, as people write them to dodge bots or type them from a voice memo:
// "four one five, five five five, zero one nine eight", "two oh six - five five five - …", "double five",
// and in Chinese numerals 一三九 一二三四 五六七八 (幺 is how 1 is read out on the phone). Seven or more digits
// in a row are a number to call or an ID: a dose, a count or a reading is never read out digit by digit.
const EN_DIGIT = '(?:zero|oh|o|one|two|three|four|five|six|seven|eight|nine)';
const EN_DIGIT_GROUP = `(?:(?:double|triple)\\s+)?${EN_DIGIT}`;
const EN_SEP = '(?:\\s*[,-]\\s*|\\s+)';
const EN_RUN = new RegExp(`\\b${EN_DIGIT_GROUP}(?:${EN_SEP}${EN_DIGIT_GROUP}){5,16}\\b`, 'gi');
const EN_VALUE: Record<string, number> = { double: 2, triple: 3 };

/** How many digits a run read out in English words stands for ("double five" is two). */
function englishDigits(run: string): number {
  let n = 0;
  let times = 1;
  for (const w of run.toLowerCase().split(/[\s,-]+/)) {
    if (!w) continue;
    if (w in EN_VALUE) times = EN_VALUE[w];
    else {
      n += times;
      times = 1;
    }
  }
  return n;
}

// Chinese digits with no 十/百/千 between them are read one by one (幺 is 1 on the phone); 年/月/日/岁 after them
// make a date or an age. Session 8: the groups may be set apart by 、 or ， as well (零九三二、一一八、四五七).
const ZH_D = '〇零一二三四五六七八九幺';
const ZH_RUN = new RegExp(`(?<![十百千万萬${ZH_D}])[${ZH_D}](?:[ \\-、，]?[${ZH_D}]){6,16}(?![十百千万萬年月日号號岁歲${ZH_D}])`, 'g');

const ZH_FOUR = new RegExp(`[${ZH_D}](?:[ -]?[${ZH_D}]){3}`);

// Digits typed one by one with spaces ("7 1 8 2 2 2 9 0 4 1", "4 1 5 - 5 5 5 - 0 1 9 8"): eight or more single digits
// apart are read out, never a reading or a dose. A cue word's rule (SSN, record, ID) wins where one names it.
const SPACED_SINGLE_DIGITS = /(?<![\d.,/:]|\d[ -])\d(?:(?: ?- ?| )\d){7,14}(?![\d.,/:]|[ -]\d)/g;

/** Digit runs read out in words, seven to fifteen digits long, as spans of the scan. */
export function spelledDigitRuns(scan: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of allMatches(scan, EN_RUN)) {
    // A lone "o" opening or closing a run is a letter, not zero.
    let text = m[0];
    let start = m.index!;
    const lead = /^o[\s,-]+/i.exec(text)?.[0].length ?? 0;
    text = text.slice(lead);
    start += lead;
    text = text.replace(/[\s,-]+o$/i, '');
    const n = englishDigits(text);
    if (n >= 7 && n <= 15) out.push({ kind: 'phone', start, end: start + text.length });
  }
  // Searched only where four such digits stand together (一 alone is in most Chinese texts).
  if (ZH_FOUR.test(scan)) {
    for (const m of allMatches(scan, ZH_RUN)) {
      const n = m[0].replace(/[ \-、，]/g, '').length;
      if (n >= 7 && n <= 15) out.push({ kind: 'phone', start: m.index!, end: m.index! + m[0].length });
    }
  }
  for (const m of allMatches(scan, SPACED_SINGLE_DIGITS)) out.push({ kind: 'phone', start: m.index!, end: m.index! + m[0].length });
  return out;
}

// Session 12: after a record's word a shorter number is read out too ("patient number four four seven nine two"): runs
// of four digits or more, which the caller believes only after that word.
const EN_SHORT_RUN = new RegExp(`\\b${EN_DIGIT_GROUP}(?:${EN_SEP}${EN_DIGIT_GROUP}){3,16}\\b`, 'gi');

/** Digit runs read out in English words, four to fifteen digits long (to be believed only after a record's word). */
export function shortSpelledDigitRuns(scan: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of allMatches(scan, EN_SHORT_RUN)) {
    const text = m[0].replace(/[\s,-]+o$/i, '');
    const n = englishDigits(text);
    if (n >= 4 && n <= 15) out.push({ kind: 'mrn', start: m.index!, end: m.index! + text.length });
  }
  return out;
}
