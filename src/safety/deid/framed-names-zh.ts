import { GIVEN_NAME_CHARACTERS, looksLikeGivenName } from './given-name-characters.js';
import { allMatches, type Candidate } from './kinds.js';
import { KIN, plausible } from './people-zh.js';
import { COMPOUND_SURNAMES, SURNAMES } from './surnames.js';

// ── Chinese names with no surname or no title, found by the frame around them: a given name right after a kin
// word (老公俊宏, 我女兒欣怡發燒, 閨蜜小芳), a full name after a verb of taking or telling someone (帶林志明去,
// 陪刘洋去, 跟老郑说), 阿/小 and one character before a verb of speech (阿傑說), a name before 他爸/她媽
// (建华他爸), a name after a role and a colon (病人：陈志强), and an English name after a kin word (我老婆Jenny).
// Since Chinese has no spaces, a two-character given name is believed only when both characters are name
// characters (given-name-characters.ts) and the word passes the ordinary-word checks of people-zh.ts.

const HAN = '[\\u4e00-\\u9fff]';
const SURNAME = `(?:${COMPOUND_SURNAMES}|[${SURNAMES}])`;
// Kin words beyond people-zh's that a given name follows: short forms (我弟宗翰), friends (閨蜜), someone else's kin,
// Cantonese and northern forms (我個仔俊賢, 我老豆陳志強, 俺娘桂英), birth order (二宝欣怡), neighbours (隔壁老王).
const MORE_KIN = '個仔|個女|老豆|老竇|阿媽|阿爸|俺娘|俺爹|俺媽|俺妈|俺爸|我娘|我爹|老婆大人|老公大人|大寶|大宝|二寶|二宝|三寶|三宝|老爸|老媽|老妈|小孩子|孩子|小孩|對象|对象|媳婦兒|媳妇儿|媳婦|媳妇|老伴|大姨|小姨|姨媽|姨妈|姨丈|姑丈|姑父|姨父|閨女|闺女|老大|老二|老三|老么|小孫子|小孙子|小孫女|小孙女|外孫女|外孙女|外孫|外孙|孫兒|孙儿|兒媳|儿媳|女婿|我們家|我们家|我家|咱家|我弟|我哥|我姐|我妹|閨蜜|闺蜜|死黨|死党|好友|他爸|她爸|他媽|她媽|他妈|她妈|他哥|她哥|他姐|她姐|他弟|她弟|他妹|她妹|他老婆|他太太|她老公|她先生|隔壁|鄰居|邻居|樓下|楼下|樓上|楼上|對門|对门';
// Longest first, so that 我姐姐美華 is read as 我姐姐 + 美華, not 我姐 + 姐美.
const ANY_KIN = `(?:${[...new Set(`${MORE_KIN}|${KIN}`.split('|'))].sort((a, b) => b.length - a.length).join('|')})`;

