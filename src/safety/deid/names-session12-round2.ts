import { looksLikeGivenName } from './given-name-characters.js';
import { givenNameKind, givenNames } from './given-names.js';
import { allMatches, type Candidate } from './kinds.js';
import { plausible } from './people-zh.js';
import { COMPOUND_SURNAMES, SURNAMES } from './surnames.js';

// Session 12 round 2 (v15b as development data). Positions where only a person can stand, read as classes:
// - a list of names right after a plural kin word ("my kids Tom, Ava and Li", "our twins Noor & Zayd");
// - a sign-off after a dash on the post's closing lines, the name followed by a bracket or a comma and a role
//   ("– Gareth (or mail…)", "——Lily（…）", "——周婷，心理咨询师");
// - the speakers of a chat log whose turns repeat (二丫：… 建军：… 二丫：…), whatever their names look like;
// - a Chinese name after a word for a person's other name (漢名林志明, 日本名金水一郎, 小名叫豆豆, 英文名Kevin);
// - a nickname of 阿 and a given name's character where a person stands (除了阿杰都…, 跟阿珍说);
// and, once a name is found anywhere in a text, the same name again elsewhere in it (sameNameElsewhere).

const isWord = (w: string) => givenNames().isWord(w.toLowerCase());
const listed = (w: string) => givenNameKind(w) !== undefined;
const HAN = '[\\u4e00-\\u9fff]';
const SURNAME = `(?:${COMPOUND_SURNAMES}|[${SURNAMES}])`;
const isSurname = (c: string) => SURNAMES.includes(c);

// Capitalised words that may open an item after a kin word without being a name.
const NOT_A_LISTED_PERSON = new Set(
  ('The A An And Or Both All Are Were Have Had Has Got Get Keep Each Also Just Still Now Today Yesterday Tonight This That These ' +
    'Those They We I It Is Was My Our His Her Their Your Who When While After Before Since Because But So Then Every Some Any No ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September ' +
    'October November December Covid Flu Strep Rsv Hfmd Mom Mum Dad Grandma Grandpa').split(' '),
);
const DRUG_ENDING = /(?:fen|formin|mab|nib|pril|olol|sartan|statin|cillin|mycin|azole|tidine|pine|pam|lam|done|caine|oxacin|cycline|vir|amide|xetine|triptan|lukast|parin|tamol|itis|osis|emia|aemia|oma)$/i;

// ── A list of names after a plural kin word ─────────────────────────────────────────────────────────
const KIN_PLURAL =
  '(?:kids|children|sons|daughters|boys|girls|grandkids|grandchildren|grandsons|granddaughters|twins|triplets|siblings|brothers|sisters|' +
  'parents|grandparents|nieces|nephews|cousins|roommates|housemates|flatmates|stepkids|stepchildren|babies|teens|toddlers)';
