import { parseCount } from '../numbers.js';
import { re, ZH_NUM, EN_NUM, underThreeMonths } from './patterns.js';

// "一个多月", "两个半月", "二十多天": an age may carry 多/半 before or after the measure word.
const ZH_AGE_UNIT = '(?:个多月|个半月|多个月|个月|多月|月|多天|天|多周|周|个星期|星期|个礼拜|礼拜)';
import type { Concept } from './types.js';
import { isHypotheticalOrAboutTheSign } from '../context.js';

// A temperature reading: 35–37.9 °C, or 95–100.3 °F, with a unit or a decimal point; not weeks of gestation,
// a weight or an oxygen saturation ("born at 36.5 weeks", "sats 99.5%").
const BELOW_FEVER = /(?<![\d.])(?:3[5-7]\.\d+|3[5-7]\s*(?:°|度|degrees)(?:\d(?![\d.]))?|(?:9[5-9]|100)\.\d+\s*(?:°|degrees|f\b)?|9[5-9]\s*(?:°|degrees))(?![\d])(?!\s*(?:weeks?|wks?|w\b|周|kg|lbs?|pounds|%|\+))/;
const FEVER_READING = /(?<![\d.])(?:3[89]|4[0-2])(?:\.\d+)?\s*(?:°|度|degrees|c\b)|(?<![\d.])(?:3[89]|4[0-2])\.\d+|(?<![\d.])(?:100\.[4-9]|10[1-6](?:\.\d+)?)\s*(?:°|degrees|f\b)?|三十[八九]/;

// The child's age now, given as three months or more ("He's 2 now", "she is now 18 months", 现在已经两岁了): an infant's
// age told elsewhere in the question is the age of an earlier illness.
const OLDER_NOW = new RegExp(
  `\\b(?:he|she|they)(?:'s| is| are) (?:now |currently )?(${EN_NUM})(?: (years?|months?|mths?))?(?: old)? now\\b|\\b(?:he|she|they)(?:'s| is| are) now (${EN_NUM})(?: (years?|months?|mths?))?\\b|现在(?:已经|都)?(${ZH_NUM})(岁|个多月|个月|多月)`,
  'g',
);

function olderNow(text: string): boolean {
  for (const m of text.matchAll(OLDER_NOW)) {
    const [count, unit] = m[1] !== undefined ? [m[1], m[2]] : m[3] !== undefined ? [m[3], m[4]] : [m[5], m[6]];
    const n = parseCount(count);
    // A bare number is years ("He's 2 now").
    if (n !== undefined && (unit === undefined || /year|岁/.test(unit) ? n >= 1 : n >= 3)) return true;
  }
  return false;
}

// The temperature of a room, a bath or a feed, or how to take one, is not the baby's fever: "what room temperature for a
// 4 week old", "test the bath temperature with my elbow", 水温多少, "how do I take an armpit temperature". A thermometer
// is no reading (体温计, 体温枪).
const NOT_THE_BABYS = /\b(?:room|nursery|bedroom|bath|bathwater|water|milk|formula|bottle|feed|air|house|flat|car) (?:temp\w*|feels? (?:too |very |really |quite )?(?:hot|warm))|\b(?:temp\w*|warm|hot) (?:of|in|for) (?:the |her |his |a )?(?:room|nursery|bedroom|bath|water|milk|formula|bottle|feed)\b|\b(?:how|too) (?:hot|warm) (?:should|is|does|must|can) (?:the |her |his |a )?(?:room|nursery|bedroom|bath|bath water|water|milk|formula|bottle|feed)\b|\b(?:test|check|feel)\w* the (?:water |bath )?temp\w* (?:with|using)\b|(?:水温|室温|房间(?:的)?温度|奶温|洗澡水|冲奶|泡奶)/;
const HOW_TO_TAKE = /\b(?:how (?:to|do (?:i|you|we)|should (?:i|we)|can (?:i|we)|best to)|(?:best|right|correct) way to|learn(?:ing)? (?:how )?to)\s+(?:take|measure|check|read|get)\b[^.?!]{0,25}$/;

