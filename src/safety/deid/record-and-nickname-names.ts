import { givenNameKind, givenNames } from './given-names.js';
import { GIVEN_NAME_CHARACTERS } from './given-name-characters.js';
import { allMatches, type Candidate } from './kinds.js';
import { plausible } from './people-zh.js';
import { SURNAMES } from './surnames.js';

// Session 7 round 2 (set v10's classes): names as records and forms print them, nicknames in quotes, lower-case
// names with particles, names closing a post before a link, Chinese names after 她叫/本名/全名/敝人/貴子弟, double
// surnames (鄭林素卿), 阿-nicknames after 他是, and an English given name with a Chinese surname ("Jessica 黄").

const isListed = (word: string) => givenNameKind(word) !== undefined;
const isPlain = (word: string) => givenNameKind(word) === 'plain';

// "PATIENT: GUTIERREZ, MARIBEL A", "Pt: Okonkwo, Chidi", "Name: NG, WEI": surname, comma, given name after a record's
// label. The given name must be listed ("Patient: Stable, Alert" stays).
const RECORD_LABEL = /\b(?:PATIENT|Patient|PT|Pt|NAME|Name|CLIENT|Client|RESIDENT|Resident|STUDENT|Student)\.?[ \t]*:[ \t]*/g;
const SURNAME_COMMA_GIVEN = /^(\p{Lu}[\p{Lu}\p{Ll}'’]+(?:-\p{Lu}[\p{Lu}\p{Ll}]+)?),[ \t]+(\p{Lu}[\p{Lu}\p{Ll}]+)((?:[ \t]+\p{Lu}\.?(?![\p{L}\p{N}]))?)/u;
// "Student Mateo Alvarez-Quinn, DOB": a form's role word, then a listed given name and a capitalised surname.
const FORM_ROLE = /\b(?:Student|Pupil|Patient|Resident|Client|Child|Learner)[ \t]+(?=\p{Lu})/gu;
const GIVEN_THEN_SURNAME = /^(\p{Lu}\p{Ll}+)[ \t]+\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}\p{Ll}+)?(?![\p{L}\p{N}])/u;
// 'Bartholomew "Bart" Nkemelu': a listed given name, a capitalised nickname in quotes, a capitalised surname.
const QUOTED_NICKNAME = /\b(\p{Lu}\p{Ll}+)[ \t]+["“'‘]\p{Lu}\p{Ll}+["”'’][ \t]+\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}\p{Ll}+)?(?![\p{L}\p{N}])/gu;
// "my bf tyler van den heuvel": a lower-case listed given name, a particle, and a surname that is no English word.
const LOWER_WITH_PARTICLE =
  /\b([a-z]+)[ \t]+(?:van der|van den|van de|von der|de la|de los|van|von|bin|binti|ibn|dos|del|della|du)[ \t]+([a-z]{2,}(?:-[a-z]+)?)(?![\p{L}\p{N}])/gu;
// "— Lucía Ferreira | linktr.ee/…": a capitalised name after a dash, before a bar, a comma or the line's end.
const DASH_NAME_BEFORE_LINK =
  /(?:^|[.!?)\n][ \t]*|[ \t])(?:—|–|--)[ \t]*(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}(?:[ \t]+(?:de la|de|da|dos|van der|van|von)[ \t]+\p{Lu}\p{Ll}+)?)(?=[ \t]*(?:\||$|\n))/dgu;
// "hi im tanya 17 and…", "im dani (they/them)": a lower-case listed name that is no English word after "im", before an
// age or a bracket.
const IM_NAME_BEFORE_AGE = /(?:^|[\s,.!?])(?:i'?m|i am)[ \t]+([a-z]{3,})(?=[ \t]*,?[ \t]*(?:\d{1,2}(?![\d.%])|\())/dgu;

// "my nan (nanna pat) is 99": a listed given name in brackets after a kin word, maybe after a family title.
const KIN_BRACKETED_NAME =
  /\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er)[ \t]+(?:nan|nana|nanna|gran|granny|grandma|grandmother|grandpa|grandfather|grandad|mum|mom|mother|dad|father|aunt|auntie|uncle|husband|wife|son|daughter|brother|sister)[ \t]*\([ \t]*((?:(?:nan|nana|nanna|granny|gran|grandma|grandpa|nonna|nonno|oma|opa|aunty|auntie|uncle|papa|mama|mimi|pop|pops)[ \t]+)?([A-Za-z]+))[ \t]*\)/dg;

