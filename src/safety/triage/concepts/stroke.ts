import { W, re } from './patterns.js';
import type { Concept } from './types.js';

/** Red-flag vocabulary: stroke. */
export const STROKE: Concept[] = [
  {
    id: 'faceDroop',
    pattern: re([
      `\\b(?:dribbl\\w*|drool\\w*) (?:from|out of) (?:one|the) (?:side|corner)\\b|\\bcan'?t smile\\b|\\bone side of (?:his|her|my|the) face\\W+${W(3)}(?:numb\\w*|weak\\w*|not moving|paraly\\w*|dead)`,
      '(?:嘴|嘴巴|嘴角|口角|脸)[^,，。;；]{0,3}(?:耷拉|歪一边|往一边|一边歪)|(?:一侧|一边)嘴角|流口水[^,，。;；]{0,3}(?:一边|一侧)',
      `\\b(?:face|mouth|smile|lip|lips)\\W+${W(6)}(?:droop\\w*|dropped|dropping|sag\\w*|fallen|lopsided|crooked|uneven|twisted)`,
      `\\b(?:face|mouth|smile|lips?)\\W+${W(3)}(?:go|goes|going|gone|went|pulled|pulling|pulls|moved|is) (?:down |over |funny |weird |strange |wonky )?(?:to |on )?one side\\b|\\b(?:face|mouth|smile)\\W+${W(2)}(?:funny|weird|strange|odd|wonky|different|numb) (?:on )?one side\\b`,
      `\\b(?:droop\\w*|sagging|lopsided|crooked)\\W+${W(3)}(?:face|mouth|smile)\\b`,
      '(?:嘴|口角|嘴角|脸|面部|口眼)[^,，。;；]{0,3}(?:歪|斜|下垂)|(?:嘴巴|嘴|口角|嘴角|脸|面部)(?:的)?(?:一边|一侧|半边|左边|右边)[^,，。;；]{0,2}(?:垂|垮|塌|掉)(?:下来|下去|了)|(?:一边|一侧|半边|左边|右边)(?:的)?(?:脸|面|嘴|嘴角)[^,，。;；]{0,2}(?:垂|垮|塌|掉)(?:下来|下去|了|落)|嘴歪眼斜|口眼歪斜|(?:一边|半边|一侧|单侧)的?脸[^,，。;；]{0,3}(?:麻|歪|垂|动不了|没知觉)|嘴(?:巴)?合不(?:起来|拢|上)|口角漏水',
    ]),
  },
  {
    id: 'speechTrouble',
    pattern: re([
      `\\b(?:talking|speaking|sounds?|sounding)\\W+(?:funny|weird|strange|drunk|odd)\\b|\\bwords (?:won'?t|don'?t|aren'?t) (?:come|coming) out\\b|\\bcan'?t (?:understand|make out) (?:what|anything)\\b`,
      // Wrong words and reading that fails at once: "讲话一直讲错", "看不懂电视上的字", "mixing up her words".
      '(?:讲话|说话|讲|说)[^,，。;；]{0,3}(?:一直|都|老是)?(?:讲错|说错|乱讲|乱说)|词不达意|看不懂[^,，。;；]{0,6}(?:字|写的)|读不懂',
      "\\b(?:mixing up|mixed up|jumbling|wrong) (?:his |her |my )?words\\b|\\b(?:saying|says|said|using) (?:the )?wrong words\\b|\\bwords (?:come|came|coming) out (?:wrong|all wrong|jumbled)\\b|\\b(?:can'?t|cannot|couldn'?t) read (?:the |a |her |his )?(?:words|text|screen|tv|clock)\\b|\\b(?:speak|speaks|speaking|talk|talks|talking|speech)\\W+(?:is\\W+)?(?:very\\W+|so\\W+)?(?:strange|weird|funny|not clear|unclear|slow and strange)\\b",
      '说不出话|讲不出话|说不了话|吐字不清|听不懂(?:别人|我们)说话|(?:说话|讲话)[^,，。;；]{0,3}(?:怪|不对劲|奇怪)',
      '\\bslurr\\w*|\\bgarbled\\b|\\bjumbled\\b|\\btalking nonsense\\b|\\bnot making sense\\b',
      `\\b(?:can'?t|cannot|couldn'?t|could not|unable to|trouble|difficulty)\\W+(?:speak|speaking|talk|talking|get \\w+ words out|find \\w+ words|find the (?:right )?words)\\b`,
      `\\b(?:speech|words|voice)\\W+${W(4)}(?:slurr\\w*|garbl\\w*|strange|wrong|jumbled|coming out|drunk|weird|funny)`,
      '(?:说话|讲话|口齿|言语|吐字|说)[^,，。;；]{0,3}(?:不清|含糊|不利索|不出话)|口齿不清|说不出话|讲不出话|大舌头|语无伦次',
    ]),
  },
  {
    id: 'limbWeakness',
    // Arm and leg of the same side numb, heavy or weak together ("my left leg and left arm went numb and heavy", 左手左脚都麻),
    // read like the other limb signs: with a sudden start or a second sign.
    morePattern: re([
      "\\b(left|right) (?:arm|hand) and (?:(?:my|his|her) )?(?:\\1 )?(?:leg|foot)\\b[^.;!?]{0,30}\\b(?:numb\\w*|heavy|weak\\w*|dead|tingl\\w*|paraly\\w*|not working|won'?t move|can'?t move)|\\b(left|right) (?:leg|foot) and (?:(?:my|his|her) )?(?:\\2 )?(?:arm|hand)\\b[^.;!?]{0,30}\\b(?:numb\\w*|heavy|weak\\w*|dead|tingl\\w*|paraly\\w*|not working|won'?t move|can'?t move)",
      "\\b(?:numb\\w*|weak\\w*|heavy|tingl\\w*)\\b[^.;!?]{0,20}\\b(?:down|all down|along|on) (?:the |my |his |her )?(?:left|right|one) side\\b|\\b(?:whole |entire )?(?:left|right) side of (?:my|his|her|the) body\\b[^.;!?]{0,20}\\b(?:numb\\w*|weak\\w*|heavy|tingl\\w*|dead)",
      '(?:左|右)手(?:和|跟|与|、)?(?:左|右)?(?:脚|腿)[^,，。;；]{0,3}(?:都|也)?(?:麻|没力|无力|没劲|没知觉|沉|重|不能动|动不了)|(?:左|右)(?:脚|腿)(?:和|跟|与|、)?(?:左|右)?手[^,，。;；]{0,3}(?:都|也)?(?:麻|没力|无力|没劲|没知觉|沉|重|不能动|动不了)|(?:半边身体?|半身|一侧身体|一边身体)[^,，。;；]{0,3}(?:麻|没力|无力|没知觉|沉)',
    ]),
    pattern: re([
      "\\b(?:left|right|one) side (?:of (?:his|her|my|their) (?:body|face) )?(?:isn'?t|is not|not|won'?t|stopped|has stopped) (?:working|moving)\\b|\\bcan'?t move (?:his|her|my|their) (?:left|right) (?:side|arm|leg)\\b",
      `\\b(?:can'?t|cannot|unable to) (?:hold|grip|grasp)\\W+${W(3)}(?:with (?:his|her|my|the) (?:left|right) hand)?|\\bdropping things\\b|\\b(?:kept|keeps|keep|keeping) dropping\\b|\\bdropping (?:the |his |her |my )?(?:spoon|cup|fork|phone|pen|glass|stuff)\\b|\\b(?:leg|legs|knee) (?:gave|give|giving) way\\b|\\bwent (?:limp|weak|numb|dead)\\b|\\bdragging (?:his|her|my) (?:left |right )?(?:leg|foot)\\b`,
      '(?:脚|腿|左脚|右脚|左腿|右腿)[^,，。;；]{0,2}拖着(?:走)?|拖着(?:左|右)?(?:脚|腿)|(?:手|脚|腿|胳膊|手臂|左手|右手|左腿|右腿)[^,，。;；]{0,4}(?:握不住|拿不稳|拿不起|抬不动|举不动|没有力气|使不上劲|不听使唤)|走路[^,，。;；]{0,3}(?:不稳|往一边倒|歪)|往一边倒',
      `\\b(?:can'?t|cannot|unable to)\\W+(?:lift|raise|move|feel|use)\\W+${W(2)}(?:arm|arms|leg|legs|hand|side)\\b`,
      `\\b(?:arm|arms|leg|legs|hand|side of (?:his|her|my|the) body)\\W+${W(4)}(?:weak\\w*|numb\\w*|paraly\\w*|limp|dead)`,
      `\\b(?:weak\\w*|numb\\w*|paraly\\w*)\\W+${W(3)}(?:one side|left side|right side|left arm|right arm|left leg|right leg)\\b`,
      '\\bone-?sided weakness\\b|\\bcan\'?t stand up\\b',
      // Told through what still works: "I'm typing with one hand", "can only use my left hand", 只能用一只手打字.
      "\\b(?:typing|texting|writing|eating|doing (?:this|everything)|holding (?:the|my) phone) with (?:only )?(?:one|my left|my right|his left|his right|her left|her right) hand\\b|\\bcan (?:only|just) (?:use|move|lift) (?:my |his |her |one )?(?:left|right|one|good) (?:hand|arm)\\b",
      '只能用(?:一只|一边|左|右|单)手|单手打字|(?:左|右)手[^,，。;；]{0,2}(?:完全)?(?:用不了|不能用|没办法用)',
      `\\b(?:lost|losing|no) (?:strength|power|feeling|control) (?:in|of) (?:my|his|her|the|their) (?:left |right )?(?:arm|leg|hand|side)\\b`,
      '(?:手|脚|腿|胳膊|手臂|肢体|半边身子?|半身|一侧|一边|左边|右边|左侧|右侧)[^,，。;；]{0,4}(?:没力|无力|没劲|麻木|不能动|动不了|举不起|抬不起|拿不住|瘫)|偏瘫|半身不遂',
    ]),
  },
  // A limb hurt, strained or lain on explains its own numbness or weakness ("hit my elbow 10 minutes ago and my hand is
  // tingling", "since I sprained my ankle", 扭到脚): then that sign alone, however sudden, is no stroke (rules.ts).
  {
    id: 'limbInjury',
    pattern: re([
      "\\b(?:hit|bumped|banged|knocked|sprained|twisted|broke|broken|fractured|pulled|strained|jammed|cut|burned|burnt|dislocated|injured|hurt) (?:my|his|her|their|the) (?:left |right )?(?:elbow|wrist|arm|hand|shoulder|ankle|knee|leg|foot|back|neck|finger|thumb)\\b|\\b(?:after|from|while) (?:lifting|the gym|working out|a workout|sitting|kneeling|sleeping on|lying on|carrying)\\b|\\bslept on (?:it|my|his|her)\\b|\\b(?:cast|sling|splint|pinched nerve|carpal tunnel|sciatica)\\b",
      '(?:撞到|扭到|扭伤|拉伤|摔伤|骨折|压到|砸到)[^,，。;；]{0,3}(?:手|脚|腿|胳膊|手臂|手肘|手腕|脚踝|膝盖|腰|肩)|(?:手|脚|腿|胳膊|手臂|手肘|手腕|脚踝|膝盖)[^,，。;；]{0,3}(?:撞到|扭到|扭伤|拉伤|骨折|压麻)|睡觉压到|压麻了|坐麻了|蹲麻了|打石膏|腕管|坐骨神经',
    ]),
  },
  // Sight lost in one eye or on one side ("like a curtain came down", 一边看不见): a stroke sign when sudden.
  {
    id: 'visionLoss',
    pattern: re([
      "\\b(?:lost|losing|lose|no) (?:the |all |his |her |my )?(?:vision|sight) (?:in|of|on) (?:one|his|her|my|the) (?:left |right )?(?:eye|side)\\b|\\b(?:can'?t|cannot|couldn'?t) see (?:out of|with|from) (?:one|his|her|my|the) (?:left |right )?eye\\b|\\b(?:like )?a (?:curtain|shade|blind|shadow) (?:came|coming|come|went|fell|falling|pulled) (?:down|over)\\b|\\b(?:went|gone|going) blind in (?:one|his|her|my|the) (?:left |right )?eye\\b|\\bhalf (?:of )?(?:everything|what (?:i|he|she) (?:see|sees)|(?:my|his|her) vision) (?:is )?(?:gone|missing|black)\\b",
      '(?:一边|一只眼(?:睛)?|一侧|半边|左眼|右眼)[^,，。;；]{0,3}(?:看不见|看不到|失明|黑了|什么都看不到)(?![^,，。;；]{0,4}(?:一点|一些|黑影|黑点|飞蚊|模糊|小点))|(?:突然|一下子)(?:就)?看不(?:见|到)(?:东西)?(?![^,，。;；]{0,4}(?:一点|一些|黑影|黑点|飞蚊|模糊|小点))',
    ]),
  },
  {
    id: 'strokeNow',
    pattern: re([
      `\\b(?:having|is having|am having|just had)\\W+${W(1)}stroke\\b`,
      '(?:觉得|好像|可能|怀疑|疑似|应该是)(?:是)?(?:中风|脑梗|脑卒中|脑溢血|脑出血)了?',
    ]),
  },
  { id: 'sudden', pattern: re([
      '\\bwithin minutes\\b|\\bcame on (?:suddenly|quickly|fast)\\b|\\bit just started\\b|\\bjust started\\b',
      '一下子','\\bsudden\\w*|\\ball of a sudden\\b|\\bjust now\\b|\\bminutes? ago\\b', '突然|忽然|刚才|刚刚',
      // A start timed to the minute or the hour today is a sudden one: "about half an hour ago", "20 mins ago", 半小时前.
      '\\b(?:half an hour|an hour|\\d+ (?:mins?|minutes)|(?:an|one) (?:hour|hr)|(?:ten|fifteen|twenty|thirty|forty|forty-five) (?:mins?|minutes)) ago\\b',
      '(?:半个?小时|一个?小时|[0-9一二三四五六七八九十几]+分钟)(?:以|之)?前(?:开始|突然)?']) },
  // A headache that hits at full strength within a moment (a bleed in or around the brain): a call on its own.
  {
    id: 'thunderclapHeadache',
    pattern: re([
      '\\bthunderclap\\b|\\b(?:sudden|suddenly|instant\\w*)\\W+(?:\\w+\\W+){0,2}(?:explosive|exploding|excruciating|blinding|splitting|severe|worst)\\W+(?:\\w+\\W+){0,1}headache',
      "\\bheadache\\b[^.;!?]{0,30}\\b(?:hit|came on|started) (?:me )?(?:like a|in (?:a|one) (?:second|instant|moment)|all at once|out of nowhere)\\b|\\b(?:like|as if) (?:i'?d |he'?d |she'?d )?(?:been )?(?:hit|struck|smacked) (?:in|on|over) the (?:back of the )?head\\b(?! by| with a ball)",
      '雷击样|霹雳样|爆炸(?:样|性|般)的?头(?:痛|疼)|头[^,，。;；]{0,3}(?:像|好像)(?:被)?(?:炸开|爆开|雷劈|打了一棍|敲了一棍)|突然[^,，。;；]{0,4}(?:剧烈|炸裂|爆炸)[^,，。;；]{0,3}头(?:痛|疼)|(?:突然|一下子)[^,，。;；]{0,3}头(?:痛|疼)欲裂',
    ]),
  },
  // "The worst headache of my life" alarms with a second sign: a sudden start, a stiff neck, vomiting, confusion.
  {
    id: 'worstHeadache',
    pattern: re([
      "\\bworst (?:headache|head pain|pain in (?:my|his|her) head)\\b|\\b(?:headache|head pain)\\b[^.;!?]{0,20}\\b(?:worst|worse than (?:anything|ever|childbirth))\\b|\\bnever had (?:a )?(?:headache|head pain) (?:like|this bad)\\b",
      '(?:这辈子|一辈子|人生|有生以来|从来没有?)[^,，。;；]{0,6}(?:最(?:痛|疼|严重)的?头(?:痛|疼)|这么(?:痛|疼|严重)的?头(?:痛|疼)|头[^,，。;；]{0,2}(?:这么|那么)(?:痛|疼))|头(?:痛|疼)得?[^,，。;；]{0,4}(?:从来没有?|这辈子)|最(?:痛|疼|严重)的一次头(?:痛|疼)',
    ]),
  },
  {
    id: 'headacheRedFlag',
    pattern: re([
      "\\b(?:stiff neck|neck (?:is |was |feels |went )?(?:so |really |very )?stiff|can'?t (?:bend|move|touch) (?:my|his|her) (?:neck|chin))\\b|\\b(?:vomit\\w*|puk\\w*|threw up|throwing up|been sick)\\b|\\b(?:light|bright lights?) hurts?\\b",
      '脖子[^,，。;；]{0,3}(?:硬|僵|转不动|不能动)|颈[^,，。;；]{0,2}(?:硬|僵)|呕吐|吐了|一直吐|怕光',
    ]),
  },
  { id: 'confusion', pattern: re(['\\bconfus\\w*|\\bdisoriented\\b', '意识不清|神志不清|糊涂|认不出']) },
  // Not a sign: a local anaesthetic for dental work, which numbs the lip and face and thickens speech for hours
  // ("my lip droops after the dentist numbed my mouth", 补牙打了麻药). rules.ts lets it explain face and speech signs alone.
  {
    id: 'localAnaesthetic',
    pattern: re([
      "\\b(?:dentist|dental|orthodontist|oral surgeon)\\b[^.;!?]{0,40}\\b(?:numb\\w*|anaesthe\\w*|anesthe\\w*|injections?|shots?|novocaine|lidocaine)\\b|\\b(?:numb\\w*|anaesthe\\w*|anesthe\\w*|injections?|shots?)\\b[^.;!?]{0,30}\\b(?:dentist|dental|filling|root canal|extraction|wisdom tooth|wisdom teeth)\\b",
      "\\b(?:anaesthetic|anesthetic|novocaine|lidocaine|numbing|numbness)\\b[^.;!?]{0,20}\\bwear(?:s|ing)? off\\b|\\b(?:had|got|getting|having|after|from|since) (?:a |my |the |his |her |getting (?:a |my )?|having (?:a |my )?)?(?:filling|fillings|root canal|tooth (?:pulled|extraction|out)|extraction|wisdom (?:tooth|teeth)(?: out| removed| pulled)?|dental work)\\b",
      '(?:补牙|拔牙|根管|看牙|牙医|牙科|洗牙|种牙|植牙)[^,，。;；]{0,12}(?:麻药|麻醉|打针|打了针|麻)|(?:打了?|上了?)麻药|麻药[^,，。;；]{0,4}(?:还)?(?:没退|没过|未退|退|消)|局部麻醉|局麻',
    ]),
  },
];
