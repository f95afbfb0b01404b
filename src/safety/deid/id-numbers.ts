import { allMatches, matches, type Candidate, type Detector } from './kinds.js';
import { shortSpelledDigitRuns, spelledDigitRuns } from './spelled-digits.js';

// Taiwan national ID (A123456789) and resident certificate numbers (A800000014, AB12345678).
const TAIWAN_ID = /(?<![A-Za-z0-9])[A-Za-z][12589ABCDabcd]\d{8}(?![A-Za-z0-9])/g;
// Mainland resident ID: 6-digit region, birth date, 3-digit sequence, check digit.
const MAINLAND_ID = /(?<!\d)[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![\dA-Za-z])/g;
// The same numbers grouped with spaces, as cards print them or people copy them: 510104 19870630 2741,
// 3201 0219 6612 0344 27, "M2 20 56 78 13", "A8 0 0 1 2 3 4 5 6". Only taken when the digits, joined, have the shape.
// (A word after the number may follow a space: "F2 2345 6781 is on the card"; only another digit may not.)
const SPACED_MAINLAND_ID = /(?<!\d ?)[1-9](?: ?\d){16} ?[\dXx](?![ ]?\d|[A-Za-z0-9])/g;
// Session 10: a dash may follow the letter (R-2 0 3 4 5 8 9 1 6).
const SPACED_TAIWAN_ID = /(?<![A-Za-z0-9])[A-Z] ?-? ?[12589ABCD](?: ?\d){8}(?![ ]?\d|[A-Za-z0-9])/g;
const spaced = (shape: RegExp) => (m: RegExpMatchArray) => /[ -]/.test(m[0]) && shape.test(m[0].replace(/[ -]/g, ''));
const MAINLAND_SHAPE = /^[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]$/;
const TAIWAN_SHAPE = /^[A-Za-z][12589ABCDabcd]\d{8}$/;
// Session 10: after the word the digits may be spaced or dashed apart (身分證是 R-2 0 3 4 5 8 9 1 6).
const ID_AFTER_WORD = /(?:身分證|身份证|身份證|身分证|健保卡|醫保卡|医保卡|社保卡|居留證|居留证|通行證|通行证|ID number|ID no\.?|identity card)[^A-Za-z0-9]{0,8}([A-Za-z]?\d{6,17}[\dXx]?(?![ -]?\d)|[A-Za-z]?[ -]?\d(?:[ -]?\d){5,16}(?:[ -]?[\dXx])?(?![ -]?\d))/gi;

