import { GARAGE_ENGINE, re, ZH_HYPERBOLE_BEFORE, ZH_NUM } from './patterns.js';
import type { Concept } from './types.js';

// 往生 wished for (想往生) or after a degree complement (難過到想往生).
const WISHED_FOR = /(?:想(?:要)?|(?:到|得)(?:我|他|她|人)?(?:快|都|真的|要|快要|差点)?)$/;

/**
 * A lethal dose asked about with an ordinary reason given in the same post: worry about one's own everyday intake
 * ("i drink 4 coffees a day and got worried"), something read, or a class ("for my pharmacology exam").
 */
const WORRIED_ABOUT_OWN_INTAKE = new RegExp([
  "\\bi (?:drink|have|take|eat|use|get through) (?:about |around |like |maybe )?(?:\\d+|one|two|three|four|five|six|a few|several|lots of|a lot of|too many)\\b[^.;!?]{0,30}\\b(?:a|per|each|every) (?:day|night|week)\\b",
  "\\b(?:worried|worrying|curious|scared|concerned|nervous)\\b[^.;!?]{0,20}\\b(?:reading|after reading|article|news|heard|saw|video|my (?:intake|habit|coffee|drinking))\\b",
  "\\b(?:for|in) (?:my|a|our|the) (?:class|exam|course|essay|assignment|homework|lecture|pharmacology|toxicology|nursing|biology|chemistry)\\b",
  '(?:我)?(?:每天|一天|天天)(?:都)?(?:喝|吃|吞)[^,，。;；]{0,8}(?:杯|罐|瓶|颗|片)|(?:看到|看了|读到)[^,，。;；]{0,10}(?:文章|新闻|报导|报道|影片|视频)[^,，。;；]{0,6}(?:担心|害怕|紧张)?|(?:考试|作业|上课|课堂|报告)(?:要|需要|用)',
].join('|'));

