import { allMatches, type Candidate } from './kinds.js';
import { COMPOUND_SURNAMES, SURNAMES } from './surnames.js';

// ── Chinese names the asker did not introduce as their own: relatives after a kin word (我爸陳志明, 外公李金水,
// 我老公阿傑, 寶寶樂樂), clinicians and others by surname and title (林醫師, 陳先生, 吳護理師, 陈阿姨), and
// signatures at the end of a post (—小芬).

const HAN = '[\\u4e00-\\u9fff]';
const SURNAME = `(?:${COMPOUND_SURNAMES}|[${SURNAMES}])`;
// Who a person may be named after without a particle: 醫院陳主任, 醫生周醫師, 病人蕭先生, 小弟陳先生.
const ROLE_BEFORE = '醫院|医院|診所|诊所|醫生|医生|醫師|医师|病人|患者|病患|家屬|家属|司機|司机|小弟|小妹|在下|阿姨|鄰居|邻居|同事|隔壁|樓下|楼下|樓上|楼上|對面|对面|對門|对门';
export const KIN =
  '我爸爸|我爸|我媽媽|我妈妈|我媽|我妈|爸爸|媽媽|妈妈|父親|父亲|母親|母亲|家父|家母|先父|先母|外公|外婆|爺爺|爷爷|奶奶|阿公|阿嬤|阿嬷|阿祖|' +
  '老公|老婆|太太|丈夫|妻子|我先生|和先生|跟先生|與先生|与先生|兒子|儿子|女兒|女儿|小女|犬子|寶寶|宝宝|孫子|孙子|孫女|孙女|哥哥|姐姐|弟弟|妹妹|' +
  '本人|聯絡人|联系人|聯繫人|護理師|护理师|護士|护士|男友|女友|男朋友|女朋友|' +
  '朋友|同事|同學|同学|室友|鄰居|邻居|老闆|老板|司機|司机|公公|婆婆|阿姨|舅舅|叔叔|伯伯|姑姑|嬸嬸|婶婶|舅媽|舅妈|姑媽|姑妈|表哥|表姐|表弟|表妹|堂哥|堂姐|岳父|岳母|姥姥|姥爷|姥爺|外甥|侄子|姪子|侄女|姪女';
// People named by their role to the asker (病人楊淑芬，, 同事小王): a doctor's answer says 病人 and 患者 in every
// sentence, so a full name must be closed by punctuation here.
// (Session 10 round 2: 老人周桂芳，九十二岁 — an old person named by the carer writing.)
const ROLE_PEOPLE = '病人|患者|病患|個案|个案|家屬|家属|看護|看护|外傭|外佣|小弟|小妹|在下|老人|長者|长者';
const TITLES =
  '醫師|醫生|医生|医师|大夫|護理師|护理师|護理長|护理长|護士長|护士长|護士|护士|先生|小姐|太太|女士|阿姨|伯伯|叔叔|老師|老师|教授|主任|院長|院长|師傅|师傅|' +
  // 王姐, 张叔, 刘姨: the surname with a kinship word is how neighbours and carers are called.
  '大哥|大姐|姐|哥|叔|姨|嬸|婶';

