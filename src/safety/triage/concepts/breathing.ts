import { W, re, ZH_HYPERBOLE_BEFORE } from './patterns.js';
import type { Concept } from './types.js';
import { parseCount } from '../numbers.js';

const BLOCKED_NOSE = /\b(?:stuffy|blocked|bunged|congested|stuffed)(?: up)? nose\b[^.,;!?]{0,25}$|\bnose (?:is |was |gets |feels )?(?:so |really |completely )?(?:blocked|stuffy|stuffed|congested|bunged)\b[^.,;!?]{0,25}$|(?:鼻塞|鼻子[^,，。;；]{0,3}(?:不通|堵|塞))(?:(?!突然|嘴|唇|胸|发紫|发青|脸)[^,，。;；]){0,10}$|鼻子[^,，。;；]{0,3}$/;
// "laughing so hard I can't breathe", "lmao i cant breathe": laughter, not breathlessness.
const LAUGHING = /\b(?:laugh\w*|lol|lmao|lmfao|rofl|giggl\w*|crying laughing)\b[^.;!?]{0,25}$|(?:笑)(?:到|得)[^,，。;；]{0,3}$/;

// Oxygen saturation read at home: under 90% is a call on its own.
const LOW_OXYGEN = 90;

// "Feels like I'm drowning" is also how overwhelm is told: not when what one is drowning in is not a fluid
// ("drowning in paperwork"), nor when the question tells of exhaustion or stress and of no breath. Refused in accept,
// so the sign counts as set aside and the learned complement may not alarm for it either.
const DROWNING = "\\bfeels? like (?:i'?m|he'?s|she'?s) drowning\\b";
const DROWNING_IN = /^\s*in (?:work|paperwork|bills|debt|stress|responsibilit\w*|homework|emails|chores|laundry|everything|it all|life|grief|sadness)\b/;
const OVERWHELM = /\b(?:exhausted|overwhelmed|stressed|burn(?:ed|t) out|emotionally|mentally|caregiv\w*|caring for|respite)\b/;
const A_BREATHING_SIGN = /\b(?:breath\w*|cough\w*|lips?|blue|gasp\w*|wheez\w*|chest|lie (?:down|flat)|air)\b|呼吸|喘|胸/;
const figurativeDrowning = (m: RegExpMatchArray, text: string) =>
  /drowning/.test(m[0]) && (DROWNING_IN.test(m.input!.slice((m.index ?? 0) + m[0].length)) || (OVERWHELM.test(text) && !A_BREATHING_SIGN.test(text)));

