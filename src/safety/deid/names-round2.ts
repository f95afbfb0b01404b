import { givenNameKind, givenNames } from './given-names.js';
import { allMatches, type Candidate } from './kinds.js';
import { plausible } from './people-zh.js';

// Session 10 round 2 (set v13's classes), names the other frames leave:
// - a name with a clinician's degree after it: "Hiroshi Tanaka, MD", "S. Haddad, MD", "Anil Mehta, RN" (session 12: the
//   therapists', dietitians' and nurses' other letters too, "Priya Raghunathan, PT", "Tomás Ruiz, SLP", "Jo Kim, LPN");
// - a letter's closing on its own line, then the writer's name on the next: "Yours faithfully,\nOmar Al-Rashidi";
// - a surname in capitals, a comma and the given name anywhere after a person's word or a label's colon, with or
//   without a colon ("Patient SANTOS, Maria da Conceição —", "Pharmacy label: LEE, Hyun-woo Rx#");
// - a title, a surname, a comma and the given name ("Mrs Wiremu, Aroha, NHI …");
// - a full name after labels of people a form names: "Parent: Maeve O'Brien", "Re: Ingrid von Hohenberg, born …",
//   "Applicant Marisol Quispe", "Guardian: …";
// - Chinese: 小/阿 and one character before a clinician's title (小萍護理師), Vietnamese names with 氏 (阮氏秋),
//   transliterated names joined by a middle dot (尤瑪·達利), a romanised name before a kin word (Apay阿姨).

const isWord = (w: string) => givenNames().isWord(w.toLowerCase());
const listed = (w: string) => givenNameKind(w) !== undefined;
/** A given name is believed when listed or no English word. */
const givenLike = (w: string) => listed(w) || !isWord(w.split('-')[0]);
// Medicines and words of a record capitalised in a line are no names ("Metformin Hydrochloride, USP").
const DRUG_ENDING = /(?:fen|formin|mab|nib|pril|olol|sartan|statin|cillin|mycin|azole|tidine|pine|pam|lam|done|caine|oxacin|cycline|vir|amide|xetine|triptan|lukast|parin|floxacin|lone|sone|olone|pirin|tamol|phen|nol|rin|ide|ate|ine)$/i;

// Medical words a record capitalises after a comma ("Diagnosis: GERD, Esophagitis", "Dx: CKD, Nephropathy").
const MEDICAL_ENDING = /(?:itis|osis|emia|aemia|oma|pathy|algia|ectomy|otomy|plasty|scopy|uria|penia|trophy|plegia|rrhea|rrhoea|cele|iasis|ism|ase|ine|ol|in)$/i;
const PARTICLE = "(?:von|van|der|den|de|da|del|della|di|du|le|la|al|el|bin|binti|ibn|dos|das)";
const SURNAME_WORD = "\\p{Lu}(?:['’]\\p{Lu})?[\\p{Ll}'’]+(?:-\\p{Lu}[\\p{Ll}'’]+)?";

// (MD before five digits is Maryland's: "Owings Mill, MD 21117".)
// ── A degree after the name ──────────────────────────────────────────────────────────────────────────
const DEGREE_NAME = new RegExp(
  `(?<![\\p{L}\\p{N}.])((?:\\p{Lu}\\.[ \\t]?(?:\\p{Lu}\\.[ \\t]?)?|\\p{Lu}\\p{Ll}+[ \\t]+(?:\\p{Lu}\\.?[ \\t]+)?)(?:${PARTICLE}[ \\t]+){0,2}${SURNAME_WORD}),[ \\t]*(?:MD|M\\.D\\.|DO|RN|NP|PA-C|PhD|MBBS|MBChB|FRCS|FRCP|FRACP|MRCP|MRCGP|DDS|DMD|PharmD|APRN|FNP|CNM|BSN|MSN|DPM|LCSW|IBCLC|PT|DPT|OT|OTR(?:/L)?|SLP|CCC-SLP|RD|RDN|LPN|LVN|CNA|RPh|PsyD|LMFT|LPC|CRNA|RRT|DNP|MSW|MPH|RMT|RN, BSN)(?![\\p{L}])(?![ \\t]*\\d{5})`,
  'dgu',
);

