import { givenNameKind, givenNames } from './given-names.js';
import { GIVEN_NAME_CHARACTERS, looksLikeGivenName } from './given-name-characters.js';
import { allMatches, type Candidate } from './kinds.js';
import { plausible } from './people-zh.js';
import { COMPOUND_SURNAMES, SURNAMES } from './surnames.js';

// Session 11 (set v14a's classes). Each rule finds a name by where a person must stand, not by the name itself:
// - English: a full name after a label of a person on a form or a letter ("Subscriber:", "Emergency contact:", "To:",
//   "Next of kin:"), after a referral's verb ("referring Anjali Rao, 52F"), before an age-and-sex shorthand ("R.T., 71M",
//   "Obi Nwosu (34 M)"), before "here" after any greeting ("G'day, Bazza here"), after "my name is" in other languages
//   ("Em tên …", "me llamo …", "je m'appelle …"); in lower-case texting, a listed name addressed after an interjection
//   ("omg priya u need…") or after my + a role ("my physio tomasz said…"); the speakers of a chat log ("Tomasz: …").
// - Chinese: the speakers of a chat log (志明：… 春嬌：…), a name after a peer word (病友阿珍, 群主是小周), a name signing
//   off the post without a dash (…有糖尿病。陳文華, 孫女宥辰敬上), after a contact's role (家属赵丽，), a full name
//   standing alone as a clause beside an identifier's word (身份证…，陈晓东，), after 致/尊敬的 (致周建华先生), a full
//   name before a senior nurse's or other clinician's title (王芳护士长说), and a surname with 某 (患者吴某).
// Particles of Irish, Scottish, Vietnamese and other names may stand between the words ("Ciarán Ó Briain").