/** Red-flag vocabulary: breathing. */
export const BREATHING: Concept[] = [
  {
    id: 'severeBreathing',
    settlesWithRest: true,
    accept: (m, text) => !figurativeDrowning(m, text),
    belowThresholdIsSafe: true,
    // Snoring that "sounds like choking" is a question about sleep apnoea.
    // So are the fits of a known epilepsy described, what each one brings ("癫痫发作有…或喘不过气"): the seizure rules read those.
    unlessClause: /\bsnor\w*|\bsleep apn\w*|打呼|打鼾|呼噜|(?:癫痫|羊癫疯)[^,，。;；]{0,6}发作(?:时|的时候)?(?:有|会|都)/,
    // A blocked nose is not breathing difficulty: "can't breathe through it at night", "鼻塞到不能呼吸".
    lookAlike: {
      before: new RegExp(`${BLOCKED_NOSE.source}|${ZH_HYPERBOLE_BEFORE.source}|${LAUGHING.source}`),
      after: /^\s*(?:through|out of|via|from) (?:my |his |her |their |the |one |either |its )?(?:nose|nostrils?|it\b|one side)|^\s*(?:from|with|because of) (?:laugh\w*|giggl\w*)|^\s*(?:lol|lmao|lmfao|rofl|ha(?:ha)+|😂|🤣|💀)|^\s*(?:[\w']+\s+){0,4}(?:is|was|are|were) (?:so |too |soo+ |literally )?(?:funny|hilarious)\b/,
    },
    pattern: re([
      `\\bshort of breath (?:at rest|while resting|sitting still|lying down|even sitting)\\b`,
      `\\bcan'?t get (?:a full|enough|any) (?:breath|air)\\b|\\binhaler (?:isn'?t|is not|not|doesn'?t|does not|won'?t) (?:working|helping|work|help)\\b|\\bsevere asthma attack\\b|\\bnostrils? flar\\w*|\\bunable to (?:speak|talk)\\b|${DROWNING}|\\bturning (?:blue|grey|gray|purple)\\b`,
      '呼吸[^,，。;；]{0,2}困难|(?:喘|憋)得[^,，。;；]{0,3}(?:说不|讲不|不能说)|(?:喷雾|喷剂|吸入器|吸入剂|气雾剂|喷药|救命药|沙丁胺醇|万托林|舒喘灵)[^,，。;；]{0,10}(?:没用|无效|不管用|没效|不起作用|没有用)|一句话都说不完|话都说不完|鼻翼[^,，。;；]{0,3}(?:扇|搧|一张一合)|三凹征|肋骨凹陷|躺不下|喘到[^,，。;；]{0,3}(?:说不|讲不|不能)',
      "\\bcan'?t breathe?\\b|\\bcan not breathe?\\b|\\bcannot breathe?\\b|\\bunable to breathe?\\b|\\bcan'?t (?:catch|get) (?:my|his|her|their) breath\\b|\\bcan'?t get (?:any )?air\\b",
      '\\bstruggling (?:to|for) (?:breathe|breath|air)\\b|\\bgasping\\b|\\bfighting for (?:breath|air)\\b|\\bbarely breath\\w*',
      '\\bgrunting\\b|\\bgrunts with (?:each|every) breath\\b',
      // Indrawing told in plain words: "skin pull in under the neck", "his tummy sucks in with every breath".
      `\\b(?:skin|chest|ribs?|tummy|belly|stomach|neck|throat|collarbones?)\\W+${W(3)}(?:pull\\w*|suck\\w*|sink\\w*|sunk|cav\\w*|dip\\w*|draw\\w*) in\\b|\\b(?:pull\\w*|suck\\w*|sink\\w*|dip\\w*) in (?:under|between|below|around|above) (?:the |his |her |my )?(?:ribs?|neck|throat|collarbones?|breastbone)\\b`,
      '\\bbreathing (?:is )?(?:very|so|really|extremely) (?:difficult|hard)\\b',
      `\\b(?:lips?|face|fingers|fingertips|fingernails|nails)\\W+${W(3)}(?:turning |going |are |is |look |looks |looking )?(?:blu\\w*|gr[ae]y\\w*|purpl\\w*|dusky)|\\b(?:turning|going|gone|went|turned) blue\\b|\\bwheezing (?:badly|heavily|a lot)\\b`,
      '\\bsevere (?:shortness of breath|breathlessness)\\b|\\b(?:very|really|extremely|severely) short of breath\\b',
      '\\bcan (?:only|barely) (?:speak|talk|say)\\b|\\bbarely (?:talk|speak)\\b|\\bsucking in\\b|\\bretractions\\b|\\bcaving in\\b|\\b(?:working|labou?ring|fighting) (?:so |really |very )?hard to breathe\\b|\\bribs (?:are )?pull\\w* in\\b|\\bcan\'?t (?:finish|complete) (?:a |my )?sentences?\\b|\\bbreathing (?:very|really|so|extremely) (?:hard|fast|heavily)\\b',
      `\\b(?:having|is having|in the middle of)\\W+${W(3)}asthma attack\\b|\\b(?:is|he's|she's|i'm|am) choking\\b|\\bchoking on\\b`,
      // Not breathing at all, or barely: a collapse told in plain words ("collapsed and isn't breathing properly").
      "\\b(?:isn'?t|is not|not|stopped|has stopped|wasn'?t|was not|no longer) breathing\\b(?!\\W+(?:hard|heavily|fast|quickly|deeply|through|as|like|well|in)\\b)",
      '没有?呼吸了|(?<![也都])(?:也|都)?(?:没有|没)(?:在)?呼吸(?![困急不道顺声音])|不呼吸了|呼吸停(?:了|止)|停止(?:了)?呼吸|没(?:有)?气了',
      '呼吸困难|喘不(?:过|上)气|上不来气|透不过气|不能呼吸|无法呼吸|没法呼吸|吸不(?:到|进|上)(?:空)?气|喘不动气|说话断断续续|呼吸不了|憋得(?:厉害|慌)|憋气|窒息',
      '(?:肚子|肋骨|肋间|胸口|锁骨|脖子|胸骨)[^,，。;；]{0,4}(?:凹|陷)(?:下去|进去|下来)|(?:肚子|肋骨|肋间|胸口|锁骨|脖子|胸骨)[^,，。;；]{0,4}(?:往里|向里|向内|往下)(?:凹|陷|吸)|大口(?:大口)?(?:地)?(?:喘气|喘|吸气|倒气)|躺(?:下|平)(?:去|来)?(?:就|会)?(?:更|很|非常)?喘|(?:嘴唇|脸色?|皮肤|指甲|嘴|手指(?:头)?|指尖|指头)[^,，。;；]{0,3}(?:发紫|发青|青紫|紫了|发黑|发绀|黑黑|紫紫|乌青|发乌|变紫|变黑|变青)|呼吸很喘|喘得(?:很)?厉害|很喘|好喘|哮喘发作|气喘发作|说不出完整的话',
    ]),
  },
  // A reliever that does nothing ("used the blue inhaler 12 times and it's doing nothing"), speech a word at a time ("can
  // only get 2-3 words out", 一个字一个字地讲), in a question about asthma or breathlessness: each is a sign of a severe
  // attack with the other or with breathlessness; alone, "my inhaler is doing nothing for this cough" is a GP question.
  {
    id: 'relieverFails',
    pattern: re([
      "\\b(?:inhaler|puffer|reliever|ventolin|salbutamol|albuterol|nebuli[sz]er)\\b[^.;!?]{0,60}\\b(?:doing nothing|does nothing|did nothing|not doing anything|isn'?t doing anything|(?:is |was |been )?no help|not helping|hasn'?t helped|(?:isn'?t |not )touching it|useless|(?:no|not making (?:a|any)) difference)\\b",
      '(?:喷雾|喷剂|吸入器|吸入剂|气雾剂|沙丁胺醇|万托林|舒喘灵)[^,，。;；]{0,4}(?:喷|吸|用)了(?:好多|很多|十几|几十|\\d{2})(?:下|次|口)',
    ]),
  },
  {
    id: 'wordsAtATime',
    pattern: re([
      "\\bcan (?:only|barely) (?:get|say|manage|speak|talk) (?:out )?(?:a few|a couple of|one or two|two or three|single|\\d+(?:\\s*(?:-|to|or)\\s*\\d+)?|one|two|three) words?\\b|\\b(?:one|two|single|a few|\\d+(?:\\s*-\\s*\\d+)?) words? (?:out )?at a time\\b|\\bspeak(?:ing)? in (?:single|one|two|short) words\\b",
      '一个(?:词|字)一个(?:词|字)(?:地)?(?:往外)?(?:说|讲|蹦|挤|吐)|只能(?:说|讲)(?:几|一两|两三|一)个(?:字|词)|说不了几个字',
    ]),
  },
  { id: 'asthmaContext', pattern: re(['\\basthma\\w*|\\binhaler\\b|\\bpuffer\\b|\\breliever\\b|\\bnebuli[sz]er\\b|\\bcopd\\b', '哮喘|气喘|吸入剂|吸入器|喷剂|慢阻肺']) },
  // A high whistle on breathing in (stridor): with something choked on, the airway is partly blocked.
  {
    id: 'stridor',
    pattern: re([
      "\\bstridor\\b|\\b(?:high[- ]pitched|whistl\\w*|squeak\\w*|crowing|rasping)\\b(?: \\w+){0,3} (?:noise|sound|squeak|whistle)s?\\b[^.;!?]{0,25}\\b(?:breath\\w*|inhal\\w*)|\\b(?:squeaks?|whistles?|crows?) (?:when|as|every time|each time) (?:he|she|they|i) (?:breathes?|inhales?)\\b",
      '吸气(?:的时候|时)?[^,，。;；]{0,6}(?:咻咻|嘶嘶|尖尖|哨)[^,，。;；]{0,4}(?:声|音)|吸气性喉鸣',
    ]),
  },
  // A home pulse-oximeter reading: "pulse ox reading 84%", "sats 86", "血氧只有85".
  {
    id: 'lowOxygen',
    pattern: re([
      '\\b(?:o2|oxygen|ox(?:imeter|imetry)?|sats?|saturations?|spo2|sp02|pulse ?ox\\w*)\\b[^.;!?]{0,30}?(?<![\\d.])([5-9]\\d)(?![\\d.])\\s*(?:%|percent\\b)?',
      '(?:血氧|血氧饱和度|血氧浓度|含氧量|氧饱和度|血氧值|spo2)[^,，。;；]{0,8}?(?<![\\d.])([5-9]\\d)(?![\\d.])',
      // The reading in Chinese numerals: 血氧机显示八十五.
      '(?:血氧|血氧饱和度|血氧浓度|含氧量|氧饱和度|血氧值|spo2)[^,，。;；]{0,8}?(?<![一二三四五六七八九十百])([五六七八九]十[一二三四五六七八九]?)(?![一二三四五六七八九十百点])',
    ]),
    accept: (m) => (m[3] !== undefined ? (parseCount(m[3]) ?? 100) : Number(m[1] ?? m[2])) < LOW_OXYGEN,
  },
  {
    id: 'chokingObject',
    pattern: re([
      '(?:卡住|噎住|呛住|卡在(?:了)?(?:喉咙|嗓子|气管)|噎着|堵住了?(?:喉咙|嗓子|气管))',
      "\\b(?:something|food|a \\w+|it) (?:is |got |was )?(?:stuck|lodged) in (?:his|her|my|their) (?:throat|windpipe|airway)\\b",
      // Choked on a food, told in the past of the moment just gone: "she choked on her toast".
      "\\b(?:choked|choking|is choking|has choked) on (?:a |an |the |some |his |her |my |their )?[\\w-]+\\b",
      // Choking told as happening, with no object named: "choking right now, he can't talk or cough".
      "\\bchoking (?:right now|now|badly|hard)\\b|\\b(?:is|he'?s|she'?s|they'?re|baby'?s|son'?s|daughter'?s) (?:choking|chocking)\\b(?! (?:on (?:his|her) words|up|back))",
    ]),
  },
  {
    id: 'noVoice',
    pattern: re([
      '发不出(?:声音|声)|出不了声|说不出话|哭不出(?:声)?|咳不出|脸[^,，。;；]{0,3}(?:憋|发紫|发青|通红)',
      "\\b(?:can'?t|cannot|unable to|not able to) (?:talk|speak|cough|cry|make a sound|make any sound)\\b|\\bno sound\\b|\\bsilent\\b",
    ]),
  },
  // Not a sign: breathing said to be fine, now ("I can breathe fine", 呼吸正常). reading.ts makes it an all-clear for
  // breathing difficulty: the learned complement may not alarm for it, as for a negated sign. A question ("is his
  // breathing normal?") is no all-clear.
  {
    id: 'breathingFine',
    // Asked ("if his breathing is ok") or told of earlier ("was breathing fine an hour ago") is no all-clear now.
    lookAlike: {
      before: /\b(?:if|whether|check|tell)\b[^,;]{0,25}$|\b(?:is|are|was|does|do) (?:his|her|my|their|your|the baby'?s|the) $|\b(?:was|were|been) $/,
      after: /^[^,;]{0,20}\b(?:ago|earlier|before|at first|until|yesterday)\b|^[^,，;；]{0,6}(?:之前|以前|刚才|昨天)/,
    },
    pattern: re([
      "\\b(?:can|could|able to) (?:still )?breathe?(?: in and out)? (?:fine|ok|okay|normally|well|just fine|alright|all right|easily|no problem)\\b|\\bbreathing (?:is |seems |looks |sounds )?(?:fine|ok|okay|normal|normally|good|alright|all right|easily)\\b|\\bno (?:trouble|problems?|difficulty|issues?) (?:with )?breathing\\b",
      '呼吸(?:都|也|还|很)?(?:正常|顺畅|顺|平顺|没问题|没事|还好|ok|稳定)(?![^,，。;；]{0,2}(?:吗|么|\\?))',
    ]),
  },
];