const PERSON_ITEM = "\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}?[\\p{Ll}'’]+)?";
const KIN_LIST = new RegExp(
  `\\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|[Tt]he)[ \\t]+(?:(?:two|three|four|five|little|young|younger|older|grown|teenage|adult|step)[ \\t]+)?${KIN_PLURAL}` +
    `[ \\t]*[,:(–—-]?[ \\t]*(${PERSON_ITEM}(?:(?:[ \\t]*,[ \\t]*(?:(?:and|&)[ \\t]+)?|[ \\t]+(?:and|&)[ \\t]+)${PERSON_ITEM}){1,7})(?![\\p{L}])`,
  'dgu',
);
const PERSON_ITEMS = new RegExp(PERSON_ITEM, 'gu');
// (A plain-substring gate on the kin words was tried and is dearer: "reasons", "steps", "estimates" hold them, and the
// list's pattern then runs; the kin word must be followed by a capital.)
const KIN_GATE = /(?:kids|children|sons|daughters|boys|girls|grand|twins|triplets|siblings|brothers|sisters|parents|nieces|nephews|cousins|mates|step|babies|teens|toddlers)[ \t]*[,:(–—-]?[ \t]*\p{Lu}/u;

const GIVING_BEFORE = /\b(?:give|gave|given|giving|gives|fed|feed|feeding|dosed|dose|dosing|alternate|alternating|put|started|start|switched|using|use|tried|try)[ \t]+(?:both[ \t]+)?\S+[ \t]*$/i;

function kinLists(scan: string, out: Candidate[]): void {
  if (!KIN_GATE.test(scan)) return;
  for (const m of allMatches(scan, KIN_LIST)) {
    const start = m.indices![1][0];
    const items = [...m[1].matchAll(PERSON_ITEMS)];
    // Every item must be able to be a name: no function word, month, illness or medicine among them.
    if (items.some((w) => NOT_A_LISTED_PERSON.has(w[0]) || (DRUG_ENDING.test(w[0]) && !listed(w[0])))) continue;
    // What is given to the children is a medicine ("I gave my kids Tylenol and Motrin"); and medicine brands are in no
    // list of names, so one item at least must be a listed given name (Oskar, Wren and Jin: Wren vouches for the list).
    if (GIVING_BEFORE.test(scan.slice(Math.max(0, m.index! - 16), m.index! + 4))) continue;
    if (!items.some((w) => listed(w[0]))) continue;
    for (const w of items) out.push({ kind: 'name', start: start + w.index!, end: start + w.index! + w[0].length });
  }
}

// ── A dashed sign-off with a bracket or a role after the name ──────────────────────────────────────
// Only on the post's last 200 characters, the dash opening a line or following a sentence's close.
const LATIN_SIGNOFF = /(?:^|[\n.!?。！？)）][ \t]*)(?:—{1,2}|–{1,2}|-{1,2}|~)[ \t]*(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)[ \t]*(?=[(（]|[,，][ \t]*\p{L}[^\n]{0,30}(?:\n|$))/dgu;
const HAN_SIGNOFF = new RegExp(`(?:^|[\\n.!?。！？)）][ \\t]*)(?:—{1,2}|–{1,2}|-{1,2}|~)[ \\t]*(${SURNAME}${HAN}{1,2}?)[ \\t]*(?=[(（]|[,，][ \\t]*${HAN}[^\\n，,。]{0,10}[ \\t]*(?:\\n|$))`, 'dgu');
const NOT_A_SIGNER = /^(?:Sent|Posted|Edit|Update|Note|Thanks|Thank|Cheers|Regards|Best|Love|Mom|Mum|Dad|Me|Anon|Anonymous|The|From|Via|Source|Ps|Nb)$/;

function dashedSignoffs(scan: string, out: Candidate[]): void {
  const from = Math.max(0, scan.length - 200);
  const tail = scan.slice(from);
  if (!/[—–~-]/.test(tail)) return;
  for (const m of allMatches(tail, LATIN_SIGNOFF)) {
    const words = m[1].split(/[ \t]+/);
    // One word is believed only when it is a listed given name ("– Lipitor (…)" is a medicine); two when one is listed
    // or neither is an English word.
    if (NOT_A_SIGNER.test(words[0]) || !(listed(words[0]) || (words.length > 1 && words.every((w) => !isWord(w))))) continue;
    out.push({ kind: 'name', start: from + m.indices![1][0], end: from + m.indices![1][1] });
  }
  for (const m of allMatches(tail, HAN_SIGNOFF)) {
    const name = m[1];
    const given = name.slice(COMPOUND_SURNAMES.split('|').some((s) => name.startsWith(s)) ? 2 : 1);
    if (!given || !looksLikeGivenName(given) || !plausible(name)) continue;
    out.push({ kind: 'name', start: from + m.indices![1][0], end: from + m.indices![1][1] });
  }
}

// ── A chat log whose turns repeat ──────────────────────────────────────────────────────────────────
// Three labelled lines or more, two speakers or more, one speaking twice: a record of a conversation, whose labels are
// its speakers whatever they look like (二丫, 建军). A form's fields (症状：… 诊断：…) do not repeat, and roles and kin
// (妈妈：, 医生：) are who they are, not names.
const HAN_SPEAKER = /(?:^|\n)[ \t]*([\u4e00-\u9fff]{2,3})[ \t]*[:：]/dgu;
const ROLE_OR_FIELD = /[妈媽爸爷爺奶婆公姐哥弟妹儿兒女姨叔伯舅嫂医醫护護师師我你他她问問答症诊診药藥电電址时時间間注果查群主客服号號名期情况況史因况述院科诉訴患病家属屬友]/;

function repeatedSpeakers(scan: string, out: Candidate[]): void {
  if (!scan.includes('：') && !scan.includes(':')) return;
  const lines = allMatches(scan, HAN_SPEAKER);
  if (lines.length < 3) return;
  const counts = new Map<string, number>();
  for (const m of lines) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  if (counts.size < 2 || ![...counts.values()].some((n) => n >= 2)) return;
  for (const m of lines) if (!ROLE_OR_FIELD.test(m[1])) out.push({ kind: 'name', start: m.indices![1][0], end: m.indices![1][1] });
}

// ── A person's other name ──────────────────────────────────────────────────────────────────────────
// 漢名林志明, 日本名金水一郎, 原名陈淑芬, 小名叫豆豆: the word says a person's name follows. A medicine has a 中文名 and an
// 英文名 too (中文名二甲双胍), so after those two only a surname and given name, or a listed Latin given name, count.
const OTHER_NAME = new RegExp(
  `(漢名|汉名|日本名|日文名|韓文名|韩文名|族名|原住民名|本名|原名|曾用名|小名|乳名|教名|洋名|藝名|艺名|法名|俗名|外號|外号|綽號|绰号|中文名字?|英文名字?)` +
    `(?:叫做|叫|是|為|为)?[ \\t]*[:：]?[ \\t]*(${HAN}{2,4}?|\\p{Lu}\\p{Ll}+)(?=[）)，,。、；;！!？?\\s]|$)`,
  'dgu',
);
// "小名叫什么好", "英文名是啥": a question about a name, not one.
const QUESTION_WORD = /^(?:什么|什麼|甚麼|甚么|啥|哪|谁|誰|多少|怎么|怎麼)/;
const OTHER_NAME_GATE = /名|號|号/;

function otherNames(scan: string, out: Candidate[]): void {
  if (!OTHER_NAME_GATE.test(scan)) return;
  for (const m of allMatches(scan, OTHER_NAME)) {
    const name = m[2];
    const latin = /^\p{Lu}/u.test(name);
    if (latin ? !listed(name) : !plausible(name) || QUESTION_WORD.test(name)) continue;
    if (/^(?:中文|英文)/.test(m[1]) && !latin && !(isSurname(name[0]) && looksLikeGivenName(name.slice(1)))) continue;
    out.push({ kind: 'name', start: m.indices![2][0], end: m.indices![2][1] });
  }
}

// ── 阿 and a given name's character ─────────────────────────────────────────────────────────────────
// Where a person stands: after no Han character or a word that takes a person (除了, 跟, 和, 叫, 找…), and before a particle
// or verb a person takes, or a pause. 阿姨, 阿伯, 阿婆 are kin; a medicine's 阿 is followed by more of its name (阿司匹林).
const A_NICKNAME = /(?:^|(?<![\u4e00-\u9fff])|除了|跟|和|與|与|叫|找|問|问|同|陪|幫|帮|連|连|像|讓|让|被|給|给|對|对|我們|我们)(阿[\u4e00-\u9fff])(?=[都也說说是的他她跟和又就還还在，,。！!？?、\s]|$)/dgu;
const NOT_A_NICKNAME = /^阿[姨伯公嬤嬷婆祖爸媽妈哥姐弟妹叔舅嫂嬸婶猫貓狗]$/;

function aNicknames(scan: string, out: Candidate[]): void {
  if (!scan.includes('阿')) return;
  for (const m of allMatches(scan, A_NICKNAME)) {
    if (NOT_A_NICKNAME.test(m[1]) || !looksLikeGivenName(m[1][1]) || !plausible(m[1])) continue;
    out.push({ kind: 'name', start: m.indices![1][0], end: m.indices![1][1] });
  }
}

// ── A caller's name on a voicemail ─────────────────────────────────────────────────────────────────
// "hi this is gloria about mom's sugar", "hello, it's ngozi calling from…": a greeting, "this is"/"it's", and a given name
// then a caller's words. The name may be an English word too when the list holds it (gloria, faith), not an
// auxiliary or a verb (will, may, mark).
const CALLER_INTRO =
  /\b(?:hi|hello|hey|hiya|yes|yeah|ok|good (?:morning|afternoon|evening))[ \t,]+(?:(?:hi|hello|there|doctor|doc)[ \t,]+)?(?:this is|it['’]?s)[ \t]+([a-z]{3,12})(?=[ \t]+(?:calling|about|from|with|speaking|ringing|again|here)\b|[ \t]*[,.!])/dgi;
const NOT_A_CALLER = new Set('will may can june april august rose mark sue bob pat don ray just about here there me him her them only still really'.split(' '));

function callerNames(scan: string, out: Candidate[]): void {
  if (!/this is|it['’]?s/i.test(scan)) return;
  for (const m of allMatches(scan, CALLER_INTRO)) {
    const word = m[1].toLowerCase();
    if (NOT_A_CALLER.has(word) || !listed(word)) continue;
    out.push({ kind: 'name', start: m.indices![1][0], end: m.indices![1][1] });
  }
}

// ── A full name as a sentence of its own ───────────────────────────────────────────────────────────
// A form or a request pasted as sentences: "Patient ID 44120. Amara Okafor. Requesting a refill." A given name that is
// no English word, then a surname, closed by a full stop, between sentences: nothing else stands so.
const NAME_SENTENCE = /(?:^|[.!?][ \t]+|\n[ \t]*)(\p{Lu}\p{Ll}+[ \t]+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \t]*\.(?=[ \t]+\p{Lu}|[ \t]*(?:\n|$))/dgu;
const NOT_A_SURNAME_HERE = /^(?:Syndrome|Disease|Disorder|Palsy|Sign|Test|Hospital|Clinic|Center|Centre|Street|Road|Avenue|City|County|Texas|California|Florida|Ontario|Island|Beach|Valley|Park|University|College|School)$/;

function nameSentences(scan: string, out: Candidate[]): void {
  for (const m of allMatches(scan, NAME_SENTENCE)) {
    const [given, surname] = m[1].split(/[ \t]+/);
    if (givenNameKind(given) !== 'plain' || isWord(given) || NOT_A_SURNAME_HERE.test(surname) || DRUG_ENDING.test(surname)) continue;
    out.push({ kind: 'name', start: m.indices![1][0], end: m.indices![1][1] });
  }
}

// ── A person named before their record in brackets ────────────────────────────────────────────────
// "JP (Kaiser MRN 11-…) has shingles", "Tomasz Nowak (DOB 3/4/51)", "Ama (NHS no. …)": the bracket says whose record it
// is. The name opens the text, a line or a sentence; initials in capitals count, but not an abbreviation of a place or
// a test (ER, ICU, MRI).
const NAME_BEFORE_RECORD =
  /(?:^|\n[ \t]*|[.!?][ \t]+)(\p{Lu}{2,3}|\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,2})[ \t]*[(\[](?=[^)\]\n]{0,24}?\b(?:MRN|DOB|D\.O\.B|NHS|MR|NHI|UR|chart|record|patient (?:no|number|ID)|born|b\.)(?![\p{L}]))/dgu;
const NOT_INITIALS = /^(?:ER|ED|ICU|GP|PT|OT|BP|HR|MRI|CT|ID|OK|US|UK|NHS|OR|PS|EDIT|RN|MD|DO|NP|PA|VA|HMO|PPO|PCP|ENT|OB|GYN|IV|MR)$/;
const RECORD_BRACKET_GATE = /[(\[][^)\]\n]{0,24}?(?:MRN|DOB|D\.O\.B|NHS|MR|NHI|UR|chart|record|patient|born|b\.)/;

function namesBeforeRecords(scan: string, out: Candidate[]): void {
  if (!RECORD_BRACKET_GATE.test(scan)) return;
  for (const m of allMatches(scan, NAME_BEFORE_RECORD)) {
    const name = m[1];
    const words = name.split(/[ \t]+/);
    // Initials, a listed given name alone ("Kaiser (MRN …)" is the insurer's), or words that are each listed or no word.
    if (/^\p{Lu}{2,3}$/u.test(name) ? NOT_INITIALS.test(name) : words.length === 1 ? !listed(name) : !words.every((w) => !NOT_A_LISTED_PERSON.has(w) && (listed(w) || !isWord(w)))) continue;
    out.push({ kind: 'name', start: m.indices![1][0], end: m.indices![1][1] });
  }
}

export function namesSession12Round2(scan: string): Candidate[] {
  const out: Candidate[] = [];
  namesBeforeRecords(scan, out);
  callerNames(scan, out);
  nameSentences(scan, out);
  kinLists(scan, out);
  dashedSignoffs(scan, out);
  repeatedSpeakers(scan, out);
  otherNames(scan, out);
  aNicknames(scan, out);
  return out;
}

// ── The same name again ────────────────────────────────────────────────────────────────────────────
// A name found once by its position ("our son Leo") is the same person's wherever else the text writes it ("Leo is 4",
// "fever for ava"). Latin names: each word of three letters or more, whole, as written or all in lower case; a word
// that is an English word in lower case ("Grace", "Will") is matched only capitalised and never at a sentence's
// start. Chinese names of two characters or more, as written. Found names are few, so this costs an indexOf per name.
const SENTENCE_START = /(?:^|[.!?\n][ \t"'“]*)$/;
// A word that is anywhere in the text the name of an illness, a sign or a test ("Parkinson's disease", "Hall Riggs
// mental retardation syndrome", "Addison's") is an eponym there, and a frame that took it for a person is not repeated.
const EPONYM_AFTER = /^(?:['’]s?)?(?:[ \t]+[\p{L}-]+){0,4}?[ \t]+(?:syndrome|disease|disorder|sign|test|reflex|palsy|anomaly|sequence|phenomenon|procedure|operation|criteria|score|scale|classification|maneuver|manoeuvre|tumou?r|lymphoma|sarcoma|cyst|nodes?|ulcer|fracture|block|law|effect|deficiency|dystrophy|ataxia|chorea|encephalopathy)s?\b/iu;

function isEponymHere(scan: string, word: string): boolean {
  for (let at = scan.indexOf(word); at >= 0; at = scan.indexOf(word, at + word.length)) {
    const after = scan.slice(at + word.length, at + word.length + 60);
    if (EPONYM_AFTER.test(after)) return true;
  }
  return false;
}

export function sameNameElsewhere(scan: string, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const words = new Set<string>();
  for (const c of found) {
    if (c.kind !== 'name') continue;
    const text = scan.slice(c.start, c.end);
    if (/^[\u4e00-\u9fff]{2,4}$/.test(text)) words.add(text);
    else for (const w of text.match(/\p{L}[\p{L}'’-]*/gu) ?? []) if (w.length >= 3 && /\p{Script=Latin}/u.test(w)) words.add(w);
  }
  if (words.size === 0) return out;
  const taken = found.filter((c) => c.kind === 'name');
  const isTaken = (start: number, end: number) => taken.some((c) => c.start <= start && end <= c.end);
  for (const w of words) {
    const han = /^[\u4e00-\u9fff]/.test(w);
    const wordlike = !han && isWord(w);
    if (!han && (NOT_A_LISTED_PERSON.has(w[0].toUpperCase() + w.slice(1)) || DRUG_ENDING.test(w))) continue;
    // An English word is repeated only as a capitalised given name ("Grace", not "Being" or "big").
    if (wordlike && (!/^\p{Lu}/u.test(w) || !listed(w))) continue;
    if (!han && isEponymHere(scan, w)) continue;
    const forms = han || wordlike ? [w] : [w, w.toLowerCase()].filter((f, i, all) => all.indexOf(f) === i);
    for (const form of forms) {
      for (let at = scan.indexOf(form); at >= 0; at = scan.indexOf(form, at + form.length)) {
        const end = at + form.length;
        if (isTaken(at, end)) continue;
        if (!han && (/[\p{L}\p{N}'’-]/u.test(scan.charAt(at - 1)) || /[\p{L}\p{N}]/u.test(scan.charAt(end)) || (/['’-]/.test(scan.charAt(end)) && /\p{L}/u.test(scan.charAt(end + 1)) && !/^['’]s\b/.test(scan.slice(end, end + 3))))) continue;
        if (wordlike && SENTENCE_START.test(scan.slice(Math.max(0, at - 4), at))) continue;
        out.push({ kind: 'name', start: at, end });
      }
    }
  }
  return out;
}
