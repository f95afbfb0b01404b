import { GIVEN_NAME_CHARACTERS, looksLikeGivenName } from './given-name-characters.js';
import { allMatches, type Candidate } from './kinds.js';
import { plausible } from './people-zh.js';
import { COMPOUND_SURNAMES, SURNAMES } from './surnames.js';

// ── Session 8: Chinese names in person positions that carry no 我叫/我是 frame ─────────────────────────────────
// A name is believed only where the sentence puts a person: after a role word (員工孫麗娜，, 我的教練阿凱說), before a
// classmate's or a title word (陳冠宇同學於…), between a colon and the sex or a record field (手圈：林志豪 男,
// 報告：周婷，出生日期), after 佢叫 (Cantonese "he/she is called"), or as the person a quoted message opens on
// (「小萱，…). Each given character must be a name character (given-name-characters.ts) and the whole pass
// people-zh's ordinary-word checks, so 員工餐廳, 教練說, 老師說 and 報告：正常，出生… stay.

const HAN = '[\\u4e00-\\u9fff]';
const SURNAME = `(?:${COMPOUND_SURNAMES}|[${SURNAMES}])`;
const ROLE =
  '員工|员工|職員|职员|同事|同學|同学|學生|学生|教練|教练|老師|老师|導師|导师|護理師|护理师|室友|病友|客戶|客户|組長|组长|經理|经理|主管|老闆|老板|店長|店长|保母|保姆|看護|看护|鄰居|邻居';
const TITLE = '同學|同学|小朋友|老師|老师|醫師|醫生|医生|医师|護理師|护理师|先生|小姐|女士|太太|教練|教练';
// What may close a name in running text.
const END = '(?=$|[\\s,，。.!！?？;；:：、()（）「」“”]|說|说|講|讲|話|话|也|都|的|跟|和|今年|於|于|在|因|是)';

const ROLE_THEN_FULL = new RegExp(`(?:${ROLE})\\s*(${SURNAME}(${HAN}{1,2}?))${END}`, 'dgu');
const ROLE_THEN_NICKNAME = new RegExp(`(?:${ROLE})\\s*([阿小](${HAN}))(?=說|说|講|讲|話|话|也|都|的|叫|跟|和|[，,。、])`, 'dgu');
// 老師黃老師: a title word, then a surname and the title again.
const ROLE_THEN_SURNAME_TITLED = new RegExp(`(?:${ROLE})\\s*(${SURNAME})(?=${TITLE})`, 'dgu');
const FULL_THEN_TITLE = new RegExp(`(?:^|[^\\u4e00-\\u9fff])(${SURNAME}(${HAN}{2}))(?=同學|同学|小朋友)`, 'dgu');
const COLON_NAME_THEN_FIELD = new RegExp(
  `[:：]\\s*(${SURNAME}(${HAN}{1,2}?))(?:\\s*[，,、]\\s*|\\s+)(?:男|女|出生|生日|性別|性别|年齡|年龄|身分證|身份证|身份證|病歷|病历)`,
  'dgu',
);
const CANTONESE_CALLED = new RegExp(`佢(?:個名)?叫(?:做)?\\s*(${SURNAME}(${HAN}{1,2}?))${END}`, 'dgu');
const QUOTED_VOCATIVE = new RegExp(`[「“"『]\\s*([阿小](${HAN}))(?=[，,：:!！])`, 'dgu');

const given = (word: string) => looksLikeGivenName(word) && plausible(word);
// A one-character given part (李娜) is believed only when it is a name character.
const givenPart = (word: string) => (word.length === 1 ? GIVEN_NAME_CHARACTERS.has(word) && plausible(word) : given(word));
const nickname = (second: string) => GIVEN_NAME_CHARACTERS.has(second) || SURNAMES.includes(second);

export function positionedChineseNames(scan: string): Candidate[] {
  const out: Candidate[] = [];
  if (!/[\u4e00-\u9fff]/.test(scan)) return out;
  const push = (span: [number, number] | undefined) => {
    if (span) out.push({ kind: 'name', start: span[0], end: span[1] });
  };
  for (const m of allMatches(scan, ROLE_THEN_FULL)) if (givenPart(m[2]) && plausible(m[1])) push(m.indices![1]);
  for (const m of allMatches(scan, ROLE_THEN_NICKNAME)) if (nickname(m[2]) && plausible(m[1])) push(m.indices![1]);
  for (const m of allMatches(scan, ROLE_THEN_SURNAME_TITLED)) push(m.indices![1]);
  for (const m of allMatches(scan, FULL_THEN_TITLE)) if (given(m[2])) push(m.indices![1]);
  for (const m of /[:：]/.test(scan) ? allMatches(scan, COLON_NAME_THEN_FIELD) : []) if (givenPart(m[2]) && plausible(m[1])) push(m.indices![1]);
  for (const m of scan.includes('佢') ? allMatches(scan, CANTONESE_CALLED) : []) if (givenPart(m[2])) push(m.indices![1]);
  for (const m of allMatches(scan, QUOTED_VOCATIVE)) if (nickname(m[2]) && plausible(m[1])) push(m.indices![1]);
  return out;
}
