import { allMatches, type Candidate, type Detector } from './kinds.js';

const AGE = '(9\\d|1[0-2]\\d)';
// "ninety-two", "ninety two", "a hundred and one": written-out ages of 90 to 129.
const ONES = '(?:one|two|three|four|five|six|seven|eight|nine)';
const WORD_AGE = `(ninety(?:[\\s-]${ONES})?|(?:a|one)[\\s-]hundred(?:(?:\\s+and)?[\\s-](?:${ONES}|ten|eleven|twelve|twenty(?:[\\s-]${ONES})?))?)`;
// What marks a number as an age when it follows: "years old", "-year-old", "yo", "y/o".
const YEARS_OLD =
  "(?:[\\s-]*(?:years?|yrs?)[\\s-]*old\\b|[\\s-]*(?:years?|yrs?)\\s+of\\s+age\\b|[\\s-]*(?:y/?o|yo|y\\.o\\.?)(?![a-z])|[\\s-]+year[\\s-]old\\b|(?<!(?:hace|há|il y a|vor|depuis|desde|sinds|da|cách đây)\\s+\\d{2,3})\\s*(?:tuổi|años|anos|ans|Jahre(?:\\s+alt)?|jaar|anni|세|歳)(?![\\p{L}])(?!\\s+(?:que|de|ago|geleden|fa|trước|depuis|her|lang)\\b))";
// (Session 12: "years old" in the askers' other languages — Vietnamese tuổi, Spanish años, French ans, German Jahre,
// Dutch jaar, Italian anni, Korean 세, Japanese 歳; not a span of time: "hace 95 años", "95 ans depuis".)
// People whose age is told as "X is 94": kin words, and "who".
const PERSON =
  '(?:mother|father|mom|mum|dad|grandmother|grandfather|grandma|grandpa|granny|nana|grandad|great-grandmother|great-grandfather|' +
  'nan|nanna|nanny|gran|grandmum|grandmom|granddad|aunt|uncle|husband|wife|partner|patient|neighbou?r|friend|brother|sister|she|he|who|which|' +
  // Session 11 round 2: grandparents in the askers' other languages ("my halmeoni is 93 now", "my koro Hemi is ninety-one").
  'halmeoni|halmoni|harabeoji|koro|kuia|nonna|nonno|abuela|abuelo|abuelita|abuelito|oma|opa|bubbe|zayde|lola|lolo|babcia|dziadek|nani|dadi)' +
  // Session 10 round 2: in-laws ("my mother-in-law, Rosa …, is ninety").
  '(?:-in-law)?';
// A name between a kin word and "is" ("my husband Gerald is 94").
const MAYBE_NAME = "(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2}(?:\\s*\\(\\p{Lu}[\\p{L}'’-]*\\))?";
// A capitalised name of up to four words, lower-case particles between ("María José de la Fuente").
const NAME_WITH_PARTICLES = "(?:\\s+\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:de la|de los|van der|van den|de|da|del|dos|van|von|bin|binti|al|el))?){1,4}";
const NOT_A_MEASURE = '(?!\\d|[./,]\\d|\\s*%)(?!\\s*(?:kg|lbs?|pounds|cm|mg|%|percent|bpm|mmhg|beats|on|over|°|degrees?|f\\b|c\\b|\\/))';

// Readings listed the same way ("Pulse, 95, after exercise") are not ages.
const MEASURE_WORD =
  '(?:Pulse|Heart|Rate|Glucose|Sugar|Weight|Oxygen|Sats?|Saturation|Temp|Temperature|Score|Level|Ferritin|Iron|Creatinine|Potassium|Sodium|Cholesterol|Platelets?|Hemoglobin|Haemoglobin|Systolic|Diastolic|Fasting|Reading|Readings|Result|Results)';
