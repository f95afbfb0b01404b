import { givenNameKind, givenNames } from './given-names.js';
import { allMatches, type Candidate } from './kinds.js';

// Session 10 (set v12's classes), English names the other frames leave:
// - record lines that print the surname first: "ABARA-NOVAK, Celestine M", "Attending: Lindqvist, Hye-Won, MD",
//   "the name on the form is PRZYBYLSKI, TOMASZ J" (a hyphenated or accented given name, particles, a closing initial);
// - an initial and a surname after a role or title: "Midwife R. Okonjo", "Resident T. Haugland";
// - lower-case nicknames in lower-case texting: a dashed sign-off ("— tash"), "it's dmitri again", "coach ray says",
//   "my uncle pete's …";
// - a hyphenated given name after a form's "name": "name Mei-Ling Tsao";
// - a capitalised word before "(my sister)" at a sentence's start: "Blessing (my cousin) fainted".

const names = () => givenNames();
const isWord = (w: string) => names().isWord(w.toLowerCase());

// ── Record lines: SURNAME, Given ─────────────────────────────────────────────────────────────────────
// The labels a record prints before a person's name, and "the name on it/the form is".
const RECORD_LABEL =
  /(?:\b(?:PATIENT|Patient|PT|Pt|NAME|Name|CLIENT|Client|RESIDENT|Resident|STUDENT|Student|ATTENDING|Attending|PHYSICIAN|Physician|PROVIDER|Provider|SURGEON|Surgeon|NURSE|Nurse|REFERRING|Referring|ORDERING|Ordering|GUARANTOR|Guarantor|CONTACT|Contact|[Ee]mergency[ \t]+contact|EMERGENCY[ \t]+CONTACT|[Nn]ext[ \t]+of[ \t]+kin|NOK|MEMBER|Member|INSURED|Insured|SUBSCRIBER|Subscriber)(?:[ \t]+(?:[Nn]ame|NAME|[Pp]hysician|PHYSICIAN|[Pp]rovider|PROVIDER|[Dd]octor|DOCTOR))?\.?[ \t]*:[ \t]*|\b[Nn]ame[ \t]+(?:on|in)[ \t]+(?:it|the[ \t]+\p{Ll}+|his[ \t]+\p{Ll}+|her[ \t]+\p{Ll}+|my[ \t]+\p{Ll}+|this[ \t]+\p{Ll}+)[ \t]+(?:is|was|says|reads)[ \t]*:?[ \t]*)/gu;
const NAME_PART = "\\p{Lu}[\\p{Lu}\\p{Ll}'’]*\\p{Ll}*";
// Surname (maybe hyphenated, maybe with O' or a particle of its own: Ó Dálaigh), a comma, a given name (maybe hyphenated), particles and more given names,
// a closing initial.
const SURNAME_FIRST = new RegExp(
  `^((?:(?:Ó|Ní|Mac|Van|Von|De|Da|Di|Le|La)[ \\t]+)?${NAME_PART}(?:-${NAME_PART})?),[ \\t]+(${NAME_PART}(?:-${NAME_PART})?)((?:[ \\t]+(?:de la|de los|del|de|da|dos|van der|van|von|bin|binti)[ \\t]+${NAME_PART}|[ \\t]+${NAME_PART}(?=[ \\t]*(?:[,;\\n]|$|[ \\t]{2}))){0,2})((?:[ \\t]+\\p{Lu}\\.?(?![\\p{L}\\p{N}]))?)`,
  'u',
);
const capitalised = (w: string) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
// The given name is believed when listed, hyphenated (Thanh-Huong) or no English word (Ciarán); a surname and given
// name that are both English words are a record's words ("Patient: Stable, Alert").
function looksLikeGiven(given: string): boolean {
  if (givenNameKind(given) !== undefined) return true;
  return given.includes('-') || !isWord(given);
}

