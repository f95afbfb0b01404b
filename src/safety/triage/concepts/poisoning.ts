import { parseCount } from '../numbers.js';
import { GARAGE_ENGINE, W, re, ZH_NUM } from './patterns.js';
import type { Concept } from './types.js';

// Common drugs taken in overdose, named instead of "pills" ("took 20 panadol").
const ZH_DRUG_NAMES = '普拿疼|普拿痛|必理痛|泰诺|扑热息痛|对乙酰氨基酚|布洛芬|阿司匹林|安眠药|止痛药|安定|史蒂诺斯|思诺思|佐沛眠|抗忧郁药|抗抑郁药|降压药|血压药|感冒药|退烧药';
const DRUG_NAMES =
  'paracetamol|acetaminophen|tylenol|panadol|ibuprofen|advil|nurofen|aspirin|xanax|valium|diazepam|sertraline|prozac|insulin|painkillers|antidepressants|sleeping pills|' +
  // Opioids and sedatives by their street or brand names: "an empty bottle of his oxy".
  'oxy|oxys|oxycodone|oxycontin|percocet|percs|vicodin|norco|hydrocodone|codeine|tramadol|morphine|fentanyl|methadone|benzos|ambien|zolpidem|zopiclone|klonopin|clonazepam|ativan|lorazepam|seroquel|quetiapine';

// Medicines whose safe and toxic doses lie close together: a double dose told with a sign of toxicity is a call.
// Named by what they are for too, as relatives tell it: "her heart pills twice", "his blood thinner again".
// Medicines that slow the heart or drop the blood pressure (a beta blocker, a calcium channel blocker), named by what
// they are for too: "took my blood pressure tablets twice and a third time, now my heart is very slow" (v21b).
const NARROW_MARGIN =
  '(?:heart|blood thinning|diabetes|diabetic|sugar|blood pressure|bp|heart rate|heart rhythm) (?:pills|tablets|medicine|medication|meds)|beta[- ]?blockers?|bisoprolol|metoprolol|atenolol|propranolol|carvedilol|nebivolol|amlodipine|nifedipine|verapamil|diltiazem|降压药|降血压药|血压药|blood thinners?|心脏(?:的)?药|降血糖药|降糖药|抗凝(?:血)?药|digoxin|lanoxin|lithium|warfarin|coumadin|insulin|methotrexate|theophylline|flecainide|colchicine|morphine|oxycodone|fentanyl|methadone|tramadol|phenytoin|carbamazepine|sulfonylurea|gliclazide|glipizide|glibenclamide|地高辛|毛地黄|狄高辛|锂盐|碳酸锂|华法林|可迈丁|胰岛素|甲氨蝶呤|秋水仙|吗啡|羟考酮|芬太尼|美沙酮|曲马多|苯妥英|卡马西平';

// A lick of soap or toothpaste is harmless; a lick of a caustic cleaner is not, so only these are minor.
const MILD_PRODUCTS = '洗碗精|洗洁精|洗手液|洗手乳|肥皂|沐浴|洗发|牙膏|泡泡水|dish soap|hand soap|washing[- ]up liquid|soap|shampoo|toothpaste|bubble';
const A_LICK = new RegExp(`(?:舔了?一(?:下|口|点)|舔到一点|尝了?一(?:下|口)|a (?:lick|taste|tiny taste) of|licked (?:a (?:bit|little) of )?(?:the )?)[^,，。;；]{0,6}(?:${MILD_PRODUCTS})`);

// A poisoning named as a topic: prevented, taught, or asked about by the public ("如何预防孩子误食", "关于老人误服药物的
//宣传", "民众来问小孩误食干燥剂的时候"); a teaching word after it ("误服药物的卫教").
const ZH_TOPIC_BEFORE = /(?:关于|有关|针对|预防|防止|避免|宣导|(?:民众|病人|病患|家长|客人|顾客|患者|大家)(?:来|常|常常|都)?(?:问|询问|咨询)(?:到|起)?)[^,，。;；]{0,6}$/;
const FIGURATIVE_OVERDOSE = /^\s*on (?:netflix|tv|television|youtube|tiktok|instagram|social media|memes|anime|k-?dramas?|dramas?|series|shows?|reality tv|video games|games|gaming|the game|christmas|holidays?|chocolate|candy|sweets|cake|cookies|pizza|junk food|carbs|sugar (?:and|at|this|over|last)|cuteness|nostalgia|love|sunshine|work|studying|homework|music|kpop|k-pop|cheese|fries)\b/;
const ZH_TOPIC_AFTER_OR_FIGURATIVE = new RegExp(`${FIGURATIVE_OVERDOSE.source}|^[^,，。;；]{0,10}(?:的)?(?:宣传|卫教|讲座|科普|海报|课程|教案|讲法|衛教|宣导)`);

