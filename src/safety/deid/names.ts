import { allMatches, type Candidate, type Detector } from './kinds.js';
import { mentionedEnglishNames } from './people-en.js';
import { mentionedChineseNames } from './people-zh.js';
import { unmarkedEnglishNames } from './unmarked-names-en.js';
import { framedEnglishNames } from './framed-names-en.js';
import { framedChineseNames } from './framed-names-zh.js';
import { handleNames } from './handles.js';
import { isDateNotName, moreNames, withParticles } from './more-names.js';
import { recordAndNicknameNames, withSaintSurname } from './record-and-nickname-names.js';
import { formsInitialsAndNicknames } from './forms-initials-nicknames-en.js';
import { namesRound2 } from './names-round2.js';
import { namesSession11 } from './names-session11.js';
import { listNeighbours, namesSession12 } from './names-session12.js';
import { namesSession12Round2, sameNameElsewhere } from './names-session12-round2.js';
import { givenNames } from './given-names.js';
import { bareChineseGivenNames } from './bare-given-names-zh.js';
import { COMPOUND_SURNAMES, SURNAMES } from './surnames.js';
import { positionedChineseNames } from './positioned-names-zh.js';
import { positionedEnglishNames, withPatronymic } from './positioned-names-en.js';

// ── English: a capitalised name right after "my name is", "I'm", "this is", "Name:" ──────────────