// An age of 90 or more is rare enough to identify someone (HIPAA Safe Harbor): it becomes "90+".
// Only numbers that the text marks as an age are touched; "SpO2 94" and "BP 95/60" stay. Group 1 is the
// number; anything the pattern consumes after it ("years old", "歲") is kept in the span and in the
// replacement, so "96 years old" becomes "90+ years old" and the whole phrase counts as handled.
const PATTERNS: RegExp[] = [
  new RegExp(`(?<![\\d./])${AGE}${YEARS_OLD}`, 'giu'),
  new RegExp(`\\b${WORD_AGE}${YEARS_OLD}`, 'giu'),
  new RegExp(`\\b(?:aged?|at the age of|turned|turning|turns|(?:passed(?:\\s+away)?|died)\\s+at)\\s*:?\\s*${AGE}${NOT_A_MEASURE}`, 'giu'),
  // "Mr. Arthur Bellamy, 92, who lives…": a number between commas after a name, before what a person does.
  new RegExp(`(?<=\\p{Lu}\\p{Ll}+,\\s*)(?<!${MEASURE_WORD},\\s*)${AGE}(?=\\s*,\\s*(?:who|and|lives|living|with|has|had|is|was|currently|still|after|since|recovering|recently|just|following|post|diagnosed|suffering|bedbound|bedridden|widowed|retired|fell|needs|uses|takes)\\b|\\s+(?:who|and\\s+(?:has|had|is|was|lives))\\b)`, 'gu'),
  new RegExp(`\\b(?:aged?|at the age of|turned|turning|turns)\\s*:?\\s*${WORD_AGE}\\b`, 'giu'),
  // "my grandpa, who we all call Papa Joe, is 97": the age after a clause that names the person.
  new RegExp(`\\b${PERSON},\\s*who\\b[^.?!,;]{0,40},\\s*(?:is|was|just turned|turned)\\s+${AGE}${NOT_A_MEASURE}`, 'giu'),
  new RegExp(`\\b(?:i'?m|i am|${PERSON}${MAYBE_NAME}(?:'s|’s| is| was| just turned))\\s+${AGE}${NOT_A_MEASURE}`, 'giu'),
  new RegExp(`\\b(?:i'?m|i am|${PERSON}${MAYBE_NAME}(?:'s|’s| is| was))\\s+${WORD_AGE}\\b(?!\\s*(?:percent|%|kg|pounds))`, 'giu'),
  new RegExp(`(?<![\\d./])${AGE}\\s*(?:周岁|週歲|岁|歲)`, 'gu'),
  // Session 7 round 2 (v10's shapes): "My father, Harold Pruett, is 94", "My grandmother María José de la Fuente is 102",
  // "my nan (nanna pat) is 99": a name between commas, a name with particles, or brackets between the person and "is".
  new RegExp(`\\b${PERSON},${NAME_WITH_PARTICLES},\\s*(?:is|was|just turned|turned)\\s+${AGE}${NOT_A_MEASURE}`, 'gu'),
  new RegExp(`\\b${PERSON}${NAME_WITH_PARTICLES}\\s+(?:is|was|just turned|turned)\\s+${AGE}${NOT_A_MEASURE}`, 'gu'),
  // Session 10 round 2: the same two with the age in words ("My mother-in-law, Rosa Elena Gutiérrez, is ninety and…").
  new RegExp(`\\b${PERSON},${NAME_WITH_PARTICLES},\\s*(?:is|was|just turned|turned)\\s+${WORD_AGE}\\b(?!\\s*(?:percent|%|kg|pounds|mg|minutes|seconds|days|times))`, 'gu'),
  new RegExp(`\\b${PERSON}${NAME_WITH_PARTICLES}\\s+(?:is|was|just turned|turned)\\s+${WORD_AGE}\\b(?!\\s*(?:percent|%|kg|pounds|mg|minutes|seconds|days|times))`, 'gu'),
  new RegExp(`\\b${PERSON}\\s*\\([^()\\n]{1,30}\\)\\s*(?:is|was|just turned|turned)\\s+${AGE}${NOT_A_MEASURE}`, 'giu'),
  // "(DOB 1930-12-08, so 95)": the age worked out from a birth year just before it.
  new RegExp(`(?:19|20)\\d{2}(?:[-/.]\\d{1,2}){0,2}\\s*,?\\s*(?:so|now|making (?:him|her|me|them))\\s+${AGE}(?=\\s*[),.;]|\\s+(?:now|this year|today)\\b)${NOT_A_MEASURE}`, 'giu'),
  // "my grandmother Rose (91)", "female, 93": a bracketed or listed age after a person or a sex.
  // "my dad (90 in may)": the age with when it is or was turned, inside the brackets.
  new RegExp(`\\b(?:${PERSON}|grandma|grandpa|nan|nana|granny)${MAYBE_NAME}\\s*\\(\\s*${AGE}(?:\\s*(?:y|yo|yrs?|years?))?(?=\\s*\\)|\\s+(?:in|on|next|this|last|since)\\s+[^()]{1,20}\\))`, 'giu'),
  new RegExp(`\\b(?:[Mm]ale|[Ff]emale|[Mm]an|[Ww]oman|M|F)\\s*,\\s*${AGE}${NOT_A_MEASURE}(?=\\s*(?:[,.;)]|$|and|with|y))`, 'gu'),
  // "阿嬤今年九十了", "高齡92", "高壽九十有三": an age after 今年/高齡/高壽 even without 歲, if nothing like a unit follows.
  new RegExp(`(?:今年|現年|现年|年屆|年届|年逾|年過|年过|高齡|高龄|高壽|高寿|享年|虛歲|虚岁|實歲|实岁|足歲|足岁)\\s*(${AGE.slice(1, -1)}|九十(?:有)?[一二三四五六七八九]?|一百[零一二三四五六七八九十]*)(?=[了，,。!！\\s的]|$)`, 'gu'),
  new RegExp(`(?<![一二三四五六七八])(九十[一二三四五六七八九]?|一百[零一二三四五六七八九十]*|(?<![一二三四五六七八九十\\d])百)(?:多)?\\s*(?:周岁|週歲|岁|歲)`, 'gu'),
  // Session 10: "a retired teacher of ninety-four years", "aged 93 years" (no "old"); "Rosa dela Cruz, 90 yrs, has…" (an age
  // in years between commas after a name); "At 92 I still swim" (a sentence opening on the age, then the person).
  // "Grandad, ninety-one, fell": an age in words between commas after a capitalised word.
  new RegExp(`(?<=\\p{Lu}\\p{Ll}+,\\s*)${WORD_AGE}(?=\\s*,\\s*(?:who|and|lives|living|with|has|had|is|was|still|fell|needs|uses|takes|recently|just|died|passed|widowed|retired|diagnosed)\\b)`, 'gu'),
  // 阿嬤已經九十三了: "already" and the age, then 了 or 歲.
  new RegExp(`(?:已經|已经)\\s*(${AGE.slice(1, -1)}|九十(?:有)?[一二三四五六七八九]?|一百[零一二三四五六七八九十]*)(?=\\s*(?:了|歲|岁|周岁|週歲))`, 'gu'),
  // 九十三高龄, 92高齡: the age before the word for old age.
  new RegExp(`(?<![\\d一二三四五六七八九十])(${AGE.slice(1, -1)}|九十(?:有)?[一二三四五六七八九]?|一百[零一二三四五六七八九十]*)\\s*(?:岁|歲)?\\s*(?=高龄|高齡|高寿|高壽)`, 'gu'),
  ...[AGE, WORD_AGE].map((age) => new RegExp(`\\b(?:of|aged)\\s+${age}\\s+(?:years|yrs)\\b(?!\\s+(?:ago|of|since|before|after|later))`, 'giu')),
  // (The number comes first and the name is looked for behind it: a pattern opening on a lookbehind is tried everywhere.)
  new RegExp(`${AGE}(?<=\\p{Lu}\\p{Ll}+,\\s*(?:9\\d|1[0-2]\\d))\\s*(?:yrs?|years|y\\.?o\\.?)(?=\\s*[,;.)]|\\s+(?:who|and|with|has|had|is|was)\\b)`, 'gu'),
  new RegExp(`(?:^|[.!?\\n]\\s*)(?:[Aa]t|[Nn]ow)\\s+${AGE},?(?=\\s+(?:I|she|he|my (?:mother|father|mom|mum|dad|grandmother|grandfather|grandma|grandpa))\\s+(?!think|guess|believe|mean|suppose)\\p{Ll})`, 'gu'),
].map((p) => new RegExp(p.source, p.flags + 'd'));
// Most long texts hold no number of 90 to 129 and no "ninety"/"hundred", so most patterns need not scan them: a
// pattern that holds the group AGE or WORD_AGE (never optional in any of them) cannot match without its digits or
// words. (The 今年 one holds AGE's digits only as one choice among numerals, so it always runs.)
const AGE_DIGITS = /9\d|1[0-2]\d/;
const AGE_WORDS = /ninety|hundred/iu;
const OLD_AGE_WORD = /高[龄齡寿壽]/u;
const ALREADY = /已[經经]/u;
const NEEDS = PATTERNS.map((p) =>
  p.source.includes('(?=高龄') ? OLD_AGE_WORD : p.source.startsWith('(?:已經') ? ALREADY : p.source.includes(AGE) ? AGE_DIGITS : p.source.includes(WORD_AGE) ? AGE_WORDS : null,
);