const SSN = /(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])/g;
// After its word the number may be spaced out digit by digit ("SSN: 5 3 1 - 2 2 - 6 6 0 4") or grouped with spaces
// ("my social is 219 09 9999"): nine digits, whatever stands between them.
const SSN_AFTER_WORD = /\b(?:SSN|social security(?: number| no\.?| #)?|(?:my|his|her|their|your) social(?: security)?(?: number| no\.?| #)?)\b(?:[^\d]{0,12}|[^\d.?!\n]{0,45})(\d(?:[ ]?-?[ ]?\d){8})(?![ ]?-?[ ]?\d)/gi;
// A number read out in words after the SSN word, perhaps with a remark between ("Social security number (for the
// form) six six five, four two, …").
const SSN_WORD_BEFORE = /\b(?:SSN|social security|(?:my|his|her|their|your) social)\b[^.?!\n]{0,60}$/i;

// (The lookahead in front is how every choice of the alternation opens, \b and a first letter for the English words, a
// first character for the Chinese: it changes no match, and lets the engine skip at once the positions where none of
// ~40 words can start, 2× faster on long texts.)
// A record number is only recognisable by the word before it (its digits may be spaced out, "VGH 7 7 0 3 1 9 2",
// "B A 0 0 8 7 6 5 4", or split by slashes, "LY/19-00412", "HL2024/0318-B"); the number itself is the identifier, with a prefix the
// hospital writes on it ("chart number Pt#552017", "MRN AB-1234").
const MRN_AFTER_WORD =
  /(?=\b[mcrfhpveabslot]|[患病就挂掛登检檢报報住门門体體])(?:\bMRN\b(?:\s+(?:at|in|with|from)\s+(?:the\s+)?\p{Lu}[\p{L}'’.]*(?:\s+\p{Lu}[\p{L}'’.]*){0,3}(?=\s*(?:is|was|:|#)))?|\b(?:chart|record|file|case)(?:\s+(?:number|no\.?|#|id))?(?:\s+(?:at|in|with|from)\s+(?:the\s+)?\p{Lu}[\p{L}'’.]*(?:\s+\p{Lu}[\p{L}'’.]*){0,3})?(?=\s*(?:is|was|:|#))|\bmedical record(?: number| no\.?| #)?|\bhospital (?:number|no\.?|id)|\bchart (?:number|no\.?)|\bpatient (?:id|number|no\.?)|\b(?:patient|pt\.?)\s*#|\b(?:resident|visit|encounter|admission|referral|reference|ref|case|account|claim|booking|appointment|accession|specimen|sample|lab|order|confirmation|registration|ticket)\s*(?:number|no\.?|#|id|code)|(?:患者|病人|病患|就[诊診]|挂号|掛號|登[记記]|[检檢][查验驗]|[体體][检檢]|[报報]告|住院|[门門][诊診])\s*(?:ID|[号號]|[编編][号號]|[单單][号號]|卡[号號])|病[历歷](?:号码|號碼|号|號|编号|編號)?|(?:住院|[门門][诊診]|就[诊診]卡|病案)(?:[号號](?:碼|码)?|編號|编号))\s*(?:is|was|:|：|#|no\.?|number|是|为|為)?\s*[#:]?\s*[(（\[]?\s*((?:[A-Za-z]{1,4}(?: [A-Za-z]){0,3} ?)?\d(?:(?: ?[-/] ?| )?\d){5,}(?:[-/]?[A-Za-z]{1,2}(?![A-Za-z]))?|[A-Za-z]{0,4}[-#/]?\d[\dA-Za-z/-]{3,})/giu;
// Passports, driving licences, identity cards and residence permits: letters and digits after the word
// ("Passport TR4829175", "ID card number L01X00T47", 居留證號碼 AB12345678).
const DOCUMENT_AFTER_WORD =
  /\b(?:passport|driver'?s licen[cs]e|driving licen[cs]e|licen[cs]e|ID card|identity card|identification card|residence (?:permit|card)|resident card|green card|visa|NRIC|Emirates ID|MyKad|Personalausweis|carte d'identit[ée])(?:\s+(?:number|no\.?|#))?\s*(?:is|was|:|#)?\s*[(（\[]?\s*([A-Z]{0,3} ?\d[A-Z\d]{5,11})(?![\w-])|(?:護照|护照|居留證|居留证|居住證|居住证|通行證|通行证|台胞證|台胞证|回鄉證|回乡证)(?:號碼|号码|號|号)?\s*[:：]?\s*([A-Z]{0,3} ?\d[A-Z\d]{5,11})/giu;

// DOCUMENT_AFTER_WORD's two lists of words, alone (same flags): a text with none of them cannot match it, and skips its two scans.
const DOCUMENT_WORD =
  /(?=[pdlirgvnemc護护居通台回])(?:\b(?:passport|driver'?s licen[cs]e|driving licen[cs]e|licen[cs]e|ID card|identity card|identification card|residence (?:permit|card)|resident card|green card|visa|NRIC|Emirates ID|MyKad|Personalausweis|carte d'identit[ée])|(?:護照|护照|居留證|居留证|居住證|居住证|通行證|通行证|台胞證|台胞证|回鄉證|回乡证))/iu;

// Health and insurance numbers after their word: NHS number, SIN, Medicare, National Insurance, member ID.
// Letters may open or close the number after a dash ("HX-99812-A", Ontario's "1234-567-890-AB").
const HEALTH_ID = '([A-Z]{0,3}-?\\d[\\d -]{4,16}(?:[\\dA-Z]|-?[A-Z]{2})|[A-Z]{2}\\s?\\d{2}\\s?\\d{2}\\s?\\d{2}\\s?[A-D])(?![\\w-])';
// Each with a word every match of it holds (same case rule), tested first: long texts rarely hold one.
const HEALTH_ID_AFTER_WORD: [RegExp, RegExp][] = [
  [/nhs|medica(?:re|id)|health card|insurance|member|policy/iu, new RegExp(
    `\\b(?:nhs|medicare|medicaid|health card|health insurance|insurance|member|policy|national insurance|social insurance)` +
      `(?:\\s+(?:card|number|no\\.?|#|id))+\\s*(?:is|was|:|#)?\\s*[(（\\[]?\\s*${HEALTH_ID}`,
    'giu',
  )],
  // A card's name is its number's word too ("my health card 1234-567-890-AB").
  [/card/iu, new RegExp(`\\b(?:health|medicare|medicaid|insurance|NHS|OHIP)[ \\t]+card\\s*(?:is|was|:|#)?\\s*${HEALTH_ID}`, 'giu')],
  // Acronyms in capitals need no "number" after them ("my SIN is 046 454 286").
  [/NHS|SIN|NIN|PPSN|BSN|CHI/u, new RegExp(`\\b(?:NHS|SIN|NIN|NINO|PPSN|BSN|CHI)(?:\\s+(?:card|number|no\\.?|#))?\\s*(?:is|was|:|#)?\\s*${HEALTH_ID}`, 'gu')],
];
// Session 12: after its word any of these numbers may stand in brackets ("my Aadhaar (4821 7730 9165)", "MRN [4471902]").
// National numbers written in groups after their name: India's Aadhaar (4821 7730 9156), "national ID
// 12 345 678", NRIC/IC, DNI, PESEL, CURP. The word is what marks them; the digits alone could be anything.
const GROUPED_ID_AFTER_WORD =
  /\b(?:[Aa]adhaa?r(?:\s+(?:card|number|no\.?|#))?|[Nn]ational\s+(?:ID|[Ii]d(?:entity)?)(?:\s+(?:card|number|no\.?|#))?|[Cc]itizen(?:ship)?\s+(?:ID|[Ii]d)(?:\s+(?:card|number|no\.?))?|NRIC|FIN|MyKad|IC\s+(?:number|no\.?)|DNI|PESEL|CURP|[Pp]ersonnummer|[Ff]ødselsnummer|[Hh]enkilötunnus|[Pp]ersonal identity number|CPR(?:\s+(?:number|no\.?))?|PAN(?:\s+card)?(?:\s+(?:number|no\.?))?)\s*(?:is|was|:|#|-)?\s*[(（\[]?\s*(\d{2,6}(?:[ -]\d{2,6}){1,4}(?:[ -]?[A-Z])?|[A-Z]{0,5}\d[\dA-Z]{5,17}|[A-Z]{5}\d{4}[A-Z])(?![\w-])/gu;
// "NI number QQ 12 34 56 C": the UK National Insurance number, after "NI" with its number word.
const NI_NUMBER = /\bNI\s+(?:number|no\.?|#)\s*(?:is|was|:)?\s*([A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D])(?![\w-])/gu;
// Hong Kong identity card: A123456(7).
// Session 8: also with a space after the letters or before the bracket (Z 683421 (5)).
const HONG_KONG_ID = /(?<![A-Za-z0-9])[A-Z]{1,2} ?\d{6} ?\([0-9A]\)/g;

// Session 10 round 2 (v13's classes): New Zealand's NHI, three letters and four digits (or two digits and two
// letters since 2022), only after its acronym: "ZAC5361" alone could be a part code.
const NHI_NUMBER = /\bNHI(?:\s+(?:number|no\.?|#))?\s*(?:is|was|:|#)?\s*([A-HJ-NP-Z]{3}\d{4}|[A-HJ-NP-Z]{3}\d{2}[A-HJ-NP-Z]{2})(?![\w-])/gu;

// Session 11 (v14a's class: ID numbers of countries no earlier set had). A personal number after the acronym or the
// name its own country gives it: Korea's RRN, Greece's AMKA, Brazil's CPF, Romania's CNP, Spain's NIF/NIE, Italy's codice
// fiscale, Turkey's TC kimlik, Mexico's RFC, Pakistan's CNIC, Indonesia's NIK, Iceland's kennitala, Japan's マイナンバー, the Nordic personnummer/fødselsnummer/henkilötunnus in its long shape (session 11 round 2)… (not "my number", which is a phone's; Hong Kong's HKID keeps its own checked shape)
// The word marks it; the number needs at least six digits (a short count after an acronym is a dose or a grade).
const FOREIGN_ID_WORD =
  /(?=[A-Zrpnitcskmbcjfh주マ個])(?:\b(?:RRN|AMKA|CPF|CNP|EGN|OIB|JMBG|EMSO|TCKN|NIF|NIE|NISS|TFN|IRD|IHI|RFC|NSS|RUT|CUIL|CUIT|CNIC|NIK|KTP|SSS|UMID|TIN|AHV|SVNR|BVN|Iqama|KRA PIN)\b|\b(?:resident registration|personal (?:identification|identity|ID|id)|identity|national (?:identification|identity|health)|tax (?:identification|file|ID|id)|citizen(?:'s)? card|social insurance)(?:[ \t]+(?:number|no\.?|code|#))|\b(?:[Pp]ersonal code|[Cc]odice fiscale|[Cc]édula(?: de identidad)?|[Cc]edula|[Cc]arteira de identidade|[Nn]uméro de sécurité sociale|[Ss]ozialversicherungsnummer|[Ss]teuer-?ID|[Bb]urgerservicenummer|[Rr]ijksregisternummer|[Kk]ennitala|[Cc]arte [Vv]itale|NIR|\p{Lu}\p{Ll}+ ID(?: card)?|TC [Kk]imlik(?: [Nn]o\.?)?|[Kk]imlik numarası|[Pp]ersonnumm?ret|[Pp]ersonnummer|[Ff]ødselsnummer|[Hh]enkilötunnus|CPR-nummer)|주민등록번호|マイナンバー|個人番号)/u;
const FOREIGN_ID_AFTER_WORD = new RegExp(
  `${FOREIGN_ID_WORD.source}(?:[ \\t]+(?:number|no\\.?|code|#))?[ \\t]*(?:is|was|es|é|est|ist|är|er|on|:|：|#|-|=)?[ \\t]*[(（\\[]?[ \\t]*([A-Z]{0,6}[ -]?\\d[\\dA-Z .\\/-]{4,24}[\\dA-Z]|[A-Z]{6}\\d{2}[A-Z]\\d{2}[A-Z]\\d{3}[A-Z])(?![\\w-])`,
  'gu',
);
// The numbers are found first and the 70 characters before each read for the word: the word's alternation over a
// 3,000-character answer costs ~16 µs, a digit run opens only where a digit stands.
const LONG_DIGIT_RUN = /\d[\d .\/-]{4,24}\d|[A-Z]{6}\d{2}[A-Z]/g;
function mayHoldForeignId(scan: string): boolean {
  for (const m of allMatches(scan, LONG_DIGIT_RUN)) {
    if ((m[0].match(/\d/g)?.length ?? 0) < 6 && !/^[A-Z]/.test(m[0])) continue;
    if (FOREIGN_ID_WORD.test(scan.slice(Math.max(0, m.index! - 70), m.index!))) return true;
  }
  return false;
}
const enoughDigits = (m: RegExpMatchArray) => (m[1].match(/\d/g)?.length ?? 0) >= 6 || /^[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]$/.test(m[1]);
// Korea's resident registration number by its shape alone: a birth date, a dash, a sex digit and six more.
const KOREAN_RRN = /(?<![\d-])\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])-[1-8]\d{6}(?![\d-])/g;

export const detectNationalIds: Detector = (scan) => [
  ...matches(scan, TAIWAN_ID, 'national-id'),
  ...matches(scan, MAINLAND_ID, 'national-id'),
  ...matches(scan, SPACED_MAINLAND_ID, 'national-id', 0, spaced(MAINLAND_SHAPE)),
  ...matches(scan, SPACED_TAIWAN_ID, 'national-id', 0, spaced(TAIWAN_SHAPE)),
  ...matches(scan, ID_AFTER_WORD, 'national-id', 1),
  ...(DOCUMENT_WORD.test(scan) ? [...matches(scan, DOCUMENT_AFTER_WORD, 'national-id', 1), ...matches(scan, DOCUMENT_AFTER_WORD, 'national-id', 2)] : []),
  ...HEALTH_ID_AFTER_WORD.flatMap(([word, p]) => (word.test(scan) ? matches(scan, p, 'national-id', 1) : [])).map((c) => ({
    ...c,
    end: c.start + scan.slice(c.start, c.end).trimEnd().length,
  })),
  ...matches(scan, HONG_KONG_ID, 'national-id'),
  ...matches(scan, GROUPED_ID_AFTER_WORD, 'national-id', 1),
  ...matches(scan, NI_NUMBER, 'national-id', 1),
  ...(scan.includes('NHI') ? matches(scan, NHI_NUMBER, 'national-id', 1) : []),
  ...(mayHoldForeignId(scan) ? matches(scan, FOREIGN_ID_AFTER_WORD, 'national-id', 1, enoughDigits).map((c) => ({ ...c, end: c.start + scan.slice(c.start, c.end).replace(/[ .\/-]+$/, '').length })) : []),
  ...matches(scan, KOREAN_RRN, 'national-id'),
];

export const detectSsns: Detector = (scan): Candidate[] => [
  ...matches(scan, SSN, 'ssn'),
  ...matches(scan, SSN_AFTER_WORD, 'ssn', 1),
  ...(/\b(?:SSN|social)\b/i.test(scan)
    ? spelledDigitRuns(scan).filter((c) => SSN_WORD_BEFORE.test(scan.slice(Math.max(0, c.start - 80), c.start))).map((c) => ({ ...c, kind: 'ssn' as const }))
    : []),
];

// "record no. HN 3301927": a hospital's letter prefix set apart by a space. Case-sensitive, so that
// "record at 10am" is not read as one.
const MRN_WITH_PREFIX =
  /\b(?:[Rr]ecord|[Cc]hart|[Ff]ile|[Pp]atient|[Hh]ospital|MRN)\s+(?:[Nn]umber|[Nn]o\.?|#|ID|[Ii]d)?\s*(?:is|was|:|#)?\s*([A-Z]{1,3}\s\d{4,}[A-Z\d]*)(?![\w-])/gu;

// With no word before it, a record number is still unmistakable when capitals open a long run of digits
// (P0098812, V20231187) or a dashed year and sequence (BV-2024-118822): medical codes are short (E11.9, HLA-B27,
// BRCA1, CYP2D6, A10BA02) and register numbers that are not a person's are left (NCT01234567, PMID 31234567).
// A bracketed check digit after is the Hong Kong ID rule's to judge.
const LETTERED_RECORD_NUMBER =
  /(?<![\w.\/-])(?!NCT|PMID|PMC|ISBN|ISSN|DOI|CAS|UPC|EAN|SNOMED|LOINC|RXCUI)(?:[A-Z]{1,3}-?\d{6,10}|[A-Z]{1,3}-(?:19|20)\d{2}-\d{4,8})(?![\w\/(-]|\.\d)/g;

// The word may be told apart from its number by where it is from ("his old patient number at the genetics clinic was
// GEN-0091-RA"), and an account's word is written on the number ("Acct# 4471-09-22C"), so it goes with it.
const MRN_AT_PLACE =
  /\b(?:[Pp]atient|[Rr]ecord|[Cc]hart|[Ff]ile|[Hh]ospital|[Cc]ase|MRN)\s+(?:number|no\.?|#|id|ID)\s+(?:at|in|with|from)\s+(?:[^\s]+\s+){1,5}?(?:is|was)\s*:?\s*([A-Za-z]{0,4}[-#/]?\d[\dA-Za-z/-]{3,})/g;
// Its groups may be spaced ("Acct#: H00 5521 908").
// Session 10: an accession's "Acc#" too, and the word may be glued to a date before it in a pasted record ("…1971Acc#: L45-88120").
// Session 8: or with a colon alone ("Acct: ACCT-000918-33"), the number then opening with a digit or a dashed prefix.
const ACCOUNT_NUMBER = /(?<![A-Za-z])(?:[Aa]cct|[Aa]cc(?=\s*[#:])|ACC(?=\s*[#:])|A\/C)\.?\s*(?:#|[Nn]o\.?|[Nn]umber|(?=:\s*[A-Za-z]{0,5}-?\d)|(?=[ \t]+[A-Z]{1,5}-?\d))\s*:?\s*[A-Za-z]{0,5}-?\d[\dA-Za-z-]*(?: \d{3,})*(?<=[\dA-Za-z-]{4,}|\d \d{3,})(?![\w-])/g;
// Session 7 round 2: a record's word, a few words on where it is, then the number ("the hospital number on her
// wristband is RTH 6620419"), and an ID whose prefix has two lettered parts ("device clinic ID is MDT-PM-0093315").
const MRN_WORD_THEN_IS =
  /\b(?:[Hh]ospital|[Pp]atient|[Rr]ecord|[Cc]hart|[Cc]linic|MRN)\s+(?:number|no\.?|#|id|ID)\s+(?:on|in|at|from|for|with)\s+(?:[^\s.?!]+\s+){1,4}?(?:is|was|says|reads)\s*:?\s*([A-Z]{1,4}\s\d{4,}[A-Z\d]*|[A-Z]{1,4}(?:-[A-Z]{1,4}){0,2}-?\d[\dA-Z-]{3,})(?![\w-])/g;
const LETTERED_ID_AFTER_WORD =
  /\b(?:[Cc]linic|[Dd]evice|[Ii]mplant|[Pp]acemaker|[Hh]ospital|[Pp]atient|[Cc]hart|[Rr]ecord)\s+(?:ID|[Ii]d|[Nn]umber|[Nn]o\.?|#)\s*(?:is|was|:|#)?\s*([A-Z]{1,5}(?:-[A-Z]{1,5}){1,2}-?\d{4,}[A-Z\d]*)(?![\w-])/g;

// A spaced-out number ends at its last group: a short number after a long group is what follows it
// ("MRN 12345678 10 days ago": 10 is not the record's).
function trimTrailingCount(scan: string, c: Candidate): Candidate {
  let text = scan.slice(c.start, c.end).replace(/[-/]+$/, '');
  const tokens = text.split(' ');
  if (tokens.length > 1 && /^\d{1,2}$/.test(tokens[tokens.length - 1]) && tokens.some((t) => /\d{3,}/.test(t))) {
    text = tokens.slice(0, -1).join(' ');
  }
  return { ...c, end: c.start + text.length };
}

// Session 8: a record number corrected in the same breath ("mrn is ab204117? no wait, new is ab 310 562"): after a
// record word, within two sentences, "new/correct/current (one|number) is" and a number of the same kind.
const CORRECTED_RECORD_NUMBER =
  /\b(?:MRN|mrn|[Rr]ecord (?:number|no\.?)|[Cc]hart (?:number|no\.?)|[Hh]ospital (?:number|no\.?)|[Pp]atient (?:number|no\.?|ID))\b[^\n]{0,80}?\b(?:new|correct|current|right|updated)(?:[ \t]+(?:one|number|no\.?))?[ \t]+is[ \t]*:?[ \t]*([A-Za-z]{0,3}[ \t]?\d{3}(?:[ \t]?\d{3}){1,2}|[A-Za-z]{0,3}\d{5,10})(?![\w-])/g;

// Session 10: a record word with its # glued to the number ("PT#0005519032", "MRN#44012") is written as one token: it goes whole.
// Session 11 round 2: Australia's and New Zealand's hospital UR (unit record) number after its acronym: "UR 3318842".
const UR_NUMBER = /(?<![\w#])URN?(?:[ \t]+(?:number|no\.?|#))?[ \t]*[:#]?[ \t]*(\d{5,10})(?![\w.\/-])/g;
const GLUED_RECORD_NUMBER = /(?<![\w#])(?:PT|Pt|pt|MRN|mrn|Mrn|HN|UR)#\d{5,}(?![\w-])/g;

// Session 10 round 2: numbers a record's other words stand before. A pharmacy label's prescription number ("Rx#
// 6620418-01", "prescription no. 55-2031"), records named in Portuguese, Spanish, Italian and German (Prontuário
// 4471902, expediente, historia clínica, cartella clinica, Fallnummer), and the US Medicare number (MBI), whose
// own shape (digit, letter, letter or digit, digit, and so on, eleven places, dashes allowed) is also checked.
const OTHER_RECORD_WORD = /(?=[RrPpEeHhCcFfMm])(?:\b(?:Rx|RX|[Pp]rescription)\s*(?:#|[Nn]o\.?|[Nn]umber)|\b(?:[Pp]rontu[áa]rio|[Ee]xpediente|[Hh]istoria cl[íi]nica|[Cc]artella clinica|[Ff]allnummer|[Pp]atientennummer))\s*(?:n[º°o]\.?|#|:|-|—)?\s*([A-Z]{0,3}-?\d[\d-]{4,}[\dA-Z]?)(?![\w-])/gu;
const OTHER_RECORD_GATE = /R[Xx]\s*(?:#|[Nn]o|[Nn]um)|rescription\s*(?:#|[Nn]o|[Nn]um)|rontu[áa]rio|xpediente|istoria cl|artella clinica|allnummer|atientennummer/;
const MEDICARE_MBI = /\b(?:Medicare|MBI)\b[^\n\d]{0,24}?(\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y\d]\d-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y\d]\d-?[AC-HJKMNP-RT-Y]{2}\d{2})(?![\w-])/gu;

// Session 12: a record number read out in words right after its word, however short ("patient number four four seven
// nine two", "MRN is one two three four five"). The word must stand just before; the run is found first only where
// the word is.
const RECORD_WORD_BEFORE_SPOKEN = /(?:\bMRN|\b(?:patient|record|chart|hospital|case|file|member|account|medical record|reference|referral|claim)\s+(?:number|no\.?|#|id))(?:\s+(?:is|was))?[\s:,#]*$/i;
// (Gate: a record's word and a digit's word right after it, case-sensitive and without the u flag, ~1 µs on a long text.)
const RECORD_WORD_GATE = /(?:MRN|mrn|[Nn]umber|[Nn]o\.?|#|ID|[Ii]d)[ \t:,#]+(?:(?:is|was)[ \t]+)?(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple)\b/;
const spokenRecordNumbers = (scan: string): Candidate[] =>
  shortSpelledDigitRuns(scan).filter((c) => RECORD_WORD_BEFORE_SPOKEN.test(scan.slice(Math.max(0, c.start - 40), c.start)));

// Session 12 round 2: "MR" in capitals as a wristband or label abbreviates the medical record ("… / MR 7720-1183 /").
// Only a run of six digits or more, in one or two groups: mitral regurgitation is graded ("MR 2+", "moderate MR").
const MR_NUMBER = /(?<![\w-])MR[ \t]*[#:]?[ \t]*(\d{3,6}[- ]?\d{3,6})(?![\w\/-]|\.\d)/g;

export const detectMrns: Detector = (scan) => [
  ...(scan.includes('MR') ? matches(scan, MR_NUMBER, 'mrn', 1, (m) => m[1].replace(/\D/g, '').length >= 6) : []),
  ...(RECORD_WORD_GATE.test(scan) ? spokenRecordNumbers(scan) : []),
  ...(scan.includes('#') ? matches(scan, GLUED_RECORD_NUMBER, 'mrn') : []),
  ...(scan.includes('UR') ? matches(scan, UR_NUMBER, 'mrn', 1) : []),
  ...(/\b(?:new|correct|current|right|updated)\b/.test(scan) && /\b(?:MRN|mrn|[Rr]ecord|[Cc]hart|[Hh]ospital|[Pp]atient)\b/.test(scan) ? matches(scan, CORRECTED_RECORD_NUMBER, 'mrn', 1) : []),
  ...matches(scan, MRN_AFTER_WORD, 'mrn', 1).map((c) => trimTrailingCount(scan, c)),
  ...matches(scan, MRN_AT_PLACE, 'mrn', 1),
  ...matches(scan, ACCOUNT_NUMBER, 'mrn'),
  ...matches(scan, MRN_WORD_THEN_IS, 'mrn', 1),
  ...matches(scan, LETTERED_ID_AFTER_WORD, 'mrn', 1),
  ...matches(scan, MRN_WITH_PREFIX, 'mrn', 1),
  ...matches(scan, LETTERED_RECORD_NUMBER, 'mrn').map((c) => ({ ...c, byShapeOnly: true })),
  ...(OTHER_RECORD_GATE.test(scan) ? matches(scan, OTHER_RECORD_WORD, 'mrn', 1) : []),
  ...(/Medicare|MBI/.test(scan) ? matches(scan, MEDICARE_MBI, 'mrn', 1) : []),
];