// A name right after a kin word: a surname and one or two characters, 小/阿 and one character, or a
// doubled character (樂樂). What follows must end the name, unless the name has surname + two characters.
const NAME_END = '(?=$|[\\s,，。.!！?？;；:：、()（）\\d一二三四五六七八九十百]|的|今年|出生|生日|生於|生于|说|說|今天|最近|住)';
const CHILD = '兒子|儿子|女兒|女儿|小女|犬子|寶寶|宝宝|孩子|孫子|孙子|孫女|孙女';
// A surname and two characters, unless the third begins what is said next (阿嬤金枝最近…: 金枝, not 金枝最).
const NOT_A_NAME_END = '[^最今也都很又在是有說说了過过要會会就的不和跟被把給给才已從从每那这這剛刚還还一二三四五六七八九十百两兩]';
// Nor when the third begins what happened to them (我弟弟宗翰車禍後: 宗翰, not 宗翰車).
const EVENT_WORD = '車禍|车祸|發燒|发烧|感冒|咳嗽|過敏|过敏|住院|開刀|开刀|手術|手术|骨折|生病|受傷|受伤|摔倒|跌倒|頭痛|头痛|肚子|拉肚|嘔吐|呕吐|出血|發炎|发炎|確診|确诊|懷孕|怀孕|檢查|检查|打針|打针|吃藥|吃药|開始|开始|得了|患了|腰痛|胃痛|牙痛';
const AFTER_KIN = new RegExp(`(?:${KIN})\\s*(${SURNAME}${HAN}(?!${EVENT_WORD})${NOT_A_NAME_END}(?<=\\p{sc=Han})|${SURNAME}${HAN}${NAME_END}|[小阿]${HAN})`, 'dgu');
const AFTER_ROLE = new RegExp(`(?:${ROLE_PEOPLE})\\s*(${SURNAME}${HAN}{2}(?=$|[，,。、（(\\s\\d]|說|说|也|今年|跟|和)|[小阿]${HAN}|老[${SURNAMES}])`, 'dgu');
// A full name opening a sentence, before a time word or a verb of telling: 張美華昨天開始發燒, 陳志強說….
const OPENS_SENTENCE = new RegExp(
  `(?:^|[。！？!?\\n，,；;])\\s*(${SURNAME}(${HAN}{2}))(?=昨天|今天|前天|最近|上週|上周|上個月|上个月|去年|今年|說|说|從小|从小|一直|已經|已经|突然|每天|跟我|和我)`,
  'dgu',
);
// A doubled nickname opening a sentence before a time word: 婷婷最近一直拉肚子.
const DOUBLED_OPENS_SENTENCE = /(?:^|[。！？!?\n，,；;])\s*(([\u4e00-\u9fff])\2)(?=昨天|今天|前天|最近|上週|上周|去年|今年|從小|从小|一直|已經|已经|突然|每天)/dgu;
// Children go by doubled nicknames (寶寶樂樂); elsewhere doubled characters are verbs (試試, 看看).
const DOUBLED = new RegExp(`(?:${CHILD})\\s*((${HAN})\\2)`, 'dgu');
// A given name without a surname is believed only after a child word and before a bracket ("我兒子冠宇（"), or
// in "我是女兒佳穎，".
const BARE_GIVEN = new RegExp(`(?:(?:${CHILD})\\s*(${HAN}{2})(?=[（(]|出生|生於|生于|今年\\s*\\d|\\d+\\s*[歲岁個个])|我是(?:女兒|女儿|兒子|儿子)\\s*(${HAN}{2})(?=[（(，,。])|(?:帶|带|陪|載|载|抱)(?:我)?(?:${CHILD})\\s*(${HAN}{2})(?=去|來|来|到))`, 'dgu');
// 林醫師, 陳先生, 陈阿姨: the surname and title together are the name. A character before the surname that makes
// a word with it ("对于医生", "的医生") is excluded by requiring no Han character before, or a verb/particle.
// The patterns start with the surname, and what stands before it is checked in code: a pattern that starts
// with a lookbehind is tried at every character of the text.
const TITLED = new RegExp(`(${SURNAME}(?:${TITLES}))`, 'dgu');
// Also the words of thanks and of seeing a doctor (謝謝王醫師, 看了陳醫師, 向林醫師請教), each a whole word: "謝謝醫生"
// has a surname 謝 in its thanks, and "主任醫生" a surname 任 in its title, so 主 alone is not enough (主治 is).
// (Session 10 round 2: 我在陈医生那里, 联系黄医生, 主刀刘主任; 在 only after a pronoun, since 在于 holds the surname 于.)
const BEFORE_TITLED = `[的是給给跟和問问找請请位科說说了看被讓让向叫幫帮到去]|[我你他她]在|[联聯][系繫络絡]|主刀|主治|謝謝|谢谢|感謝|感谢|多謝|多谢|感恩|麻煩|麻烦|拜託|拜托|辛苦|看過|看过|找過|找过|問過|问过`;
const TITLED_BEFORE = new RegExp(`(?:${BEFORE_TITLED}|姓|${ROLE_BEFORE})$`);
// A full name and a title: 主治黃俊傑醫師, 是林肇堂醫師. The name's own characters must be plausible.
const FULL_NAME_TITLED = new RegExp(
  `(${SURNAME}(${HAN}{1,2})(?:醫師|醫生|医生|医师|主任|教授|護理師|护理师|老師|老师|院長|院长|先生|小姐|女士))`,
  'dgu',
);
const FULL_NAME_BEFORE = new RegExp(`(?:${BEFORE_TITLED}|${ROLE_BEFORE})$`);
/** No Han character before the name, or one of the words that may stand before it. */
const startsName = (scan: string, at: number, words: RegExp) => {
  const before = scan.slice(Math.max(0, at - 2), at);
  return !/[\u4e00-\u9fff]$/.test(before) || words.test(before);
};
// A clinician's role before the full name: 主治醫師陳大文說, 护士长王丽，.
// Session 10 round 2: a record's colon may stand between (报告医师：蔡淑芬, 转诊医生：孙丽华).
const ROLE_THEN_NAME = new RegExp(`(?:醫師|醫生|医生|医师|大夫|護理師|护理师|護士|护士|護士長|护士长|主任|教授|老師|老师|院長|院长)\\s*[:：]?\\s*(${SURNAME}${HAN}{1,2}?)${NAME_END}`, 'dgu');
// A signature: a dash and two to four characters where the post ends or contact details follow.
const SIGNATURE = new RegExp(
  `(?<=^|[\\n。.!！?？)）]\\s*|[ \\t])(?:—{1,2}|–{1,2}|-{1,2})\\s*(${HAN}{2,4}?)(?=\\s*[。.!！]?\\s*$|\\s*[,，(（]?\\s*[\\w.+-]+@|\\s*[,，]?\\s*[+\\d][\\d\\s-]{6,})`,
  'dgu',
);
// An English name in a Chinese text: "我是Kevin（", "我是Amy，", a signature "—Jenny".
const LATIN_NAME = /(?:我是|我叫|本人)\s*(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)(?=\s*[（(，,。、]|\s*$)|(?<=^|[\n。.!！?？)）]\s*)(?:—|–|--?)\s*(\p{Lu}\p{Ll}+)(?=\s*$|\s*[,，]?\s*[\w.+-]+@)/dgu;
// "我是雅雯，": a two-character given name after 我是, closed by a comma and not an ordinary word.
const I_AM_GIVEN = new RegExp(`(?:^|[，,。！!？?\\s]|大家好|你好|您好)我是(${HAN}{2})(?=[，,。.！!]|\\s*$)`, 'dgu');
// (Session 10 round 2: who the writer is by origin or work, 我是外配/陸配/看護, is no given name.)
const NOT_A_GIVEN_NAME = /^(?:外配|陸配|陆配|外籍|新娘|看護|看护|外勞|外劳|移工|[宝寶](?:妈|媽|爸)|女生|男生|女的|男的|孕婦|孕妇|病人|患者|醫生|医生|護士|护士|學生|学生|老人|新手|媽媽|妈妈|爸爸|本人|自己|這樣|这样|那樣|那样|想問|想问|一個|一个|女性|男性|成人|大人|小孩|家長|家长|病友|網友|网友|新人|外行|第一|今年|去年|上班|獨生|独生|單親|单亲|過敏|过敏|素食|吃素|左撇)/;
// "我是Kevin（林柏宇）": a Chinese name given in brackets after an English one.
const BRACKETED = new RegExp(`(?:我是|我叫|本人)\\s*[A-Za-z]+\\s*[（(]\\s*(${SURNAME}${HAN}{1,2})\\s*[)）]`, 'dgu');