// Household poisons, named by toxicSubstance and by the slang of gulping them down in ingestedSome.
const TOXIC_EN =
  'bleach|detergent|dishwasher (?:liquid|tablet)|dish soap|washing[- ]up liquid|laundry (?:pod|liquid|detergent)|drain cleaner|toilet cleaner|oven cleaner|antifreeze|pesticide|weed ?killer|rat poison|lamp oil|paraffin|kerosene|gasoline|petrol|methanol|paraquat|gramoxone|organophosphate\\w*|cyanide|strychnine|(?:windscreen |windshield )?washer fluid|screenwash|lighter fluid|button batter\\w*|magnets?|e-?liquid|vape (?:juice|liquid|oil)|vape|nicotine';
const TOXIC_ZH = '百草枯|巴拉刈|克无踪|有机磷|氰化物|氰化钾|毒鼠强|防冻液|洗碗精|洗洁精|洗衣精|洗衣液|洗衣粉|洗衣凝珠|洗衣球|清洁剂|漂白水|漂白剂|消毒液|消毒水|洁厕|农药|杀虫剂|除草剂|老鼠药|鼠药|煤油|汽油|纽扣电池|电池|磁铁|干燥剂';

/** Red-flag vocabulary: poisoning and overdose. */
export const POISONING: Concept[] = [
  {
    id: 'poisoning',
    minorAmount: A_LICK,
    // "overdosed on netflix", "OD'd on chocolate": too much of something that is not a drug.
    // A topic, not an event: taught, prevented or asked about by others ("关于老人误服药物的宣传", "民众来问小孩误食…").
    lookAlike: { before: ZH_TOPIC_BEFORE, after: ZH_TOPIC_AFTER_OR_FIGURATIVE },
    pattern: re([
      GARAGE_ENGINE,
      '(?:喝|吃|吞|舔)(?:了|到|下)[^,，。;；]{0,6}(?:洗碗精|洗洁精|洗衣精|洗衣液|洗衣粉|洗衣凝珠|清洁剂|漂白|消毒|农药|杀虫剂|洁厕)|(?:洗碗精|洗洁精|洗衣精|洗衣液|清洁剂|漂白水|消毒液)[^。]{0,12}(?:喝到|喝了|吃到|吞了|舔到)',
      '\\bsnake ?bite\\b|\\b(?:bitten|bit|a bite|bite) (?:by|from) (?:a |the )?(?:snake|viper|cobra|adder|rattlesnake)\\b|\\bsnake (?:bit|has bitten)\\b|被(?:毒)?蛇咬',
      '(?:喝了|吃了|吞了|误喝|误食|误服)[^,，。;；]{0,6}(?:洁厕|厕所清洁|管道疏通|84|甲醇|煤油|杀虫|蚊香液|干燥剂|水银|老鼠药|鼠药|毒蘑菇|野蘑菇|河豚|清洁剂|漂白|消毒)',
      '\\bod(?:\\x27?d|ed)?\\s*了|\\b(?:has|have|had|just|i|he|she|they|friend|wife|husband) od(?:\\x27?d|ed)?\\b|\\b(?:engine|car) running\\b[^.;!?]{0,30}\\b(?:garage|shed)\\b|\\bhose (?:from|on|to) the exhaust\\b|\\boverdos\\w*|\\b(?:been |was |got |is |am )poisoned\\b|\\bcarbon monoxide\\b(?! (?:alarms?|detectors?)\\b(?![^.;!?]{0,25}\\b(?:going off|went off|goes off|beeping|beeps|sounding|keeps)))',
      `\\b(?:drank|drink\\w*|drunk|ingest\\w*|ate|eat\\w*|swallow\\w*|chew\\w*|lick\\w*|suck\\w*|bit into|biting)\\W+${W(5)}(?:bleach|antifreeze|detergent|dishwasher|cleaner|pesticide|insecticide|weed ?killer|herbicide|paint thinner|lighter fluid|gasoline|petrol|kerosene|lamp oil|paraffin|turpentine|methanol|acetone|nail polish remover|cleaning (?:liquid|fluid|product|spray|solution)|toilet cleaner|oven cleaner|drain cleaner|lye|caustic \\w+|e-?liquid|vape (?:juice|liquid)|nicotine|mothballs?|fertili[sz]er|button batter\\w*|batter(?:y|ies)|laundry pods?|rat poison|poison|chemicals?|drain|mushrooms?|magnets?)\\b`,
      `\\btook\\W+(?:way\\W+)?too\\W+many\\b|\\btoo many (?:pills|tablets)\\b`,
      '\\bmix\\w* (?:bleach|ammonia)\\b|\\b(?:bleach|chemical|toxic) (?:fumes|gas)\\b|\\binhal\\w* (?:fumes|gas|chemicals)\\b',
      '误服(?!了?(?:一|两|1|2)(?:片|颗|粒))|误食|误喝|除虫剂|杀虫水|(?:误吞|吞了)[^,，。;；]{0,6}(?:电池|磁|药|洗衣|清洁|消毒|漂白|农药|干燥剂)|农药|百草枯|敌敌畏|(?:蟑螂|老鼠|蚂蚁|苍蝇|灭鼠|杀虫)药|(?:漂白|消毒|清洁|洁厕|洗衣)[^,，。;；]{0,3}当(?:成|作)?[^,，。;；]{0,6}(?:喝|吃|吞|加|倒|放)|(?:漂白|消毒液|清洁剂|洁厕)[^,，。;；]{0,6}(?:加到|倒进|放进|加进)[^,，。;；]{0,4}(?:菜|汤|饭|水|茶|饮料)|除草剂|杀虫剂|老鼠药|鼠药|中毒|一氧化碳(?!(?:警报|报警器|探测器|侦测器|检测器)(?![^,，。;；]{0,4}(?:响|叫)))|煤气(?!(?:警报|报警器|探测器|侦测器|检测器)(?![^,，。;；]{0,4}(?:响|叫)))|烧炭|服药过量|吃药过量|药物过量|过量服',
      `喝了[^,，。;；]{0,6}(?:漂白|消毒液|洗洁精|清洁剂|汽油|洗衣|酒精|84)`,
    ]),
  },
  {
    id: 'pillCount',
    pattern: re([
      `\\b(?:took|taken|take|swallowed|ate|had|popped|downed|necked|chugged|chewed)\\W+(?:about\\W+|around\\W+|maybe\\W+|like\\W+|over\\W+)?(\\d+|twenty|thirty|forty|fifty|a whole|the whole|an entire|a handful of)\\W+(?:[颗片粒]\\s*)?${W(3)}(?:pills|tablets|capsules|bottle|pack|box|of (?:my|her|his|the)|${DRUG_NAMES})`,
      `\\b(?:took|taken|swallowed|ate)\\W+(?:every|all (?:of )?(?:the|my|her|his|their)) (?:[\\w-]+ )?(?:pills|tablets|capsules|meds|medication|${DRUG_NAMES})\\b`,
      `(?:一整瓶|整瓶|一大瓶|一整盒|整盒|一整罐|整罐|一整排|整排|一整板|整板)[^,，。;；]{0,8}(?:药|糖浆|药水|止咳水|${ZH_DRUG_NAMES})[^,，。;；]{0,3}(?:都|全)?(?:喝|吃|吞)(?:光|完|掉|了)`,
      // An amount nobody knows: "an unknown quantity of my tablets", "不知道吃了几颗".
      '\\b(?:an? )?unknown (?:quantity|amount|number) of\\b[^.;!?]{0,30}\\b(?:pills|tablets|capsules|meds|medication|medicine)\\b|\\b(?:don\'?t|do not|dont) know how many (?:pills|tablets|capsules)?\\b[^.;!?]{0,10}\\b(?:took|taken|ate|swallowed)\\b|不知道(?:吃|吞)了(?:几|多少)(?:颗|片|粒)',
      '(?:所有|全部|整)(?:的)?[^,，。;；]{0,5}药[^,，。;；]{0,2}(?:都|全)?(?:吃|吞|喝)(?:了|掉|光|下)',
      // Half a bottle only of medicine: "half a bottle of wine" is an evening, not an overdose.
      `\\b(?:half a|half the) (?:bottle|pack|packet|box|jar|tub) of (?:[\\w-]+ ){0,2}(?:pills|tablets|capsules|gummies|vitamins|meds|medication|medicine|syrup|${DRUG_NAMES})\\b`,
      `\\b(?:a whole|the whole|an entire) (?:bottle|pack|packet|box) of\\b|\\bempty (?:pill )?(?:bottle|packet|pack|box|blister pack)s? of (?:(?:his|her|my|their|the) )?(?:pills|tablets|capsules|meds|medication|${DRUG_NAMES})\\b`,
      // A supply meant for weeks, taken at once: "my whole month's supply of sertraline".
      `\\b(?:took|taken|swallowed|ate)\\W+(?:my|his|her|their|a|the)\\W+(?:whole\\W+|entire\\W+|full\\W+)?(?:month'?s?|week'?s?|two weeks'?|prescription)\\W*(?:worth|supply|prescription|pills|tablets|meds)\\b`,
      `(?:吃了|吞了|服了)[^,，。;；]{0,4}?(成排|成板|成樽|成盒|成瓶|成包|一整瓶|一瓶|整瓶|大半瓶|半瓶|半盒|半板|一整盒|整盒|一整板|整板|一板|一整排|一排|一大把|一把|一堆|好几片|好多片|${ZH_NUM}\\s*多?\\s*[颗片粒])`,
      `药[^,，。;；]{0,2}吃了(好几片|好多片|一把|${ZH_NUM}\\s*[颗片粒])`,
      '(?:整盒|整瓶|整板|整排|一盒|一瓶)[^,，。;；]{0,6}药[^,，。;；]{0,3}吃',
      // The medicine named first, the amount after it, as the 把 construction tells it: 把我的降血压药整排吃掉了, 药整瓶吞了.
      // Not 吃完 ("finished the bottle", a prescription used up over weeks).
      `药[^,，。;；]{0,3}(?:一整排|整排|成排|一整板|整板|成板|一整盒|整盒|成盒|一整瓶|整瓶|成瓶|一大把|大半瓶|半瓶)(?:都|全)?(?:吃|吞|喝)(?:光|掉|了|下)(?!药)`,
      // "吃了很多安眠药" at once, not "吃了很多种胃药" over months.
      `(?:吃了|吞了|服了)(很多|好多|大量|一大把|一堆)(?![种样次的])[^,，。;；]{0,4}药`,
      `\\b(?:took|taken|swallowed)\\W+(a lot of|lots of|loads of|a load of|a bunch of|heaps of|many|so many|tons of)\\W+${W(2)}(?:pills|tablets|sleeping|painkillers|${DRUG_NAMES})`,
    ]),
    accept: (m) => {
      // "a whole bottle", "一把", "好几片" count as many; a number must reach ten to be an overdose by count.
      const amount = m.slice(1).find((g) => g !== undefined);
      if (amount === undefined) return true;
      const n = parseCount(amount.replace(/\s*[颗片粒]$/, ''));
      return n === undefined ? true : n >= 10;
    },
  },
  // The substance and the swallowing often sit in different clauses ("打翻洗碗精，好像有喝到几口"):
  // rules.ts pairs them across the text.
  {
    id: 'toxicSubstance',
    minorAmount: A_LICK,
    pattern: re([
      `\\b(?:${TOXIC_EN})\\b`,
      TOXIC_ZH,
    ]),
  },
  {
    id: 'ingestedSome',
    pattern: re([
      "\\b(?:swallowed|drank|ingested|licked|sucked) (?:some|a bit|a little|a mouthful|it|the (?:liquid|stuff|juice|lot|contents))\\b|\\bgot (?:some )?in (?:his|her|their) mouth\\b|\\bsome (?:in|was in) (?:his|her|their) mouth\\b",
      '喝到|喝了(?:一|几|两|好几)口|吞(?:下去|了|进去)|舔(?:到|了)|吃进去|吃到',
      // Slang for gulping a poison down, the poison named within a few words: "chugged a bottle of bleach", "downed half a
      // glass of antifreeze", 灌了半瓶漂白水. Only with the poison after the verb: "downed a glass of water" is not it.
      `\\b(?:chugg?(?:ed|ing)|downed|downing|necked|necking|gulped|gulping|guzzled|guzzling|swigged|swigging|knocked back|knocking back|slammed|drank down|drunk down)\\W+${W(5)}(?:${TOXIC_EN})\\b`,
      `(?<![浇])灌(?:了|下|进|下去了)?[^,，。;；]{0,6}(?:${TOXIC_ZH})`,
      // The container named and the poison in a clause after it: "drank from a water bottle my dad had put weedkiller in".
      "\\b(?:drank|drunk|drinking|sipped|swigged|gulped|swallowed) (?:some )?(?:from|out of)\\b|\\b(?:took|had) a (?:sip|swig|gulp|mouthful|swallow) (?:of|from)\\b|\\baccidentally (?:drank|swallowed|ate|ingested|drunk)\\b",
    ]),
  },
  {
    id: 'doubleDose',
    pattern: re([
      `\\b(?:too much|too many|an overdose|the wrong dose|a double dose|a triple dose|double|triple|double the dose of|twice the dose of|three times the dose of|extra)\\b(?: of)?(?: (?:her|his|my|their|the))?(?: [\\w-]+)? (?:${NARROW_MARGIN})|(?:${NARROW_MARGIN})[^.;!?。！？]{0,40}?\\b(?:twice|two times|three times|thrice|triple|tripled|double|doubled|a (?:second|third) (?:dose|time)|two doses|three doses|extra dose|again)\\b|\\b(?:twice|double dose|doubled up|two doses|an extra dose|a second dose)\\b[^.;!?]{0,40}?(?:${NARROW_MARGIN})`,
      `(?:打|吃|用)(?:了)?太多[^,，。;；]{0,3}(?:${NARROW_MARGIN})|(?:${NARROW_MARGIN})[^,，。;；]{0,6}(?:打|吃|用)(?:了)?太多|(?:${NARROW_MARGIN})[^。！？]{0,12}(?:吃了两次|吃两次|吃了三次|吃了(?:两|三|二)遍|重复(?:吃|打|服)|多吃了|多打了|打了两次|多服了|两倍|双倍)|(?:吃了两次|重复(?:吃|打|服)了?|多吃了|多打了|打了两次|双倍)[^。！？]{0,10}(?:${NARROW_MARGIN})`,
      // A week's or a month's pills taken at once: "took his whole week of heart tablets", 一次吃了一周的药.
      "\\b(?:took|taken|taking|swallowed|had|takes|popped) (?:all of |all )?(?:his|her|my|their|the|a) (?:whole|entire|full) (?:week|weeks|week'?s|month|month'?s|fortnight'?s?|organi[sz]er|dosette|blister pack|box|pack|packet)\\b(?! (?:ago|off|holiday|break))",
      '(?:一次|一起|一口气|全部)(?:吃|吞|服)(?:了|下|掉)?[^,，。;；]{0,4}(?:一整周|一周|一个星期|整个星期|一个月|整个月|整盒|一整盒|一整板)的?[^,，。;；]{0,4}药|(?:一整周|一周|一个星期|一个月|整盒|一整盒)的药[^,，。;；]{0,4}(?:一次|一起|一口气|全部)(?:吃|吞|服)',
    ]),
  },
  // Signs of a drug's toxicity after a double dose: halos and a racing or irregular heart (digoxin), shaking and
  // sweats (insulin), drowsiness, confusion, vomiting.
  {
    id: 'toxicEffect',
    pattern: re([
      "\\b(?:halos?|yellow(?:ish)? (?:vision|tint|halos?)|seeing yellow|irregular\\w*|flutter\\w*|racing|pounding|skipping|confus\\w*|muddled|drowsy|very sleepy|shak\\w*|trembl\\w*|sweat\\w*|clammy|vomit\\w*|throwing up|slow (?:heart|pulse))\\b|\\b(?:pulse|heart ?beat|heart rate)\\b[^.;!?]{0,20}\\b(?:slow|low|weak|irregular)\\b|\\b(?:dizz\\w*|light-?headed|very slow|so slow|really slow|out of it)\\b",
      '(?:心跳|脉搏)[^,，。;；]{0,4}(?:乱|不规则|不整|很慢|好慢|变慢|很快|漏拍)|心悸|(?:看东西|视线|眼前)[^,，。;；]{0,4}(?:黄|光圈|光晕)|意识不清|神志不清|嗜睡|发抖|手抖|冒冷汗|呕吐|一直吐|头晕',
    ]),
  },
  // A street drug taken (rules.ts pairs it with confusion, a collapse or a fit): "took molly at the festival", 嗑药之后.
  {
    id: 'streetDrug',
    pattern: re([
      "\\b(?:took|taken|taking|on|did|done|doing|dropped|popped|had|snorted|smoked|injected|shot up)\\b[^.;!?]{0,15}\\b(?:molly|mdma|ecstasy|e pills?|acid|lsd|ketamine|ket|coke|cocaine|crack|meth|crystal meth|speed|amphetamines?|spice|k2|bath salts|shrooms|magic mushrooms|ghb|pcp|heroin|fentanyl|drugs)\\b|\\b(?:high|tripping|rolling) on\\b",
      // A drink or a sweet spiked with something: "chocolate laced with something from a party", 饮料被下药.
      "\\b(?:laced|spiked) with\\b|\\b(?:drink|drinks|food|brownies?|gummies|sweets|candy|chocolate|edibles?) (?:was |were |got |had been )?(?:spiked|laced|drugged)\\b|\\b(?:got|been|was) (?:drugged|spiked)\\b",
      '(?:被|给)(?:人)?(?:下药|下了药)|饮料[^,，。;；]{0,4}(?:被|给)?(?:人)?(?:下药|加了东西)',
            '嗑药|嗑了|吸毒|吸了毒|摇头丸|k粉|k他命|冰毒|安非他命|可卡因|海洛因|大麻(?:糖|烟)?|笑气|喵喵|(?:吃|吸|打)了?[^,，。;；]{0,4}毒品',
    ]),
  },
  // An opioid overdose told by what it looks like: tiny pupils, breathing slow or snoring-like, in someone who has
  // passed out or cannot be woken (rules.ts pairs them). Snoring alone is sleep; slow breathing alone is calm.
  {
    id: 'opioidSigns',
    pattern: re([
      "\\b(?:pinpoint|pin-point|tiny|very small|really small) pupils\\b|\\bpupils\\b[^.;!?]{0,12}\\b(?:tiny|pinpoint|pin-point|like pinpricks|very small|really small)\\b|\\b(?:breathing|breaths?)\\b[^.;!?,]{0,8}\\b(?:very|really|so|super|extremely|weirdly|scarily) (?:slow|shallow)\\b|\\b(?:slow|shallow) breathing\\b|\\bsnoring (?:weird|weirdly|strange\\w*|loud\\w*|sounds?)\\b|\\bgurgling\\b",
      '瞳孔[^,，。;；]{0,3}(?:很小|好小|缩小|针尖)|针尖(?:样|大小)?(?:的)?瞳孔|呼吸[^,，。;；]{0,3}(?:很慢|好慢|变慢|很浅|很弱)',
    ]),
  },
  // Carbon monoxide told without the word: a CO alarm going off, or a fuel burner with several people ill at once
  // ("all four of us have headaches since we turned the old gas heater on"); rules.ts pairs them with a symptom.
  {
    id: 'coSource',
    pattern: re([
      "\\b(?:co|carbon monoxide|gas) (?:alarm|detector)\\b[^.;!?]{0,20}\\b(?:going off|went off|goes off|beeping|beeps|sounding|keeps)\\b|\\b(?:gas|paraffin|kerosene|propane|butane|oil|charcoal|coal|wood|diesel|petrol|camping|portable gas|patio) (?:heater|fire|stove|boiler|burner|brazier|grill|cooker)\\b|\\bboiler\\b|\\bgenerator\\b|\\bbrazier\\b|\\b(?:charcoal|bbq|barbecue|grill|hibachi)\\b[^.;!?]{0,20}\\b(?:inside|indoors|in the (?:tent|garage|room|bedroom|living room|house|caravan|cabin|basement|flat|apartment|kitchen|camper|van))\\b|\\bcar (?:was )?running in the garage\\b",
      '(?:一氧化碳|煤气)(?:警报|报警器|探测器)[^,，。;；]{0,4}(?:响|叫)|(?:燃气|煤气|瓦斯)(?:热水器|暖炉|炉)|热水器[^,，。;；]{0,6}(?:浴室|密闭|没开窗|关着窗)|(?:炭火|烧炭|煤炉|火锅|炭炉|木炭|炭盆|火盆|煤球|发电机)[^,，。;；]{0,8}(?:密闭|关着窗|没开窗|室内|房间|卧室|屋里|屋内|车里|车库|帐篷)|(?:房间|卧室|屋里|屋内|车里|车库|帐篷)[^,，。;；]{0,6}(?:烧炭|炭火|炭炉|炭盆|火盆|煤炉|煤球炉|发电机)|(?:煤油|柴油|瓦斯|燃气|炭)(?:暖炉|暖气|取暖器|炉子)',
    ]),
  },
  {
    id: 'coSymptoms',
    pattern: re([
      "\\b(?:all|both|everyone|everybody|the whole family|all (?:four|three|five|of us)|we all|we both|(?:two|three|four|five|several|most|a few) of us|the (?:kids|children) and (?:i|me)|my (?:wife|husband|partner|mum|mom|dad|kids?|son|daughter|brother|sister|parents|roommates?|flatmates?) and (?:i|me))\\b[^.;!?]{0,40}\\b(?:headaches?|feel(?:ing)? sick|nause\\w*|dizz\\w*|vomit\\w*|throwing up|sleepy|drowsy|confused)\\b|\\b(?:confus\\w*|passed out|collapsed|can'?t wake)\\b",
      '(?:全家|大家|我们都|我们两个|我们几个|我们三个|家里人都|家人都|一家人|两个人都|几个人都)[^,，。;；]{0,8}(?:头痛|头疼|头晕|想吐|恶心|呕吐|想睡)|(?:昏倒|晕倒|叫不醒|意识不清|神志不清)',
    ]),
  },
  // Alcohol poisoning: a large amount drunk and a person who cannot be roused (rules.ts pairs them).
  {
    id: 'heavyDrinking',
    pattern: re([
      "\\b(?:drank|drunk|downed|had) (?:a lot of|lots of|loads of|so much|too much|a whole bottle of|an entire bottle of|half a bottle of|a bottle of) (?:\\w+ )?(?:vodka|whisky|whiskey|rum|gin|tequila|alcohol|booze|wine|spirits|liquor|beer|soju|shots)\\b|\\b(?:blackout|very|extremely|really) drunk\\b|\\b(?:passed out|collapsed|unconscious|out cold)\\b[^.;!?]{0,20}\\b(?:drinking|drunk|alcohol|booze|vodka|shots)\\b",
      '喝了?(?:一斤|半斤|两斤|几斤|一瓶|一整瓶|好几瓶|很多|好多|大量)[^,，。;；]{0,3}(?:白酒|酒|啤酒|洋酒|红酒|高粱|烧酒)|喝(?:多|醉|挂|茫)了|喝到(?:挂|断片|茫|不省人事|掛)|醉得|烂醉|酒精中毒',
    ]),
  },
  {
    id: 'unrousable',
    pattern: re([
      "\\b(?:can'?t|cannot|cant|couldn'?t|unable to|won'?t|isn'?t|not) (?:wake|waking|rouse|get a response from)\\b|\\bunresponsive\\b|\\bunconscious\\b",
      "\\bhard to (?:wake|rouse)\\b|\\bbarely (?:conscious|awake|responsive)\\b",
      '叫不醒|叫不应|唤不醒|(?:怎么|咋)?叫(?:都|也)不醒|推(?:都|也)?不醒|拍(?:都|也)?不醒|昏睡不醒|不省人事|人事不省',
    ]),
  },
  // A child who got into someone else's medicine: any amount is a poisons-line call, whatever the count.
  {
    id: 'foundMedicine',
    pattern: re([
      "\\b(?:found|got into|got hold of|got at|into)\\b[^.;!?]{0,40}\\b(?:pills?|tablets?|medicine|meds|medication|capsules?)\\b",
    "\\b(?:pill|medicine|tablet|meds|medication) (?:bottle|box|pack|packet|container|organi[sz]er)s? (?:was |is |were |lying |left )?(?:open|opened|empty|emptied|on the floor)\\b",
      "\\b(?:grandma|grandpa|granny|grandad|grandmother|grandfather|nana|nan|mum|mom|dad|mother|father|sister|brother|husband|wife|partner|uncle|aunt|auntie)'?s (?:[\\w-]+ ){0,3}(?:pills|tablets|medicine|meds|medication|capsules)\\b",
      "\\b(?:pills?|tablets?|medicine|meds|medication|capsules?) of (?:his |her |my |the )?(?:grandma|grandpa|grandmother|grandfather|granny|mum|mom|mother|dad|father|husband|wife)\\b",
      '(?:当(?:成|作)?糖(?:果)?|偷吃|偷偷吃|翻出|翻到|拿到|找到)[^,，。;；]{0,8}药|药[^,，。;；]{0,8}当(?:成|作)?糖',
      // The teller's own medicine, told as a part of it: "my 4 year old ate some of my iron tablets", 吃了几颗我的药.
      "\\b(?:some|a few|a couple|several|a handful|a bunch|one|two|three|a load|half|most|all) of (?:my|our|mummy'?s|daddy'?s|mommy'?s) (?:[\\w-]+ ){0,2}(?:pills|tablets|capsules|gummies|vitamins|meds|medication|medicine)\\b",
      '(?:吃|吞|偷吃)了?(?:几颗|几片|一些|好几颗|好几片|[0-9]+颗|[0-9]+片)?我(?:们)?的[^,，。;；]{0,6}药',
      '(?:奶奶|爷爷|外婆|外公|姥姥|姥爷|阿嬷|阿公|阿嬤|妈妈|爸爸|大人)的[^,，。;；]{0,8}药',
      // The 把 construction puts the teller's medicine before the verb: 儿子把我的药吃了, 把我们的血压药吞了几颗.
      '把(?:我|我们|我老公|我太太|我老婆|我先生)的[^,，。;；]{0,8}药[^,，。;；]{0,6}(?:吃|吞)',
    ]),
  },
  // Base forms too, as a second language writes the past: "my son eat many pill of grandmother".
  // Pills missing from a bottle a child got into are counted as swallowed ("6 or 7 missing", 少了好几颗).
  {
    id: 'ingestedAny',
    pattern: re([
      "\\b(?:ate|eaten|eat|swallowed|chewed|took|taken|had some|consumed|ingested)\\b",
      "\\b(?:\\d+|a few|few|some|several|one|two|three|four|five|six|seven|eight|a couple|half)(?: (?:or|to|-) (?:\\d+|two|three|four|five|six|seven|eight|nine|ten))? (?:of them |of the (?:pills|tablets) |pills? |tablets? |capsules? )?(?:are |were |is |was |seem to be |look )?missing\\b|\\b(?:pills?|tablets?|capsules?) (?:are |were )?missing\\b|\\b(?:a few|some|several|\\d+|two|three|four|five|half) (?:of them |of the (?:pills|tablets) |pills? |tablets? )?(?:are|were|have) (?:gone|been eaten)\\b",
      '吃了|吞了|吃掉|吃下|吞下|服了|吃了好几|(?:少了|不见了|缺了)(?:好?几|一些|[0-9]+|[一二两三四五六七八九十]+)(?:颗|片|粒)',
    ]),
  },
  { id: 'child', pattern: re(['\\b(?:toddler|kid|kids|child|children|son|daughter|baby|boy|girl|grandson|granddaughter|grandchild|grandkid)\\b|\\b\\d+[- ]year[- ]old\\b|\\b\\d+ ?(?:yo|y/o|yr old|yrs old)\\b', '孩子|小孩|宝宝|儿子|女儿|幼儿|小朋友|孙子|孙女|外孙|囝仔|细路']) },
  { id: 'medicineTaken', pattern: re(['\\b(?:pills?|tablets?|medicine|medication)\\b', '药']) },
];