// One pass finds the kin words; what follows each is then read with anchored patterns:
// 老公俊宏今天… (two name characters), 阿嬤黃李美玉 / 他爸周德明 (a full name, perhaps with two surnames),
// 我老婆Jenny懷孕 (an English given name), 閨蜜小芳說 (a nickname).
const KIN_THEN = new RegExp(`(?:我的?)?(?:${ANY_KIN})\\s*`, 'gu');
const GIVEN_AFTER = new RegExp(`^${HAN}{2}`, 'u');
const FULL_AFTER = new RegExp(`^${SURNAME}${SURNAME}?(${HAN}{2})`, 'u');
// Session 8: a surname and one name character, when what follows is no name character (老婆李娜產後).
const FULL1_AFTER = new RegExp(`^${SURNAME}(${HAN})(?=${HAN}|[，,。、\\s]|$)`, 'u');
// Session 8: with its surname after a space (同事Kelvin Leung問).
const LATIN_AFTER = /^\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?(?!\p{sc=Latin})/u;
// 我妹妹(以晴)三歲: a name in brackets after the kin word.
const BRACKETED_AFTER = new RegExp(`^[（(]\\s*(${SURNAME}?(${HAN}{2}))\\s*[)）]`, 'du');
// Not the first two characters of 小寶貝/小宝宝 or 小孫子/小孙女 (我家小宝贝, 我家小孙子乐乐).
const NICKNAME_AFTER = new RegExp(`^[小阿]${HAN}(?![貝贝寶宝子女兒儿])`, 'u');
// 老爸老孫打鼾, 我同事老王說: 老 and a surname is how a grown man is called. 老 is also "always" and "long-standing"
// (我爸老咳嗽, 我爸老毛病, 老高血壓), so what follows must end the word: a pause, a verb or adverb, or where the body
// hurts (老趙糖尿病, 老王頭疼).
const OLD_SURNAME_AFTER = new RegExp(
  `^老[${SURNAMES}](?=$|[\\s,，。.!！?？;；:：、()（）]|[說说講讲也都的是在和跟今最昨前又就還还很每總总已打睡吃喝去來来要會会覺觉告問问叫讓让給给]|[糖心头頭胃腰腿膝肚咳得有患脚腳眼耳牙肩背手])`,
  'u',
);
// 带王建国去医院, 陪刘洋去复查, 跟老郑说, 叫小王来: someone taken along or told.
const TAKE_OR_TELL = '帶|带|陪|跟|和|與|与|叫|告訴|告诉|讓|让|給|给|載|载|送|找|問|问|約|约|扶|抱';
const TAKEN = new RegExp(
  `(?:${TAKE_OR_TELL})[着著]?\\s*(${SURNAME}(${HAN}{1,2}?)|老[${SURNAMES}]|[小阿]${HAN}|\\p{Lu}\\p{Ll}+|(${HAN}{2}))(?=去|來|来|到|說|说|講|讲|聊|一起|回家|看病|看醫|看医|檢查|检查|複診|复诊|複查|复查)`,
  'dgu',
);
// 我和美玲都有, 我跟志明说过: the asker and someone named by a given name.
const WITH_ME = new RegExp(`我(?:和|跟|與|与|同)(${HAN}{2})(?=都|一起|說|说|講|讲|去|是|也)`, 'dgu');
// 阿傑說…, 小芳说…, 老周講…: a nickname opening a sentence before a verb of speech.
const NICKNAME_SAYS = new RegExp(
  `(?:^|[。！？!?\\n，,；;：:\\s])([阿小]${HAN}|老[${SURNAMES}])(?=說|说|講|讲|告訴|告诉|覺得|觉得|問我|问我|叫我|跟我說|跟我说)`,
  'dgu',
);
// 俊宏說他頭痛: a given name opening a sentence before a verb of telling.
const GIVEN_SAYS = new RegExp(`(?:^|[。！？!?\\n，,；;\\s])(${HAN}{2})(?=說|说|跟我說|跟我说|告訴我|告诉我)`, 'dgu');
// 建华他爸…, 美玲她媽…: a name before someone's kin, opening a sentence.
const NAME_THEN_THEIR_KIN = new RegExp(`(?:^|[。！？!?\\n，,；;\\s])(${SURNAME}?(${HAN}{2}))(?=[他她](?:爸|媽|妈|哥|姐|弟|妹|老公|老婆|爺爺|爷爷|奶奶))`, 'dgu');
// 淑芬姐說要吃到一年半, 志明哥也這樣: a given name (perhaps with its surname) and the 姐/哥 that friends and
// neighbours are called by, before a verb of telling or a particle.
const NAME_THEN_SIBLING_TITLE = new RegExp(
  `(${SURNAME}?(${HAN}{2}))(?=(?:大姐|大哥|姐|哥|姊|嫂|阿姨)(?:說|说|講|讲|跟|告訴|告诉|也|都|的|叫|讓|让|問|问|推薦|推荐|介紹|介绍|覺得|觉得|[，,。]))`,
  'dgu',
);
// A post signed with a given name and 留 or 敬上 (…怎麼辦。佳蓉留), or as a child's parent (…谢谢！晓丽妈妈): the
// signature closes the text.
// A dash may open it and one character may say the parent (——糖糖妈); a pet name doubles a character (糖糖, 豆豆).
const SIGNED_AT_END = new RegExp(
  `(?:^|[。！？!?.\\n）)～~]\\s*)(?:——|—|--|-)?\\s*(${SURNAME}?(${HAN}{2}))(?:留|敬上|拜上|筆|笔|(?=媽媽|妈妈|爸爸|媽咪|妈咪|妈|媽|爸))(?:媽媽|妈妈|爸爸|媽咪|妈咪|妈|媽|爸)?\\s*[。.!！～~]?\\s*$`,
  'du',
);
// Doubled characters that are kin or ordinary words, not pet names (宝宝妈妈, 谢谢妈妈).
const DOUBLED_NOT_A_PET_NAME = /^(?:妈妈|媽媽|爸爸|哥哥|姐姐|姊姊|弟弟|妹妹|奶奶|爷爷|爺爺|婆婆|公公|叔叔|伯伯|舅舅|姑姑|宝宝|寶寶|娃娃|谢谢|謝謝|常常|天天|刚刚|剛剛|慢慢|渐渐|漸漸|偷偷|悄悄|好好|多多|人人|个个|個個)$/;
const isPetName = (word: string) => word.length === 2 && word[0] === word[1] && !DOUBLED_NOT_A_PET_NAME.test(word);
// 小美的媽媽：…, 小李的妈妈问: a child's nickname and 的 before the parent who writes.
const NICKNAME_OF_PARENT = new RegExp(
  `(?:^|[\\s。！？!?，,：:；;])([小阿]${HAN})的(?=媽媽|妈妈|媽|妈|爸爸|爸|奶奶|爺爺|爷爷|外婆|外公|阿嬤|阿嬷)`,
  'dgu',
);
// 我家二丫, 我们家大妞: a child called by birth order.
const BIRTH_ORDER_AFTER = new RegExp(`^[大二三四五六小][丫妞]`, 'u');
// 我是上周三找您看腰椎间盘突出的周晓燕，: the asker's full name closing a clause that says who they are.
const I_AM_THE_ONE = new RegExp(`我是[^，。！？,.!?\\n]{2,30}?的(${SURNAME}(${HAN}{1,2}))(?=[，,。.！!？?\\s]|$)`, 'dgu');
// 欧阳明，男，生于…: a record's opening line, a full name before the sex.
const NAME_THEN_SEX = new RegExp(`(?:^|[\\s。！？!?；;])(${SURNAME}(${HAN}{1,2}?))[，,、\\s]\\s*(?:男|女)(?=[，,、\\s性]|\\d|$)`, 'dgu');
// 我妹妹叫詩涵, 我爸爸是黃國強，, 我是家豪的媽媽: a relative's name after 叫/是, or the asker as someone's parent.
// Read after each kin word found (KIN_THEN), like the other anchored patterns.
const IS_CALLED_AFTER = new RegExp(`^(?:名叫|叫做|叫|是)\\s*(${SURNAME}?(${HAN}{2}))(?=$|[\\s,，。.!！?？;；、()（）]|今年|的)`, 'du');
const PARENT_OF = new RegExp(`我是\\s*(${SURNAME}?(${HAN}{2}))的(?:媽媽|妈妈|爸爸|媽|妈|爸|奶奶|爺爺|爷爷|外婆|外公|阿嬤|阿嬷|太太|老婆|老公|先生|女兒|女儿|兒子|儿子)`, 'dgu');
// 小名叫豆豆, 乳名妞妞, 綽號阿肥: a pet name after the word for one.
const PET_NAME = new RegExp(`(?:小名|乳名|暱稱|昵称|綽號|绰号|外號|外号)(?:叫做|叫|是|為|为)?\\s*[「“"]?\\s*((${HAN})\\2|[小阿]${HAN}|${HAN}{2})(?=$|[」”"\\s,，。.!！?？;；、()（）]|今年|\\d|[一二三四五六七八九十兩两]+\\s*[歲岁個个])`, 'dgu');
// 我和王建國都…, 給林雅婷的…, 幫陳冠宇掛號: a full name as the object of a preposition or verb of helping, closed by a
// particle or a pause. Both given characters must be name characters (跟高血壓 stays: 血 is none).
const FULL_NAME_OBJECT = new RegExp(`(?:[和跟給给與与替幫帮讓让找陪問问])(${SURNAME}(${HAN}{2}))(?=$|[，,。.、！!？?；;\\s的都也說说和跟掛挂打看])`, 'dgu');
// 病人：陈志强，: a name after a role and a colon.
const ROLE_COLON = new RegExp(`(?:病人|患者|病患|個案|个案|家屬|家属|聯絡人|联系人|聯繫人|申請人|申请人|簽名|签名|監護人|监护人|填表人)\\s*[:：]\\s*(${SURNAME}(${HAN}{1,2}?))(?=[，,。.、;；\\s(（]|$)`, 'dgu');

