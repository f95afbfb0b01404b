import { looksLikeGivenName, GIVEN_NAME_CHARACTERS } from './given-name-characters.js';
import { allMatches, type Candidate } from './kinds.js';
import { KIN, plausible } from './people-zh.js';
import { SURNAMES } from './surnames.js';

// Session 10 (set v12's classes), Chinese names the other frames leave: given names without a surname, and full names
// where nothing but the sentence's shape frames them.
// - a given name opening the post or a sentence, before a time word or before 的 and a kin word: 家豪前天…, 佩珊的爸爸…;
// - a given name after a kin word, before the person's age: 外公添財今年八十八;
// - a sign-off after a dash, with the writer's role first (—— 病友小梅, —— 糖友老陈，) or one character alone (— 琳);
// - 我 straight before a full name and a pause (我郭志豪，…), a full name opening a sentence before contact details
//   (王芳，邮箱 …), and a full name after the word for a parcel's or a form's person (收件人黄志强。).

const HAN = '[\\u4e00-\\u9fff]';
const SURNAME_CLASS = `[${SURNAMES}]`;
const TIME_OR_TELLING = '昨天|今天|前天|最近|上週|上周|上禮拜|上礼拜|上個月|上个月|去年|從小|从小|一直|突然|每天|剛剛|刚刚|早上|晚上';
const KIN_AFTER_的 = '媽媽|妈妈|爸爸|老公|老婆|先生|太太|兒子|儿子|女兒|女儿|奶奶|爺爺|爷爷|外婆|外公|阿嬤|阿嬷|阿公|小孩|孩子|寶寶|宝宝';
// Words made of name characters that open sentences (国家最近…, 英文的…, 凌晨一直咳): places, times of day and seasons,
// and the frequent words of the seed questions and answers whose characters all pass looksLikeGivenName (信心, 家庭, 希望…).
const NOT_A_GIVEN_NAME = new Set(
  ('国家 國家 祖国 祖國 英文 中文 大家 人家 自家 老家 家人 家庭 新冠 冠心 台灣 台湾 中国 中國 美国 美國 ' +
    '凌晨 清晨 早晨 傍晚 夜晚 春天 夏天 秋天 冬天 冬季 夏季 春季 秋季 春夏 夏秋 秋冬 ' +
    '信心 水平 彩超 舒畅 舒暢 丰富 豐富 平稳 平穩 希望 通畅 通暢 强烈 強烈 镇静 鎮靜 明白 清洁 清潔 依然 富贵 富貴 政策 青春 ' +
    '旺盛 真正 培育 美容 明亮 光明 美好 安康 平和 和平 文明 文化 清楚 清新 清淡 安心 放心 开心 開心 真心 爱心 愛心').split(' '),
);