export const detectOldAges: Detector = (scan): Candidate[] => {
  const out: Candidate[] = [];
  const has = new Map<RegExp, boolean>();
  for (const [i, p] of PATTERNS.entries()) {
    const need = NEEDS[i];
    if (need) {
      let ok = has.get(need);
      if (ok === undefined) has.set(need, (ok = need.test(scan)));
      if (!ok) continue;
    }
    for (const m of allMatches(scan, p)) {
      const span = m.indices?.[1];
      if (!span) continue;
      const end = m.index! + m[0].length;
      out.push({ kind: 'age-over-89', start: span[0], end, replacement: '90+' + scan.slice(span[1], end) });
    }
  }
  return out;
};

// Session 12: an age told right after a name any frame found ("Phạm Thị Hoa is 94", "Ingrid, now 91,"): a person's
// name is what makes the number an age, whatever the kin word before it (or none) in whatever language.
const AGE_AFTER_NAME = new RegExp(`^(?:[ \\t]+(?:is|was|just turned|turned|turns|is now|now)|,[ \\t]*(?:now|aged?)?)[ \\t]*${AGE}${NOT_A_MEASURE}(?=[ \\t]*(?:[,.;:!?)]|$|\\n|[ \\t]+(?:and|but|with|yrs?|years|now|this|next|last|in|has|had|lives|when|so|yet|after|before)\\b))`, 'dgiu');

/** Old ages after names already found. */
export function oldAgesAfterNames(scan: string, names: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  if (!AGE_DIGITS.test(scan)) return out;
  for (const name of names) {
    if (name.kind !== 'name') continue;
    const after = scan.slice(name.end, name.end + 30);
    AGE_AFTER_NAME.lastIndex = 0;
    const m = AGE_AFTER_NAME.exec(after);
    const span = m?.indices?.[1];
    if (!m || !span) continue;
    out.push({ kind: 'age-over-89', start: name.end + span[0], end: name.end + span[1], replacement: '90+' });
  }
  return out;
}
