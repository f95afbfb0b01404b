import { matches, type Candidate, type Detector } from './kinds.js';

// ── English and other Latin-script addresses ──────────────────────────────────────────────────────
// "1420 Maple Avenue", "3500 Deer Creek Rd", "1600 Pennsylvania Ave NW, Apt 4": a house number, one to four
// capitalised words and a street type. Capitals matter: "took 2 tablets" has no street type, and lower-case
// words do not form street names.
const STREET_TYPE =
  'Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Place|Pl|Terrace|Way|Highway|Hwy|Parkway|Pkwy|' +
  'Circle|Cir|Square|Sq|Alley|Crescent|Close|Grove|Gardens|Mews|Row|Walk|Hill|Park|Plaza|Trail|Loop|Ridge|Heights|Rise|Green|Vale';
const CAP_WORD = "\\p{Lu}[\\p{L}'’.-]*";
// A flat or unit before the house number ("Flat 4, 17 Park Crescent") or after the street ("Apt 3B", "Unit 12").
// Buildings, blocks, towers and floors come first in Hong Kong, Singapore and US campuses ("Bldg 7, Unit 402",
// "Blk 123", "12/F, Tower 2").
const UNIT =
  '(?:(?:Flat|Apt|Apartment|Unit|Suite|Ste|Room|Rm|Bldg|Building|Block|Blk|Tower|Twr|Floor|Fl|Level|Lvl|#|flat|apto|depto|dpto|piso|apt|unit|suite|room|block|blk)\\.?\\s*#?\\s*[\\w-]{1,6}(?![\\w-])|\\d{1,3}\\/F)';
const UNITS_BEFORE = `(?:${UNIT},?\\s+){0,3}`;
// Street names may be ordinals ("45 W 34th St").
const STREET_WORD = `(?:${CAP_WORD}|\\d{1,3}(?:st|nd|rd|th))`;
// Australia writes the unit before the house number with a slash ("4/22 Smith St"); Singapore numbers its
// avenues ("Ang Mo Kio Ave 3").
const SUFFIX_STREET = `(?:(?:Unit|Apt|Flat|Blk|Block)\\.?\\s+)?(?:\\d{1,4}\\/)?\\d{1,6}[A-Za-z]?\\s+(?:${STREET_WORD}\\s+){1,4}(?:(?:Avenue|Ave|Street|St|Road|Rd|Drive|Dr)\\b\\.?\\s+\\d{1,2}(?![\\d/:.]|\\s*(?:am|pm|mg|ml|days?|weeks?|times)\\b)|(?:${STREET_TYPE})\\b\\.?(?:\\s+(?:NW|NE|SW|SE|N|S|E|W)\\b)?)`;
// Street types that come first in French, Spanish, Portuguese and Italian: "3100 Rue Sherbrooke Est" (session 8: the
// type in lower case too, as French writes it, "88 rue de la Paix"; not "via", which dosing uses: "2 via IV").
const PREFIX_STREET =
  `\\d{1,6}[A-Za-z]?,?\\s+(?:Rue|rue|Route|Chemin|chemin|Boulevard|Boul|Avenue|Avenida|avenida|Av|Calle|calle|Carrer|Rua|rua|Via|Viale|Piazza|Allée|Impasse|Quai|Cours)\\.?\\s+` +
  `(?:(?:de|del|de la|des|du|la|le|da|do|dos|das|di)\\s+)?${CAP_WORD}(?:\\s+(?!(?:Est|Ouest|Nord|Sud)\\b)${CAP_WORD}){0,3}(?:\\s+(?:Est|Ouest|Nord|Sud)\\b)?`;
