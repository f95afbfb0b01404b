import { matches, type Candidate, type Detector } from './kinds.js';
import { SURNAMES } from './surnames.js';

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])';
const ZH_MONTH = '(?:十[一二]?|[一二三四五六七八九])';
const ZH_DAY = '(?:[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])';
// Numbers in words for a date read out: a day or month (one to thirty-one, or "oh three"), and a year of two words
// ("seventy-nine", "nineteen eighty-two", "two thousand and five").
const W_ONES = '(?:one|two|three|four|five|six|seven|eight|nine)';
const W_TEENS = '(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)';
const W_TENS = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
const W_DAY = `(?:(?:twenty|thirty)(?:[\\s-]${W_ONES})?|${W_TEENS}|(?:oh|zero)[\\s-]${W_ONES}|${W_ONES}|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|twenty[\\s-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirty[\\s-]first))`;
const W_YEAR = `(?:(?:nineteen|twenty)[\\s-])?(?:${W_TENS}(?:[\\s-]${W_ONES})?|${W_TEENS}|(?:oh|zero)[\\s-]${W_ONES})|two thousand(?:[\\s-](?:and[\\s-])?(?:${W_ONES}|${W_TEENS}|twenty(?:[\\s-]${W_ONES})?))?`;
// Session 8: "the nineteenth of November, nineteen forty-two" (an article before and "of" between).
const SPELLED_DATE = `(?:the\\s+)?(?:${W_DAY}|${MONTH})(?:\\s+of)?[\\s,/-]+(?:${W_DAY}|${MONTH})[\\s,/-]+(?:${W_YEAR})\\b`;
/** A full calendar date in the forms people type: 1980/03/03, 04/11/1975, 12 July 1948, March 3, 1980, 1985年6月9日, 民國69年5月12日. */
const DATE = [
  `(?:19|20)\\d{2}\\s*[-/.年]\\s*(?:1[0-2]|0?[1-9])\\s*[-/.月]\\s*${DAY}\\s*[日号號]?`,
  // Session 10: spaces may stand around the slashes ("born 3 / 9 / 1998").
  `${DAY} ?[-/.] ?(?:1[0-2]|0?[1-9]) ?[-/.] ?(?:19|20)?\\d{2}`,
  `(?:1[0-2]|0?[1-9]) ?[-/.] ?${DAY} ?[-/.] ?(?:19|20)?\\d{2}(?!\\d)`,
  `(?:the\\s+)?${DAY}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+(?:19|20)\\d{2}`,
  `${MONTH}\\s+${DAY}(?:st|nd|rd|th)?,?\\s+(?:(?:19|20)\\d{2}|['’]\\d{2}\\b)`,
  `(?:the\\s+)?${DAY}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+['’]\\d{2}\\b`,
  // Taiwan's short calendar with slashes (47/03/14 is 1958): believed only next to a birth word, like the rest.
  `\\d{2,3}[/.](?:1[0-2]|0?[1-9])[/.]${DAY}(?![\\d/.])`,
  `(?:民國|民国)\\s*\\d{2,3}\\s*年\\s*(?:1[0-2]|0?[1-9])\\s*月\\s*${DAY}\\s*[日号號]?`,
  // In Chinese numerals: 民國七十五年八月十二日, 一九七九年二月二十八日.
  `(?:(?:民國|民国)\\s*[一二三四五六七八九十百零〇]{1,5}|[一二][九零〇][一二三四五六七八九零〇]{2})\\s*年\\s*${ZH_MONTH}\\s*月\\s*${ZH_DAY}\\s*[日号號]`,
  // Session 7 round 2: "17-Jun-1951", "03 Sep 62" as records print them.
  `${DAY}[-\\s]${MONTH}[-\\s](?:19|20)?\\d{2}(?!\\d)`,
  // Taiwan's short calendar without 民國 (84年11月20日 is 1995): believed only next to a birth word, like the rest.
  `(?<!\\d)\\d{2,3}\\s*年\\s*(?:1[0-2]|0?[1-9])\\s*月\\s*${DAY}\\s*[日号號]`,
  // Month and year, or day and month without a year: still a birth date's identifying part (HIPAA).
  `(?:19|20)\\d{2}\\s*年\\s*(?:1[0-2]|0?[1-9])\\s*月(?!\\s*\\d)`,
  `${MONTH},?\\s+(?:19|20)\\d{2}\\b`,
  `${MONTH}\\s+${DAY}(?:st|nd|rd|th)?\\b`,
  `(?:the\\s+)?${DAY}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b`,
  // Session 12: month and year in digits ("b. 12/1975", "DOB 03-1988"), as forms ask for them.
  `(?:1[0-2]|0?[1-9])[-/.](?:19|20)\\d{2}(?![\\d/.-]\\d)`,
].join('|');