// Apps and brands that follow a kin word (朋友Line我, 同事Google說).
const NOT_A_LATIN_NAME = /^(?:Line|Google|Facebook|Fb|Ig|Instagram|Email|Mail|Wechat|Whatsapp|App|Ok|Okay|Youtube|Tiktok|Dr|Doctor)$/;
// Courtesy and question characters never in the given part of a full name (給王醫生 is titled, not named here).
const NEVER_IN_A_NAME_OBJECT = /[您你請请謝谢問问們们麼么嗎吗呢吧啊的人]/;
const NOT_TAKEN = /^(?:老師|老师|小名|小孩|小朋友|小兒|小儿|小時|小时|阿姨|阿伯|阿公|阿嬤|阿嬷|阿婆)$/;

export function framedChineseNames(scan: string): Candidate[] {
  const out: Candidate[] = [];
  if (!/[\u4e00-\u9fff]/.test(scan)) return out;
  const push = (span: [number, number] | undefined) => {
    if (span) out.push({ kind: 'name', start: span[0], end: span[1] });
  };
  // A given name without a surname must be made of name characters.
  const given = (word: string) => looksLikeGivenName(word) && plausible(word);
  // 阿傑, 小芳, 小王, 老周: the character after 阿/小/老 is a name character or a surname.
  const nickname2 = (word: string) =>
    !NOT_TAKEN.test(word) && plausible(word) && (looksLikeGivenName(word.slice(1)) || SURNAMES.includes(word.slice(1)));
  for (const m of allMatches(scan, KIN_THEN)) {
    const at = m.index! + m[0].length;
    const rest = scan.slice(at, at + 24);
    const word = GIVEN_AFTER.exec(rest)?.[0];
    // 我妈嘉义人: a place of origin, not a name.
    if (word && given(word) && !/^[人市縣县省]/.test(scan.charAt(at + 2))) push([at, at + 2]);
    const full = FULL_AFTER.exec(rest);
    if (full && given(full[1])) push([at, at + full[0].length]);
    else {
      const one = FULL1_AFTER.exec(rest);
      const next = rest.charAt(one ? one[0].length : 0);
      if (one && GIVEN_NAME_CHARACTERS.has(one[1]) && plausible(one[0]) && !GIVEN_NAME_CHARACTERS.has(next)) push([at, at + one[0].length]);
    }
    const bracketed = BRACKETED_AFTER.exec(rest);
    if (bracketed && given(bracketed[2])) {
      const [start, end] = bracketed.indices![bracketed[1].length > bracketed[2].length ? 1 : 2];
      push([at + start, at + end]);
    }
    const latin = LATIN_AFTER.exec(rest)?.[0];
    if (latin && !NOT_A_LATIN_NAME.test(latin)) push([at, at + latin.length]);
    const nickname = NICKNAME_AFTER.exec(rest)?.[0];
    if (nickname && nickname2(nickname)) push([at, at + 2]);
    if (BIRTH_ORDER_AFTER.test(rest)) push([at, at + 2]);
    const old = OLD_SURNAME_AFTER.exec(rest)?.[0];
    if (old && !NOT_TAKEN.test(old)) push([at, at + 2]);
    const called = IS_CALLED_AFTER.exec(rest);
    if (called && given(called[2])) {
      const [start, end] = called.indices![called[1].length > called[2].length ? 1 : 2];
      push([at + start, at + end]);
    }
  }
  for (const m of allMatches(scan, TAKEN)) {
    if (/^\p{Lu}/u.test(m[1])) {
      if (!NOT_A_LATIN_NAME.test(m[1])) push(m.indices![1]);
      continue;
    }
    if (NOT_TAKEN.test(m[1]) || !plausible(m[1])) continue;
    // A given name alone (帶冠宇去): both characters name characters.
    if (m[3] !== undefined) {
      if (given(m[3])) push(m.indices![1]);
      continue;
    }
    // A surname and given characters: each given character must be a name character.
    if (m[2] !== undefined && !looksLikeGivenName(m[2])) continue;
    if (m[2] === undefined && !/^老/.test(m[1]) && !looksLikeGivenName(m[1].slice(1)) && !SURNAMES.includes(m[1].slice(1))) continue;
    push(m.indices![1]);
  }
  for (const m of allMatches(scan, WITH_ME)) if (given(m[1])) push(m.indices![1]);
  for (const m of allMatches(scan, NICKNAME_SAYS)) if (nickname2(m[1])) push(m.indices![1]);
  // The rarer frames are searched only when their fixed words occur: each would otherwise be tried at every comma.
  const speech = /說|说|告訴我|告诉我/.test(scan);
  for (const m of speech ? allMatches(scan, GIVEN_SAYS) : []) if (given(m[1])) push(m.indices![1]);
  const theirKin = /[他她](?:爸|媽|妈|哥|姐|弟|妹|老公|老婆|爺|爷|奶)/.test(scan);
  for (const m of theirKin ? allMatches(scan, NAME_THEN_THEIR_KIN) : []) if (given(m[2])) push(m.indices![1]);
  for (const m of /[:：]/.test(scan) ? allMatches(scan, ROLE_COLON) : []) if (looksLikeGivenName(m[2])) push(m.indices![1]);
  const siblingTitle = /[姐哥姊嫂姨]/.test(scan);
  for (const m of siblingTitle ? allMatches(scan, NAME_THEN_SIBLING_TITLE) : []) {
    // A surname before the given name goes with it (跟王淑芬姐说); in 可是淑芬姐 the match starts at 淑, 是 being no surname.
    if (given(m[2])) push(m.indices![1]);
  }
  // The surname is kept with the name when one stands before it (黃國強), and only then.
  const surnameOrGiven = (m: RegExpMatchArray) => (m[1].length > m[2].length ? m.indices![1] : m.indices![2]);
  for (const m of /我是/.test(scan) ? allMatches(scan, PARENT_OF) : []) if (given(m[2])) push(surnameOrGiven(m));
  for (const m of /小名|乳名|暱稱|昵称|綽號|绰号|外號|外号/.test(scan) ? allMatches(scan, PET_NAME) : []) if ((plausible(m[1]) || m[2] !== undefined) && !/^[什啥哪怎多]/.test(m[1])) push(m.indices![1]);
  for (const m of allMatches(scan, FULL_NAME_OBJECT)) if (given(m[2]) && !NEVER_IN_A_NAME_OBJECT.test(m[2])) push(m.indices![1]);
  const signed = SIGNED_AT_END.exec(scan);
  if (signed && (given(signed[2]) || isPetName(signed[2]))) push(signed.indices![signed[1].length > signed[2].length ? 1 : 2]);
  for (const m of /的/.test(scan) ? allMatches(scan, NICKNAME_OF_PARENT) : []) if (nickname2(m[1])) push(m.indices![1]);
  for (const m of /我是/.test(scan) ? allMatches(scan, I_AM_THE_ONE) : []) {
    if (looksLikeGivenName(m[2]) && plausible(m[1]) && !NEVER_IN_A_NAME_OBJECT.test(m[2])) push(m.indices![1]);
  }
  for (const m of /[男女]/.test(scan) ? allMatches(scan, NAME_THEN_SEX) : []) if (looksLikeGivenName(m[2]) && plausible(m[1])) push(m.indices![1]);
  return out;
}