const isWord = (w: string) => givenNames().isWord(w.toLowerCase());
const plainListed = (w: string) => givenNameKind(w) === 'plain';
const listed = (w: string) => givenNameKind(w) !== undefined;
// Medicines, diseases and organisations are capitalised on forms too ("Contact: Kaiser Permanente", "To: Pharmacy Team").
const NOT_A_NAME_ENDING = /(?:arin|formin|mab|nib|pril|olol|sartan|statin|cillin|mycin|azole|tidine|pine|pam|done|caine|oxacin|cycline|vir|amide|xetine|triptan|lukast|parin|tamol|itis|osis|emia|aemia|oma|pathy|ectomy|scopy)$/i;
const ORGANISATION = new Set(
  ('Clinic Hospital Health Medical Centre Center Pharmacy Department Dept Team Group Services Service University College ' +
    'Institute Practice Surgery Unit Ward Trust Board Foundation Association Society Care Insurance Office Lab Labs ' +
    'Laboratory Diagnostics Imaging Radiology Cardiology Oncology Permanente Mayo Kaiser Aetna Cigna Humana Medicare ' +
    'Medicaid Bupa Allianz Inc Ltd LLC Corp Company Street Road Avenue').split(' '),
);
const EPONYM_WORD = new Set('Disease Syndrome Disorder Palsy Sign Test Score Scale Criteria Tumour Tumor Lymphoma Cancer Virus Fever Reflex Ulcer Phenomenon Procedure Manoeuvre Maneuver Method Diet Protocol'.split(' '));
const PARTICLE = "(?:Ó|Ó|Ní|Ní|Nic|Mac|Mc|Ua|Uí|de|del|della|da|das|dos|du|di|van|von|der|den|la|le|al|el|bin|binti|ibn|ben|ter|ten)";
const CAP_WORD = "\\p{Lu}(?:['’]\\p{Lu})?[\\p{Ll}'’]+(?:-\\p{Lu}?[\\p{Ll}'’]+)?";
// A full name: two to four capitalised words, particles allowed between.
const FULL_NAME = `${CAP_WORD}(?:[ \\t]+(?:${PARTICLE}[ \\t]+)?${CAP_WORD}){1,3}`;
const capitalised = (name: string) => name.split(/[ \t]+/).filter((w) => /^\p{Lu}\p{Ll}/u.test(w) && w.length > 1);
/** A name's words, believed when the first is a plainly listed given name or none is an English word, a medicine or an organisation's. */
function nameLike(name: string): boolean {
  const words = capitalised(name);
  if (words.length === 0 || words.some((w) => ORGANISATION.has(w) || (NOT_A_NAME_ENDING.test(w) && !listed(w)))) return false;
  return plainListed(words[0]) || words.every((w) => !isWord(w.replace(/['’].*$/, '').split('-')[0]) || listed(w));
}
/** After a strong cue (a referral's verb, an age and sex after it) a listed first name may carry a surname that is a word. */
function nameLikeOrListedFirst(name: string): boolean {
  const words = capitalised(name);
  if (words.some((w) => ORGANISATION.has(w) || EPONYM_WORD.has(w) || (NOT_A_NAME_ENDING.test(w) && !listed(w)))) return false;
  // An eponym's possessive is a disease's name ("Crohn's Disease", "Bell's Palsy").
  if (words.some((w) => /['’]s$/.test(w))) return false;
  return nameLike(name) || (words.length > 1 && (listed(words[0]) || !isWord(words[0])) && !NOT_A_SPEAKER.test(words[0]));
}
// In lower-case texting after my + a role, a word that is no English word is a name too ("my mate kieran reckons"),
// if it is long enough to be no short form and has no medicine's ending.
const lowerNameLike = (w: string) => (plainListed(w) || (w.length >= 4 && /[aeiouy]/.test(w) && !NOT_A_NAME_ENDING.test(w))) && !isWord(w);
const push = (out: Candidate[], start: number, end: number) => out.push({ kind: 'name', start, end });

// ── English ──────────────────────────────────────────────────────────────────────────────────────────
// Labels of a person on a form, a claim or a letter's head; found by their colon first (an alternation of these over a
// long answer costs more than a look behind each colon).
const PERSON_LABEL =
  /(?:^|[^\p{L}])(?:[Ss]ubscriber|[Pp]olicy ?holder|[Cc]ard ?holder|[Mm]ember(?: name)?|[Ee]mergency contact|[Nn]ext of kin|NOK|[Cc]ontact(?: person)?|To|TO|Attn|ATTN|Attention|From|Addressee|[Ww]itness|[Ii]nterpreter|[Pp]artner|[Hh]usband|[Ww]ife|[Ss]on|[Dd]aughter|[Ss]ponsor|[Rr]eferred by|[Rr]eferring (?:doctor|physician|clinician|GP|provider)|[Pp]repared for|[Ss]ender|[Cc]aller|[Ii]nformant|[Ss]igned by|[Ss]een by|[Rr]eviewed by|[Aa]uthori[sz]ed by|PCP|GP|[Ff]amily doctor|[Pp]rimary care (?:physician|provider)|[Ll]egal guardian|[Pp]roxy|[Aa]gent|[Ii]nsured(?: person)?|[Pp]atient name|[Cc]lient name|[Rr]esident name|[Rr]esident|POA|[Pp]ower of attorney|[Dd]ischarge|[Ee]mployee(?: name)?|[Cc]laimant|[Bb]eneficiary)[ \t]*$/u;
const NAME_AFTER_COLON = new RegExp(`^[ \\t]*(${FULL_NAME})(?=[ \\t]*(?:[,;(\\n]|$|[ \\t]\\+?\\(?\\d|—|–|-[ \\t]))`, 'du');
// Session 11 round 2: a single surname after its own label on a form ("Surname: Nowicki  Given name: …").
const SURNAME_LABEL = /(?:^|[^\p{L}])(?:[Ss]urname|SURNAME|[Ff]amily name|[Ll]ast name|LAST NAME)[ \t]*:[ \t]*(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)(?=[ \t]*(?:[,;\n]|$|[ \t]{2}|[ \t]+\p{Lu}[\p{Ll}]+ ?(?:name)?:))/dgu;
// A certificate's or a form's sentence around the person: "certify that Oskar Nowak was seen", "employee Dana Reyes,".
const CERTIFY = new RegExp(`(?<![\\p{L}])(?:[Cc]ertify that|[Cc]onfirm that|[Ee]mployee|[Cc]laimant|[Ss]tudent)[ \\t]+(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?[ \\t]+)?(${FULL_NAME})(?=[ \\t]*[,;(]|[ \\t]+(?:was|is|has|had|attended|visited|presented|remains|will|may)\\b)`, 'dgu');
// A referral's or a review's verb before the person: "referring Selvi Murugesan, 45F", "Referral for Hemi Walker,".
const REFERRAL_LEAD = new RegExp(
  `(?<![\\p{L}])(?:[Rr]eferring|[Rr]eferral (?:for|of)|[Rr]efer(?:red)?|[Rr]egarding|[Oo]n behalf of|[Ss]eeing|[Aa]ssessed|[Ee]xamined|[Rr]eviewed)[ \\t]+(${FULL_NAME})(?=[ \\t]*[,;(])`,
  'dgu',
);
// A name or initials before an age and sex in a clinician's shorthand: "Selvi Murugesan, 45F", "J.K., 58M", "Obi (34 M)".
const AGE_SEX = `[ \\t]*[,(][ \\t]*\\d{1,3}[ \\t]?(?:y\\/?o|yo|yrs?|y)?[ \\t]?(?:M|F|male|female|Male|Female)(?![\\p{L}\\p{N}])`;
const NAME_AGE_SEX = new RegExp(
  `(?<![\\p{L}\\p{N}.'’-])(\\p{Lu}\\.[ \\t]?\\p{Lu}\\.(?:[ \\t]?\\p{Lu}\\.)?|${CAP_WORD}(?:[ \\t]+(?:${PARTICLE}[ \\t]+)?${CAP_WORD}){0,2})(?=${AGE_SEX})`,
  'dgu',
);
// "<name> here" after a greeting of any region ("G'day, Shazza here", "Kia ora koutou, Mere Tahu here").
const GREETING_HERE = new RegExp(
  `(?<![\\p{L}])(?:G['’]day|Kia ora(?: koutou| tātou)?|Howdy|Hiya|Morning|Evening|Afternoon|Aloha|Hi|Hello|Hey|Hola|Ciao|Salut|Hallo|Namaste|Salaam|Greetings)(?:[ \\t]+(?:all|everyone|everybody|folks|team|mates|guys|there|y['’]all))?[ \\t]*[,!.]?[ \\t]+` +
    `(${CAP_WORD}(?:[ \\t]+(?:${PARTICLE}[ \\t]+)?${CAP_WORD}){0,2})[ \\t]+here\\b`,
  'dgu',
);
// "My name is" in the languages askers bring: Vietnamese, Spanish, French, German, Italian, Portuguese, Malay and
// Indonesian, Tagalog, Dutch, Scandinavian, Polish, Turkish, Russian.
const FOREIGN_INTRO = new RegExp(
  `(?<![\\p{L}])(?:[Ee]m tên(?: là)?|[Tt]ên (?:tôi|em|mình|con) là|[Tt]ôi tên(?: là)?|[Mm]ình tên(?: là)?|[Cc]on tên(?: là)?|[Mm]e llamo|[Mm]i nombre es|[Jj]e m['’]appelle|[Mm]on nom est|[Ii]ch hei(?:ß|ss)e|[Mm]ein Name ist|[Mm]i chiamo|[Ii]l mio nome è|[Mm]eu nome é|[Mm]e chamo|[Nn]ama saya|[Aa]ko si|[Aa]ng pangalan ko ay|[Mm]ijn naam is|[Ii]k heet|[Jj]ag heter|[Jj]eg heter|[Jj]eg hedder|[Nn]azywam się|[Mm]am na imię|[Bb]enim adım|[Aa]dım|[Мм]еня зовут)[ \\t]+` +
    `(${CAP_WORD}(?:[ \\t]+(?:${PARTICLE}[ \\t]+)?${CAP_WORD}){0,3})`,
  'dgu',
);
// Lower-case texting: a listed given name addressed after an interjection, before a word said to them.
const ADDRESSED = /(?:^|[.!?\n][ \t]*)(?:lol|lmao|omg|omfg|hey|yo|ok|okay|haha|ugh|oi|aw+|hi|hiya|bro|dude|srsly)[ \t]*,?[ \t]+([a-z]{3,12})[ \t]*,?[ \t]+(?=(?:u|you|ur|ya|youre|you['’]re|u['’]re|r|pls|plz|gotta|need|needs|should|stop|just|did|are|have|seriously|honestly|go|dont|don['’]t)\b)/dgu;
// ... and after my + a role or friend word: "my physio dave fixed mine", "our gp priya said".
const ROLE_LOWER =
  /\b(?:my|our|his|her)[ \t]+(?:physio|pt|doc|gp|dr|therapist|trainer|coach|nurse|midwife|chiro|dentist|derm|psych|counsell?or|neighbou?r|buddy|mate|friend|bestie|bff|bf|gf|roomie|roommate|flatmate|housemate|boss|coworker|colleague|cousin|cuz|bro|sis|hubby|wifey|partner|ex)[ \t]+([a-z]{3,12})(?=[ \t]+[a-z]|[ \t]*[,.!?;)]|['’]s\b)/dgu;
// A chat log's speakers: a line opening on a name and a colon, two lines or more, two speakers or more.
// (Session 11 round 2: a timestamp may open the line, "[10:02] jess:", and a texter's name may be in lower case.)
const SPEAKER_LINE = /(?:^|\n)[ \t]*(?:\[?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?\]?[ \t]*)?(\p{Lu}\p{Ll}{2,15}|\p{Ll}{3,15}|[\u4e00-\u9fff]{2,3})[ \t]*[:：]/dgu;

const holdsAny = (scan: string, words: readonly string[]) => words.some((w) => scan.includes(w));
const REFERRAL_WORDS = ['efer', 'egarding', 'behalf', 'eeing', 'ssessed', 'xamined', 'eviewed'];
const INTRO_WORDS = ['ên ', 'llamo', 'nombre', 'appelle', 'nom est', 'hei', 'Name ist', 'chiamo', 'nome', 'chamo', 'ama saya', 'ko si', 'pangalan', 'naam', 'heet', 'heter', 'hedder', 'azywam', 'imię', 'dım', 'зовут'];

function englishSession11(scan: string, out: Candidate[]): void {
  for (let at = scan.indexOf(':'); at >= 0; at = scan.indexOf(':', at + 1)) {
    if (!PERSON_LABEL.test(scan.slice(Math.max(0, at - 32), at))) continue;
    const m = NAME_AFTER_COLON.exec(scan.slice(at + 1, at + 80));
    if (m && nameLike(m[1])) push(out, at + 1 + m.indices![1][0], at + 1 + m.indices![1][1]);
  }
  if (/urname|amily name|ast name|LAST NAME/.test(scan)) for (const m of allMatches(scan, SURNAME_LABEL)) if (!isWord(m[1]) || listed(m[1])) push(out, m.indices![1][0], m.indices![1][1]);
  if (holdsAny(scan, ['ertify', 'onfirm that', 'mployee', 'laimant', 'tudent'])) {
    for (const m of allMatches(scan, CERTIFY)) if (nameLikeOrListedFirst(m[1])) push(out, m.indices![1][0], m.indices![1][1]);
  }
  // (Plain substrings first: an alternation of these over a 3,000-character answer costs ~6 µs, these under 1.)
  if (holdsAny(scan, REFERRAL_WORDS)) {
    for (const m of allMatches(scan, REFERRAL_LEAD)) if (nameLikeOrListedFirst(m[1])) push(out, m.indices![1][0], m.indices![1][1]);
  }
  if (/\d[ \t]?(?:y\/?o|yo|yrs?|y)?[ \t]?(?:M|F|male|female|Male|Female)(?![\p{L}\p{N}])/u.test(scan)) {
    for (const m of allMatches(scan, NAME_AGE_SEX)) {
      // Initials alone, or words that are each a listed name or no English word ("Case 3, 45M" and "Bed 12" stay).
      // (A first name listed or no word may carry a surname that is a word: "Ngaire Brown, 61F".)
      const initials = /^\p{Lu}\./u.test(m[1]);
      const words = capitalised(m[1]);
      if (!initials && !(words.length > 0 && (words.every((w) => listed(w) || !isWord(w)) || (words.length > 1 && (listed(words[0]) || !isWord(words[0])))) && nameLikeOrListedFirst(m[1]))) continue;
      push(out, m.indices![1][0], m.indices![1][1]);
    }
  }
  if (scan.includes(' here')) {
    for (const m of allMatches(scan, GREETING_HERE)) if (capitalised(m[1]).every((w) => listed(w) || !isWord(w)) && nameLike(m[1])) push(out, m.indices![1][0], m.indices![1][1]);
  }
  for (const m of holdsAny(scan, INTRO_WORDS) ? allMatches(scan, FOREIGN_INTRO) : []) {
    // Only capitalised words are read, and each is believed (the sentence is in another language, so "Amadou" being an
    // English word says nothing); the name ends at an organisation's word or a medicine's ending.
    const words = m[1].split(/[ \t]+/);
    let kept = 0;
    for (const w of words) {
      if (ORGANISATION.has(w) || (NOT_A_NAME_ENDING.test(w) && !listed(w))) break;
      kept++;
    }
    const name = words.slice(0, kept).join(' ').replace(new RegExp(`[ \\t]+${PARTICLE}$`, 'u'), '');
    if (name) push(out, m.indices![1][0], m.indices![1][0] + name.length);
  }
  if (/[a-z]/.test(scan) && !/\p{Lu}/u.test(scan.slice(0, 400).replace(/\bI\b/g, ''))) lowerCase(scan, out);
  else for (const m of allMatches(scan, ROLE_LOWER)) if (plainListed(m[1]) && !isWord(m[1])) push(out, m.indices![1][0], m.indices![1][1]);
}

function lowerCase(scan: string, out: Candidate[]): void {
  for (const m of allMatches(scan, ADDRESSED)) if (plainListed(m[1]) && !isWord(m[1])) push(out, m.indices![1][0], m.indices![1][1]);
  for (const m of allMatches(scan, ROLE_LOWER)) if (lowerNameLike(m[1])) push(out, m.indices![1][0], m.indices![1][1]);
}

// ── Chat logs (both languages) ───────────────────────────────────────────────────────────────────────
const SURNAME_CLASS = `[${SURNAMES}]`;
const isSurname = (c: string) => SURNAMES.includes(c);
/** A Chinese name of two or three characters: a surname and a given name, or a given name alone. */
function chineseNameLike(name: string): boolean {
  if (!plausible(name)) return false;
  if (name.length === 2 && looksLikeGivenName(name)) return true;
  return isSurname(name[0]) && looksLikeGivenName(name.slice(1));
}
// A nickname a chat log or a post calls a friend by: 小美, 阿明, 大刘, 老周.
const chineseNickname = (name: string) => name.length === 2 && ((/^[小阿]/.test(name) && !NOT_PEER_NAME.test(name) && plausible(name)) || (/^[老大]/.test(name) && isSurname(name[1])));
const NOT_A_SPEAKER = /^(?:Doctor|Patient|Nurse|Me|Mum|Mom|Dad|Question|Answer|Reply|Update|Note|Edit)$/;

function speakers(scan: string, out: Candidate[]): void {
  if (!/[:：]/.test(scan) || !scan.includes('\n')) return;
  const lines = allMatches(scan, SPEAKER_LINE).filter((m) =>
    /^\p{Lu}/u.test(m[1]) ? !NOT_A_SPEAKER.test(m[1]) && (listed(m[1]) || !isWord(m[1])) && !ORGANISATION.has(m[1])
    : /^\p{Ll}/u.test(m[1]) ? listed(m[1]) && !NOT_A_SPEAKER.test(m[1][0].toUpperCase() + m[1].slice(1))
    : chineseNameLike(m[1]) || chineseNickname(m[1]));
  if (lines.length < 2 || new Set(lines.map((m) => m[1])).size < 2) return;
  for (const m of lines) push(out, m.indices![1][0], m.indices![1][1]);
  // A nickname addressed right after a speaker's colon (小美：阿明，你媽媽…).
  for (const m of allMatches(scan, ADDRESSED_AFTER_SPEAKER)) if (chineseNickname(m[1]) || chineseNameLike(m[1])) push(out, m.indices![1][0], m.indices![1][1]);
}
const ADDRESSED_AFTER_SPEAKER = /(?:^|\n)[ \t]*[\u4e00-\u9fff]{2,3}[ \t]*[:：][ \t]*([\u4e00-\u9fff]{2,3}?)(?=[，,])/dgu;

// ── Chinese ──────────────────────────────────────────────────────────────────────────────────────────
const HAN = '[\\u4e00-\\u9fff]';
const SURNAME = `(?:${COMPOUND_SURNAMES}|${SURNAME_CLASS})`;
// People met through the illness, the group or work, before a name, perhaps with 是/叫 between.
const PEER = '病友|糖友|腎友|肾友|癌友|網友|网友|群友|群主|管理員|管理员|版主|閨蜜|闺蜜|好友|朋友|同事|同學|同学|室友|鄰居|邻居|學長|学长|學姊|学姐|學姐|師兄|师兄|師姐|师姐|教練|教练|治療師|治疗师|復健師|康复师|營養師|营养师|社工';
const PEER_NAME = new RegExp(`(?:${PEER})(?:是|叫|就是|叫做)?\\s*([小阿]${HAN}|老${SURNAME_CLASS}|${SURNAME}${HAN}{1,2}?)(?=$|[\\s,，。.!！?？;；、()（）]|[介推告說说也跟和帶带陪教幫帮]|的)`, 'dgu');
const NOT_PEER_NAME = /^(?:小[兒儿孩姐朋心时時学學组組孩]|阿[姨伯公嬤嬷婆祖])/;
// A name signing the post off at its very end, after a sentence's close: …有糖尿病。陳文華 / 曾孫宥辰敬上 / …交流～一一.
const SIGNING_KIN = '曾孫|曾孙|曾孫女|曾孙女|孫子|孙子|孫女|孙女|外孫|外孙|外孫女|外孙女|女兒|女儿|兒子|儿子|學生|学生|病友|網友|网友|晚輩|晚辈';
const END_SIGNOFF = new RegExp(`(?:^|[。！？!?～~…\\n)）]|\\.[ \\t])[ \\t]*(${SIGNING_KIN})?(${HAN}{2,3}?)(敬上|敬啟|敬启|拜上|謹上|谨上|上|留|筆|笔)?[ \\t]*[。.!！]?[ \\t]*$`, 'du');
const DOUBLED_END = /[～~…。！!]\s*(([\u4e00-\u9fff])\2)\s*$/du;
const NOT_A_DOUBLED_NAME = /^(?:谢谢|謝謝|哈哈|呵呵|嘿嘿|嘻嘻|嗯嗯|拜拜|急急|求求|多多|好好|慢慢|常常|看看|试试|試試|等等|刚刚|剛剛|天天|偷偷|悄悄|早早|么么|麼麼|棒棒|加加|顶顶|頂頂|咳咳|呜呜|嗚嗚)$/;
const NICKNAME_DOUBLED = new Set('一豆朵贝貝妞囡果糖圆圓乐樂甜萌宝寶'.split(''));
// The person to contact for a patient: 家属赵丽, 紧急联系人：周敏, 监护人王建军.
const CONTACT_ROLE = new RegExp(`(?:落款|署名|代筆|代笔|家属|家屬|緊急聯絡人|緊急聯繫人|紧急联系人|联系人|聯繫人|监护人|監護人|陪同人|陪诊人|陪診人|代理人|签字人|簽字人|委托人|委託人|配偶|户主|戶主)\\s*[:：]?\\s*(${SURNAME}${HAN}{1,2}?)(?=$|[，,。.、；;\\s(（]|电话|電話|手机|手機|联系|聯絡|聯繫|微信)`, 'dgu');
// A full name standing alone as a clause, beside the word of an identifier the post gives (身份证…，陈晓东，乙肝…).
const CLAUSE_NAME = new RegExp(`(?:^|[，,；;。\\n])\\s*(${SURNAME}${HAN}{1,2})\\s*(?=[，,；;])`, 'dgu');
const IDENTIFIER_WORD = /身份证|身分證|身份證|身分证|电话|電話|手机|手機|邮箱|郵箱|信箱|病历|病歷|病案|医保|醫保|健保|社保|微信|地址|住址|LINE|住院号|住院號|门诊号|門診號/;
// A letter's or notice's addressee: 致周建华先生, 尊敬的李淑芬女士.
const ADDRESSEE = new RegExp(`(?:致|敬愛的|敬爱的|親愛的|亲爱的|尊敬的)\\s*(${SURNAME}${HAN}{1,2}?)(?=先生|女士|小姐|老師|老师|同學|同学|家長|家长|病友|[:：，,])`, 'dgu');
// A full name before a title the older rules lack: 王芳护士长说, 陳怡君藥師.
const SENIOR_TITLE = '护士长|護士長|護理長|护理长|藥師|药师|營養師|营养师|治療師|治疗师|心理師|心理师|社工師|社工师|技師|技师|副主任|主治醫師|主治医师|副院長|副院长|科長|科长|醫檢師|医检师|' +
  // Session 11 round 2: 孙立大夫, 吳秀英護理師.
  '大夫|護理師|护理师|個管師|个管师|衛教師|卫教师';
const COMPOUND_START = new RegExp(`^(?:${COMPOUND_SURNAMES})`, 'u');
const NEW_TITLE = /^(?:大夫|護理師|护理师|個管師|个管师|衛教師|卫教师)/;
const FULL_NAME_SENIOR = new RegExp(`(?:^|[^\\u4e00-\\u9fff]|[的是給给跟和問问找請请位說说了看被讓让向叫幫帮到由])(${SURNAME}${HAN}{1,2}?)(?=${SENIOR_TITLE})`, 'dgu');
// Session 11 round 2: a clinician's title, then the full name signing the notice (乳房外科個管師 蘇怡萱), and a name
// greeted at the very start of a message (佩珊您好，…).
const TITLE_THEN_NAME = new RegExp(`(?:個管師|个管师|護理師|护理师|衛教師|卫教师|藥師|药师|營養師|营养师|社工師|社工师|醫師|医师)[ \\t]*[:：]?[ \\t]+(${SURNAME}${HAN}{1,2})(?=[ \\t]*(?:$|[\\n。.！!，,]))`, 'dgu');
const GREETED_AT_START = /^[ \t]*([\u4e00-\u9fff]{2,3})(?=[ \t]*(?:您好|你好))/du;
// A surname with 某, as records and news hide a name and askers copy them: 患者吴某, 陈某某.
const SURNAME_MOU = new RegExp(`(?:患者|病人|病患|家属|家屬|男子|女子|老人|孕妇|孕婦|产妇|產婦|伤者|傷者|当事人|當事人|^|[，,。；;\\s：:])(${SURNAME_CLASS}某(?:某|人)?)(?![些种種个個天位次处處一地类類样樣方项項段时時])`, 'dgu');

// A name with who they are to the writer in brackets after it: 小林（我同事）, 陳美華（我媽）.
const BRACKETED_RELATION = new RegExp(`([小阿老]${HAN}|${SURNAME}${HAN}{1,2})\\s*[（(]\\s*(?:我的?|我們的|我们的)?\\s*(?:${PEER}|媽|妈|爸|媽媽|妈妈|爸爸|老公|老婆|先生|太太|女兒|女儿|兒子|儿子|哥哥|姐姐|弟弟|妹妹|外婆|外公|奶奶|爺爺|爷爷|阿嬤|阿嬷|阿公|男友|女友|表姐|表哥)\\s*[）)]`, 'dgu');

function chineseSession11(scan: string, out: Candidate[]): void {
  if (!/[\u4e00-\u9fff]/.test(scan)) return;
  const pushM = (m: RegExpExecArray) => push(out, m.indices![1][0], m.indices![1][1]);
  for (const m of allMatches(scan, PEER_NAME)) {
    const name = m[1];
    if (NOT_PEER_NAME.test(name) || !plausible(name)) continue;
    if (/^[小阿老]/.test(name) || chineseNameLike(name)) pushM(m);
  }
  const tail = scan.slice(Math.max(0, scan.length - 24));
  const tailAt = scan.length - tail.length;
  const end = END_SIGNOFF.exec(tail);
  if (end) {
    // With 敬上 or the writer's kin word before it any plausible name is believed; alone it must look like a name.
    const name = end[2];
    const signed = end[3] !== undefined && end[3].length === 2;
    const kin = end[1] !== undefined;
    if ((signed || kin ? plausible(name) && !/[的了是在有]/.test(name) : chineseNameLike(name))) push(out, tailAt + end.indices![2][0], tailAt + end.indices![2][1]);
  }
  const doubled = DOUBLED_END.exec(tail);
  if (doubled && !NOT_A_DOUBLED_NAME.test(doubled[1]) && (GIVEN_NAME_CHARACTERS.has(doubled[2]) || NICKNAME_DOUBLED.has(doubled[2]))) {
    push(out, tailAt + doubled.indices![1][0], tailAt + doubled.indices![1][1]);
  }
  for (const m of allMatches(scan, CONTACT_ROLE)) if (plausible(m[1])) pushM(m);
  if (IDENTIFIER_WORD.test(scan)) {
    for (const m of allMatches(scan, CLAUSE_NAME)) {
      const near = scan.slice(Math.max(0, m.index! - 40), m.index! + m[0].length + 40);
      const given = m[1].slice(1);
      if (IDENTIFIER_WORD.test(near) && plausible(m[1]) && [...given].some((c) => GIVEN_NAME_CHARACTERS.has(c))) pushM(m);
    }
  }
  for (const m of allMatches(scan, ADDRESSEE)) if (plausible(m[1])) pushM(m);
  for (const m of allMatches(scan, FULL_NAME_SENIOR)) {
    // Before 大夫 and the round-2 titles the name must look like one (麻烦大夫, 管床大夫 are requests and roles).
    const round2 = NEW_TITLE.test(scan.slice(m.indices![1][1], m.indices![1][1] + 3));
    if (plausible(m[1]) && m[1].length >= 2 && (!round2 || chineseNameLike(m[1]) || (COMPOUND_START.test(m[1]) && m[1].length > 2))) pushM(m);
  }
  if (/[（(]/.test(scan)) for (const m of allMatches(scan, BRACKETED_RELATION)) if (plausible(m[1]) && !NOT_PEER_NAME.test(m[1]) && (/^[小阿老]/.test(m[1]) || chineseNameLike(m[1]))) pushM(m);
  for (const m of allMatches(scan, TITLE_THEN_NAME)) if (plausible(m[1]) && chineseNameLike(m[1])) pushM(m);
  const greeted = GREETED_AT_START.exec(scan);
  if (greeted && plausible(greeted[1]) && (chineseNameLike(greeted[1]) || looksLikeGivenName(greeted[1]))) push(out, greeted.indices![1][0], greeted.indices![1][1]);
  if (scan.includes('某')) for (const m of allMatches(scan, SURNAME_MOU)) pushM(m);
}

export function namesSession11(scan: string): Candidate[] {
  const out: Candidate[] = [];
  englishSession11(scan, out);
  speakers(scan, out);
  chineseSession11(scan, out);
  return out;
}
