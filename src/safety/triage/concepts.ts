import { parseCount } from './numbers.js';

/**
 * The vocabulary of red flags, in English and Chinese (Simplified; Traditional text is converted first).
 * A concept is one clinical sign; rules.ts decides which combinations make an emergency.
 */
export type ConceptId =
  | 'chestPain' | 'heartAttackNow' | 'breathlessAny' | 'sweating' | 'radiating' | 'faint'
  | 'faceDroop' | 'speechTrouble' | 'limbWeakness' | 'strokeNow' | 'sudden' | 'confusion'
  | 'suicidal' | 'severeBleeding' | 'menstrual'
  | 'anaphylaxisWord' | 'airwaySwelling' | 'hives' | 'allergen' | 'wheeze'
  | 'poisoning' | 'pillCount' | 'child' | 'medicineTaken'
  | 'severeBreathing' | 'seizure' | 'seizurePersists'
  | 'youngInfant' | 'fever'
  | 'pregnant' | 'pregnancyBleed' | 'miscarriageNow'
  | 'headHit' | 'knockedOut' | 'unconscious';

export interface Concept {
  id: ConceptId;
  pattern: RegExp;
  /** Still current when described as a habit: thoughts of suicide that come "every day" need help now. */
  evenIfHabitual?: boolean;
  /** Extra check on a match, e.g. an infant's age really is under three months. */
  accept?: (m: RegExpMatchArray) => boolean;
  /** A clause containing this is about something else (heavy *periods*, a *nose*bleed in pregnancy). */
  unlessClause?: RegExp;
}

/** Up to n words between two parts of an English phrase. */
const W = (n: number) => `(?:[\\w'-]+\\W+){0,${n}}`;
const re = (parts: string[]) => new RegExp(parts.join('|'), 'g');

const ZH_NUM = '(?:\\d+|[一二两三四五六七八九十几]+)';
const EN_NUM = '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty)';

function underThreeMonths(count: number | undefined, unit: string): boolean {
  if (count === undefined) return false;
  if (/day|天/.test(unit)) return count <= 90;
  if (/week|wk|周|星期/.test(unit)) return count <= 12;
  if (/month|月/.test(unit)) return count < 3;
  return false;
}