// "brand name: Prilosec" and "the generic name is ibuprofen" name a medicine, not a person.
const EN_LEAD =
  /\b(?:my name is|my name's|i'm|i am|im|this is|call me|signed[,:]?|regards,|sincerely,|thanks,|thank you,|(?<!(?:brand|generic|drug|trade|chemical|scientific|street|product|medication|medicine|file|user)\s)(?:patient |full )?name(?:\s*:|\s+is|['’]s)|(?:patient|full|my|his|her|child['’]s|baby['’]s) name\s*[-–—]|(?:patient|pt)\.?\s*:|question from|(?:regards|thanks|cheers),\s*-?)\s+/gi;
// Letters beyond ASCII count (Müller, Zoë, José); "O'Brien" and "Jean-Luc" are one word; an initial may open the
// name ("Signed: A. Kowalczyk").
const CAPITALISED_NAME = /^(?:\p{Lu}\.\s+(?=\p{Lu}\p{Ll}))?\p{Lu}\p{Ll}*(?:[-'’]\p{Lu}?\p{Ll}+)?(?:\s+(?:\p{Lu}\.\s+)?\p{Lu}\p{Ll}*(?:[-'’]\p{Lu}?\p{Ll}+)?){0,2}/u;
const LOWERCASE_NAME = /^[a-z]+(?:\s+[a-z]+)?/;
// Capitalised words that follow "I'm"/"this is" without being names.
const NOT_A_NAME = new Set(
  (
    'A An The So Very Not Also Just Currently Here There Sorry Ok Okay Worried Afraid Scared Concerned Pregnant Diabetic ' +
    'Type On In At From With Having Taking Male Female Married Single Taiwanese American Chinese British Canadian ' +
    'Indian Japanese Korean Asian Hispanic Latino Latina Black White Muslim Christian Catholic Jewish Buddhist Hindu ' +
    'English French German Spanish Filipino Vietnamese Thai Malaysian Australian Mexican European African Dr Doctor ' +
    'Nurse Mr Mrs Ms Miss Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May ' +
    'June July August September October November December Still Now Feeling Getting Going Trying Wondering Writing ' +
    'Asking Looking Hoping Suffering Experiencing Struggling Dealing Living Working Bleeding Taking Having Allergic Vegan Vegetarian Gay Straight Trans Ill Sick Fine Good Well Tired Overweight ' +
    'Underweight Healthy Active Retired Unemployed Hiv Hpv Covid Urgent Please Hello Hi Dear Thanks Thank Regarding About ' +
    // roles people describe themselves by
    'Student Teacher Mother Father Mom Dad Wife Husband Engineer Athlete Dancer Runner Smoker Patient Parent Grandmother ' +
    'Grandfather Caregiver Pharmacist Physician Surgeon Worker Manager Lawyer Soldier Veteran Mum Son Daughter Girl Boy Man Woman'
  ).split(' '),
);
// Verb forms ("I AM Diagnosed", "I'm Suffering") are not names either. Only long "-ed" words count, since
// "Ahmed" is a name; "-ing" is left to the list above because pinyin names end in it ("Xiaoping").
const looksLikeVerb = (word: string) => /ed$/.test(word) && word.length >= 7 && !/^(?:Mohammed|Muhammed|Mehmed)$/.test(word);
// Words that end a lower-case name typed after "my name is".
const NAME_STOP = new Set('and i im i\'m from age aged my am a the is was with but so years year old not just here'.split(' '));

function englishNames(scan: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of allMatches(scan, EN_LEAD)) {
    const at = (m.index ?? 0) + m[0].length;
    const rest = scan.slice(at, at + 60);
    const lead = m[0].toLowerCase();
    let name = CAPITALISED_NAME.exec(rest)?.[0];
    if (name) {
      // One ordinary word means the phrase is not a name ("I'm Taiwanese", "this is March", "I am Ballet Dancer").
      // (A closing initial is no word of it: "Signed, Kwame A." is not "A" the article.)
      const closingInitial = /\s\p{Lu}$/u.test(name) && /^\.(?![\p{L}\p{N}])/u.test(rest.slice(name.length));
      const words = name.split(/\s+/).slice(0, closingInitial ? -1 : undefined);
      if (words.some((w) => NOT_A_NAME.has(w) || looksLikeVerb(w))) name = undefined;
      // One capital of a word in capitals is no name ("Name: TYLENOL", "PATIENT: GUTIERREZ, …").
      else if (/^\p{Lu}$/u.test(name) && /^\p{Lu}/u.test(rest.slice(1))) name = undefined;
      // Nor is a last word of one capital before more capitals ("Wojciech Kowalczyk-Brandt\nDOB: …").
      else name = name.replace(/\s+\p{Lu}$/u, (w) => (/^\p{Lu}/u.test(rest.slice(name!.length)) ? '' : w));
    } else if (/\bmy name/.test(lead)) {
      // After "my name is" even a lower-case word is a name ("The name is derived from…" is not personal).
      const words = (LOWERCASE_NAME.exec(rest)?.[0] ?? '').split(/\s+/).filter(Boolean);
      const kept: string[] = [];
      for (const w of words) {
        if (NAME_STOP.has(w)) break;
        kept.push(w);
      }
      name = kept.length > 0 ? kept.join(' ') : undefined;
    }
    if (name) out.push({ kind: 'name', start: at, end: at + name.length });
  }
  return out;
}

// ── Chinese: 我叫…, 我是王小明, 姓名：…, 我儿子叫… ──────────────────────────────────────────────

const HAN = '[\\u4e00-\\u9fff]';
const GIVEN = `(?:[${SURNAMES}]|${COMPOUND_SURNAMES})${HAN}{1,2}|[小阿]${HAN}`;
// What may follow a name: punctuation, the end, "的", an age or sex, a place.
const AFTER_NAME = '(?=$|[\\s,，。.!！?？;；:：、()（）\\d]|的|今年|男|女|来自|來自|住|在|是|，)';

// After "我叫" / "姓名：" the name needs no surname check, only a short length.
const CALLED = new RegExp(
  `(?:我叫|我名叫|我的名字是|我的名字叫|我名字叫|我名字是|姓名\\s*[:：]?|名字\\s*[:：]|患者姓名\\s*[:：]?|病人姓名\\s*[:：]?)\\s*(${HAN}{2,4}?)${AFTER_NAME}`,
  'dg',
);
// After "我是" many things follow ("我是高血压患者", "我是护理师"), so a surname and a name boundary are required.
const I_AM = new RegExp(`(?:我是|我就是|本人是)\\s*(${GIVEN})${AFTER_NAME}`, 'dg');
const RELATIVE_CALLED = new RegExp(
  `(?:儿子|兒子|女儿|女兒|孩子|老公|老婆|丈夫|妻子|太太|先生|妈妈|媽媽|爸爸|母亲|母親|父亲|父親)(?:名)?叫\\s*(${GIVEN})${AFTER_NAME}`,
  'dg',
);
// (Session 10 round 2: 我是外配/陸配/看護 — who the writer is by origin or work.)
const NOT_A_CHINESE_NAME = /^(?:外配|陸配|陆配|外籍|新娘|看護|看护|外勞|外劳|移工|[宝寶](?:妈|媽|爸)|医生|醫生|大夫|护士|護士|老师|老師|患者|病人|孕妇|孕婦|小孩|小朋友|阿姨|小姐|先生|女士|高中|初中|大学|大學|中学|中學|小学|小學|学生|學生|研究生|高龄|高齡|高三|高二|高一|新手|新生)/;
// Characters that almost never appear in a given name but fill medical words ("我是高血压，…").
const MEDICAL_CHARACTERS = /[血壓压病症炎癌瘤患痛疼藥药肝腎肾胃肺糖尿瘡疮痔]/;

function chineseNames(scan: string): Candidate[] {
  const out: Candidate[] = [];
  for (const pattern of [CALLED, I_AM, RELATIVE_CALLED]) {
    for (const m of allMatches(scan, pattern)) {
      const span = m.indices?.[1];
      if (!span || NOT_A_CHINESE_NAME.test(m[1]) || MEDICAL_CHARACTERS.test(m[1])) continue;
      out.push({ kind: 'name', start: span[0], end: span[1] });
    }
  }
  return out;
}

// A second name in brackets right after a name: "Mrs. Okonkwo here (Ngozi)", "Ken (Kenji) Sato".
const BRACKETED_AFTER_NAME = /^(?:[ \t]+here)?[ \t]*\([ \t]*(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)[ \t]*\)/du;

// A closing initial after a name found by any frame: "Sent by Deepa M.", "Linda P." (never before a letter: "A.M.").
const CLOSING_INITIAL = /^[ \t]+\p{Lu}\.(?![\p{L}\p{N}])/u;
const HYPHENATED_REST = /^-\p{L}+(?![\p{L}\p{N}-])/u;
const TRAILING_SURNAME = /^[ \t]+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?=[ \t]*(?:[,;.:)\n]|$))/u;
const TRAILING_NOT_A_SURNAME = /(?:formin|mab|nib|pril|olol|sartan|statin|cillin|mycin|azole|tidine|pine|pam|lam|done|caine|oxacin|cycline|vir|amide|xetine|triptan|lukast|parin|tamol|itis|osis|emia|aemia|oma)$/i;