// A date is a birth date only when the text says so ("DOB 12 March 1931", "her date of birth is …"): dates of symptoms
// and tests stay.
// A date read out in words ("ten oh three seventy-nine", "march fourth nineteen eighty-two") only after a birth word.
// Session 12: the date may stand in brackets after its word ("DOB (8/3/90)", "date of birth [1961-07-22]").
const AFTER_WORD = new RegExp(
  `(?:\\bborn(?:\\s+(?:on|in))?|\\bdate of birth|\\bd\\.?o\\.?b\\.?|\\bbirth\\s?date|\\bbirthday(?:\\s+is)?|生日(?:是|为|為)?|出生(?:日期|年月日)?(?:是|为|為|于|於|寫|写|填)?|出生於|出生于|(?:出世紙|出世纸|出生紙|出生證明|出生证明|出生證|出生证)(?:上)?(?:寫|写|填|係|是)?|(?<![發发產产衍寄共派滋再重新])生(?:於|于))(?:\\s+(?:is|was))?\\s*[:：]?\\s*[(（\\[]?\\s*(${DATE}|${SPELLED_DATE})`,
  'gi',
);
// Session 10 round 2: the birth told first and its date after what it was like ("born at 27 weeks on October 2nd
// 2024", "born by C-section on 3/14/2019"): a full date with its year only, after "on" within the same clause.
const FULL_DATE = [
  `${MONTH}\\s+${DAY}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d{2}`,
  `(?:the\\s+)?${DAY}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+(?:19|20)\\d{2}`,
  `(?:19|20)\\d{2}-(?:1[0-2]|0[1-9])-${DAY}`,
  `${DAY}[/.](?:1[0-2]|0?[1-9])[/.](?:19|20)\\d{2}`,
  `(?:1[0-2]|0?[1-9])[/.]${DAY}[/.](?:19|20)\\d{2}`,
].join('|');
// Session 12: "b." is the short "born" after a name in brackets or a list ("(Dmitri, b. 12/1975)", "Ana Ruiz, b. 3 May
// 1950"); its own pattern, tried only where "b." follows a bracket or a comma, keeps AFTER_WORD's words a fast start.
const B_DOT = new RegExp(`[(（,;][ \\t]{0,2}b\\.[ \\t]*(${DATE})`, 'gi');
const B_DOT_GATE = /[(（,;][ \t]{0,2}[bB]\./;
// Session 12: the birth word in the languages a record or a letter from abroad is written in: Dutch and German
// "geboren (am/op)", French "né(e) (le)", Spanish "nacido/a (el)", Italian "nato/a (il)", Portuguese "nascido/a (em)",
// Scandinavian "født/född (den)", Polish "urodzony/a", with a full or partial date after it. Own pattern, tried only
// where one of the words is.
const FOREIGN_BORN = new RegExp(
  `(?:\\bgeboren(?:\\s+(?:am|op))?|\\bn[ée]e?(?:\\s+le)?|\\bnacid[oa](?:\\s+el)?|\\bnat[oa](?:\\s+il)?|\\bnascid[oa](?:\\s+em)?|\\bf(?:ødt|ödd)(?:\\s+den)?|\\burodzon[ya])\\s*[:：]?\\s*(${DATE}|(?:${DAY})\\.?\\s+(?:de\\s+)?(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|januari|februari|maart|mei|juni|juli|augustus|oktober|Januar|Februar|März|Mai|Juni|Juli|Oktober|Dezember|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre)(?:\\s+(?:de\\s+)?(?:19|20)\\d{2})?)`,
  'gi',
);
// Substrings one of the words holds, tested first (a substring test is far cheaper than a pattern's scan of a long text).
// ("nato " with its space: "prenatal" and "neonatal" hold "nata".)
const FOREIGN_BORN_WORDS = ['eboren', 'né ', 'née', 'Né', 'ne le', 'nacid', 'nato ', 'nata ', 'nascid', 'født', 'född', 'urodzon'];
// (The gate holds the word at a word's start and a digit after it: "one " or "done " must not open the scan.)
const FOREIGN_BORN_GATE = /\b(?:geboren|n[ée]e?|nacid[oa]|nat[oa]|nascid[oa]|født|född|urodzon[ya])(?:\s+(?:am|op|le|el|il|em|den))?\s*[:：]?\s*\d/i;
const BORN_THEN_ON = new RegExp(`\\bborn\\s+(?:at|after|by|via|with|in|at home|early|late|premature(?:ly)?|prem)\\b[^.?!\\n;]{0,30}?\\son\\s+(${FULL_DATE})(?!\\d)`, 'gi');
const BEFORE_WORD = new RegExp(`(${DATE})\\s*(?:出生|生(?![病气氣活长長效]))`, 'gi');

// A full date with a birth year right after a person: 爸爸王建國（1951/09/03）, "Mrs. Okonkwo here (Ngozi), 5 October 1955."
// A date of symptoms follows a verb or "on", not a name; a year before 2010 is a birth, not last week.
const BIRTH_YEAR = '(?:19\\d{2}|200\\d)';
const DATE_WITH_BIRTH_YEAR = [
  `${BIRTH_YEAR}\\s*[-/.年]\\s*(?:1[0-2]|0?[1-9])\\s*[-/.月]\\s*${DAY}\\s*[日号號]?`,
  `${DAY}[-/.](?:1[0-2]|0?[1-9])[-/.]${BIRTH_YEAR}`,
  `(?:1[0-2]|0?[1-9])[-/.]${DAY}[-/.]${BIRTH_YEAR}`,
  `${DAY}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+${BIRTH_YEAR}`,
  `${MONTH}\\s+${DAY}(?:st|nd|rd|th)?,?\\s+${BIRTH_YEAR}`,
].join('|');
// 患者赵明远，男，1958-03-09，…: a full date with a birth year right after the sex in a record's header.
const AFTER_SEX = new RegExp(`(?:^|[，,：:\\s])(?:男|女|男性|女性)\\s*[，,、]\\s*(${DATE_WITH_BIRTH_YEAR})(?=\\s*[，,。;；)）]|\\s*$)`, 'giu');
const AFTER_PERSON = new RegExp(`(?:[（(]\\s*(${DATE_WITH_BIRTH_YEAR})\\s*[)）]|,\\s*(${DATE_WITH_BIRTH_YEAR})(?=\\s*[.,;)]))`, 'giu');
const CHINESE_NAME_BEFORE = new RegExp(`[${SURNAMES}][\\u4e00-\\u9fff]{1,2}$`);

const NAME_BEFORE_COMMA = /(?:\bhere|\b\p{Lu}\p{Ll}+\)?),\s*$/u;

