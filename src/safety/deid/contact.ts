import { matches, type Candidate, type Detector } from './kinds.js';
import { spelledDigitRuns } from './spelled-digits.js';
import { englishWords } from '../../lexicon/english-words.js';

// Every part is length-bounded (as RFC 5321 bounds them), so a long run of dots or dashes costs linear time,
// not quadratic: a body can be 20,000 characters.
const EMAIL = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}\b/g;

// Scheme or www., or a bare domain on a common top-level domain followed by a path ("bit.ly/x").
// Session 8: messaging apps' schemes too (weixin://, whatsapp://).
const URL =
  /\b(?:https?:\/\/|www\.|(?:weixin|wechat|whatsapp|line|tg|viber|skype|fb-messenger):\/\/)[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+|\b[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,6}\.(?:com|org|net|edu|gov|io|ly|tw|cn|uk|info|me|co|hk|ee|app|dev|site|blog|xyz|ca|au|de|fr|jp|kr|sg|my|in|us|tv|gg)(?:\.[a-z]{2})?\/[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]*/gi;

// A bare personal site without a path ("mariajose-cocinaysalud.com", "my-recovery-blog.net"): only when the name
// has a hyphen or digits or is long, so "WebMD.com" style brand mentions need a path or scheme to go.
const BARE_DOMAIN =
  /(?<![\w@.\/-])[a-z0-9]+(?:-[a-z0-9]+)+\.(?:com|org|net|io|me|co|blog|info|tw|cn|uk|ca|es|de|fr)(?:\.[a-z]{2})?(?![\w@\/-]|\.[a-z])/gi;

// A site on a blogging host, with no path ("priyasugarjourney.wordpress.com"): the subdomain is the person's.
const BLOG_HOST =
  /(?<![\w@.\/-])[a-z0-9][a-z0-9-]{1,62}\.(?:wordpress|blogspot|substack|tumblr|wixsite|weebly|medium|github|pixnet|mystrikingly|carrd)\.(?:com|io|net|co)(?![\w@-]|\.[a-z])/gi;

// Written out to dodge spam bots: "jane.doe at gmail dot com", "tom dot hughes at outlook dot com",
// "jdoe [at] proton [dot] me", "k.obrien[at]protonmail.com", "ruby0312 at yahoo.com.tw". The local part may be
// spelled with " dot " too; the domain's dots may be real, spelled or bracketed.
const SPELLED_AT = '(?:\\s*(?:\\[at\\]|\\(at\\)|\\{at\\}|<at>)\\s*|\\s+at\\s+)';
const SPELLED_DOT = '(?:\\s*(?:\\[dot\\]|\\(dot\\)|\\{dot\\}|<dot>)\\s*|\\s+dot\\s+|\\.)';
const MAIL_TLD = 'com|net|org|edu|gov|io|me|co|uk|tw|cn|de|fr|ca|au|nz|hk|sg|in|jp|kr|my|ie|nl|es|it|ch|se|ru|br|mx|za|ph|no|dk|fi|is|pl|pt|be|cz|gr|il|ar|cl|tr|vn|th|ng|ke|eg|pk|lk|ae|sa';
// Session 10: a part of the login may be followed by its digits apart, typed or in words ("r dot patel 77",
// "marcus underscore b eighty-eight").
const EN_NUMBER_WORD = '(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
const LOGIN_DIGITS = `(?:\\s+(?:\\d{1,8}|${EN_NUMBER_WORD}(?:-${EN_NUMBER_WORD})?)){0,3}`;
const SPELLED_EMAIL = new RegExp(
  `(?<![\\w.@-])([A-Za-z0-9_%+-][A-Za-z0-9._%+-]{0,63}(?:\\s+(?:dot|underscore|dash|hyphen)\\s+[A-Za-z0-9_%+-]{1,64}${LOGIN_DIGITS}){0,3})(${SPELLED_AT})` +
    `([A-Za-z0-9-]{1,63}(?:${SPELLED_DOT}[A-Za-z0-9-]{1,63}){0,3}${SPELLED_DOT}(?:${MAIL_TLD}))(?![\\w-]|\\.[A-Za-z0-9])`,
  'gi',
);
// A plain " at " before a domain with real dots is also how places are named ("look at webmd.com", "I was at
// Kaiser.org"): it is an e-mail only when the spelling is spelled throughout ("x dot y at z dot com"), the local part
// looks like a login (digits, dots, underscores) or the domain is a mail host.
const MAIL_HOST = /^(?:g(?:oogle)?mail|yahoo|ymail|outlook|hotmail|live|msn|icloud|me|mac|aol|proton(?:mail)?|pm|gmx|yandex|mail|zoho|fastmail|qq|163|126|yeah|sina|sohu|foxmail|hinet|ms\d+\.hinet|seed|pchome|naver|daum|btinternet|sky|virginmedia|bigpond|optusnet|shaw|rogers|sympatico|comcast|verizon|att|sbcglobal)[.\s[(]/i;
function isSpelledEmail(m: RegExpMatchArray): boolean {
  const [, local, at, domain] = m;
  if (!/^\s+at\s+$/i.test(at)) return true;
  if (/\s(?:dot|underscore|dash|hyphen)\s/i.test(local) || /\sdot\s|\[dot\]|\(dot\)/i.test(domain)) return true;
  // A year or a count before "at www.cdc.gov" is not a login.
  if (/^\d+$/.test(local) || /^www[.\s]/i.test(domain)) return false;
  return /[\d._]/.test(local) || MAIL_HOST.test(domain);
}
// A handle or a site after a social or blog word: "my insta is @mike.fit", "blog: janesmith.com", 小红书号：lily_2023,
// 微博 @小李飞刀 (a Chinese handle may be in Han characters after its @).
const AFTER_SOCIAL_WORD =
  /\b(?:insta(?:gram)?|ig|twitter|tiktok|threads|snap(?:chat)?|telegram|youtube|facebook|fb|blog|site|website|page|handle)\b(?:\s+(?:handle|account|page|is|at|name|id))*\s*[:：]?\s*(@[A-Za-z0-9_.]{2,30}|[A-Za-z0-9][A-Za-z0-9.-]{0,62}\.(?:com|net|org|io|me|co|blog|info|tw|cn|uk)(?:\.[a-z]{2})?\b)/gi;
// The Chinese words, searched only in text with Han characters (the u flag a Han handle needs is slower on every text).
const AFTER_CHINESE_SOCIAL_WORD =
  /(?:部落格|博客|網站|网站|臉書|脸书|微博|抖音|小紅書|小红书|(?<![A-Za-z])[Ii][Gg])\s*[:：]?\s*(@[\p{L}\p{N}_.]{2,30})|(?:臉書|脸书|微博|抖音|小紅書|小红书)(?:號|号|帳號|账号|ID|id)\s*(?:是|為|为)?\s*[:：]?\s*([A-Za-z][A-Za-z0-9_.-]{2,30}(?![A-Za-z0-9_.-]))/gu;

// A login " at " a mail host with no ending at all ("peter_w at hotmail", "li.na88 at qq"): the login must look like one.
// Its login may be spelled out too ("ngozi underscore e 91 at hotmail").
const AT_MAIL_HOST = /(?<![\w.@-])[A-Za-z0-9._%+-]{1,64}(?:\s+(?:underscore|dot|dash|hyphen)\s+[A-Za-z0-9]{1,32}(?:\s+(?:\d{1,8}|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?))?){0,3}\s+(?:at|\[at\]|\(at\))\s+(?:gmail|hotmail|yahoo|outlook|icloud|protonmail|proton|qq|163|126)\b(?!\s*(?:\.|\[dot\]|\(dot\)|dot\s)\s*\w)/gi;
// SPELLED_AT's forms (its " at " has white space both sides), for SPELLED_EMAIL, where each match holds one.
const SPELLED_AT_WORD = /\sat\s|\[at\]|\(at\)|\{at\}|<at>/i;
// Gates for the link patterns, each a part every match holds: a scheme's or a path's slash or "www.", a hyphened
// name's last part and its ending, a blog host between dots.
const URL_PART = /\/|www\./i;
const BARE_DOMAIN_PART = /-[a-z0-9]+\.(?:com|org|net|io|me|co|blog|info|tw|cn|uk|ca|es|de|fr)/i;
const BLOG_HOST_PART = /\.(?:wordpress|blogspot|substack|tumblr|wixsite|weebly|medium|github|pixnet|mystrikingly|carrd)\./i;
const MAIL_HOST_WORD = /gmail|hotmail|yahoo|outlook|icloud|protonmail|proton|qq|163|126/i;
const looksLikeLogin = (m: RegExpMatchArray) =>
  /\s(?:underscore|dot|dash|hyphen)\s/i.test(m[0]) || (/[\d._]/.test(m[0].split(/\s/)[0]) && !/^\d+$/.test(m[0].split(/\s/)[0]));

// In Chinese the dots are 点/點 and digits may be numerals: "wang点lei八八 at qq点com", "li点na＠163点com".
const ZH_DIGIT = '〇零一二三四五六七八九';
const CHINESE_SPELLED_EMAIL = new RegExp(
  // Spaces may stand around 点 ("sunyi 点 family 艾特 qq 点 com").
  `(?<![\\w.@-])[A-Za-z0-9_][A-Za-z0-9_.点點${ZH_DIGIT}]{0,63}(?:[ \\t]*[点點][ \\t]*[A-Za-z0-9_${ZH_DIGIT}]{1,63}){0,3}\\s*(?:@|\\bat\\b|艾特|小老鼠)\\s*[A-Za-z0-9${ZH_DIGIT}-]{1,63}(?:[ \\t]*[点點.][ \\t]*[A-Za-z0-9-]{1,63}){0,3}[ \\t]*[点點][ \\t]*(?:${MAIL_TLD})(?![\\w-])`,
  'gi',
);

// Session 10: a login that is no English word, its digits typed apart, before a spelled-out " at " ("jbrown 4 4 at
// hotmail dot com"); "was 77 at gmail dot com" keeps "was".
const LOGIN_THEN_SPACED_DIGITS = new RegExp(
  `(?<![\\w.@-])([A-Za-z][A-Za-z0-9._]{1,40})((?:[ \\t]+\\d{1,4}){1,4})[ \\t]+(?:at|\\[at\\]|\\(at\\))[ \\t]+[A-Za-z0-9-]{1,63}(?:${SPELLED_DOT}[A-Za-z0-9-]{1,63}){0,3}(?:${SPELLED_DOT}(?:${MAIL_TLD}))?(?![\\w-])`,
  'gi',
);
const loginIsNoWord = (m: RegExpMatchArray) => !englishWords().has(m[1].toLowerCase()) && (MAIL_HOST.test(m[0].split(/\s(?:at|\[at\]|\(at\))\s/i)[1] + ' ') || /\sdot\s/i.test(m[0]));

// Session 10: 艾特 / 小老鼠 for the @ with the domain's dots real ("zhangwei 艾特 qq.com"): the at-word alone marks it.
const CHINESE_AT_WORD_EMAIL = new RegExp(
  `(?<![\\w.@-])[A-Za-z0-9_][A-Za-z0-9_.]{0,63}[ \\t]*(?:艾特|小老鼠)[ \\t]*[A-Za-z0-9-]{1,63}(?:[ \\t]*[点點.][ \\t]*[A-Za-z0-9-]{1,63}){0,3}[ \\t]*[点點.][ \\t]*(?:${MAIL_TLD})(?![\\w-])`,
  'gi',
);

// Session 8: the @ written as a word between underscores ("maya_r_at_gmail.com") or as # / ＃ with the swap said
// beside it ("lin88#qq.com (#换成@)"): the domain must be a mail host, or the text must say the sign stands for @.
const UNDERSCORE_AT = new RegExp(`(?<![\\w.@-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}?_at_[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63}){0,3}\\.(?:${MAIL_TLD})(?![\\w-]|\\.[A-Za-z])`, 'g');
const HASH_AT = new RegExp(`(?<![\\w.@#＃-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}[#＃][A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63}){0,3}\\.(?:${MAIL_TLD})(?![\\w-]|\\.[A-Za-z])`, 'g');
const HASH_MEANS_AT = /[#＃]\s*(?:换成|換成|改成|改為|改为|=|means|is|→|->)\s*[@＠]|[@＠]\s*(?:换成|換成|改成)\s*[#＃]|replace\s+#\s+with\s+@/i;
const hashDomainIsMailHost = (m: RegExpMatchArray) => MAIL_HOST.test(m[0].split(/[#＃]/)[1] + '.');

export const detectEmails: Detector = (scan) => [
  ...(scan.includes('_at_') ? matches(scan, UNDERSCORE_AT, 'email') : []),
  ...(/[#＃]/.test(scan) ? matches(scan, HASH_AT, 'email', 0, (m) => HASH_MEANS_AT.test(scan) || hashDomainIsMailHost(m)) : []),
  ...(/[点點]/.test(scan) ? matches(scan, CHINESE_SPELLED_EMAIL, 'email') : []),
  ...(/艾特|小老鼠/.test(scan) ? matches(scan, CHINESE_AT_WORD_EMAIL, 'email') : []),
  // Gates for long texts: EMAIL has a literal @, AT_MAIL_HOST one of its mail hosts (same flags, so the same case rule).
  ...(scan.includes('@') ? matches(scan, EMAIL, 'email') : []),
  ...(SPELLED_AT_WORD.test(scan) ? matches(scan, SPELLED_EMAIL, 'email', 0, isSpelledEmail) : []),
  ...(MAIL_HOST_WORD.test(scan) ? matches(scan, AT_MAIL_HOST, 'email', 0, looksLikeLogin) : []),
  ...(/\d[ \t]+(?:at|\[at\]|\(at\))[ \t]/i.test(scan) ? matches(scan, LOGIN_THEN_SPACED_DIGITS, 'email', 0, loginIsNoWord) : []),
];

export const detectUrls: Detector = (scan) =>
  [
    ...(URL_PART.test(scan) ? matches(scan, URL, 'url') : []),
    ...(BARE_DOMAIN_PART.test(scan) ? matches(scan, BARE_DOMAIN, 'url') : []),
    ...(BLOG_HOST_PART.test(scan) ? matches(scan, BLOG_HOST, 'url') : []),
    ...matches(scan, AFTER_SOCIAL_WORD, 'url', 1),
    ...(/[\u4e00-\u9fff]/.test(scan) ? [1, 2].flatMap((group) => matches(scan, AFTER_CHINESE_SOCIAL_WORD, 'url', group)) : []),
  ].map((c) => {
    // Sentence punctuation after a link belongs to the sentence.
    let end = c.end;
    while (end > c.start && /[.,;:!?)'\]]/.test(scan[end - 1])) end--;
    return { ...c, end };
  });

const SEP = '[\\s.-]?';
const PHONES: RegExp[] = [
  // International: +886 912 345 678, +44 20 7946 0958, +1-617-555-0142, +86 139-1234-5678
  /\+\d{1,3}[\s.-]?(?:\(?\d{1,4}\)?[\s.-]?){1,4}\d{2,4}(?!\d)/g,
  // North America: (415) 555-0132, 650.253.0001, 1-800-555-0199, 555-867-5309
  /(?<![\d/])(?:1[\s.-])?(?:\(\d{3}\)[\s-]?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?![\d/])/g,
  // Taiwan mobile: 0912-345-678, 0987654321
  new RegExp(`(?<![\\d/])09\\d{2}${SEP}\\d{3}${SEP}\\d{3}(?![\\d/])`, 'g'),
  // Mainland mobile: 13912345678, 138 0013 8000, 186-1234-5678
  new RegExp(`(?<![\\d/.])1[3-9]\\d${SEP}\\d{4}${SEP}\\d{4}(?![\\d/])`, 'g'),
  // UK mobile: 07700 900123, 07911-123-456
  /(?<![\d/])07\d{3}[\s-]?\d{3}[\s-]?\d{3}(?![\d/])/g,
  // UK landline with a four- or five-digit area code: 01632 960 782, 0113 496 0000, 020 7946 0958
  /(?<![\d/])0[12]\d{2,3}[\s-]?\d{3}[\s-]?\d{3,4}(?![\d/])/g,
  // Australian mobile: 0412 345 678
  /(?<![\d/])04\d{2}[\s-]?\d{3}[\s-]?\d{3}(?![\d/])/g,
  // French: 06 12 34 56 78, 01.42.68.53.00
  /(?<![\d/.])0[1-9](?:[\s.]\d{2}){4}(?![\d/])/g,
  // Landlines with an area code: (02)2345-6789, 02-2712-3456, 021-6543-2100, 0755-8888 6666
  /(?<![\d/])(?:\(0\d{1,3}\)\s?|0\d{1,3}[\s-])\d{3,4}[\s-]?\d{4}(?![\d/])/g,
  // Session 7 round 2: a North American number whose last four digits are spaced apart ("617 555 0 1 9 2").
  /(?<![\d/.])\d{3} \d{3} (?=(?:\d ?){3}\d)(?:\d{1,2} ){1,3}\d{1,3}(?![\d/.]| \d)/g,
];
// Session 10: a North American number typed with spaces inside its brackets and around its dash, its digits perhaps
// apart ("( 415 ) 555 - 0 1 7 7"), and without brackets, its groups apart by spaced dashes or dots ("415 - 555 - 0177").
// Each with a part every match holds, tested first (every pattern run costs even on an empty text).
const SPACED_PHONES: [RegExp, RegExp][] = [
  [/\(/, /\((?<![\d/]\()[ \t]{0,2}\d{3}[ \t]{0,2}\)[ \t]{0,2}(?:\d ?){2}\d[ \t]{0,2}[-.]?[ \t]{0,2}(?:\d ?){3}\d(?![\d/])/g],
  [/\d[ \t][-.][ \t]/, /(?<![\d/.])\d{3}[ \t]{1,2}[-.][ \t]{1,2}\d{3}[ \t]{1,2}[-.][ \t]{1,2}\d{4}(?![\d/])/g],
];
// After a phone word any 7–15 digit run is a number to call, whatever its shape.
const PHONE_AFTER_WORD =
  /(?:phone|tel|telephone|mobile|cell|call me|\bcall\b|\btext\b|\bsms\b|\bmy (?:number|no\.)|text me|\bring\b|reached on|reached at|reach (?:me|us|her|him|them) (?:on|at)|whatsapp|line id|电话|電話|手机|手機|座机|座機|市话|市話|联系|聯絡|聯繫|微信)[^\d+]{0,12}(\+?\d[\d\s().-]{5,18}\d)/gi;

function digitCount(s: string): number {
  return s.replace(/\D/g, '').length;
}

// An extension after the number is part of it: "ext. 204", ", ext 3417", "x12", 分機 218, 轉6601, 转 302.
const EXTENSION = /\s*,?\s*(?:ext\.?|extn\.?|extension|x|分機|分机|轉|转|內線|内线)\s*[:#]?\s*\d{1,6}(?![\d.,:\/]\d|\d|\s*(?:mg|ml|mcg|times|days?|weeks?|tablets?|pills?)\b)/iy;

function withExtension(scan: string, c: Candidate): Candidate {
  EXTENSION.lastIndex = c.end;
  const m = EXTENSION.exec(scan);
  return m ? { ...c, end: c.end + m[0].length } : c;
}

// Session 12: a local number of seven digits is too short to be believed alone (a lot or a code has the shape), but an
// extension after it says it is a line to call: "555-0178 x4471", "555.0142 ext. 12".
// (An exchange opens with 2–9, and a bare "x" needs two digits glued to it: "100-1000 x3" is a range and a count.)
const LOCAL_WITH_EXTENSION = /(?<![\d.,\/:-])[2-9]\d{2}[-.]\d{4}(?=[ \t]*,?[ \t]*(?:(?:ext\.?|extn\.?|extension)[ \t]*[:#]?[ \t]*\d{1,6}|x\d{2,6})(?![\d^.,:\/]|[ \t]*(?:mg|ml|mcg|times|days?|weeks?|tablets?|pills?)\b))/gi;
const EXTENSION_GATE = /\d{4}[ \t]*,?[ \t]*(?:ext|x[ \t]*\d)/i;

// Session 12 round 2: a number right after a Chinese verb of calling (可以打9123 4567搵我, 请拨打 0912 345 678, 致电
// 2345 6789): 打 alone makes many words (打针, 打了3次), so only digits glued to it, or to 给我/我, count, eight or more.
const CALL_VERB_ZH = /(?:撥打|拨打|致電|致电|打)(?:給我|给我|我)?[ \t]?(\+?\d[\d \t-]{6,16}\d)(?![\d.%])/g;
const CALL_VERB_GATE = /[打電电]/;

export const detectPhones: Detector = (scan) => {
  const calls = CALL_VERB_GATE.test(scan) ? matches(scan, CALL_VERB_ZH, 'phone', 1, (m) => digitCount(m[1]) >= 8 && digitCount(m[1]) <= 15) : [];
  const out: Candidate[] = [];
  for (const p of PHONES) out.push(...matches(scan, p, 'phone', 0, (m) => digitCount(m[0]) >= 8 && digitCount(m[0]) <= 15));
  for (const [part, p] of SPACED_PHONES) if (part.test(scan)) out.push(...matches(scan, p, 'phone', 0, (m) => digitCount(m[0]) === 10));
  out.push(...matches(scan, PHONE_AFTER_WORD, 'phone', 1, (m) => digitCount(m[1]) >= 7 && digitCount(m[1]) <= 15));
  out.push(...spelledDigitRuns(scan), ...calls);
  if (EXTENSION_GATE.test(scan)) out.push(...matches(scan, LOCAL_WITH_EXTENSION, 'phone'));
  return out.map((c) => withExtension(scan, c));
};
