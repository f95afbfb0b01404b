import { givenNameKind, givenNames } from './given-names.js';
import { GIVEN_NAME_CHARACTERS, looksLikeGivenName } from './given-name-characters.js';
import { allMatches, type Candidate } from './kinds.js';
import { plausible } from './people-zh.js';
import { COMPOUND_SURNAMES, SURNAMES } from './surnames.js';

// Session 7 (blind set v9's classes): names typed in lower case with their surname, names with particles, and
// Chinese names after a recipient's word, a parent's role or a dash.

// ── English: a lower-case full name after a lead ─────────────────────────────────────────────────────
// "— gary lindqvist, SSN …", "thanks, maria gonzalez", "hi this is ana luísa ferreira,", "I'm rosalind mckenna, DOB …", "nurse practitioner
// haruto sakamoto, he knows…". The given name is one of the gazetteer that is no English word (or, with two more
// words, one that is), and every further word is no English word: "i'm kevin and", "nurse mary said" are not full
// names here, and a drug after a name ("gave marcus tylenol") has no lead before it.
// One pass for the introductions and roles, without the i and u flags (slow on every text); the dash lead is searched
// only where a dash occurs.
const WORD_LEAD =
  /\b(?:[Ii]'?m|[Ii] am|[Ii]m|[Tt]his is|[Mm]y name is|[Nn]ame'?s|[Nn]ame:|[Nn]urse(?:[ \t]+practitioner)?|[Pp]ractitioner|[Dd]octor|[Dd]r\.?|[Pp]harmacist|[Tt]herapist|[Mm]idwife|[Cc]ounsell?or|[Pp]hysio|[Ss]urgeon|[Dd]ietitian|[Ss]ocial worker|(?:[Ss]igned|[Rr]egards|[Tt]hanks|[Tt]hx|[Cc]heers|[Ss]incerely|[Bb]est|[Ll]ove)[,:]?)[ \t]+(?=[a-z])/g;