// …, before what they say or their age too (志明說…, 志明今年35歲).
const OPENS_WITH_GIVEN = new RegExp(`(?:^|[。！？!?\\n])\\s*(${HAN}{2})(?=${TIME_OR_TELLING}|說|说|跟我說|跟我说|(?:今年|現年|现年)\\s*\\d|的(?:${KIN_AFTER_的}))`, 'dgu');
const KIN_GIVEN_AGE = new RegExp(`(?:${KIN}|阿嬤|阿嬷|阿公|外婆|外公)(${HAN}{2})(?=(?:今年|現年|现年)\\s*(?:\\d|[一二三四五六七八九十百])|[，,]\\s*\\d{1,3}\\s*[歲岁])`, 'dgu');
// The writer's role before a sign-off's name.
const SIGNOFF_ROLE = '病友|糖友|肾友|腎友|癌友|網友|网友|家屬|家属|病患|患者|一位|一個|一个|寶媽|宝妈|新手媽媽|新手妈妈';
const DASH_SIGNOFF = new RegExp(
  `(?:^|[\\n。.!！?？)）]\\s*|[ \\t])(?:—{1,2}|–{1,2}|-{1,2})\\s*(?:${SIGNOFF_ROLE})?\\s*(阿${HAN}|小${HAN}|老${SURNAME_CLASS}|${HAN}{1,3}?)(?=\\s*[，,。.!！]|\\s*$)`,
  'dgu',
);
// (A surname and one character only before the sex or an age: "我周杰，男，45岁"; "我高兴。" is glad.)
const I_THEN_FULL_NAME = new RegExp(`(?:^|[，,。！？!?\\s])我(${SURNAME_CLASS}${HAN}{2}(?=[，,。])|${SURNAME_CLASS}${HAN}(?=[，,]\\s*(?:[男女]|\\d{1,3}\\s*[歲岁])))`, 'dgu');
const FULL_NAME_THEN_CONTACT = new RegExp(
  `(?:^|[。！？!?\\n])\\s*(${SURNAME_CLASS}${HAN}{1,2})(?=[，,]\\s*(?:邮箱|郵箱|信箱|電郵|电邮|email|Email|E-mail|e-mail|電話|电话|手机|手機|微信|LINE|Line|联系|聯絡|聯繫))`,
  'dgu',
);
const CONTACT_WORD = /邮箱|郵箱|信箱|電郵|电邮|mail|電話|电话|手机|手機|微信|LINE|Line|联系|聯絡|聯繫/i;
const RECIPIENT = new RegExp(`(?:收件人|收貨人|收货人|寄件人|申請人|申请人|投保人|被保險人|被保险人|被保人|聯絡人|联络人|簽收人|签收人|就診人|就诊人|受檢人|受检人)\\s*[:：]?\\s*(${SURNAME_CLASS}${HAN}{1,2})(?=$|[，,。.、；;\\s(（])`, 'dgu');
// A sign-off's one character alone must be a given name's.
const oneCharacterName = (name: string) => name.length === 1 && GIVEN_NAME_CHARACTERS.has(name);
const twoCharacterGiven = (name: string) => !NOT_A_GIVEN_NAME.has(name) && looksLikeGivenName(name) && plausible(name);

export function bareChineseGivenNames(scan: string): Candidate[] {
  const out: Candidate[] = [];
  if (!/[\u4e00-\u9fff]/.test(scan)) return out;
  const push = (m: RegExpExecArray) => out.push({ kind: 'name', start: m.indices![1][0], end: m.indices![1][1] });
  for (const m of allMatches(scan, OPENS_WITH_GIVEN)) if (twoCharacterGiven(m[1])) push(m);
  if (/今年|現年|现年|[歲岁]/.test(scan)) for (const m of allMatches(scan, KIN_GIVEN_AGE)) if (plausible(m[1]) && !NOT_A_GIVEN_NAME.has(m[1])) push(m);
  if (/[—–-]/.test(scan)) {
    const dashes = allMatches(scan, DASH_SIGNOFF);
    for (const m of dashes.length === 1 ? dashes : []) {
      if (scan.length - m.index! > 80) continue;
      const name = m[1];
      const withRole = m[0].replace(/^[\s\S]*?(?:—|–|-)+\s*/, '').length > name.length;
      if (/^[阿小老]/.test(name) ? plausible(name) : oneCharacterName(name) || (withRole && plausible(name) && name.length <= 3)) push(m);
    }
  }
  for (const m of scan.includes('我') ? allMatches(scan, I_THEN_FULL_NAME) : []) if (plausible(m[1]) && looksLikeGivenName(m[1].slice(1))) push(m);
  // (小 opens a given name here too: 王小红，邮箱….)
  const givenPart = (given: string) => looksLikeGivenName(given) || (given.length === 2 && given[0] === '小' && GIVEN_NAME_CHARACTERS.has(given[1]));
  for (const m of CONTACT_WORD.test(scan) ? allMatches(scan, FULL_NAME_THEN_CONTACT) : []) if (plausible(m[1]) && givenPart(m[1].slice(1))) push(m);
  for (const m of scan.includes('人') ? allMatches(scan, RECIPIENT) : []) if (plausible(m[1])) push(m);
  return out;
}