// German-style: the street type is part of the word and the number follows ("Hauptstraße 5").
const COMPOUND_STREET = `\\p{Lu}\\p{L}*(?:straße|strasse|str\\.|weg|gasse|platz|allee|damm)\\s+\\d{1,4}[a-z]?\\b`;
// Streets named with the type first and abbreviated, as in Poland and its neighbours: "ul. Marszałkowska 84/92 m. 15",
// "al. Jerozolimskie 65/79", a flat after m./lok. and a number over a slash. The abbreviation stands alone and the
// street is on its line ("…is normal. Stage 0" and "successful. About 85" are sentences, not streets).
const ABBREVIATED_PREFIX_STREET =
  `(?<!\\p{L})(?:(?:ul|al|pl|os)\\.|[Uu]lica|[Aa]leja)[ \\t]+${CAP_WORD}(?:[ \\t]+${CAP_WORD}){0,2}[ \\t]+\\d{1,4}[A-Za-z]?(?:\\/\\d{1,4}[A-Za-z]?)?(?:\\s+(?:m|lok|apt)\\.?\\s*\\d{1,4})?`;
const PO_BOX = '(?:P\\.?\\s?O\\.?\\s*Box|Post Office Box)\\s+\\d{1,7}';
// Postal codes that close an address: US "OH 43215", UK "LS6 2AB", Canada "QC H1W 1B2", Australia "VIC 3065".
const POSTCODE =
  '(?:[A-Z]{2}\\s+\\d{5}(?:-\\d{4})?|(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\\s+\\d{4}|[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2}|(?:[A-Z]{2}\\s+)?[A-Z]\\d[A-Z]\\s?\\d[A-Z]\\d|' +
  // Session 10 round 2: Ireland's Eircode (D06 X2K8, A65 F4E2): a routing key of a letter and two digits, then four.
  '(?:[AC-FHKNPRTV-Y]\\d{2}|D6W)\\s[AC-FHKNPRTV-Y\\d]{4})(?![\\w-])';
// Continental Europe writes the code before the town: "12 Rue de la Paix, 75002 Paris", "Hauptstraße 5, 10115 Berlin",
// "Keizersgracht 1, 1015 CJ Amsterdam".
const POSTCODE_AND_TOWN = `,\\s*(?:\\d{5}|\\d{4}(?:\\s?[A-Z]{2})?|\\d{2}-\\d{3})\\s+${CAP_WORD}(?:[\\s-]${CAP_WORD})?`;
// The town and postal code after a street are part of the address only when a postal code closes it.
// Elsewhere a bare four- to six-digit code follows the town, perhaps after a suburb: "Otara, Auckland 2023",
// "Mumbai 400002", "Singapore 560123". Hong Kong has no postcode: its region closes the address.
// (Session 10 round 2: up to three places before the code, and Dublin's district number in one: "Ranelagh, Dublin 6, D06 X2K8".)
const TOWN_AND_POSTCODE =
  `(?:,\\s*${CAP_WORD}(?:\\s+(?:${CAP_WORD}|\\d{1,2}(?=,))){0,2}){0,3}(?:,\\s*|\\s+)${POSTCODE}|${POSTCODE_AND_TOWN}|` +
  `(?:,\\s*${CAP_WORD}(?:\\s+${CAP_WORD}){0,2}){1,2}\\s+\\d{4,6}(?![\\w/-]|[.,]\\d)|,\\s*(?:Hong Kong|Kowloon|New Territories)\\b`;