// Words that start like a name but are not one.
const NOT_A_NAME =
  /^(?:順利|顺利|足月|胡言|胡乱|胡亂|胡說|胡说|石膏|毛巾|房顫|房颤|葉黃|叶黄|钱不|錢不|甘草|田七|麦片|麥片|米粥|沙丁|金银|金銀|牛黄|牛黃|熊胆|熊膽|马桶|馬桶|车上|車上|管子|管路|江南|曲安|龙胆|龍膽|苏打|蘇打|白带|白帶|包扎|包紮|包块|包塊|师姐|師姐|师哥|師哥|师叔|師叔|师姨|師姨|小三|小姑|高龄|高齡|小气|小氣|小小|房事|同房|身上|身体|身體|左[上下侧側眼耳腿胸腹肩膝臂脚腳手边邊]|健健|小腿|小便|小孩|小時|小时|小心|小姐|小朋友|小兒|小儿|小肠|小腸|小腹|小板|小學|小学|小手|小指|小事|小產|小产|小腦|小脑|小感|小時候|小名|高壽|高寿|阿茲|阿尔|阿爾|阿斯|阿司|阿莫|阿奇|阿托|阿昔|阿米|阿卡|阿仑|阿侖|阿法|阿姨|阿伯|阿公|阿嬤|阿嬷|阿婆|阿祖|阿拉|马上|馬上|周末|週末|夏天|冬天|许多|許多|连续|連續|包括|于是|方才|方便|安全|安静|安靜|常常|白天|毛病|高兴|高興|高烧|高燒|全身|任何|严重|嚴重|温度|溫度|曾经|曾經|黄疸|黃疸|宁可|寧可|管理|尤其|卫生|衛生|左边|左邊|左手|左腳|左脚|房间|房間|关节|關節|关系|關係|戴上|石头|石頭|洪水|甘油|钙片|鈣片|金属|金屬|江湖|林口|文件|華人|华人|余下|向來|向来|雷射|康復|康复|施打|程度|葉酸|叶酸|苏醒|蘇醒|汤药|湯藥|谷丙|谷草|史上|段时间|冷敷|熊猫|米饭|米飯|柏金|牛奶|牛肉|苗條|苗条|蒲公英|柴胡|麻醉|麻木|景天|宫颈|宮頸|朱砂|车祸|車禍|孔洞|易怒|常见|常見|经常|經常|陆续|陸續|甄別|巫婆|齐全|齊全|于今|向下|安眠|安排|白內|白内|包皮|关心|關心|干咳|史丹|杜鵑|程序|邱疹|莫名|明明|慢慢|好好|天天|刚刚|剛剛|往往|渐渐|漸漸|稍稍|默默|时时|時時|每每|多多|偷偷|快快|早早|久久|仅仅|僅僅|悄悄|静静|靜靜|轻轻|輕輕|常常|一一|人人|个个|個個|样样|樣樣|点点|點點|些些|弟弟|哥哥|姐姐|妹妹|爸爸|妈妈|媽媽|奶奶|爷爷|爺爺|宝宝|寶寶|姥姥|公公|婆婆|叔叔|伯伯|舅舅|嬸嬸|婶婶|太太|谢谢|謝謝|試試|试试|看看|想想|走走|說說|说说|問問|问问|等等|聽聽|听听|動動|动动|玩玩|摸摸|揉揉|抱抱|拍拍|洗洗|擦擦|笑笑|躺躺|坐坐|練練|练练|量量|测测|測測)/;
