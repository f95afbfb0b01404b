import { W, re } from './patterns.js';
import type { Concept } from './types.js';

/** Red-flag vocabulary: chest pain. */
export const CHEST_PAIN: Concept[] = [
  {
    id: 'chestPain',
    settlesWithRest: true,
    pattern: re([
      '(?:胸口|胸部|心脏|心口)[^,，。;；]{0,2}不舒服',
      // Taiwanese (心肝头 / 心肝窟 is the chest, 艰苦 unwell), 胸口难受, and the gesture: 一直摸胸口, 按着胸口, "rubbing her chest".
      // Cantonese: 心口翳 is a tight, oppressed chest; 有嘢压住 something pressing on it.
      '(?:心口|胸口)[^,，。;；]{0,2}(?:好|很|非常|特别|真系|真)?翳|(?:心口|胸口)[^,，。;；]{0,6}(?:有|似有|好似有)(?:嘢|东西|野|石头|大石)[^,，。;；]{0,2}(?:压|坠|顶)',
            '心肝(?:头|窟仔?)[^,，。;；]{0,4}(?:艰苦|痛|疼|闷|绞|不舒服|难受|凝)|(?:胸口|心口|胸部)[^,，。;；]{0,2}(?:很|好|非常|特别|真)?(?:难受|难过|不适)',
      '(?:捂|按|抓|揪|摸|搓|揉)(?:着|住)(?:自己的)?(?:胸口|心口|胸)|(?:一直|不停|不停地|一直在)(?:摸|揉|按|捂|拍|抓)(?:着)?(?:胸口|心口|胸)',
      '\\b(?:rubbing|pressing on|pressing at|clawing at|massaging|clutching|clutched|grabbing|grabbed|gripping|gripped|clasping|clasped) (?:at )?(?:his|her|my|their) chest\\b',
      `\\b(?:heart|centre of my chest|center of my chest)\\W+${W(2)}(?:hurts?|hurting|aches?|aching|pain|pains|pounding pain)\\b`,
      `\\bpain (?:in|around|across) (?:my|his|her|the) heart\\b`,
      '(?:胸|心口|心脏|心前区|心窝)[^,，。;；]{0,6}(?:刺痛|刀割|针扎|撕裂|绞痛|堵|缩)',
      `\\b(?:chest|breastbone|sternum)\\W+${W(6)}(?:pain|pains|pressure|tight\\w*|heav\\w*|squeez\\w*|crush\\w*|hurt\\w*|ach\\w*|discomfort|burning)`,
      `(?:pain|pressure|tight\\w*|heav\\w*|squeez\\w*|crush\\w*|hurt\\w*|ach\\w*|discomfort|oppress\\w*|sensation|pressing)\\W+${W(7)}(?:chest|breastbone|sternum)\\b`,
      "\\bchest (?:feels?|felt|feeling) (?:like|as if|as though|weird|funny|strange|odd|wrong|heavy|tight)\\b",
      // "her chest is pressing hard": not "chest press", the gym exercise.
      "\\bchest (?:is|was|keeps|kept|feels|felt|has been) (?:\\w+ )?pressing\\b",
      '\\bangina\\b|\\b(?:holding|clutching|grabbing|gripping|clasping) (?:his|her|my|their) chest\\b',
      `\\b(?:elephant|weight|brick|something heavy|tight band|vice)\\W+${W(4)}chest\\b`,
      '胸(?:口|部|前|骨后|膛)?[^,，。;；]{0,6}(?:痛|疼|闷|压|紧|憋|绞)|(?:心口|心脏|心前区|心窝)[^,，。;；]{0,4}(?:痛|疼|闷|压|绞)|(?:心口|心脏|心前区|心窝)(?:那边|那里|那块|这边|这里|附近|位置|部位)?[^,，。;；]{0,8}(?:痛|疼)|(?:胸|心口|心脏)[^,，。;；]{0,6}(?:揪住|揪着|揪紧|攥住|攥着|攥紧)|心绞痛|压榨|压了?(?:一)?块(?:大)?石头|(?:大)?石头压',
    ]),
  },
  // Chest pain told as the worst of its kind (crushing, tearing, unbearable) is a call on its own, whatever
  // else is said: the partner signs the rules otherwise ask for are often left out of a short question.
  {
    id: 'severeChestPain',
    pattern: re([
      // The severity told after the place, as many write it in a second language: "pain in chest very strong".
      `\\b(?:chest|breastbone|sternum)\\W+${W(3)}(?:pain|pains|pressure|ache)\\W+(?:is\\W+|are\\W+)?(?:very|so|too|really|extremely|super)\\W+(?:very\\W+)?(?:strong|bad|severe|heavy|big)\\b|\\bpain (?:in|on) (?:the |my |his |her )?chest (?:is )?(?:very |so |too |really |extremely )+(?:strong|bad|severe|heavy|big)\\b`,
      // The textbook picture of a heart attack: a great weight sitting on the chest.
      "\\b(?:an? )?(?:elephant|truck|lorry|ton of bricks|car|horse)\\W+(?:is\\W+|was\\W+)?(?:sitting|standing|stood|sat|parked|lying|pressing)\\W+on\\W+(?:my|his|her|me|him|their)\\b",
      '(?:大象|卡车|一头牛)[^,，。;；]{0,4}(?:坐|压|踩)(?:在)?[^,，。;；]{0,3}(?:胸|身上|心口)|(?:胸|心口)[^,，。;；]{0,6}(?:大石|石头|重物|千斤|一块砖)[^,，。;；]{0,3}(?:压|坠)|(?:胸|心口)[^,，。;；]{0,6}(?:大象|卡车|一头牛)[^,，。;；]{0,4}(?:坐|压|踩)',
      `\\b(?:crushing|severe|worst|unbearable|excruciating|tearing|ripping|agoni[sz]ing|intense)\\W+${W(6)}(?:chest|breastbone|sternum)\\b`,
      `\\b(?:chest|breastbone|sternum)\\W+${W(4)}(?:crushing|unbearable|excruciating|tearing|ripping|agoni[sz]ing)\\b`,
      '胸(?:口|部|前|骨后|膛)?[^,，。;；]{0,4}(?:剧痛|剧烈(?:地)?(?:疼|痛)|(?:痛|疼)得(?:受不了|要命|不行|直不起)|撕裂(?:样|般|一样)?的?(?:痛|疼)|压榨(?:样|性|感)?的?(?:痛|疼))|剧烈[^,，。;；]{0,3}胸(?:口|部)?(?:痛|疼)',
    ]),
  },
  {
    id: 'heartAttackNow',
    pattern: re([
      `\\b(?:having|is having|am having)\\W+${W(1)}heart attack`,
      '(?:觉得|好像|可能|怀疑|应该是|是不是)(?:是)?(?:心脏病|心梗|心肌梗[塞死])(?:发作|犯)?了',
    ]),
  },
  {
    id: 'heartStopped',
    // One cheap test first: the words are rare, and most questions name none of them.
    needsWord: /pulse|cpr|compressions|cardiac arrest|脉|心肺复苏|骤停|胸外按压/,
    pattern: re([
      // The heart stopped, told as it is found or fought: "collapsed and has no pulse", "can't find a pulse", "we're doing
      // CPR", 摸不到脉搏, 正在做心肺复苏. Not a heartbeat not seen on a pregnancy scan, nor "my heart stopped" as a figure.
      "\\bno pulse\\b|\\b(?:can'?t|cannot|can not|couldn'?t) (?:feel|find|get|detect) (?:a|his|her|their|any) pulse\\b|\\b(?:doing|giving|performing|started|starting|began) (?:him |her |them )?(?:cpr|chest compressions)\\b|\\b(?:in|into) cardiac arrest\\b",
      '摸不到(?:他的|她的)?(?:脉搏|脉|心跳)|没(?:有)?了?脉搏|心脏骤停|心跳骤停|(?:正在|在)(?:给他|给她|帮他|帮她)?(?:做)?(?:心肺复苏|cpr|胸外按压)',
    ]),
  },
  // Heaviness or ache in both arms, the jaw or the upper back stands in for chest pain (often so in women and
  // older people); it alarms with breathlessness and sweating or faintness.
  {
    id: 'chestPainEquivalent',
    settlesWithRest: true,
    pattern: re([
      `\\b(?:heav\\w*|ach\\w*|pain\\w*|pressure|discomfort|tight\\w*|squeez\\w*)\\W+${W(4)}(?:both (?:of (?:my|his|her) )?arms|(?:his|her|my) jaw|upper back|between (?:my|his|her|the) shoulder ?blades)\\b`,
      `\\b(?:both arms|jaw|upper back|shoulder ?blades?)\\W+${W(3)}(?:heav\\w*|ach\\w*|hurt\\w*|pain\\w*|pressure|tight\\w*)`,
      '(?:两只?手臂|两条?胳膊|双臂|两边手臂|两手|下巴|下颌|后背|上背|肩胛)[^,，。;；]{0,4}(?:沉|重|酸|痛|疼|闷|压)',
    ]),
  },
  {
    id: 'breathlessAny',
    settlesWithRest: true,
    // A blocked nose is not breathing difficulty: "can't breathe through it at night", "鼻塞到不能呼吸".
    lookAlike: {
      before: /\b(?:stuffy|blocked|bunged|congested|stuffed)(?: up)? nose\b[^.,;!?]{0,25}$|\bnose (?:is |was |gets |feels )?(?:so |really |completely )?(?:blocked|stuffy|stuffed|congested|bunged)\b[^.,;!?]{0,25}$|(?:鼻塞|鼻子[^,，。;；]{0,3}(?:不通|堵|塞))[^,，。;；]{0,4}$|鼻子[^,，。;；]{0,3}$/,
      after: /^\s*(?:through|out of|via|from) (?:my |his |her |their |the |one |either |its )?(?:nose|nostrils?|it\b|one side)/,
    },
    pattern: re([
      `\\bcan'?t get (?:enough |a full |any )?(?:air|breath)\\b|\\bpanting\\b|\\bbreathing (?:hard|fast|heavily)\\b|\\bstruggling (?:to|for) breath\\w*`,
      '呼吸[^,，。;；]{0,2}困难|喘不动|吸不(?:到|进|上)|说话喘',
      '\\bshort(?:ness)? of breath\\b|\\bbreathless\\w*|\\bout of breath\\b|\\b(?:hard|difficult) to breathe?\\b|\\btrouble breathing\\b|\\bdifficulty (?:breathing|to breathe?)\\b|\\bcan\'?t (?:breathe?|catch \\w+ breath)\\b|\\bcannot breathe?\\b|\\bgasping\\b|\\bwinded\\b|\\b(?:not|no) breathing (?:good|well|normal|properly)\\b',
      // Cantonese 抖唔到气 (normalised 抖不到气): cannot catch a breath.
      '呼吸困难|喘不(?:过|上)气|抖不(?:到|切|顺)气|上不来气|透不过气|气短|气促|憋气|憋闷|喘|呼吸急促|不能呼吸|无法呼吸',
    ]),
  },
  { id: 'sweating', pattern: re([
      '\\bsweaty\\b|\\bcold sweat\\b|\\bsweating buckets\\b',
      '汗','\\bsweat\\w*|\\bclammy\\b|\\bdrenched\\b|\\bperspir\\w*', '(?:整个人|全身|浑身|衣服|后背)[^,，。;；]{0,2}湿透|冷汗|大汗|出汗|冒汗|流汗|汗流|[一满浑全]身[^,，。;；]{0,2}汗|满头[^,，。;；]{0,2}汗|出了?[^,，。;；]{0,4}汗']) },
  {
    id: 'radiating',
    pattern: re([
      `\\b(?:spread\\w*|going|goes|go|went|moving|moves|travel\\w*|shoot\\w*)\\W+${W(2)}(?:to|into|down|up)\\W+${W(2)}(?:arm|jaw|neck|back(?! of (?:my|his|her|the|your) (?:throat|head|nose|mouth|tongue|hand|knee|leg|eye|neck)\\b)|shoulder)s?\\b`,
      '(?:往|到|至|向)[^,，。;；]{0,3}(?:左手|左臂|手臂|肩|背|下巴|脖子|牙)',
      // "down the back of my throat" is not the back: the back of a throat, head, hand or knee is a place, not pain spreading.
      `\\b(?:to|into|down|through)\\W+(?:my|his|her|the)\\W+(?:left\\W+)?(?:arm|jaw|neck|back(?! of (?:my|his|her|the|your) (?:throat|head|nose|mouth|tongue|hand|knee|leg|eye|neck)\\b)|shoulder)s?\\b`,
      '\\bradiat\\w*',
      '(?:放射|痛到|疼到|延伸到|蔓延到|传到|牵扯到|连着)[^,，。;；]{0,4}(?:左|手|臂|肩|下巴|下颌|背|颈|脖)',
      '(?:左手|左臂|左肩|左胳膊|下巴|下颌|手臂|胳膊|手|后背|背部|背)[^,，。;；]{0,2}(?:痛|疼|麻)',
      '\\b(?:left arm|left shoulder|jaw)\\W+(?:\\w+\\W+){0,2}(?:aches?|aching|hurts?|pain|numb\\w*|tingl\\w*)',
    ]),
  },
  { id: 'faint', pattern: re([
  '\\bfaint\\w*|\\b(?:nearly|almost) (?:fainted|passed out|blacked out|collapsed)\\b|\\bpass(?:ed|ing)? out\\b|\\blight-?headed\\b|\\bcollaps\\w*|\\b(?:grey|gray|ashen|pale)\\b|\\b(?:floppy|limp and pale)\\b', '晕倒|昏倒|晕厥|昏厥|快晕|差点晕|差点昏|头晕眼花|倒下|脸色(?:发白|苍白|惨白|发灰)']) },
];