// ── A letter's closing, the name on the next line ────────────────────────────────────────────────────
const CLOSING_THEN_NAME = new RegExp(
  `\\b(?:Yours (?:faithfully|sincerely|truly)|Sincerely(?: yours)?|(?:Kind|Best|Warm|Warmest|With)? ?[Rr]egards|(?:With )?[Bb]est wishes|With (?:thanks|love)|Many thanks|Thank you|Thanks|Respectfully)[ \\t]*[,.]?[ \\t]*\\n[ \\t]*` +
    `((?:\\p{Lu}\\p{Ll}+|\\p{Lu}\\.)(?:[ \\t]+(?:${PARTICLE}[ \\t]+){0,2}${SURNAME_WORD}){1,3})[ \\t]*(?=\\n|$)`,
  'dgu',
);

// ── SURNAME, Given after a person's word or any label's colon ─────────────────────────────────────────
const CAPS_SURNAME_COMMA = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(\\p{Lu}{2,}(?:[-'’]\\p{Lu}{2,})?),[ \\t]+(\\p{Lu}\\p{Ll}+(?:-\\p{L}\\p{Ll}+)?)` +
    `((?:[ \\t]+(?:de la|de los|${PARTICLE})[ \\t]+\\p{Lu}\\p{Ll}+|[ \\t]+(?!(?:Rx|Dr|Mr|Mrs|Ms|Age|Sex|Tel|Ph)\\b)\\p{Lu}\\p{Ll}+){0,3})(?![\\p{L}\\p{N}'’#:-])`,
  'dgu',
);
const PERSON_WORD_BEFORE = /(?:\b(?:Patient|Pt|Client|Resident|Mr|Mrs|Ms|Miss|Mx|Dr|Name|Student|Member|Parent|Guardian|Mother|Father)\.?[ \t]*:?|:)[ \t]*$/;

// ── Title, Surname, Given ────────────────────────────────────────────────────────────────────────────
const TITLE_SURNAME_GIVEN = new RegExp(
  `\\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?[ \\t]+(${SURNAME_WORD}),[ \\t]+(\\p{Lu}\\p{Ll}+(?:-\\p{L}\\p{Ll}+)?)(?=[ \\t]*[,;.(]|[ \\t]*$)`,
  'dgu',
);

// ── A full name after a label of a person a form names ───────────────────────────────────────────────
const PERSON_LABEL_NAME = new RegExp(
  `(?:\\b(?:Parent|Guardian|Mother|Father|Carer|Caregiver|Caretaker|Spouse|Insured|Beneficiary|Donor|Recipient)(?:[ \\t]*\\/[ \\t]*\\p{L}+)?[ \\t]*:|\\b(?:Applicant|Claimant)[ \\t]*:?|\\bRe[ \\t]*:|\\b(?:claim|application|referral|form)[ \\t]+for)[ \\t]+` +
    `(\\p{Lu}\\p{Ll}+(?:[ \\t]+\\p{Lu}\\p{Ll}+)?(?:[ \\t]+(?:${PARTICLE}[ \\t]+){0,2}${SURNAME_WORD}){1,2})(?=[ \\t]*(?:[,;:(\\n]|$|[ \\t]\\+?\\(?\\d|—|–|-[ \\t]))`,
  'dgu',
);

// Gates by plain substrings (a regex alternation of these words costs ~9 µs on a 3,000-character answer, these ~1 µs).
// (The family and donor words are labels only with their colon, "Parent:"; genetics answers say "Parents" in every
// line. The colons are found first and the word before each looked at: an alternation of these words over a 3,000-
// character answer costs ~9 µs.)
const LABEL_BEFORE_COLON = /(?:Parent|Guardian|Mother|Father|Carer|Caregiver|Caretaker|Spouse|Insured|Beneficiary|Donor|Recipient|Re)[ \t]*$/;
const UNCOLONED_LABELS = ['pplicant', 'laimant', 'claim for', 'application for', 'referral for', 'form for'];
function mayHoldPersonLabel(scan: string): boolean {
  for (let at = scan.indexOf(':'); at >= 0; at = scan.indexOf(':', at + 1)) {
    if (LABEL_BEFORE_COLON.test(scan.slice(Math.max(0, at - 14), at))) return true;
  }
  return holdsAny(scan, UNCOLONED_LABELS);
}
const CLOSING_WORDS = ['faithfully', 'incerely', 'truly', 'egards', 'wishes', 'hanks', 'Thank you', 'espectfully', 'With love'];
const TITLE_WORDS = ['Mr ', 'Mr.', 'Mrs', 'Ms ', 'Ms.', 'Miss ', 'Mx ', 'Mx.', 'Dr ', 'Dr.'];
const holdsAny = (scan: string, words: readonly string[]) => words.some((w) => scan.includes(w));

function englishRound2(scan: string, out: Candidate[]): void {
  if (/,[ \t]*(?:MD|M\.D\.|DO|RN|NP|PA-C|PhD|MB|FR|MR|DDS|DMD|PharmD|APRN|FNP|CNM|BSN|MSN|DPM|LCSW|IBCLC|PT|DPT|OT|OTR|SLP|CCC|RD|RDN|LPN|LVN|CNA|RPh|PsyD|LMFT|LPC|CRNA|RRT|DNP|MSW|MPH|RMT)\b/.test(scan)) {
    for (const m of allMatches(scan, DEGREE_NAME)) {
      const words = m[1].split(/[ \t]+/).filter((w) => !/^\p{Lu}\.$/u.test(w) && !/^\p{Ll}/u.test(w));
      // "Internal Medicine, MD" is a department: some word of it must be a name's.
      if (!words.some(givenLike) || words.some((w) => DRUG_ENDING.test(w) && !listed(w) && isWord(w))) continue;
      out.push({ kind: 'name', start: m.indices![1][0], end: m.indices![1][1] });
    }
  }
  // A letter's closing and name end it: only the last 160 characters are read (a P.S. after the name is missed).
  const tailAt = Math.max(0, scan.length - 160);
  const tail = scan.slice(tailAt);
  if (tail.includes('\n') && holdsAny(tail, CLOSING_WORDS)) {
    for (const m of allMatches(tail, CLOSING_THEN_NAME)) {
      const words = m[1].split(/[ \t]+/).filter((w) => /^\p{Lu}\p{Ll}/u.test(w));
      if (!words.some(givenLike) || /^(?:Dr|Mr|Mrs|Ms|The|A|An|My|Your|Our)$/.test(words[0])) continue;
      out.push({ kind: 'name', start: tailAt + m.indices![1][0], end: tailAt + m.indices![1][1] });
    }
  }
  if (/\p{Lu}{2},[ \t]+\p{Lu}/u.test(scan)) {
    for (const m of allMatches(scan, CAPS_SURNAME_COMMA)) {
      const given = m[2];
      if (!PERSON_WORD_BEFORE.test(scan.slice(Math.max(0, m.index! - 24), m.index!))) continue;
      // "NOTE: WARNING, Do not…", "IMPRESSION: NORMAL, Stable": a given name must be listed, hyphenated or no word.
      if (!(listed(given) || given.includes('-') || !isWord(given))) continue;
      // A list goes on after a comma ("Meds: ASA, Lisinopril, Metformin"): no name, unless a record's word follows.
      const end = m.indices![3][1];
      if ((DRUG_ENDING.test(given) || MEDICAL_ENDING.test(given)) && !listed(given)) continue;
      if (/^[ \t]*,[ \t]*\p{Lu}\p{Ll}/u.test(scan.slice(end, end + 4)) && !/^[ \t]*,[ \t]*(?:DOB|Dob|Age|MRN|Sex|Born|Aged|Male|Female|Tel|Phone)\b/u.test(scan.slice(end, end + 12))) continue;
      out.push({ kind: 'name', start: m.indices![1][0], end });
    }
  }
  if (holdsAny(scan, TITLE_WORDS)) {
    for (const m of allMatches(scan, TITLE_SURNAME_GIVEN)) {
      const given = m[2];
      if (!(givenNameKind(given) === 'plain' || givenNameKind(given) === 'wordlike' || !isWord(given)) || DRUG_ENDING.test(given) && !listed(given)) continue;
      out.push({ kind: 'name', start: m.indices![1][0], end: m.indices![2][1] });
    }
  }
  for (const m of mayHoldPersonLabel(scan) ? allMatches(scan, PERSON_LABEL_NAME) : []) {
    const words = m[1].split(/[ \t]+/).filter((w) => /^\p{Lu}/u.test(w));
    // The first word a listed given name, or every word no English word ("Re: Follow Up" stays).
    if (!(givenNameKind(words[0]) === 'plain' || words.every((w) => !isWord(w.replace(/['’].*$/, ''))))) continue;
    out.push({ kind: 'name', start: m.indices![1][0], end: m.indices![1][1] });
  }
}

// ── Chinese ──────────────────────────────────────────────────────────────────────────────────────────
const HAN = '[\\u4e00-\\u9fff]';
// (The name and title are found first and what stands before looked at in code: a pattern opening on a character class
// that almost every character matches is tried everywhere.)
const SMALL_NAME_TITLED = /[小阿][\u4e00-\u9fff](?:護理師|护理师|護士|护士|醫師|医师|醫生|医生|老師|老师|社工|營養師|营养师)/gu;
const SMALL_NAME_BEFORE = /(?:^|[^\u4e00-\u9fff]|[跟和與与謝谢感的])$/u;
const NOT_SMALL_NAME = /^(?:小[兒儿孩姐朋心时時学學])|^阿[姨伯公嬤嬷婆祖]/;
const VIETNAMESE_NAME = /(?<![\u4e00-\u9fff])((?:阮|陳|陈|黎|范|潘|黃|黄|武|吳|吴|裴|鄧|邓)氏[\u4e00-\u9fff]{1,2})(?=$|[\s,，。、;；:：()（）]|居留|今年|懷孕|怀孕)/dgu;
// Dot-joined names as Chinese writes foreign and aboriginal names (尤瑪·達利, 瓦歷斯·諾幹); not a disease's eponym.
// A dot also lists symptoms (脚麻·疼), so the name must stand where a name is given: in brackets, or after 我是/叫.
const DOTTED_NAME = new RegExp(`(?:^|[（(「“]|我是|我叫|名叫|叫做|叫)\\s*(${HAN}{2,4}[·・‧]${HAN}{2,4})(?![\\u4e00-\\u9fff·・‧])`, 'dgu');
const NOT_DOTTED_NAME = /[病症炎癌瘤综綜征徵氏痛疼麻痒癢酸胀脹晕暈藥药]/;
const KIN_AFTER_LATIN = /[A-Za-z](?:阿姨|阿嬤|阿嬷|阿公|阿伯|奶奶|爺爺|爷爷|伯伯|叔叔|嬸嬸|婶婶|大哥|大姐|姐姐|哥哥|老師|老师)/u;
const NOT_A_KIN_NAME = new Set(['google', 'siri', 'alexa', 'chatgpt', 'gpt', 'baidu', 'bing', 'yahoo', 'gemini', 'claude', 'copilot']);
const LATIN_BEFORE_KIN = /(?<![A-Za-z])(\p{Lu}\p{Ll}{2,11})(?=阿姨|阿嬤|阿嬷|阿公|阿伯|奶奶|爺爺|爷爷|伯伯|叔叔|嬸嬸|婶婶|大哥|大姐|姐姐|哥哥|老師|老师)/dgu;

function chineseRound2(scan: string, out: Candidate[]): void {
  if (!/[\u4e00-\u9fff]/.test(scan)) return;
  for (const m of allMatches(scan, SMALL_NAME_TITLED)) {
    if (NOT_SMALL_NAME.test(m[0]) || !plausible(m[0].slice(0, 2)) || !SMALL_NAME_BEFORE.test(scan.slice(Math.max(0, m.index! - 1), m.index!))) continue;
    out.push({ kind: 'name', start: m.index!, end: m.index! + m[0].length });
  }
  if (scan.includes('氏')) for (const m of allMatches(scan, VIETNAMESE_NAME)) if (!NOT_DOTTED_NAME.test(m[1].slice(2))) out.push({ kind: 'name', start: m.indices![1][0], end: m.indices![1][1] });
  if (/[·・‧]/.test(scan)) {
    for (const m of allMatches(scan, DOTTED_NAME)) if (!NOT_DOTTED_NAME.test(m[1])) out.push({ kind: 'name', start: m.indices![1][0], end: m.indices![1][1] });
  }
  for (const m of KIN_AFTER_LATIN.test(scan) ? allMatches(scan, LATIN_BEFORE_KIN) : []) {
    // Search engines and assistants are jokingly called 阿姨/姐姐 (Google阿姨, Siri姐姐): no one's name.
    if ((DRUG_ENDING.test(m[1]) && !listed(m[1])) || NOT_A_KIN_NAME.has(m[1].toLowerCase())) continue;
    out.push({ kind: 'name', start: m.indices![1][0], end: m.indices![1][1] });
  }
}

export function namesRound2(scan: string): Candidate[] {
  const out: Candidate[] = [];
  englishRound2(scan, out);
  chineseRound2(scan, out);
  return out;
}
