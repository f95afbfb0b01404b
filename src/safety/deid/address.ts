import { matches, type Candidate, type Detector } from './kinds.js';

// "1420 Maple Avenue", "3500 Deer Creek Rd", "1600 Pennsylvania Ave NW, Apt 4": a house number, one to four
// capitalised words and a street type. Capitals matter: "took 2 tablets" has no street type, and lower-case
// words do not form street names.
const EN_STREET =
  /\b\d{1,6}[A-Za-z]?\s+(?:[A-Z][A-Za-z'.-]*\s+){1,4}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Place|Pl|Terrace|Way|Highway|Hwy|Parkway|Pkwy|Circle|Cir|Square|Sq|Alley|Crescent|Close|Grove|Gardens|Mews|Row|Walk|Hill|Park|Plaza|Trail|Loop|Ridge|Heights|Rise|Green|Vale)\b\.?(?:\s+(?:NW|NE|SW|SE|N|S|E|W)\b)?(?:,?\s*(?:Apt|Apartment|Suite|Unit|#)\.?\s*[\w-]+)?/g;

const HAN = '[\\u4e00-\\u9fff]';
const NUM = '(?:\\d+|[一二三四五六七八九十百]+)';
// 台北市大安區復興南路一段100號, 新北市板橋區文化路二段25巷3弄7號, 上海市徐汇区漕溪北路595弄12号:
// optional city and district, a road or street, optional section/lane/alley, and a house number.
const ZH_ADDRESS = new RegExp(
  `(?:${HAN}{2,3}[市縣县])?(?:${HAN}{1,3}[區区鄉乡鎮镇])?${HAN}{1,6}?(?:路|街|大道|道)` +
    `(?:${NUM}段)?(?:\\d+[巷])?(?:\\d+[弄])?\\d+(?:之\\d+)?[號号](?:\\d+[樓楼F]|${NUM}[樓楼])?(?:之\\d+)?`,
  'g',
);
// Words that lead into an address but are not part of it ("住在", "家住", "地址是").
const LEAD_IN = /^(?:我|家|住|在|于|於|址|是|地|到|寄|送|:|：)+/;

export const detectAddresses: Detector = (scan) => {
  const out: Candidate[] = matches(scan, EN_STREET, 'address');
  for (const c of matches(scan, ZH_ADDRESS, 'address')) {
    const lead = LEAD_IN.exec(scan.slice(c.start, c.end))?.[0].length ?? 0;
    out.push({ ...c, start: c.start + lead });
  }
  return out;
};