// Without a street type ("17 Kingsway, Hove BN3 2RX") a house number and capitalised words are an address only
// when a town and postal code close them.
const NUMBER_TOWN_POSTCODE = `${UNITS_BEFORE}\\d{1,5}[A-Za-z]?\\s+${CAP_WORD}(?:\\s+${CAP_WORD}){0,3},\\s*${CAP_WORD}(?:\\s+${CAP_WORD}){0,2},?\\s+${POSTCODE}`;
// Session 10 round 2: a care home's or a block's name, perhaps after the room, before the street it is on ("Room 14,
// Sunnyside Care Home, 3 Larch Lane"): only where a comma and a house number follow it, so "the care home" or "Ward 4,
// St Mary's House" in prose stays; joined to the street by joinAdjacent.
const NAMED_RESIDENCE = new RegExp(
  `(?:${UNIT},\\s*)?(?:${CAP_WORD}\\s+){1,3}(?:Care Home|Nursing Home|Residential Home|Rest Home|Retirement Home|Retirement Village|Care Centre|Care Center|House|Court|Lodge|Manor|Mansions|Apartments|Towers)(?=,\\s*\\d{1,5}[A-Za-z]?\\s+\\p{Lu})`,
  'gu',
);
const RESIDENCE_WORD = /(?:Home|House|Court|Lodge|Manor|Mansions|Apartments|Towers|Village|Centre|Center),\s*\d/;
// A postal code named as one: "postcode LS6 2QT", "zip is 94558", "郵遞區號 106".
const NAMED_POSTCODE = new RegExp(
  `(?:\\bpost\\s?code|\\bpostal code|\\bzip(?:\\s?code)?|郵遞區號|邮编|邮政编码)\\s*(?:is|:|：|是)?\\s*(${POSTCODE}|\\d{5}(?:-\\d{4})?(?!\\d)|[A-Z]\\d[A-Z]\\s?\\d[A-Z]\\d|\\d{3,6}(?!\\d))`,
  'giu',
);
// NAMED_POSTCODE's words, each holding one of these (same flags): texts without them skip its scan.
const POSTCODE_WORD = /post|zip|郵遞區號|邮编|邮政编码/iu;
const EN_ADDRESS = new RegExp(
  `${NUMBER_TOWN_POSTCODE}|${UNITS_BEFORE}(?:${SUFFIX_STREET}|${PREFIX_STREET}|${ABBREVIATED_PREFIX_STREET}|${COMPOUND_STREET}|${PO_BOX})(?:,?\\s*${UNIT})?(?:${TOWN_AND_POSTCODE})?`,
  'gu',
);

// Session 12 round 2: Spanish, Portuguese and Italian streets name the type first and the number after it ("Calle
// Durango 245", "Rua Augusta 1500", "Via Roma 12"), then perhaps a neighbourhood ("Col. Roma Norte", "Bairro …") and the
// postal code and town. Capitalised type words only, so "via email 2 times" stays; tried only where one is written.
const TYPE_FIRST_STREET = new RegExp(
  `(?<![\\p{L}])(?:Calle|Avenida|Avda\\.|Carrera|Paseo|Camino|Rua|Travessa|Praça|Via|Viale|Piazza|Corso|Carrer)[ \\t]+` +
    `(?:(?:de|del|de la|da|do|dos|das|di|della|dei)[ \\t]+)?${CAP_WORD}(?:[ \\t]+${CAP_WORD}){0,3},?[ \\t]+(?:No\\.?[ \\t]*|n[º°][ \\t]*|#[ \\t]*)?\\d{1,5}[A-Za-z]?(?![\\w\\/]|[.,]\\d)` +
    `(?:,?\\s*${UNIT})?(?:,\\s*(?:Col\\.|Colonia|Bairro|Barrio)[ \\t]+${CAP_WORD}(?:[ \\t]+${CAP_WORD}){0,2})?(?:${TOWN_AND_POSTCODE})?`,
  'gu',
);
const TYPE_FIRST_GATE = /Calle|Avenida|Avda|Carrera|Paseo|Camino|Rua |Travessa|Praça|Via |Viale|Piazza|Corso|Carrer/;

