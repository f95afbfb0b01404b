import { W, re, EN_NUM } from './patterns.js';
import type { Concept } from './types.js';

const SHOW = /^(?:见红|落红|bloody show|show of blood)$/;
const AT_TERM = /(?:怀孕|孕|妊娠)\s*(?:3[7-9]|4[0-2])\s*(?:周|週|w)|足月|预产期|\b(?:3[7-9]|4[0-2]) ?(?:weeks|wks|w)\b(?! ago| old)|\bfull[- ]term\b|\b(?:past|over|overdue|near|close to) (?:my|her) due date\b|\bbloody show\b|\bmucus plug\b/;
const HEAVY = /很多|好多|大量|一直(?:流|出)|止不住|鲜红|一大|湿透|\b(?:heavy|heavily|lots|a lot|gushing|pouring|soak\w*|bright red|clots?)\b/;

const LIGHT_SPOTTING = /\bspotting\b[^.;!?]{0,45}\b(?:very |only |just |a bit |really )?(?:light|faint|pale|pink(?:ish)?|brown(?:ish)?|a few drops)\b/;

/** Red-flag vocabulary: bleeding in pregnancy. */
export const PREGNANCY: Concept[] = [
  {
    id: 'pregnant',
    pattern: re([
      "(?<!(?:trying to (?:get|become)|could (?:i|this|it) be|am i|might be|may be|mean i'?m|if i'?m|if i am|want to (?:get|be)|not|possibly|chance of being|test)\\s)\\bpregnan\\w*",
      `\\b${EN_NUM} (?:weeks|wks|months) along\\b|^(?:[1-3]?\\d|40|41|42) ?(?:weeks|wks)\\b(?! (?:ago|old|later|of|with|since|after|before|now|in|on|off))`,
      '\\bexpecting a baby\\b',
      // "I'm 24 weeks", "my wife is 34 wks": weeks of pregnancy told without the word.
      `\\b(?:i'?m|i am|im|she'?s|(?:my )?(?:wife|partner|girlfriend|fiancee)(?: is|'s)) (?:now |only |just |about |nearly |almost )?${EN_NUM} ?(?:weeks?|wks?|w)\\b(?! (?:old|ago|postpartum|post|after|since|late|early|overdue|into|in|out|off|clean|sober|on|of))`,
      '(?<![备想要])(?:怀孕|怀了)|孕\\s*(?:\\d+|[一二三四五六七八九十]+)\\s*(?:周|个?月)|孕妇|孕期|妊娠|孕早期|孕中期|孕晚期',
    ]),
  },
  {
    id: 'pregnancyBleed',
    pattern: re([
      // A show at term, named so that it is seen and set aside (accept), and the learned complement may not alarm for it.
      '\\bbloody show\\b|\\bshow of blood\\b',
      `\\bblood\\b(?! (?:pressure|tests?|sugar|type|work|count|glucose|levels?|results?|donation|thinners?))`,
      '(?:流|出|见|下)(?:了)?(?:很多|好多|一些|少量|大量)?(?:的)?(?:(?:鲜红|暗红|深红|红)色?的?)?血(?!压|糖|常规|型|检|液检查)',
      // A pad soaked quickly: 一片卫生棉很快就湿了, 卫生巾湿透.
      '(?:卫生棉|卫生巾|护垫|产垫|棉垫)[^,，。;；]{0,6}(?:湿透|全湿|(?:很快|一下子|一下|马上|没多久|不到[^,，。;；]{1,4})(?:就)?(?:湿|满)(?:了|掉|透)?)',
      '\\b(?:filling|filled|soaking|soaked|going through) (?:a |one |my |her |the )?(?:pad|pads|sanitary pad|maxi pad)s?\\b|(?<!(?:nose|gum|gums|nasal)\\W{0,2})\\bbleed\\w*|\\bbled\\b|\\bspotting\\b|\\bclots?\\b|\\b(?:full of|covered in|soaked (?:in|with)) blood\\b',
      '(?:都是|全是|满是|一滩|一大滩|一摊|一大摊|一大片|一片)(?:的)?血|血[^,，。;；]{0,3}(?:湿透|染红)|(?<![鼻龈牙痔肛])(?:出血|流血)|见红|下体[^,，。;；]{0,3}血|阴道[^,，。;；]{0,3}血|血块',
    ]),
    unlessClause: /\bnose|\bgums?\b|\bnasal\b|鼻|牙龈|牙|痔|肛/,
    // A show at term is labour starting, not a bleed: 见红 or a "bloody show" at 37 weeks or more, with no amount
    // word in its clause. Heavy bleeding at term still alarms through its own words (大量出血, "soaking a pad").
    // Spotting said to be light after it ("spotting after sex, very light pink, once") is the minor amount told late.
    accept: (m, text) => !(SHOW.test(m[0]) && AT_TERM.test(text) && !HEAVY.test(m.input!)) && !(m[0] === 'spotting' && LIGHT_SPOTTING.test(text) && !HEAVY.test(text)),
    belowThresholdIsSafe: true,
    // Light or brownish spotting in pregnancy is common and asks for a routine call, not an ambulance;
    // an amount word that is not minor ("a lot of", "heavy", "很多") still alarms through other matches.
    minorAmount:
      /\b(?:light|lightly|slight|slightly|little|tiny|small(?= (?:bleed|amount|spot|streak))|bit of|few drops|drop of|spot of|speck|streaks? of|tinge|brown(?:ish)?|pink(?:ish)?|faint)\b[^.,;!?]{0,22}$|(?:少量|少许|一点点|一点儿|一丝|点滴|血丝|咖啡色|褐色|淡粉|粉色)[^,，。;；]{0,6}$/,
  },
  // An ectopic pregnancy told by its signs: early pregnancy (a positive test is told in the past by nature, so read in
  // a past frame too), pain on one side low down, and faintness, pain at the shoulder tip or bleeding (rules.ts).
  {
    id: 'earlyPregnancy',
    evenInPastFrame: true,
    pattern: re([
      "\\b(?:positive (?:pregnancy |home |hpt |preg )?tests?|tested positive (?:for pregnancy|on (?:a|the) (?:pregnancy|home) test)|(?:pregnancy|home|hpt) test (?:was |came back |is )?positive|bfp)\\b",
      '(?:验孕|测孕|早孕试纸|验孕棒|试纸)[^,，。;；]{0,4}(?:阳性|两条(?:杠|线)|二条线|有反应)|验(?:到|出)(?:怀孕|有了)',
    ]),
  },
  {
    id: 'oneSidedPain',
    pattern: re([
      "\\b(?:pain|cramp\\w*|ache|hurts?|hurting|stabbing)\\b[^.;!?]{0,20}\\b(?:on|in|down) (?:my |her |the )?(?:lower )?(?:right|left|one) (?:side|lower|ovary|groin|belly|abdomen|tummy|pelvis)\\b|\\b(?:right|left|one)[- ]sided (?:pelvic |lower |belly |abdominal |tummy )?(?:pain|cramps?)\\b|\\b(?:lower )?(?:right|left) (?:side|ovary|lower (?:belly|abdomen|tummy))\\b[^.;!?]{0,15}\\b(?:pain|hurts?|hurting|agony|killing me)\\b",
      '(?:右|左)(?:边|侧)?(?:下腹|小腹|肚子|下肚|腹股沟|卵巢)[^,，。;；]{0,6}(?:痛|疼)|(?:一边|一侧|单侧|单边)[^,，。;；]{0,4}(?:痛|疼)',
    ]),
  },
  {
    id: 'shoulderTipPain',
    pattern: re(["\\bshoulder(?: tip)? (?:pain|hurts?|hurting|ache|aching)\\b|\\bpain (?:in|at) (?:my |her |the )?shoulder\\b|\\bshoulder\\w* (?:hurts?|aches?|is killing me) (?:weirdly|for no reason|too|as well)?", '肩膀(?:也|尖|头)?(?:很|好|会)?(?:痛|疼|酸痛)|肩(?:尖|头)(?:痛|疼)'])
  },
  { id: 'miscarriageNow', pattern: re([`\\b(?:having|is having|am having)\\W+${W(1)}miscarriage\\b`, '(?:好像|可能|是不是|怀疑)(?:是)?流产了']) },
];