export const CONCEPTS: Concept[] = [
  // ── chest pain ────────────────────────────────────────────────────────────
  {
    id: 'chestPain',
    pattern: re([
      '(?:胸口|胸部|心脏|心口)[^,，。;；]{0,2}不舒服',
      `\\b(?:heart|centre of my chest|center of my chest)\\W+${W(2)}(?:hurts?|hurting|aches?|aching|pain|pains|pounding pain)\\b`,
      `\\bpain (?:in|around|across) (?:my|his|her|the) heart\\b`,
      '(?:胸|心口|心脏|心前区|心窝)[^,，。;；]{0,6}(?:刺痛|刀割|针扎|撕裂|绞痛|堵|缩)',
      `\\b(?:chest|breastbone|sternum)\\W+${W(6)}(?:pain|pains|pressure|tight\\w*|heav\\w*|squeez\\w*|crush\\w*|hurt\\w*|ach\\w*|discomfort|burning)`,
      `(?:pain|pressure|tight\\w*|heav\\w*|squeez\\w*|crush\\w*|hurt\\w*|ach\\w*|discomfort)\\W+${W(7)}(?:chest|breastbone|sternum)\\b`,
      '\\bangina\\b|\\b(?:holding|clutching|grabbing|gripping|clasping) (?:his|her|my|their) chest\\b',
      `\\b(?:elephant|weight|brick|something heavy|tight band|vice)\\W+${W(4)}chest\\b`,
      '胸(?:口|部|前|骨后|膛)?[^,，。;；]{0,6}(?:痛|疼|闷|压|紧|憋|绞)|(?:心口|心脏|心前区|心窝)[^,，。;；]{0,4}(?:痛|疼|闷|压|绞)|心绞痛|压榨|压了?(?:一)?块(?:大)?石头|(?:大)?石头压',
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
    id: 'breathlessAny',
    pattern: re([
      `\\bcan'?t get (?:enough |a full |any )?(?:air|breath)\\b|\\bpanting\\b|\\bbreathing (?:hard|fast|heavily)\\b|\\bstruggling (?:to|for) breath\\w*`,
      '呼吸[^,，。;；]{0,2}困难|喘不动|吸不(?:到|进|上)|说话喘',
      '\\bshort(?:ness)? of breath\\b|\\bbreathless\\w*|\\bout of breath\\b|\\bhard to breathe\\b|\\btrouble breathing\\b|\\bdifficulty breathing\\b|\\bcan\'?t (?:breathe|catch \\w+ breath)|\\bcannot breathe\\b|\\bgasping\\b|\\bwinded\\b',
      '呼吸困难|喘不(?:过|上)气|上不来气|透不过气|气短|气促|憋气|憋闷|喘|呼吸急促|不能呼吸|无法呼吸',
    ]),
  },
  { id: 'sweating', pattern: re([
      '\\bsweaty\\b|\\bcold sweat\\b|\\bsweating buckets\\b',
      '汗','\\bsweat\\w*|\\bclammy\\b|\\bdrenched\\b|\\bperspir\\w*', '冷汗|大汗|出汗|冒汗|流汗|汗流|[一满浑全]身[^,，。;；]{0,2}汗|满头[^,，。;；]{0,2}汗|出了?[^,，。;；]{0,4}汗']) },
  {
    id: 'radiating',
    pattern: re([
      `\\b(?:spread\\w*|going|goes|moving|moves|travel\\w*|shoot\\w*)\\W+${W(2)}(?:to|into|down|up)\\W+${W(2)}(?:arm|jaw|neck|back|shoulder)s?\\b`,
      '(?:往|到|至|向)[^,，。;；]{0,3}(?:左手|左臂|手臂|肩|背|下巴|脖子|牙)',
      `\\b(?:to|into|down|through)\\W+(?:my|his|her|the)\\W+(?:left\\W+)?(?:arm|jaw|neck|back|shoulder)s?\\b`,
      '\\bradiat\\w*',
      '(?:放射|痛到|疼到|延伸到|蔓延到|传到|牵扯到|连着)[^,，。;；]{0,4}(?:左|手|臂|肩|下巴|下颌|背|颈|脖)',
      '(?:左手|左臂|左肩|左胳膊|下巴|下颌|手臂|胳膊|手|后背|背部|背)[^,，。;；]{0,2}(?:痛|疼|麻)',
      '\\b(?:left arm|left shoulder|jaw)\\W+(?:\\w+\\W+){0,2}(?:aches?|aching|hurts?|pain|numb\\w*|tingl\\w*)',
    ]),
  },
  { id: 'faint', pattern: re([
'\\bfaint\\w*|\\bpass(?:ed|ing)? out\\b|\\blight-?headed\\b|\\bcollaps\\w*|\\b(?:grey|gray|ashen|pale)\\b', '晕倒|昏倒|晕厥|昏厥|快晕|倒下|脸色(?:发白|苍白|惨白|发灰)']) },

  // ── stroke ────────────────────────────────────────────────────────────────
  {
    id: 'faceDroop',
    pattern: re([
      `\\b(?:dribbl\\w*|drool\\w*) (?:from|out of) (?:one|the) (?:side|corner)\\b|\\bcan'?t smile\\b|\\bone side of (?:his|her|my|the) face\\W+${W(3)}(?:numb\\w*|weak\\w*|not moving|paraly\\w*|dead)`,
      '(?:嘴|嘴巴|嘴角|口角|脸)[^,，。;；]{0,3}(?:耷拉|歪一边|往一边|一边歪)|(?:一侧|一边)嘴角|流口水[^,，。;；]{0,3}(?:一边|一侧)',
      `\\b(?:face|mouth|smile|lip|lips)\\W+${W(6)}(?:droop\\w*|dropped|dropping|sag\\w*|fallen|lopsided|crooked|uneven|twisted)`,
      `\\b(?:droop\\w*|sagging|lopsided|crooked)\\W+${W(3)}(?:face|mouth|smile)\\b`,
      '(?:嘴|口角|嘴角|脸|面部|口眼)[^,，。;；]{0,3}(?:歪|斜|下垂)|嘴歪眼斜|口眼歪斜|(?:一边|半边|一侧|单侧)的?脸[^,，。;；]{0,3}(?:麻|歪|垂|动不了|没知觉)|嘴(?:巴)?合不(?:起来|拢|上)|口角漏水',
    ]),
  },
  {
    id: 'speechTrouble',
    pattern: re([
      `\\b(?:talking|speaking|sounds?|sounding)\\W+(?:funny|weird|strange|drunk|odd)\\b|\\bwords (?:won'?t|don'?t|aren'?t) (?:come|coming) out\\b|\\bcan'?t (?:understand|make out) (?:what|anything)\\b`,
      '说不出话|讲不出话|说不了话|吐字不清|听不懂(?:别人|我们)说话|说话[^,，。;；]{0,3}(?:怪|不对劲)',
      '\\bslurr\\w*|\\bgarbled\\b|\\bjumbled\\b|\\btalking nonsense\\b|\\bnot making sense\\b',
      `\\b(?:can'?t|cannot|unable to|trouble|difficulty)\\W+(?:speak|speaking|talk|talking|get \\w+ words out|find \\w+ words)\\b`,
      `\\b(?:speech|words|voice)\\W+${W(4)}(?:slurr\\w*|garbl\\w*|strange|wrong|jumbled|coming out|drunk|weird|funny)`,
      '(?:说话|讲话|口齿|言语|吐字|说)[^,，。;；]{0,3}(?:不清|含糊|不利索|不出话)|口齿不清|说不出话|讲不出话|大舌头|语无伦次',
    ]),
  },
  {
    id: 'limbWeakness',
    pattern: re([
      `\\b(?:can'?t|cannot|unable to) (?:hold|grip|grasp)\\W+${W(3)}(?:with (?:his|her|my|the) (?:left|right) hand)?|\\bdropping things\\b|\\b(?:leg|legs|knee) (?:gave|give|giving) way\\b|\\bwent (?:limp|weak|numb|dead)\\b|\\bdragging (?:his|her|my) (?:left |right )?(?:leg|foot)\\b`,
      '(?:手|脚|腿|胳膊|手臂|左手|右手|左腿|右腿)[^,，。;；]{0,4}(?:握不住|拿不稳|拿不起|抬不动|举不动|没有力气|使不上劲|不听使唤)|走路[^,，。;；]{0,3}(?:不稳|往一边倒|歪)|往一边倒',
      `\\b(?:can'?t|cannot|unable to)\\W+(?:lift|raise|move|feel|use)\\W+${W(2)}(?:arm|arms|leg|legs|hand|side)\\b`,
      `\\b(?:arm|arms|leg|legs|hand|side of (?:his|her|my|the) body)\\W+${W(4)}(?:weak\\w*|numb\\w*|paraly\\w*|limp|dead)`,
      `\\b(?:weak\\w*|numb\\w*|paraly\\w*)\\W+${W(3)}(?:one side|left side|right side|left arm|right arm|left leg|right leg)\\b`,
      '\\bone-?sided weakness\\b|\\bcan\'?t stand up\\b',
      `\\b(?:lost|losing|no) (?:strength|power|feeling|control) (?:in|of) (?:my|his|her|the|their) (?:left |right )?(?:arm|leg|hand|side)\\b`,
      '(?:手|脚|腿|胳膊|手臂|肢体|半边身子?|半身|一侧|一边|左边|右边|左侧|右侧)[^,，。;；]{0,4}(?:没力|无力|没劲|麻木|不能动|动不了|举不起|抬不起|拿不住|瘫)|偏瘫|半身不遂',
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
      '一下子','\\bsudden\\w*|\\ball of a sudden\\b|\\bjust now\\b|\\bminutes? ago\\b', '突然|忽然|刚才|刚刚']) },
  { id: 'confusion', pattern: re(['\\bconfus\\w*|\\bdisoriented\\b', '意识不清|神志不清|糊涂|认不出']) },

  // ── suicide and self-harm ─────────────────────────────────────────────────
  {
    id: 'suicidal',
    evenIfHabitual: true,
    pattern: re([
      '\\bkms\\b|\\bunalive (?:myself|himself|herself)\\b',
      `\\b(?:ready|going|planning|plan|decided|prepared|want|wanting|wish) to die\\b|\\bdie tonight\\b|\\bcan'?t go on\\b|\\bno point (?:in )?living\\b|\\bnothing to live for\\b|\\bnot worth living\\b`,
      `\\b(?:suicide|goodbye) (?:note|letter)s?\\b|\\bslit (?:my|his|her) wrists?\\b|\\b(?:stockpil\\w*|saving up|hoarding) (?:my |the )?(?:pills|tablets|meds)\\b|\\bpills lined up\\b|\\bplanning to (?:overdose|od)\\b|\\bjump (?:off|from) (?:the|a) \\w+`,
      '跳(?:楼|河|江|海|桥|崖|下去)|卧轨|上吊|遗书|遗言|一了百了|离开这个世界|了结(?:自己|生命)|去死|不想(?:再)?活|(?:撑|熬)不下去[^,，。;；]{0,6}(?:死|跳|自杀)|吃药自杀|烧炭自杀',
      '\\bsuicid\\w*|\\bkill(?:ing)? (?:myself|himself|herself|themselves)\\b|\\bdon\'?t see the point (?:anymore|any more|in living|of living)\\b|\\bend(?:ing)? (?:my|his|her|their) (?:own )?life\\b',
      '\\btake (?:my|his|her) own life\\b|\\bwant(?:s|ed)? to die\\b|\\bwish (?:i|he|she) (?:was|were) dead\\b',
      '\\bbetter off (?:dead|without me)\\b|\\bdon\'?t want to (?:live|be alive|be here|wake up)\\b|\\bno reason to live\\b',
      // "cutting myself" is self-harm; "cut himself on a nail" is an accident, so the one-off past needs intent.
      '\\b(?:cutting|hurting|harming|burning) (?:myself|himself|herself|themselves)\\b|\\b(?:cut|hurt|harm|burn)(?:ed)? (?:myself|himself|herself|themselves) (?:on purpose|deliberately|intentionally)\\b|\\bself[- ]?harm\\w*',
      '\\bend it all\\b|\\bjump(?:ing)? off (?:a |the )?(?:bridge|building|roof|balcony)\\b',
      "\\b(?:going to|gonna|want to|plan to|planning to|will) (?:end it|end things|take all (?:of )?(?:my|the) (?:pills|tablets|meds|medication))\\b",
      "\\b(?:nobody|no one|no-one) (?:will|would|is going to) (?:miss|care about) me\\b",
      "\\b(?:hang|shoot|drown|poison|suffocate) (?:myself|himself|herself|themselves)\\b|\\boverdos\\w* on purpose\\b|\\bjump in front of\\b",
      "\\b(?:took|take|taking|put) a (?:razor|blade|knife) to (?:my|his|her)\\b|\\bwant (?:this|it|everything|my life) (?:all )?to (?:be over|end)\\b|\\bstanding on (?:the|a) (?:bridge|roof|ledge|edge)\\b",
      '自杀|轻生|想死|不想(?:再)?活|活不下去|活着没意思|结束(?:自己的)?生命|了结自己|寻死|跳楼|割腕|自残|自伤|伤害自己|[割划伤]自己|用刀[^,，。;；]{0,4}[划割]|死了算了',
    ]),
  },

  // ── bleeding ──────────────────────────────────────────────────────────────
  {
    id: 'severeBleeding',
    pattern: re([
      `\\b(?:bleed\\w*|blood)\\W+${W(3)}(?:won'?t stop|will not stop|keeps? (?:coming|flowing|pouring)|everywhere|a lot|so much|lots|heavily|profusely|nonstop|non-stop|for an hour|for hours)\\b`,
      `\\b(?:pool|puddle|cups?) of blood\\b|\\bsoak\\w* (?:through|with blood)\\b|(?<!subconjunctival |retinal |splinter )\\bha?emorrhag\\w*`,
      '(?:出血|流血|血)[^,，。;；]{0,6}(?:很多|好多|大量|不止|止不住|不停|停不下|湿透|一大片|一摊|一滩)|(?:流|出|冒|喷|涌)(?:了)?(?:很多|好多|大量|一大摊|一大滩)(?:的)?(?:鲜)?血|(?:咳|咯|吐|呕)出?(?:了)?[^,，。;；]{0,3}(?:一大口|大口|很多|好多|大量)(?:的)?(?:鲜)?血',
      `\\bbleed\\w*\\W+${W(5)}(?:won'?t|will not|doesn'?t|does not|can'?t|cannot|isn'?t|not|never) stop\\w*`,
      `\\b(?:won'?t|can'?t) stop (?:the )?bleed\\w*`,
      `\\b(?:heavy|heavily|severe|severely|profuse\\w*|uncontroll\\w*|massive|lots of|a lot of|nonstop|non-stop|pouring|(?:large|huge|big) amounts? of|(?:large|huge) quantit\\w+ of)\\W+${W(3)}(?:bleed\\w*|blood)\\b`,
      `\\bbleed\\w*\\W+${W(2)}(?:heavily|a lot|profusely|badly|nonstop|non-stop|everywhere|like crazy)`,
      '\\bblood (?:is |keeps |was )?(?:pouring|gushing|spurting|streaming|pumping|running) ?(?:out|everywhere|down)?\\b',
      '\\bcoffee[- ]grounds?\\b|\\btarry (?:stools?|poo|poop)\\b|\\bmelena\\b',
      '\\bspurt\\w*|\\bgush\\w*|\\bpumping blood\\b|\\bblood everywhere\\b|\\bsoak\\w* through\\b|\\bsoaked\\b',
      `\\b(?:vomit\\w*|throwing up|threw up|throw up|coughing up|coughed up|cough up)\\W+${W(7)}blood\\b`,
      '大出血|大量出血|(?<![脑颅眼底胃肠皮下结膜])出血[^,，。;；]{0,3}(?:很多|好多|太多|较多|不止|止不住|厉害)|血流不止|流血不止|血[^,，。;；]{0,4}(?:喷|涌|往外冒|直冒|冒个不停|往外流)|大量流血|(?:出血|流血|血)[^,，。;；]{0,10}(?:止不住|停不下|不停|不止)|流了(?:很多|好多|一大堆)血|(?:拉|便|吐|咳|咯|呕)了?[^,，。;；]{0,4}(?:一大摊|一大滩|一大口|一大堆|很多|好多|大量)[^,，。;；]{0,2}血|血流了(?:很多|好多)|喷血|(?:吐|呕)血(?!丝)|大口[^,，。;；]{0,2}(?:吐|咯|咳)血|大量咯血|湿透',
    ]),
    // Heavy menstrual bleeding is a question for a doctor, not an emergency call.
    unlessClause: /\bperiods?\b|\bmenstrua|月经|例假|经期|(?:a little|a bit|streaks?|spots?|tinge|traces?) of blood/,
  },
  { id: 'menstrual', pattern: re(['\\bperiods?\\b|\\bmenstrua\\w*|\\bmenses\\b', '月经|例假|经期']) },

  // ── anaphylaxis ───────────────────────────────────────────────────────────
  { id: 'anaphylaxisWord', pattern: re(['\\banaphyla\\w*', '过敏性休克']) },
  {
    id: 'airwaySwelling',
    pattern: re([
      `\\b(?:throat|tongue|lips?|mouth|face)\\W+${W(4)}(?:swell\\w*|swollen|closing|clos\\w+ up|tight\\w*|puff\\w*)`,
      `\\b(?:swell\\w*|swollen)\\W+${W(3)}(?:throat|tongue|lips?)\\b`,
      '\\b(?:can\'?t|hard to|trouble) swallow\\w*',
      '(?:喉咙|喉头|喉|嗓子|舌头|嘴唇|嘴巴|舌)[^,，。;；]{0,3}(?:发紧|很紧|紧|堵|水肿|肿起来|肿了|肿胀|肿)(?![痛疼])',
    ]),
  },
  { id: 'hives', pattern: re(['\\bhives\\b|\\bwelts\\b|\\brash all over\\b', '荨麻疹|风团|全身[^,，。;；]{0,3}(?:疹|红|痒)|起疹子']) },
  {
    id: 'allergen',
    pattern: re([
      '\\bate\\b|\\beating\\b|\\bafter taking\\b|\\bsting\\w*|\\bstung\\b|\\bbitten\\b|\\bpeanut\\w*|\\bnuts?\\b|\\bshellfish\\b|\\bshrimp\\b|\\bpenicillin\\b|\\ballerg\\w*|\\binjection\\b|\\bepipen\\b',
      '吃了|吃完|食用|打了|打完针|打针|注射|输液|服用|蜂|蛰|叮|花生|坚果|虾|蟹|海鲜|芒果|青霉素|头孢|过敏',
    ]),
  },
  { id: 'wheeze', pattern: re(['\\bwheez\\w*|\\bdizz\\w*', '哮鸣|喘鸣|胸闷|头晕']) },

  // ── poisoning and overdose ────────────────────────────────────────────────
  {
    id: 'poisoning',
    pattern: re([
      '\\bsnake ?bite\\b|\\bbitten by a (?:snake|viper|cobra)\\b|被(?:毒)?蛇咬',
      '(?:喝了|吃了|吞了|误喝|误食|误服)[^,，。;；]{0,6}(?:洁厕|厕所清洁|管道疏通|84|甲醇|煤油|杀虫|蚊香液|干燥剂|水银|老鼠药|鼠药|毒蘑菇|野蘑菇|河豚|清洁剂|漂白|消毒)',
      '\\boverdos\\w*|\\b(?:been |was |got |is |am )poisoned\\b|\\bcarbon monoxide\\b',
      `\\b(?:drank|drink\\w*|drunk|ingest\\w*|ate|eat\\w*|swallow\\w*|chew\\w*|lick\\w*|suck\\w*|bit into|biting)\\W+${W(5)}(?:bleach|antifreeze|detergent|dishwasher|cleaner|pesticide|insecticide|weed ?killer|herbicide|paint thinner|lighter fluid|gasoline|petrol|kerosene|lamp oil|paraffin|turpentine|methanol|acetone|nail polish remover|toilet cleaner|oven cleaner|drain cleaner|lye|caustic \\w+|e-?liquid|vape (?:juice|liquid)|nicotine|mothballs?|fertili[sz]er|button batter\\w*|batter(?:y|ies)|laundry pods?|rat poison|poison|chemicals?|drain|mushrooms?|magnets?)\\b`,
      `\\btook\\W+(?:way\\W+)?too\\W+many\\b|\\btoo many (?:pills|tablets)\\b`,
      '\\bmix\\w* (?:bleach|ammonia)\\b|\\b(?:bleach|chemical|toxic) (?:fumes|gas)\\b|\\binhal\\w* (?:fumes|gas|chemicals)\\b',
      '误服|误食|误喝|误吞|吞了[^,，。;；]{0,6}(?:电池|磁|药|洗衣|清洁|消毒|漂白|农药|干燥剂)|农药|百草枯|敌敌畏|除草剂|杀虫剂|老鼠药|鼠药|中毒|一氧化碳|煤气|烧炭|服药过量|吃药过量|药物过量|过量服',
      `喝了[^,，。;；]{0,6}(?:漂白|消毒液|洗洁精|清洁剂|汽油|洗衣|酒精|84)`,
    ]),
  },
  {
    id: 'pillCount',
    pattern: re([
      `\\b(?:took|taken|take|swallowed|ate|had)\\W+(?:about\\W+|around\\W+|maybe\\W+|like\\W+|over\\W+)?(\\d+|twenty|thirty|forty|fifty|a whole|the whole|an entire|a handful of)\\W+${W(3)}(?:pills|tablets|capsules|bottle|pack|box|of (?:my|her|his|the))`,
      `\\b(?:a whole|the whole|an entire) (?:bottle|pack|packet|box) of\\b`,
      `(?:吃了|吞了|服了)[^,，。;；]{0,4}?(一整瓶|一瓶|整瓶|一整盒|整盒|一把|好几片|好多片|${ZH_NUM}\\s*多?\\s*[颗片粒])`,
      `药[^,，。;；]{0,2}吃了(好几片|好多片|一把|${ZH_NUM}\\s*[颗片粒])`,
      '(?:整盒|整瓶|整板|整排|一盒|一瓶)[^,，。;；]{0,6}药[^,，。;；]{0,3}吃',
      // "吃了很多安眠药" at once, not "吃了很多种胃药" over months.
      `(?:吃了|吞了|服了)(很多|好多|大量|一大把|一堆)(?![种样次的])[^,，。;；]{0,4}药`,
      `\\b(?:took|taken|swallowed)\\W+(a lot of|lots of|loads of|many|so many|tons of)\\W+${W(2)}(?:pills|tablets|sleeping|painkillers)`,
    ]),
    accept: (m) => {
      // "a whole bottle", "一把", "好几片" count as many; a number must reach ten to be an overdose by count.
      const amount = m.slice(1).find((g) => g !== undefined);
      if (amount === undefined) return true;
      const n = parseCount(amount.replace(/\s*[颗片粒]$/, ''));
      return n === undefined ? true : n >= 10;
    },
  },
  { id: 'child', pattern: re(['\\b(?:toddler|kid|kids|child|children|son|daughter|baby|boy|girl)\\b|\\b\\d+[- ]year[- ]old\\b', '孩子|小孩|宝宝|儿子|女儿|幼儿|小朋友']) },
  { id: 'medicineTaken', pattern: re(['\\b(?:pills?|tablets?|medicine|medication)\\b', '药']) },

  // ── breathing ─────────────────────────────────────────────────────────────
  {
    id: 'severeBreathing',
    pattern: re([
      `\\bshort of breath (?:at rest|while resting|sitting still|lying down|even sitting)\\b`,
      `\\bcan'?t get (?:a full|enough|any) (?:breath|air)\\b|\\binhaler (?:isn'?t|is not|not|doesn'?t|does not|won'?t) (?:working|helping|work|help)\\b|\\bsevere asthma attack\\b|\\bnostrils? flar\\w*|\\bunable to (?:speak|talk)\\b|\\bfeels? like (?:i'?m|he'?s|she'?s) drowning\\b|\\bturning (?:blue|grey|gray|purple)\\b`,
      '呼吸[^,，。;；]{0,2}困难|喘得[^,，。;；]{0,3}(?:说不|讲不|不能说)|一句话都说不完|话都说不完|鼻翼扇动|三凹征|肋骨凹陷|躺不下|喘到[^,，。;；]{0,3}(?:说不|讲不|不能)',
      "\\bcan'?t breathe\\b|\\bcan not breathe\\b|\\bcannot breathe\\b|\\bunable to breathe\\b|\\bcan'?t (?:catch|get) (?:my|his|her|their) breath\\b|\\bcan'?t get (?:any )?air\\b",
      '\\bstruggling (?:to|for) (?:breathe|breath|air)\\b|\\bgasping\\b|\\bfighting for (?:breath|air)\\b|\\bbarely breath\\w*',
      '\\bgrunting\\b|\\bgrunts with (?:each|every) breath\\b',
      `\\b(?:lips|face|fingers|fingertips|fingernails|nails)\\W+${W(3)}(?:turning |going |are |is |look |looks |looking )?(?:blu\\w*|gr[ae]y\\w*|purpl\\w*)|\\bturning blue\\b|\\bwheezing (?:badly|heavily|a lot)\\b`,
      '\\bsevere (?:shortness of breath|breathlessness)\\b|\\b(?:very|really|extremely|severely) short of breath\\b',
      '\\bcan (?:only|barely) (?:speak|talk|say)\\b|\\bbarely (?:talk|speak)\\b|\\bsucking in\\b|\\bretractions\\b|\\bcaving in\\b|\\b(?:working|labou?ring|fighting) (?:so |really |very )?hard to breathe\\b|\\bribs (?:are )?pull\\w* in\\b|\\bcan\'?t (?:finish|complete) (?:a |my )?sentences?\\b|\\bbreathing (?:very|really|so|extremely) (?:hard|fast|heavily)\\b',
      `\\b(?:having|is having|in the middle of)\\W+${W(3)}asthma attack\\b|\\b(?:is|he's|she's|i'm|am) choking\\b|\\bchoking on\\b`,
      '呼吸困难|喘不(?:过|上)气|上不来气|透不过气|不能呼吸|无法呼吸|没法呼吸|吸不(?:到|进|上)(?:空)?气|喘不动气|说话断断续续|呼吸不了|憋得(?:厉害|慌)|憋气|窒息',
      '(?:嘴唇|脸色?|皮肤|指甲|嘴)[^,，。;；]{0,3}(?:发紫|发青|青紫|紫了|发黑|发绀)|呼吸很喘|喘得(?:很)?厉害|很喘|好喘|哮喘发作|气喘发作|说不出完整的话',
    ]),
  },

  // ── seizure ───────────────────────────────────────────────────────────────
  {
    id: 'seizure',
    pattern: re([
      '\\bconvulsing\\b|\\bshaking uncontrollably\\b|\\bgrand mal\\b|\\bepileptic (?:fit|attack)\\b|\\btwitching all over\\b',
      '口吐白沫|全身抖|浑身抖',
      '\\bseiz\\w*|\\bconvuls\\w*|\\bfitting\\b|\\bhaving (?:a )?fits?\\b|\\b(?:the|his|her|another) fit (?:has|is|was|lasted|started|went|keeps)\\b|\\bshaking all over\\b|\\bjerking\\b',
      '抽搐|(?<![腿脚手])抽筋|(?<![胃肠])痉挛|癫痫(?:大)?发作|羊角风|羊癫疯|抽风|惊厥|全身发抖|四肢抖动|一直抽|[全浑]身抽|四肢抽|翻白眼',
    ]),
  },
  {
    id: 'seizurePersists',
    pattern: re([
      `\\bstill (?:going|shaking|jerking|fitting|seizing|convulsing)\\b|\\bhasn'?t stopped\\b|\\bagain and again\\b|\\b(?:two|three|four|several|multiple|\\d+) (?:seizures|fits|convulsions)\\b|\\bnot breathing\\b|\\bturning blue\\b`,
      '还在抽|连续|一次又一次|停不下来|不停|没有停|没停',
      "\\b(?:won'?t|doesn'?t|isn'?t|hasn'?t|can'?t|not|never) stop\\w*|\\bnon-?stop\\b|\\bback to back\\b|\\bone after (?:another|the other)\\b",
      "\\b(?:another|a second|a third) (?:seizure|fit|convulsion)\\b|\\bright after (?:the|another)\\b|\\b(?:hasn'?t|has not|not|didn'?t|without) (?:come round|come around|come to|woken|woke|regain\\w*)\\b",
      `\\b(${EN_NUM})\\s*min\\w*`,
      "\\b(?:isn'?t|not|won'?t|doesn'?t) (?:waking|wake|responding|breathing)\\b|\\bunconscious\\b|\\bunresponsive\\b",
      `不停|没停|还没停|停不下|止不住|一次接一次|接连|反复发作|(${ZH_NUM})\\s*(?:多)?分钟|叫不醒|没醒|不醒|昏迷|意识不清`,
    ]),
    // The status-epilepticus line is five minutes: a two-minute fit that stopped is not this emergency.
    accept: (m) => {
      const minutes = m[1] ?? m[2];
      if (minutes === undefined) return true;
      const n = parseCount(minutes);
      return n === undefined || n >= 5;
    },
  },

  // ── fever in a baby under three months ────────────────────────────────────
  {
    id: 'youngInfant',
    pattern: re([
      `\\b(?:baby|son|daughter|infant|newborn|he|she) (?:is|is only|is just) (${EN_NUM}) (days?|weeks?|months?)\\b`,
      `\\b(${EN_NUM})[- ](days?|weeks?|wks?|months?)[- ]old\\b`,
      `\\b(${EN_NUM}) (days?|weeks?|months?) old\\b`,
      '\\bnewborn\\b|\\bneonate\\b|\\bnew-born\\b',
      `出生(?:才|不到|刚)?[^,，。;；]{0,2}?(${ZH_NUM})\\s*(天|周|星期|个月|月)`,
      `(?<![这那前近后每])(${ZH_NUM})\\s*(天|周|星期|个月|个多月|月)(?:大)?的?(?:宝宝|婴儿|孩子|小孩|宝|婴|新生儿|女儿|儿子)`,
      // Only "宝宝(才)两个月": "宝宝这几天" and "宝宝拉肚子两天" are durations, not ages.
      `(?:宝宝|婴儿|孩子|小孩|女儿|儿子)(?:才|刚|刚满|满|已经|今天)?(${ZH_NUM})\\s*(天|周|星期|个月|个多月|月)(?:大)?`,
      '新生儿|满月|未满月|刚出生',
    ]),
    accept: (m) => {
      // Each alternative captures (count, unit) as a consecutive pair; "newborn" and "满月" capture nothing.
      const groups = m.slice(1);
      const at = groups.findIndex((g) => g !== undefined);
      const count = at >= 0 ? groups[at] : undefined;
      const unit = at >= 0 ? groups[at + 1] : undefined;
      if (count === undefined || unit === undefined) return true; // "newborn", "满月"
      return underThreeMonths(parseCount(count), unit);
    },
  },
  {
    id: 'fever',
    pattern: re([
      '\\bfever\\w*|\\bfebrile\\b|\\bfeels? (?:hot|warm)\\b|\\bburning up\\b|\\bhigh temp\\w*|\\btemperature\\b',
      '(?<![\\d.])(?:3[89]|4[0-2])(?:\\.\\d+)?\\s*(?:°|degrees|c\\b)?(?![\\d])|(?<![\\d.])(?:100\\.[4-9]|10[1-6](?:\\.\\d+)?)\\s*(?:°|degrees|f\\b)',
      '发烧|发热|高烧|低烧|体温|烫|三十八|三十九',
    ]),
  },

  // ── bleeding in pregnancy ─────────────────────────────────────────────────
  {
    id: 'pregnant',
    pattern: re([
      "(?<!(?:trying to (?:get|become)|could (?:i|this|it) be|am i|might be|may be|mean i'?m|if i'?m|if i am|want to (?:get|be)|not|possibly|chance of being|test)\\s)\\bpregnan\\w*",
      '\\b\\d+ (?:weeks|months) along\\b|\\bexpecting a baby\\b',
      '(?<![备想要])(?:怀孕|怀了)|孕\\s*(?:\\d+|[一二三四五六七八九十]+)\\s*(?:周|个?月)|孕妇|孕期|妊娠|孕早期|孕中期|孕晚期',
    ]),
  },
  {
    id: 'pregnancyBleed',
    pattern: re([
      '(?:流|出|见|下)(?:了)?(?:很多|好多|一些|少量|大量)?(?:的)?血(?!压|糖|常规|型|检|液检查)',
      '(?<!(?:nose|gum|gums|nasal)\\W{0,2})\\bbleed\\w*|\\bbled\\b|\\bspotting\\b|\\bclots?\\b',
      '(?<![鼻龈牙痔肛])(?:出血|流血)|见红|下体[^,，。;；]{0,3}血|阴道[^,，。;；]{0,3}血|血块',
    ]),
    unlessClause: /\bnose|\bgums?\b|\bnasal\b|鼻|牙龈|牙|痔|肛/,
  },
  { id: 'miscarriageNow', pattern: re([`\\b(?:having|is having|am having)\\W+${W(1)}miscarriage\\b`, '(?:好像|可能|是不是|怀疑)(?:是)?流产了']) },

  // ── head injury ───────────────────────────────────────────────────────────
  {
    id: 'headHit',
    pattern: re([
      `\\b(?:fell|fallen|fall|falling) (?:off|from|down)\\b`,
      '(?:从|自)[^,，。;；]{0,8}(?:摔|跌|掉)下|摔倒|跌倒',
      `\\b(?:hit|hits|bang\\w*|bump\\w*|struck|smash\\w*|knock\\w*|land\\w*|fell|fall\\w*|slam\\w*)\\W+${W(6)}(?:head|skull)\\b`,
      '\\bhead (?:injury|trauma|wound)\\b|\\bconcussion\\b',
      '(?:撞|摔|磕|碰|打|砸|跌)[^,，。;；]{0,5}(?:头|脑袋|头部|后脑|脑勺|额头)|(?:头|脑袋|头部|后脑|脑勺|额头)[^,，。;；]{0,4}(?:撞|摔|磕|碰|着地|受伤|外伤)|脑震荡',
    ]),
  },
  // Being knocked out implies the blow to the head, even when the head is not named ("rugby tackle, knocked out").
  { id: 'knockedOut', pattern: re(["\\bknocked (?:out|unconscious|senseless)\\b", '打晕|撞晕|撞昏|砸晕|砸昏|摔晕|摔昏|磕晕']) },
  { id: 'unconscious',
    pattern: re([
      `\\b(?:came to|came round|came around) after\\b|\\bwas out for (?:a|\\d|several|about)\\b|\\b(?:didn'?t|did not|wouldn'?t|would not) respond\\b`,
      '\\b(?:lost|loss of|losing|lose) consciousness\\b|\\bknocked (?:out|unconscious)\\b|\\bblack(?:ed)? out\\b|\\bpassed out\\b|\\bunconscious\\b|\\bout cold\\b|\\bfainted\\b',
      "\\b(?:won'?t|wouldn'?t|not|isn'?t) (?:wake|waking|responding)\\b|\\bunresponsive\\b|\\bwas out for\\b|\\bconfused\\b",
      '昏迷|昏过去|晕过去|晕倒|昏倒|失去意识|不省人事|意识不清|叫不醒|没有反应|没反应|神志不清',
    ]),
  },
];