// ── Chinese ─────────────────────────────────────────────────────────────────────────────────────────
const HAN = '[\\u4e00-\\u9fff]';
const NUM = '(?:\\d+|[一二三四五六七八九十百]+)';
// 台北市大安區復興南路一段100號, 新竹縣竹北市光明六路東一段55號7樓, 上海市徐汇区漕溪北路398号2号楼1203室:
// optional county, city and district, a road or street, optional section/lane/alley, a house number, and
// optional building, floor and room. Hong Kong and Macau addresses open with the region (香港灣仔軒尼詩道123號5樓).
// After the number, a building and its block and room: 103号维多利广场B座2408. Only taken when a block follows,
// so "103号附近的社区中心" keeps its words. The building's name may hold Latin letters (88号SOHO现代城A座1201室).
const BUILDING_BLOCK = `(?:[\\u4e00-\\u9fffA-Za-z]{0,8}?(?:广场|廣場|大厦|大廈|大楼|大樓|中心|花园|花園|小区|小區|公寓|大院|商场|商場|城))?[A-Za-z\\d]{1,3}[座栋棟幢](?:\\d{1,3}[樓楼层層F])?(?:\\d{1,5}(?:[室房号號])?)?`;
// A building after the number, Beijing's courtyard compounds (建国路88号院3号楼1201) and unit (2棟3單元501) included.
// After a building or unit a bare number is the flat, which no room word need close, but not one that a floor word
// or 之 follows (5樓之2 is read below) or a word (2樓2次).
const BUILDING_AND_FLAT = `\\d+[號号]?[樓楼栋棟座幢](?:\\d+(?:单元|單元))?(?!\\d+[樓楼层層F之])(?:\\d{1,5}(?:[室房号號]|(?![\\d\\u4e00-\\u9fff])))?`;
// Shanghai writes the flat bare after the house number (漕溪北路398弄12号601，): three or four digits that a pause
// closes, so "100号300元" or a reading keeps its words.
const BARE_FLAT = '\\d{3,4}(?=[，,。.；;、\\s]|$)';
// Session 7 round 2: a unit and a flat right after the house number (文三路478号2单元301), the flat before a pause.
// Session 12 round 2: an office tower or mall named before its floor (233号中信广场42楼): only with the floor after it.
const OFFICE_BUILDING = `(?:${HAN}{1,8}?(?:广场|廣場|大厦|大廈|大楼|大樓|中心|商场|商場|公寓))`;
const UNIT_AND_FLAT = '\\d{1,2}(?:单元|單元)\\d{3,4}(?:[室房]|(?=[，,。.；;、\\s]|$))';
// The wide form reads a province, a second district and a development area before the road; it is tried only where
// the text has one of them (each optional group is tried at every Han character, on every Chinese text).
const zhAddress = (WIDE: boolean) => new RegExp(
  `(?:香港|九[龍龙]|新界|澳[門门])?${WIDE ? `(?:${HAN}{2,3}省)?` : ''}(?:${HAN}{2,3}[市縣县]){0,2}${WIDE ? `(?:${HAN}{1,4}[區区鄉乡鎮镇]){0,2}(?:${HAN}{0,4}(?:科技城|新城|科技园|科技園|开发区|開發區|工业园|工業園|园区|園區|新区|新區))?` : `(?:${HAN}{1,3}[區区鄉乡鎮镇])?`}(?:${HAN}{1,3}[村里])?(?:\\d+[鄰邻])?${HAN}{1,6}?(?:路|街|大道|道)\\n?` +
    `(?:[東西南北东]?${NUM}段)?(?:\\d+[巷])?(?:\\d+[弄])?\\d+(?:之\\d+)?[號号]院?(?:${UNIT_AND_FLAT}|${BUILDING_AND_FLAT})?(?:${BUILDING_BLOCK})?` +
    `(?:${OFFICE_BUILDING}?\\d+[樓楼层層F]|${NUM}[樓楼])?(?:之\\d+)?(?:\\s?\\d+[室房]|${BARE_FLAT})?`,
  'g',
);
const ZH_ADDRESS = zhAddress(false);
const ZH_ADDRESS_WIDE = zhAddress(true);
const NEEDS_WIDE = /省|[區区][^區区]{1,8}[區区]|科技|新城|开发区|開發區|工业园|工業園|园区|園區|新区|新區/;
// Mainland and Hong Kong housing estates have no road in the address: 阳光花园5栋2单元301, 幸福小區3號樓502室,
// 沙田第一城5座12樓B室.
// Session 10 round 2: the estate may follow a road and its lane or number (锦绣路1500弄阳光小区12号楼, 文三路90号东部软件园3号楼)
// or a subdistrict (望京街道花家地北里6号院3号楼): Beijing's 北里/南里 estates, parks of offices (软件园, 科技园), and a
// courtyard number before the building.
// Session 12: an estate called only 园 (望京西园), and its section or phase before the building (西园三区312号楼, 二期5栋), not a
// kindergarten's, a park's or a zoo's (幼儿园3号楼, 公园, 动物园).
const zhEstate = (WIDE: boolean) => new RegExp(
  `(?:${HAN}{2,3}[市縣县])?(?:${HAN}{1,3}[區区])?${WIDE ? `(?:${HAN}{2,4}(?:街道|[镇鎮]))?(?:${HAN}{1,6}?(?:路|街|大道)\\d+[弄号號])?` : ''}${HAN}{2,6}?(?:小区|小區|社区|社區|花园|花園|新村|家园|家園|公寓|大厦|大廈|邨|苑|城|山莊|山庄|[东西南北中東][里]|软件园|軟件園|科技园|科技園|产业园|產業園|工业园|工業園|(?<![儿兒公物校乐樂游遊陵])[园園])(?:[一二三四五六七八九十\\d]{1,2}[区區期])?` +
    `\\d+(?:[号號]院\\d+[号號]?[楼樓栋棟]|[号號]?[栋棟幢座]|[号號][楼樓])(?:\\d+(?:单元|單元))?(?:\\d+[樓楼层層](?:[A-Za-z\\d]{1,4}[室房])?|\\d+(?:室|[号號])?)?`,
  'g',
);
const ZH_ESTATE = zhEstate(false);
const ZH_ESTATE_WIDE = zhEstate(true);
const NEEDS_WIDE_ESTATE = /街道|[镇鎮]|[路街道]\d+[弄号號]/;
// Session 8: a Hong Kong estate's block named after the estate, then floor and flat (沙田禾輋邨豐和樓12樓1203室).
const HK_ESTATE_BLOCK = new RegExp(
  `(?:香港|九[龍龙]|新界)?${HAN}{1,6}?(?:邨|村|花園|花园|苑)${HAN}{1,4}?(?:樓|楼|閣|阁|苑|大廈|大厦)\\d{1,2}[樓楼]\\d{1,4}[室號号]?`,
  'g',
);
// Words that lead into an address but are not part of it ("住在", "家住", "地址是").
const LEAD_IN = /^(?:我|家|住|在|喺|于|於|址|是|地|到|寄|送|:|：)+/;

