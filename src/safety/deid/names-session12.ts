import { looksLikeGivenName } from './given-name-characters.js';
import { givenNameKind, givenNames } from './given-names.js';
import { allMatches, type Candidate } from './kinds.js';
import { plausible } from './people-zh.js';
import { COMPOUND_SURNAMES, SURNAMES } from './surnames.js';

// Session 12 (v15a's classes), positions where only a person can stand that no earlier frame read:
// - the writer's name on the line after an e-mail's signature delimiter ("--", "—", "__"): "--\nPriya Raghunathan, PT";
// - Vietnamese full names by their surname and syllables (Phạm Thị Hoa, Nguyễn Văn An, Tran Thi Mai), wherever they
//   stand: a Vietnamese surname before one to three short capitalised syllables is a name in any sentence;
// - Chinese: a full name as the possessor of a kin or other person's word (陈晓明的爸爸, 王秀英的女儿, 李建国的同事);
// - a title in lower case, as dictation and phones type it, before a surname that is no English word, in a greeting or
//   before what the clinician said ("dear doctor patel", "hi dr okafor", "doctor nguyen said").

const isWord = (w: string) => givenNames().isWord(w.toLowerCase());
const listed = (w: string) => givenNameKind(w) !== undefined;
const givenLike = (w: string) => listed(w) || !isWord(w.split(/[-'’]/)[0]);

// ── The signature after "--" ──────────────────────────────────────────────────────────────────────────
const PARTICLE = '(?:von|van|der|den|de|da|del|della|di|du|le|la|al|el|bin|binti|ibn|dos|das)';
const NAME_WORD = "\\p{Lu}(?:['’]\\p{Lu})?[\\p{Ll}'’]+(?:-\\p{Lu}[\\p{Ll}'’]+)?";
// The delimiter alone on its line, then (after an optional title) one to four words of a name, closed by the line's
// end or what a signature puts after a name: a comma and letters, a bar, a bracket.
const AFTER_DELIMITER = new RegExp(
  `(?:^|\\n)[ \\t]*(?:--|—|–|_{2,}|-{3,})[ \\t]*\\n[ \\t]*(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\\.?[ \\t]+)?` +
    `((?:${NAME_WORD}|\\p{Lu}\\.)(?:[ \\t]+(?:${PARTICLE}[ \\t]+){0,2}(?:${NAME_WORD}|\\p{Lu}\\.)){0,3})[ \\t]*(?=[,|(/\\n]|[ \\t]+[-–—][ \\t]|$)`,
  'dgu',
);
// Words that sign a team or a place, not a person ("--\nThe Front Desk", "--\nSent from my iPhone").
const NOT_A_SIGNATURE_WORD = /^(?:The|Sent|Team|Reception|Front|Clinic|Office|Support|Admin|Get|Download|This|Confidential|Disclaimer|Please|Note)$/;

function signatureNames(scan: string, out: Candidate[]): void {
  if (!(scan.includes('--') || scan.includes('—') || scan.includes('–') || scan.includes('__')) || !/(?:^|\n)[ \t]*(?:--|—|–|__)[ \t]*\n/.test(scan)) return;
  for (const m of allMatches(scan, AFTER_DELIMITER)) {
    const words = m[1].split(/[ \t]+/).filter((w) => /^\p{Lu}\p{Ll}/u.test(w));
    if (words.length === 0 || NOT_A_SIGNATURE_WORD.test(words[0])) continue;
    // One word is believed only when it is a listed given name; two or more when one of them could be a name's.
    if (words.length === 1 ? !listed(words[0]) : !words.some(givenLike)) continue;
    out.push({ kind: 'name', start: m.indices![1][0], end: m.indices![1][1] });
  }
}

// ── Vietnamese full names ─────────────────────────────────────────────────────────────────────────────
// Surnames with their tone marks, and the unmarked spellings that are no English word or place (Le, Ho, Ha, Mai,
// Do, Vu are left out unmarked: "Le Mans", "Ho Chi Minh City", "Ha Long Bay", "Do Not Resuscitate").
const VN_SURNAME =
  'Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Đoàn|Trương|Lương|Trịnh|Lưu|Đào|Tạ|Quách|Vương|Châu|Lâm|Triệu|Mạc|Kiều|' +
  'Nguyen|Tran|Pham|Hoang|Huynh|Dang|Truong|Luong|Trinh|Duong|Quach|Vuong|Trieu';
// A syllable of a Vietnamese given or middle name: short, capitalised, perhaps with its marks.
// (Not a word that makes a name into a place: "Trần Hưng Đạo Street", "Lê Lợi Park".)
const VN_PLACE_WORD = '(?:City|Province|Street|Road|Avenue|District|Ward|Bay|Park|Square|Market|Hospital|University|Airport|Trail|Clinic|Center|Centre|School|Bridge|Lake)';
const VN_SYLLABLE = `(?!${VN_PLACE_WORD}(?![\\p{L}]))\\p{Lu}[\\p{Ll}\\u0300-\\u036f]{0,6}`;
const VN_NAME = new RegExp(`(?<![\\p{L}\\p{N}])((?:${VN_SURNAME})(?:[ \\t]+${VN_SYLLABLE}){1,3})(?![\\p{L}\\p{N}])`, 'gu');
// (The gate without the u flag: the surnames' letters are all in one UTF-16 unit, and the scan is faster so.)
const VN_GATE = new RegExp(`(?:${VN_SURNAME})[ \\t]+[A-Z\\u00C0-\\u1EF9]`);
// The middle names that mark a Vietnamese name (Thị for women, Văn for men), and the letters only Vietnamese writes.
const VN_MIDDLE = /^(?:Thị|Văn|Thi|Van|Đức|Hữu|Ngọc|Quốc|Minh|Thanh|Xuân|Kim)$/u;
const VN_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĐ]/u;
// What a name of a person becomes part of: a city, a street, a province, a place, a bay.
const VN_PLACE_AFTER = new RegExp(`^[ \\t]+(?:${VN_PLACE_WORD}|St\\.?|Rd\\.?|Mausoleum)(?![\\p{L}])`, 'u');
// Places whose names open with a surname: cities, provinces, districts, an island, a lake.
const VN_PLACES = /^(?:Hồ Chí Minh|Ho Chi Minh|Hồ Tây|Phan Thiết|Phan Rang(?: Tháp Chàm)?|Lâm Đồng|Hoàng Mai|Lý Sơn|Trần Văn Thời|Đinh Quán|Phan Thiet|Phan Rang|Hoang Mai)$/u;

function vietnameseNames(scan: string, out: Candidate[]): void {
  if (!VN_GATE.test(scan)) return;
  for (const m of allMatches(scan, VN_NAME)) {
    const name = m[1];
    const syllables = name.split(/[ \t]+/).slice(1);
    if (VN_PLACES.test(name) || VN_PLACE_AFTER.test(scan.slice(m.index! + m[0].length, m.index! + m[0].length + 14))) continue;
    // Marked as Vietnamese by a middle name or by letters no English word has; unmarked, every syllable must be no
    // English word ("Tran Does Well" is not a name; "Nguyen Lan" is).
    const marked = syllables.some((s) => VN_MIDDLE.test(s) || VN_LETTERS.test(s)) || (VN_LETTERS.test(name) && syllables.every((s) => !isWord(s)));
    if (!marked && !syllables.every((s) => !isWord(s))) continue;
    out.push({ kind: 'name', start: m.index!, end: m.index! + name.length });
  }
}

// ── Chinese: a name as the possessor of a person ─────────────────────────────────────────────────────
const PERSON_AFTER_DE =
  '爸爸|爸|妈妈|媽媽|妈|媽|父亲|父親|母亲|母親|儿子|兒子|女儿|女兒|孩子|老公|老婆|丈夫|妻子|太太|先生|爷爷|爺爺|奶奶|外公|外婆|姥姥|' +
  '哥哥|姐姐|弟弟|妹妹|家人|家属|家屬|同事|同学|同學|朋友|室友|邻居|鄰居|老师|老師|医生|醫生|主治医生|主治醫師|病人|宝宝|寶寶|孙子|孫子|孙女|孫女';
// The name opens where no Han character stands before it, or after a word that leads into a person (和陈晓明的爸爸,
// 找李建国的同事, 是王秀英的女儿).
const POSSESSOR = new RegExp(
  `(?:(?<![\\u4e00-\\u9fffA-Za-z])|(?<=[和跟与與同及给給让讓叫找问問帮幫对對向是被把见見]))((?:${COMPOUND_SURNAMES}|[${SURNAMES}])([\\u4e00-\\u9fff]{1,2}))的(?:${PERSON_AFTER_DE})`,
  'dgu',
);

// A surname and a title right after a role that names who the person is to the writer (请班主任何老师协助, 找主治医师
// 何医生, 责任护士林护士): the role vouches for the surname, even one that is also a word (何, 常, 于).
const ROLE_THEN_SURNAME_TITLE = new RegExp(
  `(?:班主任|班導師|班导师|班導|导师|導師|辅导员|輔導員|校长|校長|校医|校醫|主治医师|主治醫師|主治医生|主治醫生|主刀医生|主刀醫生|责任护士|責任護士|管床医生|管床醫生|个管师|個管師)` +
    `((?:${COMPOUND_SURNAMES}|[${SURNAMES}]))(?=老师|老師|医生|醫生|医师|醫師|护士|護士|主任|教授|大夫|护理师|護理師)`,
  'dgu',
);

function chinesePossessors(scan: string, out: Candidate[]): void {
  for (const m of allMatches(scan, ROLE_THEN_SURNAME_TITLE)) out.push({ kind: 'name', start: m.indices![1][0], end: m.indices![1][1] });
  if (!scan.includes('的')) return;
  for (const m of allMatches(scan, POSSESSOR)) {
    if (!looksLikeGivenName(m[2]) || !plausible(m[1])) continue;
    out.push({ kind: 'name', start: m.indices![1][0], end: m.indices![1][1] });
  }
}

// ── A title in lower case before a surname ───────────────────────────────────────────────────────────
// Believed in two positions: a greeting before the title, or a verb of what the clinician said after the surname.
const TITLE = '(?:[Dd]r\\.?|[Dd]octor|[Nn]urse|[Mm]rs?\\.?|[Mm]s\\.?|[Pp]rof\\.?|[Pp]rofessor)';
const SURNAME_LOWER = "([a-z][a-z'’-]{2,})(?![A-Za-z0-9\\u00C0-\\u024F])";
const SAID = '(?:said|says|told|tells|thinks|thought|wants|recommended|recommends|prescribed|suggested|ordered|mentioned|explained|advised|asked)\\b';
// Words that stand after a title and are no surname, though no English word either ("doctor appt", "dr pls").
const NOT_A_SURNAME = /^(?:appt|appts|pls|plz|thx|thanks|tmrw|tmr|asap|abt|bc|coz|cuz|ok|okay|yesterday|today|hasnt|didnt|doesnt|wont|cant|isnt|dont|havent|wasnt|ive|im|ur|u|ya|yr|yrs|mo|wk|wks|hrs|visit|visits|office|offices|who|whom)$/;

// A title and a lower-case word, found fast (no u flag, no context); the word is checked first (most are English words:
// "doctor may"), then the greeting before or the verb after.
const TITLE_THEN_LOWER = new RegExp(`\\b${TITLE}[ \\t]+${SURNAME_LOWER}`, 'g');
const GREETING_BEFORE = /\b(?:[Dd]ear|[Hh]i|[Hh]ello|[Hh]ey|[Tt]hanks|[Tt]hank you)[ \t]+$/;
const SAID_AFTER = new RegExp(`^[ \\t]+${SAID}`);

function lowerCaseTitledNames(scan: string, out: Candidate[]): void {
  for (const m of allMatches(scan, TITLE_THEN_LOWER)) {
    const word = m[1];
    if (isWord(word) || NOT_A_SURNAME.test(word)) continue;
    const end = m.index! + m[0].length;
    if (!GREETING_BEFORE.test(scan.slice(Math.max(0, m.index! - 12), m.index!)) && !SAID_AFTER.test(scan.slice(end, end + 16))) continue;
    out.push({ kind: 'name', start: end - word.length, end });
  }
}

// ── A list of people: a name's neighbours in a list are names too ──────────────────────────────────────
// "Anne Murphy, Raj Kapoor and Kofi", "Kevin跟小芳都說": once one item of a list is a name, the items of the same shape
// beside it are (a list of volunteers, of family members, of carers mixes no drugs among them). The neighbour must
// still look like a name by itself: a listed given name first, or two or more words that are no English words.
const LIST_ITEM = `(?:\\p{Lu}\\.[ \\t]?)?${NAME_WORD}(?:[ \\t]+(?:${PARTICLE}[ \\t]+){0,2}${NAME_WORD}){0,2}`;
const LIST_JOIN = '(?:[ \\t]*,[ \\t]*(?:(?:and|&)[ \\t]+)?|[ \\t]+(?:and|&)[ \\t]+)';
const NEXT_IN_LIST = new RegExp(`^${LIST_JOIN}(${LIST_ITEM})(?=[ \\t]*(?:[,.;:!?)\\n]|$)|[ \\t]+(?:and|&)[ \\t])`, 'du');
const PREVIOUS_IN_LIST = new RegExp(`(?:^|[:(\\n]|,[ \\t]|\\b(?:with|and|by|from|to)[ \\t])[ \\t]*(${LIST_ITEM})${LIST_JOIN}$`, 'du');
const ITEM_ENDING_NOT_A_NAME = /(?:fen|formin|mab|nib|pril|olol|sartan|statin|cillin|mycin|azole|tidine|pine|pam|lam|done|caine|oxacin|cycline|vir|amide|xetine|triptan|lukast|parin|tamol|itis|osis|emia|aemia|oma|pathy|ology|ectomy|scopy)$/i;
const NOT_A_LIST_NAME = /^(?:The|A|An|My|Our|Your|His|Her|Their|Dr|Mr|Mrs|Ms|Mx|Prof|St|Saint|Mount|Lake|North|South|East|West|New)$/;

// (Lenient, for a list that two listed given names already vouch for: one word that could be a name's is enough.)
function looksLikeListName(item: string, lenient = false): boolean {
  const words = item.split(/[ \t]+/).filter((w) => /^\p{Lu}\p{Ll}/u.test(w));
  if (words.length === 0 || NOT_A_LIST_NAME.test(words[0])) return false;
  if (words.some((w) => ITEM_ENDING_NOT_A_NAME.test(w) && !listed(w))) return false;
  const kind = givenNameKind(words[0]);
  if (kind === 'plain' || (kind === 'wordlike' && words.length > 1)) return true;
  if (lenient) return words.length > 1 ? words.some(givenLike) : kind !== undefined;
  return words.length > 1 && words.every((w) => !isWord(w.split(/[-'’]/)[0]));
}

const ZH_NEXT_IN_LIST = new RegExp(
  `^(?:跟|和|与|與|、|及|还有|還有)((?:小|阿)([\\u4e00-\\u9fff])|(?:${COMPOUND_SURNAMES}|[${SURNAMES}])([\\u4e00-\\u9fff]{1,2}))(?=[都也说說是的，,、。和跟与與及]|$)`,
  'u',
);
const LATIN_OR_HAN_END = /[\p{L}]$/u;

/** Names beside names already found in a list, found again beside those (a list is read whole, up to 12 items). */
export function listNeighbours(scan: string, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set(found.map((c) => `${c.start}:${c.end}`));
  let frontier = found.filter((c) => c.kind === 'name' && LATIN_OR_HAN_END.test(scan.slice(c.start, c.end)));
  for (let round = 0; round < 12 && frontier.length > 0; round++) {
    const next: Candidate[] = [];
    const add = (start: number, end: number) => {
      const key = `${start}:${end}`;
      if (seen.has(key)) return;
      seen.add(key);
      const c: Candidate = { kind: 'name', start, end };
      out.push(c);
      next.push(c);
    };
    for (const name of frontier) {
      const after = scan.slice(name.end, name.end + 60);
      // A Latin name may be joined to a Chinese one by 跟/和 (Kevin跟小芳): what follows decides which list it is.
      const latin = !/^[\u4e00-\u9fff]/.test(after) && /\p{Script=Latin}$/u.test(scan.slice(name.start, name.end));
      if (latin) {
        const m = NEXT_IN_LIST.exec(after);
        if (m && looksLikeListName(m[1])) add(name.end + m.indices![1][0], name.end + m.indices![1][1]);
        const from = Math.max(0, name.start - 60);
        const p = PREVIOUS_IN_LIST.exec(scan.slice(from, name.start));
        if (p && looksLikeListName(p[1])) add(from + p.indices![1][0], from + p.indices![1][1]);
      } else {
        const z = ZH_NEXT_IN_LIST.exec(after);
        const given = z?.[2] ?? z?.[3];
        if (z && given && looksLikeGivenName(given) && plausible(z[1])) add(name.end + z[0].length - z[1].length, name.end + z[0].length);
      }
    }
    frontier = next;
  }
  return out;
}

// A list of people after a colon, none of them found by another frame ("Volunteers: Anne Murphy, Raj Kapoor, Kofi."):
// three items or more, every one looking like a name by itself and two at least opening with a given name that is no
// English word ("Values: Grace, Hope and Joy" stays).
const LIST_AFTER_COLON = new RegExp(`[:：][ \\t]*(${LIST_ITEM}(?:${LIST_JOIN}${LIST_ITEM}){2,})(?=[ \\t]*(?:[.;\\n]|$))`, 'dgu');
const LIST_SPLIT = new RegExp(LIST_JOIN, 'gu');

function listsOfPeople(scan: string, out: Candidate[]): void {
  if (!scan.includes(':') && !scan.includes('：')) return;
  for (const m of allMatches(scan, LIST_AFTER_COLON)) {
    const start = m.indices![1][0];
    const items: [string, number][] = [];
    let at = 0;
    for (const j of m[1].matchAll(LIST_SPLIT)) {
      items.push([m[1].slice(at, j.index), start + at]);
      at = j.index! + j[0].length;
    }
    items.push([m[1].slice(at), start + at]);
    const openedByGiven = items.filter(([item]) => givenNameKind(item.split(/[ \t]+/)[0]) === 'plain').length;
    if (openedByGiven < 2 || !items.every(([item]) => looksLikeListName(item, true))) continue;
    for (const [item, itemStart] of items) out.push({ kind: 'name', start: itemStart, end: itemStart + item.length });
  }
}

// ── A given name closing the post ─────────────────────────────────────────────────────────────────────
// After the last sentence, a given name alone signs the post ("Anyone else? Moira", "Thanks all!\nDev"), or after
// "DM"/"message"/"text" says whom to write to ("DM Tasha."). Alone it must be a given name that is no English word;
// after such a word, any listed given name.
const CLOSING_NAME = /(?:[.!?…)]|\n)[ \t]*(?:((?:DM|PM|[Mm]essage|[Tt]ext|[Ee]mail|[Ww]hats[Aa]pp)[ \t]+)(?:me[ \t]+)?)?(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \t]*[.!]?[ \t]*$/du;

// Eponyms a post may end on, that the name lists hold ("what about Crohn? Addison").
const EPONYMS = new Set('Addison Crohn Graves Hashimoto Parkinson Alzheimer Bell Cushing Wilson Hodgkin Raynaud Tourette Marfan Lyme Kawasaki Asperger Huntington Bright Paget Meniere Barrett Guillain Kaposi Hirschsprung Sjogren Behcet Peyronie Dupuytren Osgood Lou'.split(' '));

function closingName(scan: string, out: Candidate[]): void {
  const tailAt = Math.max(0, scan.length - 48);
  const m = CLOSING_NAME.exec(scan.slice(tailAt));
  if (!m) return;
  const kind = givenNameKind(m[2]);
  if (EPONYMS.has(m[2])) return;
  if (kind === 'plain' || (kind === 'wordlike' && m[1])) out.push({ kind: 'name', start: tailAt + m.indices![2][0], end: tailAt + m.indices![2][1] });
}

// ── After a kin word: an initial and a surname, or a lower-case name ──────────────────────────────────
// "My father K. Subramaniam", "her son J. R. Okafor": initials and a capitalised word after a kin word are a name. In
// lower-case chat, "my aunt shalini": a word after a kin word that is no English word, closing the clause.
const KIN_WORD =
  '(?:father|mother|dad|mum|mom|son|daughter|husband|wife|partner|brother|sister|aunt|auntie|aunty|uncle|cousin|nephew|niece|grandmother|grandfather|grandma|grandpa|granny|nan|nana|grandson|granddaughter|stepmother|stepfather|stepson|stepdaughter|fiancée?|boyfriend|girlfriend)(?:-in-law)?';
const KIN_THEN_INITIAL = new RegExp(`\\b(?:[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir|[Yy]our)[ \\t]+${KIN_WORD},?[ \\t]+((?:\\p{Lu}\\.[ \\t]?){1,2}${NAME_WORD})`, 'dgu');
// (The writer's own kin only, "my"/"ur": a text without "my " or " ur " skips the scan; reference answers rarely say it.)
const KIN_THEN_LOWER = new RegExp(`\\b(?:my|ur)[ \\t]+${KIN_WORD}[ \\t]+([a-z][a-z'’-]{2,})(?=[ \\t]*(?:[,.;:!?)\\n]|$)|[ \\t]+(?:is|was|has|had|who|and|said|says|just|also|too)\\b)`, 'dg');
const CHAT_WORDS = /^(?:lol|omg|tho|though|rn|tbh|idk|btw|lmao|smh|pls|plz|thx|ya|yeah|yea|yep|nope|haha|hahaha|ikr|fr|ngl|irl|bc|cuz|coz|too|also|again|now|here|there|lately|today|yesterday)$/;

function afterKinWords(scan: string, out: Candidate[]): void {
  if (/[A-Z]\.[ \t]?[A-Z]/.test(scan)) {
    for (const m of allMatches(scan, KIN_THEN_INITIAL)) {
      const surname = m[1].replace(/^(?:\p{Lu}\.[ \t]?)+/u, '');
      if (ITEM_ENDING_NOT_A_NAME.test(surname) && !listed(surname)) continue;
      out.push({ kind: 'name', start: m.indices![1][0], end: m.indices![1][1] });
    }
  }
  if (!scan.includes('my ') && !scan.includes(' ur ')) return;
  for (const m of allMatches(scan, KIN_THEN_LOWER)) {
    const word = m[1];
    if (CHAT_WORDS.test(word) || NOT_A_SURNAME.test(word) || (isWord(word) && givenNameKind(word) !== 'plain')) continue;
    out.push({ kind: 'name', start: m.indices![1][0], end: m.indices![1][1] });
  }
}

// ── A mail's display name, and whom a message is sent for ─────────────────────────────────────────────
// "Bich Ngoc Tran [bntran@…]", "Chidi Okonkwo <chidi@…>", "(Ana Ruiz (ana@…))": the words right before an address in
// brackets are its owner's name, at a line's start, after a header's colon or after a comma. "Sent on behalf of
// Wanjiru Kamau": who a message is for.
const DISPLAY_NAME = /(?:^|[\n:,;])[ \t]*((?:\p{Lu}[\p{L}'’.-]*[ \t]+){0,3}\p{Lu}[\p{L}'’-]+)[ \t]*[<[(][ \t]*(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[ \t]*[>\])]/dgu;
const ON_BEHALF_OF = new RegExp(`\\b(?:[Oo]n behalf of|[Ff]or and on behalf of)[ \\t]+(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\\.?[ \\t]+)?(${NAME_WORD}(?:[ \\t]+(?:${PARTICLE}[ \\t]+){0,2}${NAME_WORD}){0,3})`, 'dgu');
const NOT_A_DISPLAY_NAME = /^(?:The|Team|Clinic|Office|Support|Admin|Reception|Pharmacy|Hospital|Patient|Services?|Info|Contact|Email|E-mail|Mail|From|To|Cc|Bcc|Reply)$/;

function mailNames(scan: string, out: Candidate[]): void {
  if (scan.includes('@')) {
    for (const m of allMatches(scan, DISPLAY_NAME)) {
      const words = m[1].split(/[ \t]+/);
      if (NOT_A_DISPLAY_NAME.test(words[0]) || !words.some(givenLike)) continue;
      out.push({ kind: 'name', start: m.indices![1][0], end: m.indices![1][1] });
    }
  }
  if (scan.includes('behalf')) {
    for (const m of allMatches(scan, ON_BEHALF_OF)) {
      const words = m[1].split(/[ \t]+/);
      if (NOT_A_DISPLAY_NAME.test(words[0]) || !words.some(givenLike) || words.every((w) => isWord(w))) continue;
      out.push({ kind: 'name', start: m.indices![1][0], end: m.indices![1][1] });
    }
  }
}

export function namesSession12(scan: string): Candidate[] {
  const out: Candidate[] = [];
  mailNames(scan, out);
  afterKinWords(scan, out);
  closingName(scan, out);
  listsOfPeople(scan, out);
  signatureNames(scan, out);
  vietnameseNames(scan, out);
  if (/[\u4e00-\u9fff]/.test(scan)) chinesePossessors(scan, out);
  lowerCaseTitledNames(scan, out);
  return out;
}