export const detectNames: Detector = (scan) => {
  const found = [
    ...englishNames(scan),
    ...chineseNames(scan),
    ...mentionedEnglishNames(scan),
    ...mentionedChineseNames(scan),
    ...unmarkedEnglishNames(scan),
    ...framedEnglishNames(scan),
    ...framedChineseNames(scan),
    ...handleNames(scan),
    ...moreNames(scan),
    ...recordAndNicknameNames(scan),
    ...positionedChineseNames(scan),
    ...positionedEnglishNames(scan),
    ...formsInitialsAndNicknames(scan),
    ...bareChineseGivenNames(scan),
    ...namesRound2(scan),
    ...namesSession11(scan),
    ...namesSession12(scan),
    ...namesSession12Round2(scan),
  ].filter((c) => !isDateNotName(scan, c));
  found.push(...withParticles(scan, found));
  found.push(...withSaintSurname(scan, found));
  found.push(...withPatronymic(scan, found));
  // Session 12: a name's neighbours in a list of people ("Anne Murphy, Raj Kapoor and Kofi").
  found.push(...listNeighbours(scan, found));
  for (const name of [...found]) {
    const span = BRACKETED_AFTER_NAME.exec(scan.slice(name.end, name.end + 40))?.indices?.[1];
    if (span) found.push({ kind: 'name', start: name.end + span[0], end: name.end + span[1] });
    // A closing initial's full stop is the initial's ("I'm Nadia R., 34"), unless a word follows it at once.
    if (/[ \t]\p{Lu}$/u.test(scan.slice(name.end - 2, name.end)) && /^\.(?![\p{L}\p{N}])/u.test(scan.slice(name.end, name.end + 2))) {
      found.push({ kind: 'name', start: name.start, end: name.end + 1 });
    }
    if (/\p{Ll}$/u.test(scan.charAt(name.end - 1))) {
      const initial = CLOSING_INITIAL.exec(scan.slice(name.end, name.end + 5));
      if (initial) found.push({ kind: 'name', start: name.start, end: name.end + initial[0].length });
      // Half a hyphenated name must not be left behind: "Hye-jin" found as "Hye" goes whole.
      const rest = HYPHENATED_REST.exec(scan.slice(name.end, name.end + 20));
      if (rest) found.push({ kind: 'name', start: name.start, end: name.end + rest[0].length });
      // Session 10 round 2: a full name's last surname must not be left behind either ("Marisol Quispe Huamán,",
      // "Fatima Zahra Benali,"): after a name of two words or more, one more capitalised word that is no English word
      // and no medicine, closed by punctuation or a line's end.
      const more = /[ \t]/.test(scan.slice(name.start, name.end)) ? TRAILING_SURNAME.exec(scan.slice(name.end, name.end + 30)) : null;
      if (more && !givenNames().isWord(more[1].toLowerCase()) && !TRAILING_NOT_A_SURNAME.test(more[1])) found.push({ kind: 'name', start: name.start, end: name.end + more[0].length });
    }
  }
  // Session 12 round 2: a name found once is a name wherever else the text writes it ("our son Leo … Leo is 4").
  found.push(...sameNameElsewhere(scan, found));
  return found;
};