function recordLines(scan: string, out: Candidate[]): void {
  // (Gates: a label's colon before "Surname, Given", or "name on/in"; each opens on a literal, so they are cheap.)
  if (!/:[ \t]*\p{Lu}[\p{L}'’ -]*,[ \t]*\p{Lu}/u.test(scan) && !/ame[ \t]+(?:on|in)[ \t]/.test(scan)) return;
  for (const m of allMatches(scan, RECORD_LABEL)) {
    const at = m.index! + m[0].length;
    const r = SURNAME_FIRST.exec(scan.slice(at, at + 80));
    if (!r) continue;
    const [, surname, given] = r;
    // After a label a place or an organisation may stand too ("Provider: Kaiser, Oakland"): there a given name no
    // list holds as no English word is believed only when hyphenated ("Attending: Cardiology, Ward B" is a ward).
    const personOnly =
      /^(?:PATIENT|Patient|PT|Pt|NAME|Name|CLIENT|Client|RESIDENT|Resident|STUDENT|Student|name|GUARANTOR|Guarantor|INSURED|Insured|SUBSCRIBER|Subscriber|[Ee]mergency|EMERGENCY|[Nn]ext|NOK)\b/.test(m[0].trim()) ||
      /^[Nn]ame[ \t]+(?:on|in)/.test(m[0]);
    if (!looksLikeGiven(given) || (!personOnly && givenNameKind(given) !== 'plain' && !given.includes('-'))) continue;
    if (isWord(surname) && given.split('-').every(isWord) && givenNameKind(given) === undefined) continue;
    // A word in capitals is believed only with a given name in capitals or capitalised ("GARCIA-LOPEZ, Maria").
    if (given === given.toUpperCase() && surname !== surname.toUpperCase()) continue;
    // A title or a degree is no given name ("Patient: Jones, Dr referral", "Nguyen, MD").
    if (/^(?:Md|Do|Rn|Np|Pa|Phd|Dr|Mr|Mrs|Ms|Mx|Prof|Rev|Sr|Jr|Dds|Rph)$/.test(capitalised(given))) continue;
    out.push({ kind: 'name', start: at, end: at + r[0].length });
  }
}

// ── An initial and a surname after a role ────────────────────────────────────────────────────────────
// A sign-off with an initial too ("Thanks, K. Mensah", "— P. Adebayo"), and "by"/"from" before one.
// The initial and surname are found first and the role looked for just before (a pattern opening on ~50 words is
// slow on long texts, where "by" and "from" are everywhere).
const INITIAL_SURNAME = /(?<![\p{L}\p{N}.])(\p{Lu}\.[ \t]?(?:\p{Lu}\.[ \t]?)?\p{Lu}['’\p{Ll}]*\p{Ll}(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}])/dgu;
const ROLE_BEFORE_INITIAL =
  /(?:\b(?:Nurse|Sister|Resident|Patient|Student|Pupil|Client|Dr|Doctor|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Coach|Midwife|Therapist|Pharmacist|Physio|Officer|Attending|Consultant|Surgeon|Counsellor|Counselor|Teacher|Signed|Dictated by|Reviewed by|Written by|Seen by|by|from|Thanks,|Regards,|Cheers,|Best,|cc:|per)|(?:—|–|--))\.?:?[ \t]*$/iu;
// Germs are written with an initial too ("caused by E. Coli", "from H. Pylori"): their species names are no surnames;
// nor is atrial fibrillation's "A. Fib".
const SPECIES = new Set(
  ('coli pylori aureus difficile diff aeruginosa gonorrhoeae gondii pneumoniae albicans influenzae pallidum trachomatis ' +
    'vaginalis tuberculosis falciparum vivax epidermidis faecalis faecium monocytogenes typhi jejuni mutans acnes burgdorferi ' +
    'meningitidis pyogenes agalactiae lamblia histolytica cereus botulinum tetani perfringens cholerae pertussis vulgaris ' +
    'mirabilis marcescens baumannii cloacae capitis hominis sapiens elegans fumigatus neoformans sativa vera officinalis ' +
    'acidophilus reuteri rhamnosus boulardii saprophyticus haemolyticus lugdunensis catarrhalis ducreyi fib flutter').split(' '),
);

// ── Lower-case nicknames ─────────────────────────────────────────────────────────────────────────────
// Texting words and medical short forms that may close a post after a dash and are no names.
export const NOT_A_SIGNOFF: ReadonlySet<string> = new Set(
  ('lol lmao thx tia ty tyvm pls plz xx xo xoxo asap btw idk smh ugh hmm fyi imo imho lmk omg yall sry np ppl bc cuz tho ofc ' +
    'haha hehe help thanks thank sad confused worried scared desperate anon anonymous me mom dad mum ' +
    // pleas and moods
    'urgent please anyone someone sorry hopeful grateful peace best bye later update edit okay maybe soon tomorrow tonight ' +
    'night today now again happy mad angry upset lost stuck done tired exhausted frustrated anxious stressed lonely ' +
    'advice ideas thoughts tips will ' +
    // symptoms a post may close on
    'pain ache itch rash fever cough cold flu covid sick nausea dizzy ' +
    // roles and kin, who sign without a name
    'son daughter wife husband baby kid teen student nurse doctor mother father grandma grandpa nana papa auntie uncle ' +
    'sis bro bestie myself throwaway newbie lurker regular member admin mod moderator bot buddy champ chief boss parent ' +
    'ibs gerd adhd copd uti hiv pcos ptsd ocd tbi cad chf ckd dvt als sle afib gad mdd bpd ards aki').split(' '),
);
// A sign-off closing the post: a dash and one lower-case word, then the end.
const DASH_SIGNOFF = /(?:^|[\s.!?)])(?:—|–|-{1,2}|~)[ \t]*([a-z]{2,12})[ \t]*[.!]?[ \t]*$/dg;
const hasVowel = (w: string) => /[aeiouy]/.test(w);
function isSignoffName(word: string): boolean {
  if (NOT_A_SIGNOFF.has(word) || !hasVowel(word)) return false;
  if (givenNameKind(word) !== undefined) return true;
  // A nickname no list holds ("jas", "bex"): short, and no English word.
  return word.length >= 3 && word.length <= 5 && !isWord(word);
}
// "it's dmitri again", "hey this is marcus here": a listed given name after "it's"/"this is", then a pause. One that is an
// English word ("it's bill again") needs "again"/"here".
const ITS_LOWER_NAME = /\b(?:it['’]?s|this is)[ \t]+([a-z]{3,12})(?=([ \t]+(?:again|here)\b)|[ \t]*[,.!]|[ \t]*$)/dg;
// "coach ray says", "my dad bill's …": a lower-case listed given name after a title word in lower case, then what the
// person does or a possessive.
const LOWER_TITLE_NAME =
  /\b(?:coach|nurse|pastor|auntie|aunty|aunt|uncle|grandma|grandpa|nana|granny|cousin|my[ \t]+(?:dad|mom|mum|father|mother|husband|wife|brother|sister|son|daughter|uncle|aunt|grandpa|grandma|bf|gf|boyfriend|girlfriend|friend|coach|boss))[ \t]+([a-z]{3,12})(?=['’]s\b|[ \t]+(?:says|said|thinks|thought|told|tells|wants|keeps|is|was|has|had|just|who|and)\b)/dg;
// LOWER_TITLE_NAME's words alone (a text without one skips its scan).
const LOWER_TITLE_WORD = /coach|nurse|pastor|aunt|uncle|grand|nana|cousin|my[ \t]/;
// Auxiliaries and months that stand where a name would ("my son will", "my mom may").
const NEVER_A_LOWER_NAME = new Set('will may can june april august'.split(' '));
// Names that are verbs too ("my dad mark the date"): believed when a verb of telling follows ("coach ray says").
const NOT_A_LOWER_NAME = new Set('rose mark sue bob pat don ray'.split(' '));
const TELLING = /^[ \t]+(?:says|said|thinks|thought|told|tells|wants)\b|^['’]s\b/;

function lowerCaseNames(scan: string, out: Candidate[]): void {
  // Only the post's last 80 characters can hold its sign-off (a long text is not scanned whole for it).
  const tailAt = Math.max(0, scan.length - 90);
  const tail = scan.slice(tailAt);
  if (/[—–~-]/.test(tail)) {
    for (const m of allMatches(tail, DASH_SIGNOFF)) {
      const [s, e] = m.indices![1];
      if (isSignoffName(m[1]) && tail.length - s <= 80) out.push({ kind: 'name', start: tailAt + s, end: tailAt + e });
    }
  }
  for (const m of allMatches(scan, ITS_LOWER_NAME)) {
    const kind = givenNameKind(m[1]);
    if (kind === 'plain' && !isWord(m[1])) out.push({ kind: 'name', start: m.indices![1][0], end: m.indices![1][1] });
    else if (kind === 'wordlike' && m[2] !== undefined && !NOT_A_LOWER_NAME.has(m[1]) && !NEVER_A_LOWER_NAME.has(m[1])) out.push({ kind: 'name', start: m.indices![1][0], end: m.indices![1][1] });
  }
  // Only in text typed in lower case (a title of a formal text is capitalised: "Nurse Ray", "Coach Ray").
  const casual = () => /^[\s\W]*[a-z]/.test(scan) || /(?:^|[\s,])(?:i|im|ive|id)(?=[\s,.'’])/.test(scan);
  for (const m of LOWER_TITLE_WORD.test(scan) && casual() ? allMatches(scan, LOWER_TITLE_NAME) : []) {
    const word = m[1];
    const kind = givenNameKind(word);
    if (kind === undefined || NEVER_A_LOWER_NAME.has(word)) continue;
    const after = scan.slice(m.indices![1][1], m.indices![1][1] + 12);
    if (NOT_A_LOWER_NAME.has(word) && !TELLING.test(after)) continue;
    if (kind === 'wordlike' && !TELLING.test(after)) continue;
    out.push({ kind: 'name', start: m.indices![1][0], end: m.indices![1][1] });
  }
}

// ── Hyphenated given names ─────────────────────────────────────────────────────────────────────────
// A form's "name" without a colon, then a hyphenated given name and a surname that is no English word ("name Mei-Ling
// Tsao"; not after "brand name"); anywhere, two listed given names joined by a hyphen and a surname that is no English
// word ("Lily-Grace Nwosu"; not before a medical word: eponyms are written so, "Wolff-Parkinson-White syndrome").
const NOT_A_PERSONS_NAME_BEFORE = /(?:brand|generic|drug|trade|chemical|scientific|street|product|medication|medicine|file|user|the)[ \t]+$/i;

// Common surnames of China, Taiwan, Korea and Vietnam as they are romanised, for a hyphenated given name beside one, in
// either order: "Wen-Hsin Liao", "Chen Wei-Ting", "Ji-Hoon Park", "Tran Minh-Chau".
const ROMANISED_SURNAMES = new Set(
  ('Chen Chan Lin Lim Lam Huang Wong Wang Ong Zhang Chang Cheung Liu Lau Yang Yeung Wu Ng Goh Zhao Chao Chiu Zhou Chou Chow ' +
    'Xu Hsu Tsui Sun Zhu Chu Guo Kuo Kwok Gao Kao Ko Luo Law Zheng Cheng Liang Leung Xie Hsieh Tse Song Sung ' +
    'Tang Tong Han Feng Fung Deng Teng Tsai Cai Choi Peng Pang Zeng Tseng Tsang Lu Lui Lee Li Liao Liu Jiang Chiang Tan Tian ' +
    'Yu Yue Su Shen Shum Yeh Yip Hung Hong Kang Jung Chung Zhong Pan Poon Yao Fang Fong Wei Jin Kim Park Choi Jeong ' +
    'Yoon Cho Kwon Shin Seo Ryu Hwang Ahn Yoo Baek Nam Nguyen Tran Pham Hoang Phan Vu Vo Dang Bui Ngo Duong Ly Trinh ' +
    'Hsiao Xiao Chien Qian Chiu Qiu Tai Dai Hou Meng Pai Bai Shih Shi Yen Yan Lai Lei Hao Kung Gong').split(' '),
);
// Each half of such a given name is one syllable as these languages are romanised (Wen, Hsin, Hoon, Minh, Chau):
// "Kong-based", "Long-Term" and "Sugar-free" have a half that is not.
const ROMANISED_SYLLABLE = /^(?:ch|sh|zh|ts|tz|hs|[bcdfghjklmnpqrstvwxyz])?[hyw]?[aeiouy]{1,3}(?:ng|nh|n|m|r|l|k|t|p|ch)?$/;
const isRomanisedGiven = (given: string) => given.toLowerCase().split('-').every((half) => ROMANISED_SYLLABLE.test(half));

// All four shapes hold a capitalised hyphenated word: it is found once, and the words beside it are read from there.
const HYPHENATED_WORD = /\b\p{Lu}\p{Ll}+-\p{L}\p{Ll}+(?![\p{L}\p{N}'’-])/gu;
const WORD_AFTER = /[ \t]+(\p{Lu}\p{Ll}+)(?:-\p{Lu}\p{Ll}+)?(?![\p{L}\p{N}'’-])/uy;
const WORD_BEFORE = /(?:^|[^\p{L}\p{N}'’-])(\p{Lu}\p{Ll}+)[ \t]+$/u;
const NAME_BEFORE = /\b[Nn]ame[ \t]+$/;
const MEDICAL_WORD_AFTER = /^[ \t]+(?:[Ss]yndrome|[Dd]isease|[Ss]ign|[Tt]est|[Pp]rocedure|[Rr]eflex|[Tt]umou?r|[Pp]alsy|[Aa]nomaly|[Mm]alformation|[Cc]lassification|[Ss]cale|[Ss]core)\b/;

function hyphenatedNames(scan: string, out: Candidate[]): void {
  if (!/\p{Ll}-\p{L}/u.test(scan)) return;
  for (const m of allMatches(scan, HYPHENATED_WORD)) {
    const at = m.index!;
    if (/['’-]/.test(scan.charAt(at - 1))) continue;
    const word = m[0];
    const wordEnd = at + word.length;
    WORD_AFTER.lastIndex = wordEnd;
    const after = WORD_AFTER.exec(scan);
    const before = WORD_BEFORE.exec(scan.slice(Math.max(0, at - 30), at));
    const [first, second] = word.split('-');
    // "Wen-Hsin Liao", "Liao Wen-Hsin": a romanised given name beside a romanised surname.
    if (isRomanisedGiven(word)) {
      if (after && ROMANISED_SURNAMES.has(after[1])) out.push({ kind: 'name', start: at, end: wordEnd + after[0].length });
      if (before && ROMANISED_SURNAMES.has(before[1])) out.push({ kind: 'name', start: at - before[0].length + before[0].indexOf(before[1]), end: wordEnd });
    }
    if (!after || !/^\p{Lu}/u.test(second)) continue;
    const before20 = scan.slice(Math.max(0, at - 20), at);
    // "name Mei-Ling Tsao" on a form; "Lily-Grace Nwosu" anywhere, both halves listed given names.
    if (NAME_BEFORE.test(before20) && !NOT_A_PERSONS_NAME_BEFORE.test(before20.replace(NAME_BEFORE, '')) && !isWord(after[1])) {
      out.push({ kind: 'name', start: at, end: wordEnd + after[0].length });
    } else if (givenNameKind(first) !== undefined && givenNameKind(second) !== undefined && !isWord(after[1]) && !MEDICAL_WORD_AFTER.test(scan.slice(wordEnd + after[0].length, wordEnd + after[0].length + 20))) {
      out.push({ kind: 'name', start: at, end: wordEnd + after[0].length });
    }
  }
}

// ── "Blessing (my cousin) fainted" ──────────────────────────────────────────────────────────────────
const KIN_IN_BRACKETS =
  /(?:^|[.!?\n][ \t]*)(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)[ \t]*\([ \t]*(?:my|our)[ \t]+(?:little[ \t]+|big[ \t]+|older[ \t]+|younger[ \t]+|twin[ \t]+)?(?:sister|brother|mom|mum|mother|dad|father|son|daughter|wife|husband|cousin|aunt|uncle|niece|nephew|grandma|grandpa|grandmother|grandfather|friend|partner|roommate|neighbou?r)[ \t]*\)/dgu;
const NOT_BEFORE_KIN = new Set(
  ('The This That She He It My Our Mom Mum Dad Mama Papa Baby Grandma Grandpa Granny Nana Nan Auntie Aunt Uncle Sis Bro ' +
    'Yesterday Today Tonight Sorry Update Also Edit Note').split(' '),
);

const DRUG_ENDING = /(?:fen|formin|mab|nib|pril|olol|sartan|statin|cillin|mycin|azole|tidine|pine|pam|lam|done|caine|oxacin|cycline|vir|amide|xetine|triptan|lukast|parin|floxacin|lone|sone|olone|pirin|tamol|phen|nol|rin)$/;

function namesBeforeKinInBrackets(scan: string, out: Candidate[]): void {
  if (!/\([ \t]*(?:my|our)[ \t]/.test(scan)) return;
  for (const m of allMatches(scan, KIN_IN_BRACKETS)) {
    if (m[1].split(/[ \t]+/).some((w) => NOT_BEFORE_KIN.has(w))) continue;
    // A medicine shared in the family is no name ("Metformin (my dad) takes it"): an unlisted word with a drug's ending.
    if (givenNameKind(m[1].split(/[ \t]+/)[0]) === undefined && DRUG_ENDING.test(m[1])) continue;
    out.push({ kind: 'name', start: m.indices![1][0], end: m.indices![1][1] });
  }
}

// A record line that opens on the name in capitals, surname first, before what a record prints next:
// "OKAFOR-BELL, CHIDINMA R  DOB 02/03/1988", "NAKASHIMA, HIRO   M  71y".
const CAPITALS_LINE_NAME =
  /^[ \t]*(\p{Lu}{2,}(?:['’-]\p{Lu}{2,})?,[ \t]*\p{Lu}{2,}(?:-\p{Lu}{2,})?(?:[ \t]+\p{Lu}(?![\p{L}\p{N}]))?)(?=[ \t]*[,|;]?[ \t]*(?:DOB|D\.O\.B|MRN|Age|AGE|Sex|SEX|born|(?:M|F)[ \t]+\d|\d{1,3}[ \t]*(?:y|yo|yrs|M|F)\b))/dgmu;

function capitalsLineNames(scan: string, out: Candidate[]): void {
  if (!/,[ \t]*\p{Lu}{2}/u.test(scan)) return;
  for (const m of allMatches(scan, CAPITALS_LINE_NAME)) {
    const [surname, given] = m[1].split(',').map((w) => w.trim().split(/[ \t]/)[0]);
    if (isWord(surname) && isWord(given) && givenNameKind(given) === undefined) continue;
    out.push({ kind: 'name', start: m.indices![1][0], end: m.indices![1][1] });
  }
}

export function formsInitialsAndNicknames(scan: string): Candidate[] {
  const out: Candidate[] = [];
  recordLines(scan, out);
  capitalsLineNames(scan, out);
  if (/\p{Lu}\.[ \t]?\p{Lu}\p{Ll}/u.test(scan)) {
    for (const m of allMatches(scan, INITIAL_SURNAME)) {
      const surname = m[1].replace(/^(?:\p{Lu}\.[ \t]?)+/u, '');
      if (SPECIES.has(surname.toLowerCase()) || !ROLE_BEFORE_INITIAL.test(scan.slice(Math.max(0, m.index! - 25), m.index!))) continue;
      out.push({ kind: 'name', start: m.indices![1][0], end: m.indices![1][1] });
    }
  }
  lowerCaseNames(scan, out);
  if (scan.includes('-')) hyphenatedNames(scan, out);
  namesBeforeKinInBrackets(scan, out);
  return out;
}