const HAS_BIRTH_YEAR = /(?:19\d{2}|200\d)(?!\d)/;

// Taiwan's birth-year cohort: "74年次" (born in ROC year 74, 1985), 七十四年次. Only a birth year is called this.
const COHORT_YEAR = /(?<![\d一二三四五六七八九十])(?:\d{2,3}|[四五六七八九]十[一二三四五六七八九]?|一百(?:[零一][一二三四五六七八九]?)?)\s*年次/g;

export const detectBirthDates: Detector = (scan): Candidate[] => [
  ...matches(scan, COHORT_YEAR, 'birth-date'),
  ...matches(scan, AFTER_WORD, 'birth-date', 1),
  ...((scan.includes('b.') || scan.includes('B.')) && B_DOT_GATE.test(scan) ? matches(scan, B_DOT, 'birth-date', 1) : []),
  ...(FOREIGN_BORN_WORDS.some((w) => scan.includes(w)) && FOREIGN_BORN_GATE.test(scan) ? matches(scan, FOREIGN_BORN, 'birth-date', 1).map((c) => ({ ...c, end: c.start + scan.slice(c.start, c.end).trimEnd().length })) : []),
  ...(/\bborn\b/i.test(scan) ? matches(scan, BORN_THEN_ON, 'birth-date', 1) : []),
  ...(/生/.test(scan) ? matches(scan, BEFORE_WORD, 'birth-date', 1) : []),
  ...(HAS_BIRTH_YEAR.test(scan) ? afterPerson(scan) : []),
  ...(HAS_BIRTH_YEAR.test(scan) && /[男女]/.test(scan) ? matches(scan, AFTER_SEX, 'birth-date', 1) : []),
];

function afterPerson(scan: string): Candidate[] {
  return [
    // What stands before is checked here: the pattern's i flag would let \p{Lu} match any letter.
    ...matches(scan, AFTER_PERSON, 'birth-date', 1, (m) => CHINESE_NAME_BEFORE.test(scan.slice(Math.max(0, m.index! - 3), m.index!))),
    ...matches(scan, AFTER_PERSON, 'birth-date', 2, (m) => NAME_BEFORE_COMMA.test(scan.slice(Math.max(0, m.index! - 40), m.index! + m[0].length - m[2].length))),
  ];
}
