import { W, re, ZH_HYPERBOLE_BEFORE } from './patterns.js';
import type { Concept } from './types.js';

// "blood pressure readings vary a lot", "lots of blood tests": a measurement, not a bleed.
// What blood is measured for: "blood pressure", "blood sugar", "blood tests".
const MEASURED = '(?:pressure|sugar|glucose|tests?|work|counts?|levels?|type|results?|readings?|panels?)';
const OTHER_BLOOD = new RegExp(`\\bbleed|\\bbled\\b|\\bblood\\b(?! ${MEASURED}\\b)|(?<![验抽])血(?![压糖检常脂])`);
const NOT_A_TEST = '(?!\\W+(?:pressure|sugar|glucose|tests?|work|counts?|levels?|type|donations?|results?|readings?|panels?|cells?|thinners?|vessels?)\\b)';

const NAMED_BLEED = /\bbleed|\bbled\b|\bnose ?bleed|\bblood\b(?! (?:pressure|sugar|glucose|tests?))|鼻血|出血|流血/;

/** Red-flag vocabulary: bleeding. */
export const BLEEDING: Concept[] = [
  {
    id: 'severeBleeding',
    pattern: re([
      `\\b(?:pool|puddle) of ${W(2)}blood\\b`,
      `\\b(?:bleed\\w*|blood${NOT_A_TEST})\\W+${W(3)}(?:won'?t stop|will not stop|keeps? (?:coming|flowing|pouring)|everywhere|a lot|so much|very much|too much|lots|heavily|profusely|nonstop|non-stop|for an hour|for hours)\\b`,
      `\\b(?:pool|puddle|cups?) of blood\\b|\\bsoak\\w* (?:through|with blood)\\b|(?<!subconjunctival |retinal |splinter )\\bha?emorrhag\\w*`,
      '(?:出血|流血|血)[^,，。;；]{0,6}(?:很多|好多|大量|不止|止不住|不停|停不下|湿透|一大片|一摊|一滩)|(?:流|出|冒|喷|涌)(?:了)?(?:很多|好多|大量|一大摊|一大滩)(?:的)?(?:鲜)?血|(?:咳|咯|吐|呕)出?(?:了)?[^,，。;；]{0,3}(?:一大口|大口|很多|好多|大量)(?:的)?(?:鲜)?血',
      `\\bbleed\\w*\\W+${W(5)}(?:won'?t|will not|doesn'?t|does not|can'?t|cannot|isn'?t|not|never) stop\\w*`,
      `\\b(?:won'?t|can'?t) stop (?:the )?bleed\\w*`,
      `\\b(?:heavy|heavily|severe|severely|profuse\\w*|uncontroll\\w*|massive|lots of|a lot of|nonstop|non-stop|pouring|(?:large|huge|big) amounts? of|(?:large|huge) quantit\\w+ of)\\W+${W(3)}(?:bleed\\w*|blood\\b${NOT_A_TEST})`,
      `\\bbleed\\w*\\W+${W(2)}(?:heavily|a lot|profusely|badly|bad(?! enough)|nonstop|non-stop|everywhere|like crazy)\\b`,
      // Blood gathering under the wound, and a bleed timed long: "blood is pooling on the floor", "his nosebleed has been going for 45 minutes".
      "\\bblood (?:is |was |has been |keeps )?(?:pooling|puddling|collecting|dripping) (?:on|onto|all over) (?:the )?(?:floor|ground|tiles|carpet|seat)\\b|\\b(?:nose ?bleed|bleed(?:ing)?)\\b[^.;!?]{0,20}\\b(?:going|going on|lasting|lasted|gone on) (?:for )?(?:over |more than |about |almost |nearly )?(?:[2-9]\\d|twenty|thirty|forty|forty-five|fifty|sixty) min\\w*",
      // A nosebleed that pressure does not stop, or that runs down the throat: "pinching doesn't help at all".
      // Read only in a post that names a bleed (accept below): "it's pouring down my throat", "filled half a bowl".
      "\\b(?:it|blood)(?:'s| is| keeps| was)? (?:pouring|running|gushing|streaming) down (?:my|his|her|the back of (?:my|his|her)) throat\\b|\\b(?:filled|filling) (?:half |most of )?(?:a |an )?(?:bowl|basin|cup|mug|sink)\\b(?! (?:with|of) (?!blood))",
      '\\bblood (?:is |keeps |was )?(?:pouring|gushing|spurting|streaming|pumping|running) ?(?:out|everywhere|down)?\\b',
      // Vomit like coffee grounds (blood digested in the stomach), as the English "coffee grounds" below.
      '(?:吐|呕)[^,，。;；]{0,8}咖啡渣|咖啡渣(?:样|一样|似的)?[^,，。;；]{0,4}(?:呕吐|吐)',
      '(?:大便|便便|屎|粪便|拉的|排便)[^,，。;；]{0,6}(?:柏油|沥青)|(?:柏油|沥青)(?:样|状|色|一样|似的)[^,，。;；]{0,4}(?:便|屎)|黑便[^,，。;；]{0,4}(?:像|如)(?:柏油|沥青)',
      '\\bcoffee[- ]grounds?\\b|\\btarry (?:stools?|poo|poop)\\b|\\bmelena\\b|\\bblack (?:tar|tarry)\\b|\\b(?:poo|poop|stools?)\\w* (?:is |are |was |were )?(?:like |black (?:like |as )?)tar\\b',
      "\\b(?:filling|filled|soaking|soaked|going through|gone through|changing) (?:a |one |my |her |the )?(?:pad|pads|sanitary pad|maxi pad|towel)s? (?:an|every|each|in an|in one|in half an|within an) (?:hour|half hour)\\b",
      // Blood coming through what is pressed or tied on the wound, and "very much blood" as a second language puts it.
      `\\b(?:blood|bleed\\w*)\\b[^.;!?]{0,30}\\b(?:through|thru) (?:the |his |her |my |a |our )?(?:cloth|towel|tea towel|bandage|dressing|gauze|shirt|t-shirt|tshirt|rag|tourniquet)\\b|\\b(?:very|so|too) much blood\\b${NOT_A_TEST}`,
      '(?:血|出血|流血)[^,，。;；]{0,6}(?:渗透|渗出|透过|穿过)[^,，。;；]{0,3}(?:毛巾|布|纱布|绷带|衣服)',
            '\\bspurt\\w*|\\bgush\\w*|\\bpumping blood\\b|\\bblood everywhere\\b|\\bsoak\\w* through\\b|\\bsoaked\\b',
      `\\b(?:vomit\\w*|throwing up|threw up|throw up|coughing up|coughed up|cough up)\\W+${W(7)}blood\\b`,
      // Blood brought up by the mouthful, as after a tonsillectomy: "spitting out mouthfuls of bright red blood and clots".
      // Plural: a mouthful of blood after a tooth is pulled is expected.
      `\\bmouthfuls of ${W(3)}blood\\b${NOT_A_TEST}`,
      "\\b(?:has been|have been|'s been|been|still|keeps?|kept) (?:bleed\\w*|pouring|gushing|pumping|spurting|dripping)\\b[^.;!?]{0,30}\\bfor (?:(?:over |more than |about |almost |nearly )?(?:[2-9]\\d|twenty|thirty|forty|forty-five|fifty|sixty) min\\w*|(?:over |more than |about |almost )?(?:an|one|two|three|\\d) hours?|half an hour)\\b",
      '(?:血|鼻血)[^,，。;；]{0,8}(?:半个?(?:多)?小时|[一二两三几]个?(?:多)?(?:钟头|小时)|[二三四五六]十(?:多)?分钟|[2-9]\\d\\s*(?:多)?分钟)|(?:吐|呕|咳|咯)了?(?:好几|几|满)口[^,，。;；]{0,4}血',
      '大出血|大量出血|(?<![脑颅眼底胃肠皮下结膜])出血[^,，。;；]{0,3}(?:很多|好多|太多|较多|不止|止不住|厉害)|血流不止|流血不止|血[^,，。;；]{0,4}(?:喷|涌|往外冒|直冒|冒个不停|往外流)|大量流血|(?:出血|流血|血)[^,，。;；]{0,10}(?:止不住|停不下|不停|不止)|流了(?:很多|好多|一大堆)血|(?:拉|便|吐|咳|咯|呕)了?[^,，。;；]{0,4}(?:一大摊|一大滩|一大口|一大堆|很多|好多|大量)[^,，。;；]{0,2}血|血流了(?:很多|好多)|喷血|(?:吐|呕)血(?!丝)|大口[^,，。;；]{0,2}(?:吐|咯|咳)血|大量咯血|(?:血|纱布|毛巾|绷带|卫生巾|床单)[^,，。;；]{0,6}湿透|湿透[^,，。;；]{0,3}(?:纱布|毛巾|绷带|卫生巾)',
    ]),
    // "寫報告寫到快吐血", "气到吐血": a degree complement with an ordinary cause is hyperbole. "大便柏油便吗？" asks
    // whether it is the sign.
    // Two kinds of stroke contrasted ("ischemic and hemorrhagic stroke") name the terms, not a bleed.
    // Blood given or drawn ("donated so much blood today", "they took a lot of blood for tests") is no bleed.
    lookAlike: { before: new RegExp(`${ZH_HYPERBOLE_BEFORE.source}|\\bischa?emic (?:and|or|vs\\.?|versus) $|\\b(?:donat\\w*|gave|give|giving|drew|drawn|took|taken) $`), after: /^[^,，。;；]{0,3}(?:吗|(?<![怎什这那多])么|嘛)|^\w*(?: strokes?)? (?:and|or|vs\.?|versus) (?:an? )?ischa?emic\b/ },
    accept: (m, text) => !/\bthroat$|^fill/.test(m[0]) || NAMED_BLEED.test(text),
    // Heavy menstrual bleeding is a question for a doctor, not an emergency call.
    // Gums that bleed when brushed or flossed are a question for a dentist.
    unlessClause: /\bperiods?\b|\bmenstrua|月经|例假|经期|\bgums?\b|\bfloss\w*|\bbrush(?:ing)? (?:my |his |her )?teeth\b|牙龈|刷牙|(?:a little|a bit|streaks?|spots?|tinge|traces?) of blood/,
  },
  // Black stools (blood digested on the way down) are a call with faintness; alone they may be iron tablets.
  {
    id: 'blackStool',
    pattern: re([
      "\\b(?:poo|poop|stools?|bowel movements?|motions|bm)\\w*\\b[^.;!?]{0,20}\\b(?:jet|pitch|very|really|coal)?[- ]?black\\b|\\bblack (?:and sticky |sticky |tarry |tar-like )?(?:poo|poop|stools?|bowel movements?|motions)\\b",
      '黑便|(?:大便|便便|屎|粪便|拉的)[^,，。;；]{0,4}(?:全|都|很|好|特别|非常)?黑',
    ]),
  },
  { id: 'menstrual', pattern: re(['\\bperiods?\\b|\\bmenstrua\\w*|\\bmenses\\b', '月经|例假|经期']) },
  // Not a sign: blood named only as a measurement ("my blood pressure readings vary a lot", 血糖, 验血), with no other
  // word for blood or bleeding in the post. reading.ts makes it an all-clear for severe bleeding, so the learned
  // complement, which leans on "blood" and "a lot", may not alarm for it. Blood thinners are no measurement.
  {
    id: 'bloodMeasuredOnly',
    pattern: re([`\\bblood ${MEASURED}\\b`, '血压|血糖|验血|抽血|血检|血常规|血脂']),
    accept: (_m, text) => !OTHER_BLOOD.test(text),
  },
  {
    // Mucus named as what runs down the throat or out of the nose: a cold's post-nasal drip, not a bleed or
    // choking ("snot running down the back of my throat all night", 鼻涕倒流到喉咙). An explanation, no sign: with
    // no sign of a category seen it sets that category aside for the learned complement (reading.ts). Not
    // when the text names blood ("snot streaked with blood pouring down my throat").
    id: 'benignDrainage',
    pattern: re([
      `\\b(?:snot|mucus|mucous|phlegm|catarrh|sinus drainage|drainage|gunk|goo)\\b\\W+${W(4)}(?:running|runs|ran|dripping|drips|dripped|draining|drains|drained|trickling|trickles|pouring|pours|going|goes|sliding|slides|flowing|flows|coming)\\W+(?:\\w+\\W+)?down\\b`,
      '\\bpost[- ]?nasal drip\\w*|\\bnasal drip\\b|\\bpnd\\b',
      '鼻涕倒流|后鼻滴流|后鼻漏|鼻涕[^,，。;；]{0,6}(?:流|滴|倒流)[^,，。;；]{0,4}(?:喉咙|嗓子|喉)|(?:痰|鼻涕|鼻水|黏液)[^,，。;；]{0,4}(?:往下|倒)流',
    ]),
    accept: (_m, text) => !OTHER_BLOOD.test(text),
  },
];