// Characters that almost never appear in a given name but fill medical words.
const MEDICAL_CHARACTERS = /[血壓压病症炎癌瘤患痛疼藥药肝腎肾胃肺糖尿瘡疮痔疸障咳喘燒烧熱热痰產产]/;
// "她叫小芬", "他叫林阿桃": someone else's name after 她叫/他叫 needs a surname or 小/阿 and a boundary.
const THEY_ARE_CALLED = new RegExp(`(?:她|他|孩子|小孩|寶寶|宝宝|女朋友|男朋友|女友|男友|朋友|同事|室友|孫子|孙子|孫女|孙女|外婆|外公|奶奶|爺爺|爷爷)(?:名)?叫(?:做)?\\s*((?:${SURNAME})${HAN}{1,2}|[小阿]${HAN}|老[${SURNAMES}])${NAME_END}`, 'dgu');
// A romanised name where a passport wants it: 英文名HSU, CHIA-HAO; 護照英文名 Chen Wei-Ting.
const ROMANISED = /(?:英文(?:姓名|名字|名)|護照(?:上的)?(?:英文)?(?:姓名|名字|名)|护照(?:上的)?(?:英文)?(?:姓名|名字|名)|拼音(?:名字|姓名)?)\s*(?:是|为|為)?\s*[:：]?\s*(\p{Lu}[\p{L}]*(?:[ \t]*[,，]?[ \t]*\p{Lu}[\p{L}]*(?:-\p{Lu}?[\p{L}]+)?){0,3})/dgu;
// An English given name with a Chinese surname: 我先生Jason 陳有B型肝炎.
const LATIN_WITH_SURNAME = new RegExp(`([A-Z][a-z]+[ \\t]?[${SURNAMES}])(?![\\u4e00-\\u9fff]{2}(?:醫|医|先|小|女|主|老|教))(?=$|[^\\u4e00-\\u9fff]|[有是的在說说和跟也都今最])`, 'dgu');
// After a kin word, these begin ordinary phrases ("我爸最近", "我媽說").
const FUNCTION_CHARACTERS =
  /^[回较較更太最今昨現现还還也都很又在是有說说了過过要會会就的一不和跟被把給给才已從从对對每那这這爸妈媽爷爺奶婆哥姐弟妹喝吃睡哭吐拉发發打看去来來做用查找买買想叫让讓能可一二三四五六七八九十两兩几幾]/;