const DASH_LEAD = /(?:^|[.!?)\n][ \t]*|[ \t])(?:—|–|--|~)[ \t]*(?=[a-z])/g;
const LOWER_WORD = /\p{Ll}[\p{Ll}'’]*(?:-\p{Ll}+)?(?![\p{L}\p{N}@])/uy;
const STOP = new Set('and or but the a an with from for who is was has had my at in on to of i im ive'.split(' '));

function lowerWordAt(scan: string, at: number): string | undefined {
  LOWER_WORD.lastIndex = at;
  return LOWER_WORD.exec(scan)?.[0];
}

function lowercaseFullNames(scan: string, out: Candidate[]): void {
  const names = givenNames();
  const leads = [...allMatches(scan, WORD_LEAD), ...(/[—–~]|--/.test(scan) ? allMatches(scan, DASH_LEAD) : [])];
  for (const m of leads) {
    const start = m.index! + m[0].length;
    const words: string[] = [];
    let at = start;
    while (words.length < 4) {
      const w = lowerWordAt(scan, at);
      if (!w) break;
      words.push(w);
      const gap = /^[ \t]+/.exec(scan.slice(at + w.length, at + w.length + 3))?.[0];
      if (!gap) break;
      at += w.length + gap.length;
    }
    if (words.length === 0) continue;
    // The words are lower case (LOWER_WORD), so this reads them as the capitalised names of the lists.
    const kind = givenNameKind(words[0]);
    if (!kind) continue;
    const plain = kind === 'plain';
    // Surnames: no English word, no stop word, at least two letters.
    const surnames: string[] = [];
    for (const w of words.slice(1)) {
      const bare = w.replace(/['’]/g, '');
      if (STOP.has(w) || bare.length < 2 || names.isWord(w) || names.isWord(bare)) break;
      surnames.push(w);
    }
    const dash = /[—–~-]/.test(m[0]);
    const rest = scan.slice(start).slice(words[0].length);
    if (surnames.length >= (plain ? 1 : 2)) {
      const text = [words[0], ...surnames].join(' ');
      if (scan.startsWith(text, start)) out.push({ kind: 'name', start, end: start + text.length });
    } else if (plain && dash && /^[ \t]*[.!]?[ \t]*$/.test(rest)) {
      // "thx — priya": a listed given name alone after a dash closing the post.
      out.push({ kind: 'name', start, end: start + words[0].length });
    }
  }
}

// ── English: a name's particle and surname after it ──────────────────────────────────────────────────
// "My name is Thomas van der Berg", "Abdul Rahman bin Ismail": a frame that found the given names leaves the
// particle and what follows it, which are the surname.
const PARTICLE_REST =
  /^[ \t]+(?:van der|van den|van de|van|von der|von|de la|de los|de|dela|delos|del|della|da|dos|das|du|di|le|bin|binti|bint|ibn|ben|al|el|ter|ten)[ \t]+\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?/u;

/** Names found by any frame, with the particle and surname that follow them taken too. */
export function withParticles(scan: string, found: Candidate[]): Candidate[] {
  const more: Candidate[] = [];
  for (const c of found) {
    if (!/\p{Lu}\p{Ll}*$/u.test(scan.slice(Math.max(c.start, c.end - 20), c.end))) continue;
    const rest = PARTICLE_REST.exec(scan.slice(c.end, c.end + 40));
    if (rest) more.push({ kind: 'name', start: c.start, end: c.end + rest[0].length });
  }
  return more;
}

// A month abbreviation before a day is a date ("my appt on Jan 14"), not the given name Jan.
const MONTH_NAME = /^(?:Jan|Feb|Mar|Apr|May|Jun|June|Jul|July|Aug|Sep|Sept|Oct|Nov|Dec|April|August)$/;
export function isDateNotName(scan: string, c: Candidate): boolean {
  return MONTH_NAME.test(scan.slice(c.start, c.end)) && /^\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?\b/.test(scan.slice(c.end, c.end + 8));
}

// ── Chinese ────────────────────────────────────────────────────────────────────────────────────────
const HAN = '[\\u4e00-\\u9fff]';
const SURNAME = `(?:${COMPOUND_SURNAMES}|[${SURNAMES}])`;
const END = '(?=$|[，,。.、;；！!？?\\s(（]|電話|电话|手機|手机|聯絡|联系)';
// 收件人蔡佩君, 收货人：陈志强，电话…: the recipient or contact of a parcel or a form, with no colon needed.
const RECIPIENT = new RegExp(`(?:收件人|收件者|收貨人|收货人|寄件人|聯絡人|联系人|聯繫人|領取人|领取人)\\s*[:：]?\\s*(${SURNAME}(${HAN}{1,2}?))${END}`, 'dgu');
// 我是徐小婷啦, 我是林怡君喔: a self-introduction closed by a particle; 小 may open the given name.
const I_AM_PARTICLE = new RegExp(`(?:我是|我就是|我叫)\\s*(${SURNAME}(${HAN}{1,2}?))(?=啦|呀|喔|哦|啊|耶|唷|哈)`, 'dgu');
// 我是宝妈小雨, 我是二寶媽美玲: the asker's parent role and then the name they go by.
const PARENT_ROLE_THEN_NAME = new RegExp(
  `(?:我是|我)(?:新手)?(?:[一二三大小]?[寶宝]|二胎|孩子|娃)(?:媽媽|妈妈|媽|妈|爸爸|爸)\\s*([小阿]${HAN}|${SURNAME}?${HAN}{2})${END}`,
  'dgu',
);
// 找護理站的美玲, 联系药房的志明: someone to ask for at a place, by their given name (not 请问, in every question).
const ASK_FOR_AT = new RegExp(`(?:找|聯絡|联系)${HAN}{1,6}?的(${SURNAME}?(${HAN}{2}))${END}`, 'dgu');
// ——晓梅，手机…: a dash and a name before the contact details or the end, anywhere in the post.
const DASH_NAME = new RegExp(`(?:——|—|--)\\s*(${SURNAME}?(${HAN}{2}))${END}`, 'dgu');

const givenOrSmall = (word: string) => [...word].every((c, i) => GIVEN_NAME_CHARACTERS.has(c) || (i === 0 && c === '小'));

function chineseNames(scan: string, out: Candidate[]): void {
  if (!/[\u4e00-\u9fff]/.test(scan)) return;
  const push = (span: [number, number]) => out.push({ kind: 'name', start: span[0], end: span[1] });
  for (const m of /收件|收貨|收货|寄件|聯絡人|联系人|聯繫人|領取人|领取人/.test(scan) ? allMatches(scan, RECIPIENT) : []) if (givenOrSmall(m[2])) push(m.indices![1]);
  for (const m of /(?:我是|我叫)[^，。,.]{2,4}[啦呀喔哦啊耶唷哈]/.test(scan) ? allMatches(scan, I_AM_PARTICLE) : []) if (givenOrSmall(m[2]) && plausible(m[1])) push(m.indices![1]);
  for (const m of /[寶宝娃孩胎](?:媽|妈|爸)/.test(scan) ? allMatches(scan, PARENT_ROLE_THEN_NAME) : []) {
    const name = m[1];
    const given = /^[小阿]/.test(name) ? name.slice(1) : name.slice(-2);
    if (looksLikeGivenName(given) && plausible(name)) push(m.indices![1]);
  }
  for (const m of /(?:找|聯絡|联系)[^，。,.]{1,6}的/.test(scan) ? allMatches(scan, ASK_FOR_AT) : []) if (looksLikeGivenName(m[2]) && plausible(m[2])) push(m.indices![1]);
  for (const m of /—|--/.test(scan) ? allMatches(scan, DASH_NAME) : []) if (looksLikeGivenName(m[2]) && plausible(m[2])) push(m.indices![1]);
}

export function moreNames(scan: string): Candidate[] {
  const out: Candidate[] = [];
  lowercaseFullNames(scan, out);
  chineseNames(scan, out);
  return out;
}
