import { W, re } from './patterns.js';
import type { Concept } from './types.js';

/** Red-flag vocabulary: head injury. */
export const HEAD_INJURY: Concept[] = [
  {
    id: 'headHit',
    pattern: re([
      `\\b(?:fell|fallen|fall|falling) (?:off|from|down)\\b|\\b(?:rolled|rolls|rolling|tumbled|toppled) (?:off|out of|down)\\b`,
      '(?:从|自)[^,，。;；]{0,8}(?:摔|跌|掉)下|摔倒|跌倒',
      `\\b(?:punch\\w*|kick\\w*|whack\\w*|elbow\\w*|headbutt\\w*|hit|hits|bang\\w*|bump\\w*|struck|smash\\w*|knock\\w*|land\\w*|fell|fall\\w*|slam\\w*|trip\\w*|crack\\w*|clonk\\w*|bash\\w*)\\W+${W(6)}(?:head|skull|forehead|temple|back of (?:his|her|my|the) head)\\b`,
      // A blow taken, not given: "took a pallet corner to the side of the head", "got hit in the head".
      // A fight is a blow taken: "got hit in a bar fight and blacked out", 打架被打晕.
      '\\b(?:hit|punched|jumped|beaten up|knocked down|decked|floored) (?:in|during|at) (?:a |the |some )?(?:bar |pub |street |club )?(?:fight|brawl|scuffle)\\b|\\b(?:bar|pub|street) (?:fight|brawl)\\b',
            `\\b(?:took|take|taken|caught|got|copped|received)\\W+${W(4)}(?:to|in|on|across|against) (?:the |his |her |my )?(?:side of (?:the |his |her |my )?|back of (?:the |his |her |my )?|front of (?:the |his |her |my )?)?(?:head|skull|forehead|temple)\\b`,
      // A head that bleeds or is cut open was struck, in whatever clause the fall is told: "he fall in bathroom, head is bleeding".
      '\\bhead (?:is |was |has been |started )?(?:bleeding|cut open|split open|gashed)\\b|\\b(?:gash|cut|wound|bleeding) (?:on|in|to|from) (?:his|her|my|the) (?:head|forehead|scalp)\\b|头(?:部)?(?:在)?(?:流血|破了|裂开)|\\bhead (?:injury|trauma|wound)\\b|\\bconcussion\\b|\\b(?:car (?:accident|crash)|crashed (?:his|her|my) (?:car|bike)|hit by a (?:car|bus|truck|van))\\b|车祸|被车撞|撞车',
      '(?:撞|摔|磕|碰|打|砸|跌)[^,，。;；]{0,5}(?:头|脑袋|头部|后脑|脑勺|额头|太阳穴)|(?:头|脑袋|头部|后脑|脑勺|额头)[^,，。;；]{0,4}(?:撞|摔|磕|碰|[着著]地|受伤|外伤)|脑震荡',
    ]),
  },
  // After a blow to the head, the warning signs first-aid guidance lists besides being knocked out:
  // vomiting again and again, getting drowsier, confusion.
  {
    id: 'headRedFlag',
    pattern: re([
      "\\b(?:vomit\\w*|throwing up|threw up|been sick)\\b[^.;!?]{0,20}\\b(?:again|twice|three times|several times|repeatedly|keeps?|\\d+ times)\\b|\\b(?:keeps?|kept|been) (?:vomiting|throwing up|being sick)\\b|\\b(?:more and more|getting|increasingly|very|really) (?:drowsy|sleepy)\\b|\\bdrowsier\\b|\\b(?:hard to|can'?t) (?:wake|keep (?:him|her) awake|stay awake)\\b",
      // In a baby or child, vomiting at all after the blow, or crying that will not settle.
      "\\b(?:is|he'?s|she'?s|now|started|starts|has been|'s been|begun|began) (?:vomiting|throwing up|being sick)\\b|\\bhas (?:vomited|thrown up|been sick)\\b|\\b(?:won'?t|will not|can'?t|doesn'?t) stop crying\\b|\\binconsolabl\\w*|\\bcrying non-?stop\\b",
      '(?:现在|开始|又|还在)(?:一直)?(?:吐|呕吐)|吐了(?!一口气)|哭个不停|哭闹不止|一直哭(?:不停|个不停|停不下来)|怎么哄都(?:哭|不停)',
      // Confusion after a blow: "doesn't know what day it is", "muddled", 不知道自己在哪.
      "\\b(?:muddled|confused|confuse|disoriented|doesn'?t know (?:what day|where (?:he|she) is|who (?:i|we) am|what happened)|not making sense|can'?t remember what happened)\\b",
      // Pupils of different sizes and a headache that keeps getting worse: both first-aid warning signs after a blow.
      "\\b(?:pupils?)\\b[^.;!?]{0,30}\\b(?:bigger|larger|smaller|different sizes?|not the same size|uneven|unequal)\\b|\\bunequal pupils\\b|\\bheadache\\b[^.;!?]{0,15}\\b(?:getting worse|gets worse|worse and worse|worsening|keeps getting worse)\\b|\\b(?:worsening|worse and worse) headache\\b",
      '瞳孔[^,，。;；]{0,4}(?:一大一小|大小不一|不一样大|不等大)|头(?:越来越痛|越来越疼|痛越来越厉害|疼越来越厉害)|越来越(?:头痛|头疼)',
      '不知道(?:自己)?(?:在哪|今天几号|发生什么)|认不出(?:人|我)|记不得(?:发生)?什么|答非所问|胡言乱语|一直吐|吐了(?:好几|几|两|三)次|反复(?:呕)?吐|(?:吐|呕吐)[^,，。;；]{0,3}(?:不停|好几次)|越来越(?:想睡|困|嗜睡|迷糊|糊涂)|嗜睡|昏昏沉沉|叫不太醒|意识模糊',
    ]),
  },
  // Being knocked out implies the blow to the head, even when the head is not named ("rugby tackle, knocked out").
  { id: 'knockedOut', pattern: re(["\\bknocked (?:out|unconscious|senseless)\\b", '打晕|撞晕|撞昏|砸晕|砸昏|摔晕|摔昏|磕晕']) },
  { id: 'unconscious',
    pattern: re([
      `\\b(?:came to|came round|came around) after\\b|\\bwas out for (?:a|\\d|several|about)\\b|\\b(?:out|ko'?d|k\\.o\\.?) (?:cold )?for (?:about |around |maybe |like |nearly |almost )?(?:a|an|\\d+|one|two|three|several|a few|few) (?:sec\\w*|min\\w*|moment)|\\b(?:didn'?t|did not|wouldn'?t|would not) respond\\b`,
      '\\b(?:insensible|senseless)\\b|\\b(?:lost|loss of|losing|lose) consciousness\\b|\\bknocked (?:out|unconscious)\\b|\\bblack(?:ed)? out\\b|\\bpassed out\\b|\\bunconscious\\b|\\bout cold\\b|\\bfainted\\b',
      "\\b(?:won'?t|wouldn'?t|not|isn'?t|wasn'?t|was not|stopped) (?:wake|waking|responding|moving)\\b|\\bunresponsive\\b|\\bwas out for\\b|\\bconfused\\b",
      '(?:昏|晕)了(?:一会|一下|过去|几秒|几分钟|好一会|片刻)|一动(?:也|都)?不动|(?:才|刚|后来)醒(?:过来|来)|昏迷|昏过去|人事不省|不醒人事|晕过去|晕倒|昏倒|失去意识|不省人事|意识不清|叫不醒|没有反应|没反应|神志不清',
    ]),
  },
];