function englishForms(scan: string, out: Candidate[]): void {
  const names = givenNames();
  for (const m of /\(/.test(scan) ? allMatches(scan, KIN_BRACKETED_NAME) : []) {
    if (isListed(m[2]) && !['May', 'June', 'April', 'August'].includes(m[2])) out.push({ kind: 'name', start: m.indices![1][0], end: m.indices![1][1] });
  }
  for (const m of allMatches(scan, RECORD_LABEL)) {
    const at = m.index! + m[0].length;
    const r = SURNAME_COMMA_GIVEN.exec(scan.slice(at, at + 60));
    if (!r) continue;
    const given = r[2];
    if (given === given.toUpperCase() !== (r[1] === r[1].toUpperCase())) continue;
    if (!isListed(given)) continue;
    out.push({ kind: 'name', start: at, end: at + r[0].length });
  }
  for (const m of allMatches(scan, FORM_ROLE)) {
    const at = m.index! + m[0].length;
    const r = GIVEN_THEN_SURNAME.exec(scan.slice(at, at + 60));
    if (r && isPlain(r[1])) out.push({ kind: 'name', start: at, end: at + r[0].length });
  }
  for (const m of /["“'‘]/.test(scan) ? allMatches(scan, QUOTED_NICKNAME) : []) if (isListed(m[1])) out.push({ kind: 'name', start: m.index!, end: m.index! + m[0].length });
  for (const m of allMatches(scan, LOWER_WITH_PARTICLE)) {
    if (!isListed(m[1]) || names.isWord(m[2]) || names.isWord(m[2].split('-')[0])) continue;
    out.push({ kind: 'name', start: m.index!, end: m.index! + m[0].length });
  }
  for (const m of /[—–]|--/.test(scan) ? allMatches(scan, DASH_NAME_BEFORE_LINK) : []) {
    if (isPlain(m[1].split(/[ \t]/)[0])) out.push({ kind: 'name', start: m.indices![1][0], end: m.indices![1][1] });
  }
  for (const m of allMatches(scan, IM_NAME_BEFORE_AGE)) {
    if (isPlain(m[1]) && !names.isWord(m[1])) out.push({ kind: 'name', start: m.indices![1][0], end: m.indices![1][1] });
  }
}

// ── Chinese ────────────────────────────────────────────────────────────────────────────────────────
const HAN = '[\\u4e00-\\u9fff]';
const END = '(?=$|[，,。.、;；！!？?\\s(（)）]|已|今年|現年|现年|退休|生的|出生|住|說|说|是)';
// 她叫李陳阿滿, 本名郭雅婷, 全名劉建德, 敝人趙國棟, 貴子弟蔡宗翰: a lead that only a name follows; one or two surnames, then
// one or two characters (阿 may open them). After a kin word (我外婆鄭林素卿) a double surname is needed, or a given
// name's characters ("奶奶最近" has no surname; "外婆林美玉").
const ZH_NAME_LEAD = '(?:她叫|他叫|她名叫|他名叫|本名|全名|原名|真名|敝人|在下|貴子弟|贵子弟|令郎|令嬡|令爱)\\s*[:：]?\\s*';
const ZH_KIN_LEAD = '(?:外婆|外公|奶奶|爺爺|爷爷|阿嬤|阿嬷|阿公|婆婆)';
const ZH_NAME = new RegExp(`${ZH_NAME_LEAD}([${SURNAMES}]{1,2}(?:阿)?(${HAN}{1,2}?))${END}`, 'dgu');
const ZH_KIN_NAME = new RegExp(`${ZH_KIN_LEAD}(([${SURNAMES}])([${SURNAMES}])?(${HAN}{2}))${END}`, 'dgu');
// 他是阿德，全名…: 阿 and one character after 他是/她是/叫他/叫她, before a pause.
const A_NICKNAME = new RegExp(`(?:他是|她是|叫他|叫她|大家叫他|大家叫她)(阿${HAN})(?=[，,。、\\s]|$)`, 'dgu');
// "Jessica 黄，…": a listed English given name, then a Chinese surname standing alone before a pause.
const ENGLISH_GIVEN_CHINESE_SURNAME = new RegExp(`(?<![\\p{L}])(\\p{Lu}\\p{Ll}+)[ \\t]?[${SURNAMES}](?=[，,。、\\s]|$)`, 'gu');

function chineseForms(scan: string, out: Candidate[]): void {
  if (!/[\u4e00-\u9fff]/.test(scan)) return;
  for (const m of allMatches(scan, ZH_NAME)) if (plausible(m[1])) out.push({ kind: 'name', start: m.indices![1][0], end: m.indices![1][1] });
  for (const m of allMatches(scan, ZH_KIN_NAME)) {
    const doubleSurname = m[3] !== undefined;
    if (!plausible(m[1]) || (!doubleSurname && ![...m[4]].every((c) => GIVEN_NAME_CHARACTERS.has(c)))) continue;
    out.push({ kind: 'name', start: m.indices![1][0], end: m.indices![1][1] });
  }
  for (const m of /阿/.test(scan) ? allMatches(scan, A_NICKNAME) : []) if (plausible(m[1])) out.push({ kind: 'name', start: m.indices![1][0], end: m.indices![1][1] });
  for (const m of allMatches(scan, ENGLISH_GIVEN_CHINESE_SURNAME)) if (isPlain(m[1])) out.push({ kind: 'name', start: m.index!, end: m.index! + m[0].length });
}

export function recordAndNicknameNames(scan: string): Candidate[] {
  const out: Candidate[] = [];
  englishForms(scan, out);
  chineseForms(scan, out);
  return out;
}

// "Dr. Rebecca St. Clair": a name found as "Rebecca St" (or "Rebecca") takes "St. Clair" whole.
const SAINT_REST = /^(?:[ \t]+St)?\.?[ \t]+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?/u;
export function withSaintSurname(scan: string, found: Candidate[]): Candidate[] {
  const more: Candidate[] = [];
  for (const c of found) {
    const endsInSt = /[ \t]St$/.test(scan.slice(c.start, c.end));
    const next = scan.slice(c.end, c.end + 30);
    if (endsInSt ? /^\.?[ \t]+\p{Lu}/u.test(next) : /^[ \t]+St\.?[ \t]+\p{Lu}/u.test(next)) {
      const r = SAINT_REST.exec(next);
      if (r) more.push({ kind: 'name', start: c.start, end: c.end + r[0].length });
    }
  }
  return more;
}
