import { parseCount } from '../numbers.js';
import { re, ZH_NUM, EN_NUM } from './patterns.js';
import type { Concept } from './types.js';

/** Red-flag vocabulary: seizure. */
export const SEIZURE: Concept[] = [
  {
    // A fit told as past history, then "now again" in another clause with only its movements named: "she had a
    // seizure last year, and now again she's been shaking for ten minutes", 去年抽过一次，现在又开始全身抖. Read over the
    // whole sentence, since the word for the fit is in the past clause; the rule still needs it to go on (seizurePersists).
    id: 'seizureAgain',
    evenInPastFrame: true,
    needsWord: /\bseizure|\bfits?\b|\bconvulsion|\bepilep|抽搐|抽过|癫痫|抽筋过/,
    pattern: re([
      "\\b(?:seizures?|fits?|convulsions?|epilep\\w*)\\b[^.!?]{0,80}?\\b(?:now|again|tonight|today)\\b[^.!?]{0,30}?\\b(?:shaking|jerking|twitching|convulsing|stiffen\\w*|shook|jerked)\\b",
      // The fit before told first, this one after: "had a febrile seizure last year that stopped in a minute, but this one has
      // gone on for 7 mins". Counts only with a sign that it goes on (seizurePersists).
      "\\b(?:seizures?|fits?|convulsions?)\\b[^.!?]{0,80}?\\b(?:but|and|now) (?:this one|this time)\\b",
      '(?:抽搐|抽过|癫痫|抽筋过)[^。！？]{0,20}(?:现在|又|今天|今晚)[^。！？]{0,10}(?:抖|抽|僵)',
    ]),
  },
  {
    id: 'seizure',
    // 发作 ("an attack") counted is a fit only in a post about epilepsy or fits: "有癫痫，今天已经发作三次了".
    accept: (m, text) => !m[0].startsWith('发作') || /癫痫|羊癫疯|羊角风|抽搐|\bepilep|\bseizure|\bfits?\b/.test(text),
    pattern: re([
      '抽了[^,，。;；]{0,4}分钟|(?:又|开始|又开始|还在|接着|再次)抽(?!烟|血|筋|水|空|屉|奖|查|样|签|时间)|抽了(?:一|两|几|\\d+)次(?!血|烟)|癫痫[^。]{0,12}(?:又|再次|正在|还在)发作|发作了?(?:两|三|四|五|几|好几|\\d+)次',
      '\\b(?:fit|seizure|convulsion)s? after (?:another|fit|seizure|the other)\\b|\\bconvulsing\\b|\\bshaking uncontrollably\\b|\\bgrand mal\\b|\\bepileptic (?:fit|attack)\\b|\\btwitching all over\\b',
      '口吐白沫|全身抖|浑身抖',
      // A collapse and then shaking, told by a bystander: "collapsed at the desk and started shaking", 倒在地上一直抖.
      "\\b(?:collapsed|fell (?:down|over|to the (?:floor|ground))|passed out|went down|dropped to the (?:floor|ground)|keeled over)\\b[^.;!?]{0,30}\\b(?:start\\w* |began |was |is |kept )?(?:shaking|jerking|twitching|convulsing|shook|jerked)\\b|\\bfoaming\\b(?! (?:soap|milk|cleanser|urine|pee|wee|stool|poo|wash))",
      '(?:倒地|倒在地上|昏倒|晕倒|摔倒)[^,，。;；]{0,4}(?:开始|然后|接着|就)?(?:一直|全身|手脚)?(?:发抖|抖|抽)',
      // What a fit looks like to whoever sees it: eyes rolled back, foam at the mouth (alone it is not a call; a
      // first one, or one that goes on, is).
      "\\beyes? (?:rolled|rolling|rolls|went|turned|rolled up) (?:back|up|upwards)\\b|\\b(?:foam\\w*|froth\\w*) (?:at|from) (?:the |his |her )?mouth\\b",
      '眼睛(?:往上|向上|上)(?:翻|吊)|眼珠(?:往上|向上|上)吊|眼珠(?:往上|向上|上)?翻|(?:嘴|口)(?:里|角)?(?:冒|吐|流)(?:白)?(?:沫|泡)',
      "\\b(?:had|having|has had|just had|is having) (?:a |another |some )?(?:febrile |epileptic |big |bad |massive |long |full |proper )?(?:fit|fits|seizure|seizures|convulsion|convulsions)\\b",
      // Stiffening then shaking, told in plain words: "went stiff as a board then shook all over".
      "\\b(?:went|goes|going|gone|was|is) (?:all )?(?:stiff|rigid)\\b[^.;!?]{0,30}\\b(?:shak\\w*|shook|jerk\\w*|twitch\\w*|trembl\\w*)|\\bstiffen\\w*[^.;!?]{0,20}\\b(?:shak\\w*|shook|jerk\\w*)|\\b(?:shook|shaking|jerking|twitching) all over\\b|\\b(?:arms|legs|limbs|body) (?:were |was |started |kept )?(?:jerking|shaking|twitching) (?:uncontrollably|rhythmically)\\b",
      '(?:全身|身体|整个人|手脚|四肢)[^,，。;；]{0,3}(?:僵硬|僵直|发硬|挺直)[^。]{0,8}(?:抖|抽|颤)|(?:僵硬|僵直|发硬)[^,，。;；]{0,3}(?:然后|接着|又)?[^,，。;；]{0,2}(?:抖|抽|颤)',
      "\\b(?:my|his|her|their|the|a|\\w+'s) fit (?:has|is|was|lasted|started|began|went|keeps|won'?t|will not|doesn'?t|isn'?t|hasn'?t)\\b",
      '\\bseiz\\w*|\\bconvuls\\w*|\\bfitting\\b|\\bhaving (?:a )?fits?\\b|\\b(?:the|his|her|another) fit (?:has|is|was|lasted|started|went|keeps)\\b|\\bshaking all over\\b|\\bjerking\\b',
      '抽搐|(?<![腿脚手])抽筋|(?<![胃肠])痉挛|癫痫(?:大)?发作|羊角风|羊癫疯|抽风|惊厥|全身发抖|四肢抖动|一直抽|[全浑]身抽|四肢抽|翻白眼',
    ]),
  },
  // Epilepsy already known: a fit in pregnancy is then not read as eclampsia (rules.ts).
  { id: 'knownEpilepsy', evenInPastFrame: true, pattern: re(['\\bepilep\\w*', '癫痫患者|有癫痫|癫痫病|癫痫史|羊癫疯|羊角风']) },
  // A first fit ever is a call whatever its length (first-aid guidance).
  {
    id: 'firstSeizure',
    // "Never had one before" is told about the past by nature, so it is read in a past frame too.
    evenInPastFrame: true,
    pattern: re([
      "\\bnever (?:had|seen|done) (?:anything like (?:this|that|it)|a (?:seizure|fit)|one|this|that)(?: before)?\\b|\\b(?:his|her|my|their) first (?:ever )?(?:seizure|fit|convulsion)\\b|\\bfirst (?:time )?ever\\b|\\bno history of (?:seizures|fits|epilepsy)\\b|\\bnot epileptic\\b|\\bdoesn'?t have epilepsy\\b",
      '(?:从来)?(?:没有|没|从没|从未)(?:这样|这种|抽|抽搐|发作|癫痫|羊癫疯)[^,，。;；]{0,2}过|第一次(?:抽|发作|这样|出现)',
      // Told of the event, not the fit: "this has never happened before", 从来没发生过, 從來沒有這樣.
      "\\b(?:this|it|that|anything like (?:this|that)) (?:has |had )?never (?:happened|occurred)\\b|\\bnever (?:happened|occurred) (?:to (?:him|her|me|them) )?before\\b|\\bfirst time (?:this|it|that|anything like this) (?:has |had )?(?:ever )?happened\\b",
      '从来(?:没有|没|未)(?:发生|出现|遇到)?过|从来(?:没有|没|未)(?:这样|试过)|(?:从没|从未)(?:发生|出现|遇到)过|第一次(?:发生|遇到)',
    ]),
  },
  {
    id: 'seizurePersists',
    belowThresholdIsSafe: true,
    pattern: re([
      '没反应|没有反应|不省人事|人事不省',
      `\\bstill (?:going|shaking|jerking|twitching|fitting|seizing|convulsing)\\b|\\bhasn'?t stopped\\b|\\bagain and again\\b|\\b(?:two|three|four|several|multiple|\\d+) (?:seizures|fits|convulsions)\\b|\\bnot breathing\\b|\\b(?:turning|going|gone|went|turned) blue\\b`,
      '还在抽|连续|一次又一次|停不下来|不停|没有停|没停|(?:中间|之间|期间)[^,，。;；]{0,3}(?:没有?|不)(?:醒|清醒|恢复意识)|发作了?(?:三|四|五|几|好几|[3-9])次',
      "\\b(?:won'?t|doesn'?t|isn'?t|hasn'?t|can'?t|not|never) stop\\w*|\\bnon-?stop\\b|\\bback to back\\b|\\b(?:fit|seizure|convulsion)s? after (?:another|fit|seizure|the other)\\b|\\bone after (?:another|the other)\\b",
      "\\b(?:another|a second|a third) (?:seizure|fit|convulsion)\\b|\\bright after (?:the|another)\\b|\\b(?:hasn'?t|has not|not|didn'?t|without) (?:come round|come around|come to|woken|woke|wake|waking|waken\\w*|regain\\w*)\\b|\\banother (?:one )?(?:straight|right|immediately|just) after\\b|\\b(?:now|then|and) another one\\b|\\bthen another\\b",
      // "5+ min", "over 5 minutes": the count is read, the plus sign does not hide it.
      `\\b(${EN_NUM})\\s*\\+?\\s*min\\w*`,
      "\\b(?:isn'?t|not|won'?t|doesn'?t) (?:waking|wake|responding|breathing)\\b|\\bunconscious\\b|\\bunresponsive\\b",
      `不停|没停|还没停|停不下|止不住|一次接一次|接连|反复发作|(${ZH_NUM})\\s*(?:多)?分(?:多)?钟|第[二三四2-4]次|又(?:接着)?抽|接着抽|叫不醒|没醒|不醒|昏迷|意识不清`,
    ]),
    // The status-epilepticus line is five minutes: a two-minute fit that stopped is not this emergency.
    accept: (m) => {
      const minutes = m[1] ?? m[2];
      if (minutes === undefined) return true;
      const n = parseCount(minutes);
      return n === undefined || n >= 5;
    },
  },
];