const THERMOMETER_CHOICE = /\b(?:which|what|best|most accurate|accurate|buy|buying|get|recommend\w*|type of|kind of|good)\b[^.?!]{0,25}\bthermometers?\b|\bthermometers?\b[^.?!]{0,30}\b(?:most accurate|best|recommend\w*|to buy|should (?:i|we) (?:buy|get)|worth (?:it|buying))\b|(?:哪种|哪一种|什么|哪个|推荐|买)[^,，。;；]{0,6}(?:体温[计枪表]|耳温枪|额温枪|肛温计)/;

export function measuredBelowFever(text: string): boolean {
  // 100.0–100.3 °F is under the line, 100.4 and over is not.
  const readings = [...text.matchAll(new RegExp(BELOW_FEVER.source, 'g'))].filter((m) => !/^100\.[4-9]/.test(m[0]));
  return readings.length > 0 && !FEVER_READING.test(text);
}

/** Red-flag vocabulary: fever in a baby under three months. */
export const INFANT_FEVER: Concept[] = [
  {
    id: 'youngInfant',
    belowThresholdIsSafe: true,
    pattern: re([
      `\\bborn (${EN_NUM}) (days?|weeks?|months?) ago\\b`,
      `\\b(?:baby|son|daughter|infant|newborn|he|she|mine|lo|little one|bub|bubba) (?:is|is only|is just) (${EN_NUM}) (days?|weeks?|months?)\\b(?! (?:late|early|overdue|pregnant|postpartum|post|after|since|into))`,
      `\\b(${EN_NUM})[- ](days?|weeks?|wks?|months?)[- ]old\\b`,
      `\\b(${EN_NUM})[- ](days?|weeks?|wks?|months?)[- ](?:old )?(?:baby|son|daughter|boy|girl|infant|grandson|granddaughter|newborn)\\b`,
      // An age told after a noun phrase or without a verb, as in a second language: "my baby girl is 6 weeks",
      // "my baby 7 weeks have fever", "grandson just 5 weeks".
      `\\b(?:baby|son|daughter|infant|newborn|grandson|granddaughter|nephew|niece|lo|little one|bub|bubba)(?: (?:boy|girl|son|daughter|brother|sister))? (?:is |was |is only |is just |only |just |turned |who is |of |aged |age )?(${EN_NUM}) ?(days?|weeks?|wks?|months?|mths?)\\b(?! (?:ago|late|early|overdue|pregnant|postpartum|post|after|since|later|before|into|of (?:age|life)?(?:\\s|$)|in))`,
      `\\b(${EN_NUM}) (days?|weeks?|months?) old\\b`,
      `\\b(a|an|one) (weeks?|months?)(?: and a half)? old\\b|\\b(a|one) (month|week) old\\b`,
      '\\bnewborn\\b|\\bneonate\\b|\\bnew-born\\b',
      `出生(?:才|不到|刚|了)?[^,，。;；]{0,2}?(${ZH_NUM})\\s*(${ZH_AGE_UNIT})`,
      `(?<![这那前近后每])(${ZH_NUM})\\s*(${ZH_AGE_UNIT})(?:大)?的?(?:宝宝|宝贝|婴儿|孩子|小孩|宝|婴|新生儿|女儿|儿子|娃|闺女)`,
      // Only "宝宝(才)两个月": "宝宝这几天" and "宝宝拉肚子两天" are durations, not ages.
      // Cantonese: "个BB得6个礼拜大" (得 = only).
      `(?:宝宝|宝贝|婴儿|孩子|小孩|女儿|儿子|娃|闺女|bb|bb仔|bb女)\\s?(?:才|刚|刚满|才满|满|已经|今天|得|只有)?(${ZH_NUM})\\s*(${ZH_AGE_UNIT})(?:大)?`,
      '新生儿|满月|未满月|刚出生',
    ]),
    accept: (m, text) => {
      if (olderNow(text)) return false;
      // Each alternative captures (count, unit) as a consecutive pair; "newborn" and "满月" capture nothing.
      const groups = m.slice(1);
      const at = groups.findIndex((g) => g !== undefined);
      const count = at >= 0 ? groups[at] : undefined;
      const unit = at >= 0 ? groups[at + 1] : undefined;
      if (count === undefined || unit === undefined) return true; // "newborn", "满月"
      return underThreeMonths(parseCount(count), unit);
    },
  },
  {
    id: 'fever',
    belowThresholdIsSafe: true,
    // A temperature measured under 38 °C (100.4 °F), with none at or over it, makes the word "fever" or "发烧"
    // a worry, not a fever ("耳温37.3，这样算发烧吗"). A reading of 38 or more matches here on its own.
    // A thermometer named is no reading, and is set aside so that the learned complement may not alarm for it either
    // ("新生儿用什么体温计最准").
    // A kind of thermometer weighed up for buying is no reading either ("which thermometer is most accurate for a 1 month
    // old? ear, forehead or rectal?"): a fever word or a reading still matches on its own.
    accept: (m, text) =>
      !/^(?:thermometers?|体温[计枪表])$/.test(m[0]) &&
      !(/^(?:rectal|axillary|temp|temps|temperature)$/.test(m[0]) && THERMOMETER_CHOICE.test(text) && !FEVER_READING.test(text)) &&
      (/^\d/.test(m[0]) || !measuredBelowFever(text)),
    unlessClause: NOT_THE_BABYS,
    // 怕太烫, 会不会太烫: a worry about water or a feed being too hot.
    lookAlike: { before: new RegExp(`${HOW_TO_TAKE.source}|(?:怕|担心|会不会|会|是否)(?:太|很|有点)$`) },
    pattern: re([
      '\\bfever\\w*|\\bfebrile\\b|\\bfeels? (?:really |very |so |quite |a bit |super )?(?:hot|warm)\\b|\\b(?:he|she|baby|old|body|skin|forehead|head|tummy|back|chest)(?:\\x27s| is| feels?| felt| seems?)(?: \\w+ and)? (?:very |really |so )?(?:hot|burning)\\b|\\bhot to (?:the )?touch\\b|\\bburning up\\b|\\bhigh temp\\w*|\\btemperature\\b|\\bthermometers?\\b|\\b(?:temp|temps|rectal|axillary|oral temp)\\b(?! (?:is |was |are )?(?:normal|fine|ok|okay|good))',
      '(?<![\\d.])(?:3[89]|4[0-2])(?:\\.\\d+)?\\s*(?:°|degrees|c\\b)?(?![\\d])|(?<![\\d.])(?:100\\.[4-9]|10[1-6](?:\\.\\d+)?)\\s*(?:°|degrees|f\\b)',
      // A Fahrenheit reading written bare, with its decimal: "feels really warm, 100.9".
      '(?<![\\d.$£€])(?:100\\.[4-9]|10[1-6]\\.\\d)(?![\\d%])(?!\\s*(?:lbs?|pounds|kg|mg|ml|dollars|usd|km|miles))',
      '发烧|发热|高烧|低烧|体温(?:计|枪|表)?|烫|三十八|三十九',
    ]),
  },
];

// Not a sign: a room's, a bath's or a feed's temperature asked about ("给新生儿冲奶，水温多少度合适"). reading.ts makes it an
// all-clear for infant fever when no fever is read: the learned complement may not alarm for it.
INFANT_FEVER.push({ id: 'notTheBabysTemperature', pattern: new RegExp(NOT_THE_BABYS.source, 'g') });

// An age is no event: "our 2 month old got her first vaccines last week, today she's got a fever" tells the age in a past
// clause. Read in a past frame too, as a shared sign (no alarm of the model on its own); the fever must still be current.
const youngInfant = INFANT_FEVER.find((c) => c.id === 'youngInfant')!;
// Not in a sentence that asks about the sign ("what is a normal temperature for a newborn?"): only the past is let through.
INFANT_FEVER.push({ ...youngInfant, id: 'youngInfantInPast', evenInPastFrame: true, accept: (m, text) => (youngInfant.accept?.(m, text) ?? true) && !isHypotheticalOrAboutTheSign(m.input ?? '') });