// Two parts of an address found apart and joined by a comma are one address ("PO Box 1182, 19 Rue de la Montagne,
// Québec QC G1R 4P6"): the comma between them must go with them.
function joinAdjacent(found: Candidate[], scan: string): Candidate[] {
  if (found.length < 2) return found;
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const joined: Candidate[] = [];
  for (const c of sorted) {
    const last = joined[joined.length - 1];
    if (last && c.start >= last.end && /^[ \t]*[,，][ \t]*$/.test(scan.slice(last.end, c.start))) {
      joined.push({ ...last, end: Math.max(last.end, c.end) });
    }
    joined.push(c);
  }
  return joined;
}

export const detectAddresses: Detector = (scan) => {
  const out: Candidate[] = [...matches(scan, EN_ADDRESS, 'address'), ...(TYPE_FIRST_GATE.test(scan) ? matches(scan, TYPE_FIRST_STREET, 'address') : []), ...(RESIDENCE_WORD.test(scan) ? matches(scan, NAMED_RESIDENCE, 'address') : []), ...(POSTCODE_WORD.test(scan) ? matches(scan, NAMED_POSTCODE, 'address', 1) : [])];
  for (const c of [...matches(scan, NEEDS_WIDE.test(scan) ? ZH_ADDRESS_WIDE : ZH_ADDRESS, 'address'), ...matches(scan, NEEDS_WIDE_ESTATE.test(scan) ? ZH_ESTATE_WIDE : ZH_ESTATE, 'address'), ...matches(scan, HK_ESTATE_BLOCK, 'address')]) {
    const lead = LEAD_IN.exec(scan.slice(c.start, c.end))?.[0].length ?? 0;
    out.push({ ...c, start: c.start + lead });
  }
  return joinAdjacent(out, scan);
};