// Characters of courtesy and questions, never of a given name ("麻烦医生", "祝您医生", "请问医生").
const NEVER_IN_A_GIVEN_NAME = /[烦煩您你請请謝谢問问幫帮們们麼么嗎吗呢吧啊健康的人]/;

export function plausible(name: string): boolean {
  return !NOT_A_NAME.test(name) && !MEDICAL_CHARACTERS.test(name) && !FUNCTION_CHARACTERS.test(name);
}

const ANY_HAN = /[\u4e00-\u9fff]/;
const DASHES = /(?:^|[\n。.!！?？)）]|[ \t])\s*(?:—{1,2}|–{1,2}|-{1,2})/g;

export function mentionedChineseNames(scan: string): Candidate[] {
  const out: Candidate[] = [];
  if (!ANY_HAN.test(scan)) return out;
  // A list of dashed items is not a signature.
  const oneDash = allMatches(scan, DASHES).length <= 1;
  const push = (span: [number, number] | undefined, name: string | undefined) => {
    if (span && name && plausible(name)) out.push({ kind: 'name', start: span[0], end: span[1] });
  };
  for (const m of allMatches(scan, AFTER_KIN)) push(m.indices?.[1], m[1]);
  for (const m of allMatches(scan, AFTER_ROLE)) push(m.indices?.[1], m[1]);
  for (const m of allMatches(scan, OPENS_SENTENCE)) {
    if (plausible(m[2]) && !NEVER_IN_A_GIVEN_NAME.test(m[2])) push(m.indices?.[1], m[1]);
  }
  for (const m of allMatches(scan, ROLE_THEN_NAME)) push(m.indices?.[1], m[1]);
  for (const m of allMatches(scan, DOUBLED)) push(m.indices?.[1], m[1]);
  for (const m of allMatches(scan, DOUBLED_OPENS_SENTENCE)) push(m.indices?.[1], m[1]);
  for (const m of allMatches(scan, BARE_GIVEN)) {
    const group = m[1] !== undefined ? 1 : m[2] !== undefined ? 2 : 3;
    push(m.indices?.[group], m[group]);
  }
  for (const m of allMatches(scan, BRACKETED)) push(m.indices?.[1], m[1]);
  // A signature closes the post.
  for (const m of allMatches(scan, LATIN_NAME)) {
    const group = m[1] !== undefined ? 1 : 2;
    const span = m.indices?.[group];
    if (span && (group === 1 || (oneDash && span[0] >= scan.length - 80))) out.push({ kind: 'name', start: span[0], end: span[1] });
  }
  for (const m of allMatches(scan, I_AM_GIVEN)) if (!NOT_A_GIVEN_NAME.test(m[1])) push(m.indices?.[1], m[1]);
  for (const m of allMatches(scan, SIGNATURE)) if (oneDash && (m.index ?? 0) >= scan.length - 80) push(m.indices?.[1], m[1]);
  for (const m of allMatches(scan, FULL_NAME_TITLED)) {
    if (startsName(scan, m.index!, FULL_NAME_BEFORE) && plausible(m[2]) && !NEVER_IN_A_GIVEN_NAME.test(m[2])) push(m.indices?.[1], m[1]);
  }
  for (const m of allMatches(scan, THEY_ARE_CALLED)) push(m.indices?.[1], m[1]);
  for (const m of allMatches(scan, ROMANISED)) {
    const span = m.indices?.[1];
    if (span) out.push({ kind: 'name', start: span[0], end: span[1] });
  }
  for (const m of allMatches(scan, LATIN_WITH_SURNAME)) {
    const span = m.indices?.[1];
    if (span && /[\u4e00-\u9fff]/.test(scan[m.index! - 1] ?? '')) out.push({ kind: 'name', start: span[0], end: span[1] });
  }
  for (const m of allMatches(scan, TITLED)) if (startsName(scan, m.index!, TITLED_BEFORE)) push(m.indices?.[1], m[1]);
  return out;
}