const SLEEP_IN = /^["\u201d']?\s*(?:this weekend|on my day off|after (?:this|these|the|my|that) (?:week|exams?|shifts?|night shifts|semester|term|trip|flight|deadline))\b/;

/** An outing named after a place or a time: "to watch the fireworks with friends", 看夜景. */
const OUTING = /^[^.;!?]{0,30}\b(?:to (?:watch|see|meet|walk|run|cycle|fish|swim|take (?:photos|pictures)|photograph|celebrate)|with (?:friends|family|the kids|my (?:friends|family|kids|class|team))|for (?:a|the) (?:walk|run|picnic|view|fireworks|festival|party|photo)|看烟火|看夜景|烤肉|野餐|散步|钓鱼|拍照)/;

// Hyperbole about a chore in the same breath: "this organic chem exam is killing me i swear i want to die", "work is
// killing me, want to die lol". What the chore is does not matter; that it "is killing me" just before does.
const CHORE_KILLING_ME = "\\b(?:is|are|was|'s|'re) (?:literally |actually |honestly |genuinely |slowly )?killing me\\b[^.;!?]{0,25}$";
// …or a turn straight back to an everyday question: "…i want to die 😭 anyway does caffeine actually help you study".
// Only "anyway" followed by a question: "i want to die, anyway the pills are ready" is no turn away.
const ANYWAY_A_QUESTION =
  "^[\\s😭😩😫🙃💀🥲😵,.!-]*(?:but |ok |okay |so )?(?:anyway|anyways|anyhow|on another note|in other news|unrelated(?: but)?|话说回来|言归正传|说正经的)[\\s,.!:-]*(?:does|do|is|are|can|could|how|what|which|why|should|would|will|has|have|any|有没有|请问|想问|问一下)|^[\\s😭😩😫🙃💀🥲😵,.!-]*(?:on another note|in other news|话说回来|言归正传|说正经的)\\s*$";

/** Red-flag vocabulary: suicide and self-harm. */
export const SUICIDE: Concept[] = [
  {
    id: 'suicidal',
    evenIfHabitual: true,
    // Wording added in session 4 (see Concept.morePattern).
    morePattern: re([
      // A way to die asked for, veiled as a question: "is there a painless way to go", 有没有不痛苦的死法.
      "\\b(?:painless|easiest|easy|quickest|quick|fastest|quietest|peaceful|peacefully|surest|best|gentlest|least painful) (?:way|ways|method|methods) (?:to|of) (?:go|die|dying|end it|end things|end my life|kill myself|do it|not wake up)\\b(?! (?:about|through|for|to|with|in the game))|\\bhow (?:to|can i|do i|could i|would i) (?:die|go) (?:painlessly|peacefully|quickly|without pain|in my sleep)\\b|\\b(?:a |any )?way to (?:go|die) without (?:any )?pain\\b",
      // The match opens on 有没有 and ends before 不痛, so neither reads as a negation of it.
      '(?:有没有|有什么|哪种|什么|最)?(?:不痛苦|没有痛苦|无痛|不痛|最快|舒服)的?(?:死法|死掉的方法|自杀方法|离开的方法)|怎(?:样|么)(?:才能|可以|能)?(?:死|走)(?=(?:比较|最|才|会)?(?:不痛|不会痛|没痛苦|不痛苦|快|舒服))|(?:什么|哪种|有什么)(?:样的)?死法',
      // 往生 (to pass away, Taiwan): wished for, or after a degree complement, where the hyperbole check above reads
      // its cause (笑到快往生 is laughter; 難過到想往生 is not); accept below refuses "阿嬤上個月往生了", a death told.
      '往生',
      // A dose asked for so as not to wake (a way to die asked as a dosing question): "how many would it take to not
      // wake up", 吃多少会睡着就不会醒来. Not waking at night or too early is insomnia: "how much melatonin to not wake
      // up at 3am". The Chinese match opens on 吃多少 so that 会 before 不会醒 does not read as a worry.
      "\\bhow (?:many|much)\\b[^.;!?]{0,50}\\bto (?:not|never) wake(?: up)?(?: again)?(?=\\s*(?:$|[.,;!?]|and\\b|because\\b|ever\\b|forever\\b|anymore\\b|any more\\b))",
      '吃多少[^,，。;；]{0,8}(?:不会|不再|永远不|再也不|就不)(?:再)?醒(?!得|太早|很早|好几次|几次)',
      // Internet slang for suicide: 紫砂 and 自鲨 for 自杀 (sound-alikes).
      // The match opens on 想 so a degree complement before it reads as hyperbole (累到想紫砂), as for 想死.
      '想?(?:去)?(?:紫砂|自鲨)|想\\s?zs\\b|去\\s?zs\\b|\\bzisha\\b',
    ]),
    accept: (m, text) =>
      (m[0] !== '往生' || WISHED_FOR.test(m.input!.slice(0, m.index)) || /^算了/.test(m.input!.slice((m.index ?? 0) + 2))) &&
      (!/^(?:lethal dose|致死量)$/.test(m[0]) || !WORRIED_ABOUT_OWN_INTAKE.test(text)) &&
      // "doing it on my thighs" is self-harm only in a text that speaks of cutting (waxing and tattoos are done there too).
      (!/^(?:been )?(?:doing|did|do) it /.test(m[0]) || /\bcut\w*|\bblades?\b|\brazors?\b|\bself[- ]?harm/.test(text)) &&
      // Sleep wished for after a tiring stretch: "want to sleep forever this weekend after these exams".
      (!/sleep forever$/.test(m[0]) || !SLEEP_IN.test(m.input!.slice((m.index ?? 0) + m[0].length))),
    // A hotline or prevention asked about names the topic ("自杀防治专线是几号", "suicide hotline number").
    // Hyperbole with an ordinary cause: a degree complement before it ("累到想死", "热得想死") or a cause after it
    // ("want to die of embarrassment", "could kill myself for forgetting").
    lookAlike: {
      // 痛/疼/痒 stay here, unlike the other signs' hyperbole: "痛到想死" asks for help with pain, not a crisis line.
      before: new RegExp(`${ZH_HYPERBOLE_BEFORE.source}|(?:痒|痛|疼)(?:到|得)(?:快|都|真的|要|快要)?$|\\bso (?:sad|bored|boring|embarrass\\w*|tired|funny|cringe\\w*|awkward|hot|hungry|stressed) (?:that )?(?:i|he|she)(?: literally| almost| could have| could)? $|\\b(?:scars?|scarring|marks) (?:from|of|left by) (?:(?:my|his|her|their|the|old|past|years of|teenage|previous) )*$|${CHORE_KILLING_ME}`),
      // A game or a show: "threatening to kill himself in minecraft".
      // Laughter right after 想死 is a joke: "我想死了啦哈哈" (about exams).
      after: new RegExp(`${String.raw`^了?(?:啦|啊|喔|哦|耶)?(?:哈哈|呵呵|嘻嘻|xd\b|😂|🤣)|^\s*(?:lol|lmao|lmfao|rofl|ha(?:ha)+|jk|xd)\b|^\s*(?:😂|🤣|💀)|^的心(?:都|也)?有了|^\s*(?:in|on) (?:minecraft|fortnite|roblox|the sims|sims|gta|a game|the game|video games?|a video game|his game|her game|my game)\b|^\s*(?:prevention|hotline|helpline|help line|hot line|crisis line|lifeline|awareness|防治|专线|热线|预防|干预|防范|求助电话)|^\w*\s+(?:risks?|warnings?|rates?|statistics|stats|screening|side[- ]effects?|scars?|scarring|marks)\b|^(?:留下|留的|造成)?的?(?:旧|老|陈年)?(?:疤|伤疤|疤痕)|^\s*(?:of|from) (?:boredom|embarrassment|shame|laughter|cringe|the heat|heat|hunger)\b|^\s*(?:for|over) (?:forgetting|missing|losing|leaving|buying|saying|eating)\b`}|${ANYWAY_A_QUESTION}`),
    },
    pattern: re([
      '活着(?:真的?|好|很|太|实在|一点都|都)?(?:没|没有)(?:意思|意义)|(?:把|将)[^,，。;；]{0,6}药[^,，。;；]{0,2}(?:存|攒|储)起来|(?:存|攒|储)[^,，。;；]{0,3}(?:安眠药|药)|打算[^,，。;；]{0,8}全部吃掉',
      "\\bkms\\b|\\bunalive (?:myself|himself|herself)\\b|\\bsewer ?slide\\b|\\bs[u*]ic[i1!*]de\\b|\\b(?:wanna|gonna|going to|want to|finna) (?:die|kill myself|k[i1!]ll myself|end it(?: all)?|end my life|unalive)\\b",
      // Means at hand, told as it is held: "gun's in my lap", "the pills are next to me".
      "\\b(?:gun|pistol|rifle|revolver)(?:'s| is|s are)? (?:loaded|in my (?:lap|hand|hands|mouth)|on my lap|pointed at)\\b|\\bloaded (?:the |my |his |a )?(?:gun|pistol|rifle)\\b",
      `\\b(?:ready|going|planning|plan|decided|prepared|want|wanting|wish) to die\\b|\\bdie tonight\\b|\\bcan'?t go on\\b|\\bno point (?:in )?living\\b|\\bnothing to live for\\b|\\bnot worth living\\b`,
      `\\b(?:suicide|goodbye) (?:note|letter)s?\\b|\\bslit (?:my|his|her) wrists?\\b|\\b(?:stockpil\\w*|saving up|hoarding) (?:my |the )?(?:pills|tablets|meds)\\b|\\bpills lined up\\b|\\bplanning to (?:overdose|od)\\b|\\bjump (?:off|from) (?:the|a) \\w+`,
      '跳(?:楼|河|江|海|桥|崖|下去)|卧轨|(?<![眼睛珠往向])上吊|遗书|遗言|一了百了|离开这个世界|了结(?:自己|生命)|去死|不想(?:再)?活|(?:撑|熬)不下去[^,，。;；]{0,6}(?:死|跳|自杀)|吃药自杀|烧炭自杀',
      '\\bsuicid\\w*|\\bkill(?:ing)? (?:myself|himself|herself|themselves)\\b|\\bdon\'?t see the point (?:anymore|any more|in living|of living)\\b|\\bend(?:ing)? (?:my|his|her|their) (?:own )?life\\b',
      '\\btake (?:my|his|her) own life\\b|\\bwant(?:s|ed)? to die\\b|\\bwish (?:i|he|she) (?:was|were) dead\\b',
      '\\bbetter off (?:dead|without me|not (?:waking up|being (?:here|alive|around)|alive|here|around|existing))\\b|\\b(?:would|\'d) (?:rather|prefer to) not (?:wake up|be here|be alive|exist)\\b|\\b(?:don\'?t|doesn\'?t|do not|does not) want to (?:live|be alive|be here|wake up)\\b(?! (?:for|with|in|at|on|without)\\b)|\\bno reason to live\\b',
      // "cutting myself" is self-harm; "cut himself on a nail" is an accident, so the one-off past needs intent.
      '\\b(?:cutting|hurting|harming|burning) (?:myself|himself|herself|themselves)\\b|\\b(?:cut|hurt|harm|burn)(?:ed)? (?:myself|himself|herself|themselves) (?:on purpose|deliberately|intentionally)\\b|\\bself[- ]?harm\\w*',
      '结束(?:这)?一切|了结一切|\\bend it all\\b|\\bjump(?:ing)? off (?:a |the )?(?:bridge|building|roof|balcony)\\b',
      "\\b(?:when|how) i(?:'ll| will| am going to| am gonna|'m going to|'m gonna)? end (?:it|things|it all|my life)\\b|\\b(?:decided|decide|made up my mind|am going|'m going) to end (?:it|things|my life)\\b",
      "\\b(?:going to|gonna|want to|plan to|planning to|will) (?:end it|end things|take all (?:of )?(?:my|the) (?:pills|tablets|meds|medication))\\b",
      "\\b(?:nobody|no one|no-one) (?:will|would|is going to) (?:miss|care about) me\\b",
      "\\b(?:hang|shoot|drown|poison|suffocate) (?:myself|himself|herself|themselves)\\b|\\boverdos\\w* on purpose\\b|\\bjump in front of\\b",
      "\\b(?:took|take|taking|put) a (?:razor|blade|knife) to (?:my|his|her)\\b|\\bwant (?:this|it|everything|my life) (?:all )?to (?:be over|end)\\b|\\bstanding on (?:the|a) (?:bridge|roof|ledge|edge)\\b",
      // Means made ready: pills saved up to be swallowed at once, in either word order.
      '药[^,，。;；]{0,4}(?:存|攒|囤|备|储)(?:好|够|齐|起来|了)|(?:一次|一口气|全部|统统|通通|都)吞(?:掉|下去|光|了)|吞药',
      "\\b(?:pills|tablets|meds|medication)\\b[^.,;!?]{0,20}\\b(?:saved|stockpiled|hoarded|collected|ready)\\b|\\b(?:take|swallow) (?:them|it|the lot|everything) (?:all )?(?:at once|tonight|in one go)\\b|\\bswallow (?:them )?all\\b",
      // A place to jump from, reached now: the English form is "standing on the bridge/roof" above.
      '(?:站|坐|爬|蹲)(?:在|到|上)[^,，。;；]{0,3}(?:天台|楼顶|顶楼|屋顶|窗台|窗外|阳台(?:栏杆|外|边上)|桥上|桥边|大桥|悬崖|崖边|铁轨|轨道|河边|江边)',
      "\\b(?:standing|sitting|sat|stood|up) on (?:the |a |my )?(?:rooftop|top of (?:the|a|my) (?:building|car park|parking garage)|railing|train tracks|railway|tracks)\\b",
      // 想不开 ("could not see past it") followed by an act is the colloquial way to tell of an attempt.
      '想不开[^,，。;；]{0,4}(?:喝|吃|吞|跳|割|上吊|烧炭)',
      // Finding out how much it would take: a lethal dose looked up, not asked about in general.
      "\\b(?:looked up|researched|googled|searched|worked out|calculated|counted|checked) (?:how many|how much|what dose|the lethal|a lethal|lethal)\\b|\\b(?:looked up|researched|googled|searched|checked|measured) how (?:high|tall|far down|deep) (?:the |that |a |my )?(?:bridge|building|roof|car park|parking garage|tower|cliff|balcony|floor|window|drop|river)\\b|\\blethal dose\\b",
      "\\b(?:thinking|thought|thoughts|think) (?:about|of) (?:ending it|ending things|ending it all|ending my life|killing myself|not being here|not being alive)\\b(?! (?:with|between|at|for) )",
      '查(?:了|过|好)[^,，。;；]{0,8}(?:多少片|多少颗|吃多少|致死)|致死量|吃多少(?:片|颗|粒)?(?:会|能|才|就)(?:死|没命)',
      // A last message written; a night chosen.
      '(?:想说的话|要说的话|最后的话|想交代的|要交代的|后事)[^,，。;；]{0,6}(?:写|录|交代|安排)',
      "\\b(?:tonight|today|this is) (?:feels like |is |will be )?the (?:night|day)\\b|\\bbetter (?:off )?without me\\b|\\bsaid (?:my|our) goodbyes\\b|\\bsaid goodbye to (?:everyone|everybody|my family|the world|all of you|life)\\b|\\bgiving away (?:my|all my) (?:things|stuff|belongings)\\b",
      "\\b(?:engine|car) running\\b[^.;!?]{0,30}\\b(?:garage|shed)\\b|\\bhose (?:from|on|to) the exhaust\\b",
      GARAGE_ENGINE,
      // Self-harm told without "myself", as one who does it tells it: 手又割了, 这次割很深; "wants to go to sleep forever".
      '(?<![草麦稻菜肉树枝])又(?:割|划)了(?![^,，。;；]{0,4}(?:草|麦|稻|菜|肉|口子|口|双眼皮|包皮|眼皮))|这次(?:割|划)(?:得)?(?:很|好|太|更|特别)深|(?:割|划)得比上次(?:还|更)?深',
      "\\b(?:want|wants|wanted|wanting|wish|wishes|going|ready|try|trying) to [\\x22\\u201c']?(?:go to |fall a)?sleep forever\\b",
      '(?:拿|用)[^,，。;；]{0,4}(?:刀|刀片|剪刀|玻璃|剃须刀)[^,，。;；]{0,3}(?:划|割)(?:了)?(?:手|手腕|腕|胳膊|手臂|腿|大腿)|(?:划|割)(?:了)?(?:手腕|腕)',
      "\\b(?:take|swallow|down|going to take) (?:every|all (?:of )?(?:the|my)) (?:[\\w-]+ )?(?:pills?|tablets?|meds|medication)\\b|\\b(?:sleep|go to sleep|fall asleep) and (?:never|not) wake(?: up)?\\b",
      '睡(?:一觉|过去|着)?[^,，。;；]{0,4}(?:就)?(?:不会|不要|不用|再也不|永远不)(?:再)?醒|(?:想|准备|打算|就要|要|好)(?:着)?(?:今晚|今天|马上|现在|明天|周末|这周末|这个周末|下周)?(?:就)?(?:彻底)?解脱|一死百了',
      "\\b(?:cut|cutting|burn(?:ed|t|ing)?|hurt|hurting|scratch(?:ed|ing)?) (?:myself|himself|herself|themselves) (?:with (?:a |my |his |her )?(?:lighter|cigarette|razor|blade|knife|compass|match(?:es)?|scissors|glass)|again)\\b",
      "\\b(?:happier|better off) (?:without me|if i (?:just )?(?:disappeared|vanished|died|was gone|were gone|wasn'?t here|weren'?t here|wasn'?t around))\\b|\\bdisappear(?:ed)? (?:for good|forever)\\b",
      // Self-harm told as "it" in a text about cutting: "been doing it on my thighs again".
      "\\b(?:been )?(?:doing|did|do) it (?:again )?(?:on|to) (?:my|his|her) (?:thighs?|arms?|wrists?|legs?|stomach|hips?)\\b",
      // Stockpiling told with a gap ("collecting my mum's sleeping tablets"), a car as the means, self-injury as an activity.
      "\\b(?:collecting|saving up|stockpiling|hoarding|storing up|stashing)\\b(?: [\\w'-]+){0,3} (?:pills|tablets|meds|medication|painkillers)\\b",
      "\\b(?:drive|crash|steer|drove|crashing|driving) (?:my car |the car )?(?:into|off) (?:a |the )?(?:wall|tree|bridge|cliff|river|lorry|truck|train|oncoming)\\b",
      "\\b(?:cutting|slashing|carving|burning|scratching) (?:my|his|her) (?:arms?|wrists?|legs?|thighs?|skin|stomach)\\b|\\b(?:hitting|banging|punching|burning|cutting|hurting|starving|choking)\\b[^.;!?]{0,30}\\bon purpose\\b",
      '睡(?:一觉|过去|着)?[^,，。;；]{0,4}(?:就)?(?:不|再也不|永远不)(?:再)?(?:醒|起来)|想(?:吞|吃)(?:一整|整|一)(?:瓶|盒|排|板|把)[^,，。;；]{0,4}药',
      // Weariness of being alive itself, not of a task: "活着太累", "tired of living".
      '活(?:着|得)(?:真的?|太|好|很|实在)?(?:累|没劲|痛苦)(?!了一天)|\\b(?:tired|sick) of (?:living|being alive|life)\\b|\\bdone with (?:life|living)\\b',
      '自杀|轻生|想死|不想(?:再)?活|活不下去|活着没意思|结束(?:自己的)?生命|了结自己|寻死|跳楼|割腕|自残|自伤|伤害自己|[割划伤]自己|用刀[^,，。;；]{0,4}[划割]|死了算了',
      // Words written as last words: rarely anything else, whoever writes them and however they are put.
      "\\b(?:won'?t|will not) be (?:here|around|alive) (?:tomorrow|much longer|any ?more|by (?:tomorrow|the morning|morning))\\b|\\bthis is (?:my|the) (?:last|final) (?:message|post|text|note|goodbye)\\b|\\bby the time (?:you|anyone|someone|they) (?:read|reads|see|sees|find|finds) this\\b|\\b(?:a|the|my) plan and the means\\b",
      '最后一(?:条|次)(?:消息|朋友圈|留言|动态)|看到这(?:条|封|段)[^,，。;；]{0,8}(?:时候|时)[^。]{0,8}(?:已经|不在|走了)|永远(?:地)?(?:睡下去|睡过去|闭上眼)|不想(?:再)?醒(?:来|过来|返|番)',
    ]),
  },
  // At the water or a height, and saying sorry or goodbye: each is ordinary alone, together a farewell.
  {
    id: 'atDangerPlace',
    // A place stood at is often told as last night's ("last night I stood on the bridge for a long time"): read in a
    // past frame too. It is one farewell sign, so it alarms only with another (a return announced, a goodbye).
    evenInPastFrame: true,
    // An outing named with it is an outing: "going to the bridge tomorrow to watch the fireworks with friends".
    lookAlike: { after: OUTING },
    pattern: re([
      '(?:在|到了|站在|坐在)[^,，。;；]{0,3}(?:江边|河边|海边|湖边|桥上|大桥|桥边|楼顶|顶楼|天台|屋顶|悬崖|崖边|铁轨|轨道边)',
      "\\b(?:at|on) (?:the|a) (?:bridge|cliff|cliffs|cliff edge|river|riverbank|pier|rooftop|roof|tracks|railway)\\b",
      "\\b(?:going|heading|driving|walking|on my way|off) (?:to|up to|out to) (?:the|a) (?:bridge|cliffs?|rooftop|roof|tracks|railway|pier)\\b",
      // A picture of a high place or a bridge posted or sent, the way a third party's goodbye is often seen online:
      // "posted a photo of the school roof on her story", 拍了学校顶楼的照片.
      "\\b(?:posted|sent|shared|put up|uploaded|took) (?:a |an |some )?(?:photo|picture|pic|selfie|video|story|snap)s? (?:of|from) (?:the |a |their |her |his |our )?(?:top of (?:the |a )?)?(?:\\w+ )?(?:bridge|cliffs?|rooftop|roof|ledge|tracks|railway|tower|parking garage|car park)\\b",
      '(?:拍|发|传|贴|po|晒)(?:了|出)?[^,，。;；]{0,10}(?:楼顶|顶楼|天台|屋顶|桥上|大桥|悬崖|崖边|铁轨)[^,，。;；]{0,2}(?:的)?(?:照片|相片|图|影片|视频|自拍)',
    ]),
  },
  {
    id: 'farewell',
    pattern: re([
      "\\bsorry for (?:being|having been) (?:a|such a) (?:burden|pain|problem|disappointment)\\b",
      '这辈子(?:谢谢|对不起|感谢)|下辈子(?:再|见)|写(?:好|完|了)了?[^,，。;；]{0,6}(?:的)?信|留(?:了|下)(?:了)?[^,，。;；]{0,4}(?:信|纸条|字条)|说(?:了)?(?:对不起|再见|抱歉|永别)|(?:道别|告别|永别)|照顾好(?:自己|爸妈|孩子)|好好活|(?:就|然后)挂了',
      "\\bwhen i'?m gone\\b|\\b(?:wrote|written|left|writing) (?:a |my |some )?(?:letters?|notes?) (?:to|for) (?:my|his|her|everyone|everybody|you|the)\\b|\\btell (?:my \\w+|them|her|him|everyone) (?:that )?i love\\b",
      // A note left with a sorry or a goodbye: 一张纸写「对不起」, "a note saying sorry".
      `(?:纸|纸条|字条|便条|信|卡片)(?:上)?(?:写|写着|写了)[^。]{0,3}(?:对不起|再见|永别|抱歉|别难过|不要难过)|\\b(?:note|letter|card)s?\\b[^.;!?]{0,20}\\b(?:saying|that says|that said|which says) (?:just )?["“']?(?:sorry|i'?m sorry|goodbye|bye)\\b`,
      '再见了|永别了|别了[,，。!！]|(?:各位|大家)再见|谢谢[^,，。;；]{0,6}(?:这些年|这么多年|一直以来)',
      "\\btell (?:my \\w+|them|her|him|everyone|mum|mom|dad) (?:that )?i'?m sorry\\b|\\bsee you on the other side\\b|\\b(?:finally|soon) (?:be )?at peace\\b|\\bat peace soon\\b|\\bdon'?t worry about me (?:after|anymore|any more)\\b|\\b(?:i'?ve |i have )?written (?:what i need(?:ed)? to|everything i need(?:ed)? to|my goodbyes?)\\b",
      "\\bgoodbye\\b|\\bthanks? (?:you )?for everything\\b|\\bsaid (?:sorry|goodbye|good-bye|bye)\\b|\\b(?:told|tells) (?:me|us) (?:to take care|he'?s sorry|she'?s sorry|goodbye)\\b|\\bhung up\\b",
    ]),
  },
  {
    id: 'unreachable',
    // Not answering, with an ordinary reason for the worry named ("worried about her blood pressure"): set aside,
    // so the learned complement, which leans on "not answering", may not alarm for it either.
    lookAlike: { after: /^[^.;!?]{0,40}\b(?:worried|concerned|anxious) (?:about|because of|for) (?:her|his|their) (?!safety|life|mood|mental|state|wellbeing|well-being)[a-z]+/ },
    pattern: re([
      "\\b(?:isn'?t|is not|not|won'?t|stopped|hasn'?t been|has not been) (?:answering|picking up|replying|responding to (?:texts|messages|calls))\\b|\\bphone (?:is )?(?:off|switched off|going to voicemail)\\b|\\bcan'?t (?:reach|find|contact) (?:her|him|them)\\b",
      "\\blocked (?:herself|himself|themselves|myself) in (?:the |her |his |their |my )?(?:bathroom|room|bedroom|toilet|car|garage|shed)\\b[^.;!?]{0,30}\\b(?:won'?t|will not|isn'?t|not|refus\\w*|doesn'?t) (?:open|answer|come out|respond|reply|talk|unlock)\\w*",
      '(?:把自己)?(?:锁|关|反锁)在[^,，。;；]{0,6}(?:里)?[^,，。;；]{0,2}(?:不开门|不出来|不应|不回应|不说话|叫(?:也|都)不应)',
      '(?:电话|手机)(?:也)?(?:不接|没人接|打不通|关机)|(?:打(?:电话)?给(?:她|他)|打了[^,，。;；]{0,6}(?:电话|通))[^,，。;；]{0,4}(?:都|也)?(?:没(?:有)?人?接|不接|打不通)|(?:人)?(?:就)?不见了|失踪|(?:联系|找)不(?:上|到)(?:人|她|他)?|不回(?:消息|信息|微信)|不读不回|已读不回',
    ]),
  },
  {
    id: 'givingAway',
    pattern: re([
      "\\b(?:gave|giving|give|sent|transferred) (?:me |us |away )?(?:all )?(?:my|his|her|their) (?:money|savings|things|stuff|belongings|possessions)\\b|\\b(?:gave|giving|given) (?:away )?(?:my|his|her) (?:dog|cat|pets?|bird|rabbit|hamster) (?:away|to)\\b|\\b(?:put|putting|got|getting|have|had) (?:all )?(?:my|his|her|their) affairs in order\\b",
      '(?:银行卡|银行账户|存折|卡)(?:的)?(?:密码)?[^,，。;；]{0,3}(?:写给|交给|留给|告诉)(?:了)?|(?:猫|狗|宠物|狗狗|猫咪|鸟|兔子)(?:也|都)?(?:送人|送走|送给[^,，。;；]{0,4}(?:了))|\\b(?:gave|told|wrote down|handed) (?:my|his|her) (?:bank )?(?:pin|passwords?|bank details|bank cards?) (?:to|for)\\b',
      '转(?:了|给)?[^,，。;；]{0,4}(?:所有|全部)的?(?:钱|存款|积蓄)|把(?:所有|全部)(?:的)?(?:东西|钱|存款|积蓄)[^,，。;；]{0,4}(?:送|给|转)|(?:钱|存款|积蓄|东西)(?:全部|全|都)(?:转|给|送)|(?:后事|身后事)',
    ]),
  },
  {
    id: 'meansAtHand',
    pattern: re([
      "\\b(?:pills|tablets|bottles|meds|rope|knife|blade)\\b(?:'s|'re)? (?:are |is )?(?:all )?(?:on|in) (?:my|the) (?:desk|bed|nightstand|bedside table|table)\\b|\\b(?:have|got|i'?ve got) the means\\b|\\b(?:pills|tablets|meds|rope|knife|blade|razor|gun)(?:'s|'re)? (?:are |is )?(?:in front of me|in my (?:hand|hands|lap|pocket)|on my lap|laid out|next to me|beside me|on the table in front)\\b|\\bi'?ve got the (?:pills|tablets|rope|knife|gun)\\b|\\b(?:bought|got|tied|made|have|has|i'?ve got|i have) (?:a |some |the )?(?:rope|noose|charcoal)\\b(?! (?:heater|grill|stove|burner|bbq|barbecue|fire|brazier|briquettes for))",
      // Pills saved over weeks or months: 存了两个月的药, "been saving my sleeping pills for weeks".
      `(?:存|攒|囤|储)(?:了)?${ZH_NUM}(?:个)?(?:多)?(?:月|周|星期|礼拜|年)的?(?:安眠药|药)|\\b(?:been )?(?:saving|keeping|stockpiling|collecting|hoarding) (?:up )?(?:my |the |her |his )?(?:[\\w-]+ )?(?:pills|tablets|meds) for (?:weeks|months|a while|ages)\\b`,
      '(?:刀|刀片|药|安眠药|绳子|木炭|枪)[^,，。;；]{0,3}(?:就)?(?:在|放在)(?:我)?(?:手上|手里|手边|旁边|面前|身边|腿上)|(?:木炭|炭|煤炭|烧烤炭)[^,，。;；]{0,4}(?:买好|准备好|备好|买了)|(?:买好|买了|准备好|备好)(?:了)?[^,，。;；]{0,2}(?:木炭|炭)|(?:这些|这瓶|这盒|这一堆|一堆)药[^,，。;；]{0,4}(?:吃完|吞完|吃了|吞了|全吃)|(?:绳子|刀|刀片|药|安眠药)(?:我)?(?:已经|都|全部|全|也)*(?:准备好|备好|买好|准备齐)',
    ]),
  },
  {
    id: 'noLongerBurden',
    pattern: re([
      "\\b(?:won'?t|will not|shall not|shan'?t|will no longer|no longer) (?:be a (?:burden|bother|problem)|bother|trouble) (?:to )?(?:anyone|anybody|you|them)?\\b|\\b(?:everyone|everybody|they|you all|my family|my kids) (?:would|will|'d|'ll)(?: all)? be better off(?=\\s*(?:$|[.,;!?]|without me|if i (?:was|were|wasn'?t|weren'?t) (?:gone|here|around|dead)))",
      "\\b(?:don'?t|do not|doesn'?t) (?:want|wish) to be (?:a|everyone'?s|your|their|the family'?s) (?:burden|problem)(?: (?:to|for|on) (?:my|our|the|his|her) \\w+| (?:to|for|on) (?:anyone|anybody|everyone|them|you))?(?: anymore| any more| any longer)?\\b",
      '不想(?:再)?(?:当|做|成为|是)[^,，。;；]{0,4}(?:负担|累赘|包袱|拖油瓶)|不想(?:再)?(?:麻烦|拖累|连累)(?:任何人|你们|大家|家人|别人)|不(?:会|用|再)再?(?:麻烦|拖累|连累|打扰)(?:任何人|你们|大家|家人)|(?:再也)?不(?:会|用)(?:再)?(?:麻烦|拖累|连累)',
    ]),
  },
  {
    id: 'hopeless',
    pattern: re([
      "\\b(?:so |just )?tired of (?:everything|it all|all of it)\\b|\\bno way out\\b|\\bno (?:hope|future) (?:left|for me)\\b|\\b(?:nobody|no one|no-one) (?:cares|would care|will care|would notice|will notice|will miss me|would miss me)\\b",
      "\\bcan'?t (?:do this|take (?:it|this)|cope|go on like this)(?: any ?more| much longer)\\b",
      '没有?人(?:会|会去)?在乎|没有?人(?:会)?在意|没有出路|看不到(?:任何)?希望|没有希望了|受够了',
    ]),
  },
  {
    id: 'timeChosen',
    // "going back there tomorrow to fish" is an outing.
    lookAlike: { after: OUTING },
    pattern: re([
      '(?:今晚|今天晚上|今天|明天)(?:之后|以后|过后)|(?:打算|准备|决定|就要)(?:在)?(?:今晚|今天晚上|今天|明天|等会|待会|过了今晚)|(?:今晚|今天晚上|等一下|待会)就(?:要|去|走|动手)',
      // An end fixed to a night: 今晚就结束吧, 今天晚上就了结 ("考试今天晚上就结束了" tells that something is over).
      '(?:今晚|今天晚上|今夜|明晚|明天晚上)(?:就|便)?(?:要)?(?:结束|了结)(?!了|的|后|之后|以后)',
      // Rest or an end fixed to a night: "tonight i finally rest", "after tonight".
      // A return announced to a place: "going back there tonight" (the place itself is read even in a past frame).
      "\\b(?:going|heading|go|coming|get) back (?:there|up there|out there|to (?:it|that place|that spot|the (?:bridge|roof|rooftop|cliffs?|tracks|railway|pier|river|ledge)))(?: again)? (?:tonight|tomorrow|later|today|this evening|this weekend)\\b",
      "\\btonight (?:i|i'?ll|i will|is when i) (?:finally )?(?:rest|go|leave|sleep|am free|be free|end)\\b|\\b(?:after|past) (?:tonight|tomorrow)\\b|\\b(?:planning|plan|going|decided|want) to\\b[^.;!?]{0,25}\\b(?:tonight|tomorrow|this weekend)\\b|\\btonight'?s the night\\b|\\b(?:i know|i'?ve decided|i'?ve made up my mind|i'?ve worked out) (?:what|how) i'?m (?:going to|gonna) do\\b|\\bmade up my mind\\b",
    ]),
  },
  // Going to join someone who has died. The death itself is told in the past ("她爸去年去世了"), so this
  // concept is read even inside a past frame (triage.ts).
  {
    id: 'joinTheDead',
    evenIfHabitual: true,
    evenInPastFrame: true,
    pattern: re([
      '(?:去|要去|想去|跟着)(?:找|陪|见)[^,，。;；]{1,8}[^。]{0,24}(?:去世|过世|离世|走了|不在了|死了)|(?:去世|过世|离世|不在了|走了(?:[0-9一二两三四五六七八九十几]+|好几|好多)(?:年|个月|天))[^。]{0,24}(?:去|要去|想去|跟着)(?:找|陪|见)(?:他|她|他们)',
      // "想跟阿公一起走，他走了三年了": going with someone who died.
      '(?:跟|和|陪)[^,，。;；]{1,6}一起走[^。]{0,24}(?:去世|过世|离世|不在了|走了(?:[0-9一二两三四五六七八九十几]+|好几|好多)(?:年|个月|天))',
      "\\b(?:join|be with|see|go to) (?:my|his|her|their) (?:late |dead )?(?:husband|wife|mum|mom|mother|dad|father|son|daughter|baby|brother|sister|partner|boyfriend|girlfriend)\\b[^.;!?]{0,40}\\b(?:died|passed|gone|dead)\\b|\\bbe with (?:him|her|them) again\\b",
    ]),
  },
];
