import { parseCount } from './numbers.js';

/**
 * Context that cancels a red-flag mention: a negation just before it ("no chest pain", "没有胸痛"),
 * or a clause about the past, a hypothetical or a habit ("my father had a stroke years ago",
 * "what are the signs of a stroke", "有时候胸闷").
 */

const EN_NEGATOR =
  /\b(?:no|not|never|without|denies|deny|denied|don't|dont|doesn't|doesnt|didn't|didnt|haven't|havent|hasn't|hasnt|isn't|isnt|wasn't|wasnt|aren't|arent|weren't|werent|hadn't|hadnt|none|nor|free of|negative for)\b(?:\W+[\w']+){0,5}\W*$/;

// Chinese phrases that start like a negation but are not one ("不小心" = accidentally).
// "还没醒又抽了": 没醒/没停 tell that something persists; they do not negate the sign that follows.
// "没戴安全帽摔到头": safety gear not worn negates the gear, not the fall that follows.
const ZH_NOT_NEGATION = /没有?(?:醒|停|好)(?:过来)?|没有?(?:戴|系|扣|穿)(?:好|上)?(?:安全帽|头盔|安全带|护具)|不小心|一不留神|不留神|没留神|不注意|没看见|没看到|没盯着|不在旁边|不在家|不知道|不停|不断|不久|不到|不住|不舒服|不一会|没注意|没看住|没留意|没想到|没多久|无意|无故/g;
const ZH_NEGATOR_WIDE = /(?:没有|没|无|未|否认|并非|不是|从未|从没|并没有|不会|不想|不打算|绝不)[^,，。;；]{0,4}$/;
const ZH_NEGATOR_NEAR = /不[^,，。;；]?$/;

// "胸口也不痛", "嘴唇没有肿": in Chinese the negation may sit inside the match, between the place and the symptom.
const ZH_INNER_NEGATION = /(?:不|没有?|并不|也不|都不|也没有?|都没有?)(?:太|怎么|很|是很)?(?:痛|疼|闷|喘|紧|憋|肿|痒|晕|抖|麻|绞)$/;

export function isNegatedInside(match: string): boolean {
  return ZH_INNER_NEGATION.test(match);
}

// A negation does not reach past a new subject: in "his side isn't working and he can't understand", "isn't"
// belongs to the first part.
const NEW_SUBJECT = /\b(?:and|then|so|while|because|plus)\s+(?:he|she|i|they|we|his|her|my|their)\b/g;

// "wasn't wearing a helmet when he hit his head": the negation is about the gear. "while I wasn't looking she drank
// the bleach", "without me noticing": the negation is about the one watching, not the event. Spanish "no puede
// hablar", "no responde" mixed into English is itself a sign (mixed-in.ts) and negates nothing after it.
const EN_NOT_NEGATION = /\b(?:without|not wearing|wasn'?t wearing|weren'?t wearing|no) (?:a |his |her |my |their |any )?(?:helmet|seat ?belt|hard hat|safety gear)\b|\b(?:wasn'?t|weren'?t|was not|were not|didn'?t|did not|not) (?:looking|watching|paying attention|notice|noticing|see|seeing)\b|\bwithout (?:me|us|anyone|anybody|her|him|them) (?:noticing|knowing|looking|seeing)\b|\bno (?:puede|puedo|pod[ií]a|responde|reacciona|despierta|se mueve|para|deja)\b/g;

function enScope(before: string): string {
  before = before.replace(EN_NOT_NEGATION, (m) => '_'.repeat(m.length));
  let cut = 0;
  for (const m of before.matchAll(NEW_SUBJECT)) cut = (m.index ?? 0) + m[0].length;
  return before.slice(cut);
}

// A sign told as an absence ("isn't breathing", "not responding") is not cancelled by a negation before it:
// in "wasn't responding and isn't breathing", "wasn't" does not undo "isn't breathing".
const ABSENCE = /^(?:isn'?t|is not|not|wasn'?t|was not|no longer|stopped|has stopped|hasn'?t|has not|won'?t|wouldn'?t|doesn'?t|didn'?t|can'?t|cannot|unable)\b/;

export function isAbsence(match: string): boolean {
  return ABSENCE.test(match);
}

export function isNegated(clause: string, matchStart: number): boolean {
  const before = clause.slice(Math.max(0, matchStart - 60), matchStart);
  if (EN_NEGATOR.test(enScope(before))) return true;
  const zhBefore = before.slice(-8).replace(ZH_NOT_NEGATION, (m) => '_'.repeat(m.length));
  return ZH_NEGATOR_WIDE.test(zhBefore) || ZH_NEGATOR_NEAR.test(zhBefore);
}

// "会中毒吗" (would it poison me?), "could I overdose": a worry about what might happen, not an event.
// "How much paracetamol is an overdose?": a question about the sign, read just before it (a frame would
// also silence "…, I took 20" after the comma).
// 注意 before a sign is "watch out for"; 趁我不注意 ("while I wasn't looking") tells how it happened.
const SPECULATIVE = /(?:会|会不会|可能会|能|怕|害怕|担心|担心会|怕会|(?<![不没]|没有)注意)$|\b(?:scared|afraid|worried|fear|fearful|terrified|anxious|nervous|paranoid) (?:of|about|that)(?: i'?m| i am| i'?ll| i will| i might| he'?s| she'?s| he| she)?(?: get| have| be| develop| catch| got)? ?$|\b(?:worried|scared|afraid|anxious) (?:i|he|she|we|they)'?(?:ll| will| might| could)? (?:get|have|be|develop|catch) $|\b(?:could|would|will|might|can) (?:i|it|this|that|you|he|she|they|we) (?:be |get |have )?$|\bhow (?:much|many)\b[\w\s'-]{0,40}\b(?:is|are|would be|counts as|makes|causes|cause)(?: (?:considered|classed as|classified as|defined as|thought of as|seen as))? (?:an? )?$|\b(?:is|are) (?:considered|classed as|classified as|defined as|counted as) (?:an? )?$/;

// "会食物中毒吗", "能不能引起窒息吗": a few words may sit between 会 and the sign when the clause asks 吗.
const ZH_WOULD_BEFORE = /(?:会|会不会|能不能|可能会|容易)[^,，。;；]{0,4}$/;
const ZH_QUESTION_AFTER = /^[^,，。;；]{0,8}(?:吗|么|嘛)/;

export function isSpeculative(clause: string, matchStart: number): boolean {
  const before = clause.slice(Math.max(0, matchStart - 30), matchStart);
  if (SPECULATIVE.test(before)) return true;
  return ZH_WOULD_BEFORE.test(before) && ZH_QUESTION_AFTER.test(clause.slice(matchStart));
}

const NUM_EN = '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|few|a few|couple of|a couple of)';
const NUM_ZH = '(?:\\d+|[一二两三四五六七八九十几多半]+)';

const HISTORY = new RegExp(
  [
    // "born 5 weeks ago" is an age, not a past event.
    `(?<!\\bborn )\\b${NUM_EN} (?:years?|months?|weeks?|seasons?|terms?|semesters?) (?:ago|back|before)\\b`,
    '\\byears ago\\b',
    // "since last week" goes on until now: not a past event.
    '(?<!\\bsince )\\blast (?:year|month|week|summer|winter|spring|fall|autumn|time|season|term|semester|school year)\\b',
    '\\bin (?:19|20)\\d\\d\\b',
    '\\bas a (?:child|kid|teen\\w*|baby|toddler|student)\\b',
    '\\bwhen (?:i|he|she|we|they) (?:was|were) (?:young|little|small|younger|a child|a kid|a teen\\w*|a baby|in|\\d+)\\b',
    '\\bin (?:high school|college|university|my (?:twenties|teens|thirties|youth))\\b',
    '\\bgrowing up\\b',
    '\\bused to\\b',
    '\\bhistory of\\b',
    '\\bpreviously\\b',
    '\\bback then\\b|\\bat the time\\b|\\bthat time\\b',
    '\\bin the past\\b',
    '\\bonce (?:as|when|before|in)\\b',
    '\\b(?:died|passed away|death) (?:of|from)\\b',
    '\\b(?:committed|died by) suicide\\b',
    '\\brecovered\\b',
    '\\bfor (?:many |several )?years\\b',
    '\\bdiagnosed\\b',
    // Chinese
    '以前|之前有|从前|曾经|去年|前年|上个?月|上周|上星期|上礼拜|小时候|年轻时|年轻的时候|当年',
    `${NUM_ZH}\\s*(?:年|个月|个多月|周|星期)(?:以|之)?前`,
    '病史|既往|得过|有过|做过|过世|去世|身亡|死于|好多了|已经好了|康复|诊断|多年|好几年|几十年',
    '有一次|有次|那次|上次|前几天|前两天|前天|小学|中学|上学时|上(?:个|一)?学期|上(?:个|一)?赛季|上一季',
    // "Some time ago", told without a number: 前段时间, 前阵子, 前些日子.
    '前段时间|前一段时间|前阵子|前一阵子|前些日子|前些时候|那阵子|那段时间',
    '(?:高中|初中|大学|大一|大二|大三|大四|读书|念书|上学|青春期)(?:的)?(?:时候|时|那会|那年)|学生时代',
  ].join('|'),
);

const HYPOTHETICAL = new RegExp(
  [
    '\\bwhat (?:are|is) the (?:\\w+ )?(?:signs?|symptoms?)\\b',
    '\\b(?:signs|symptoms|warning signs) (?:of|for)\\b',
    '\\bhow (?:do|can|would|should|will) (?:i|you|we|one|people) (?:know|tell|recogni[sz]e|spot|prevent|avoid|use)\\b',
    '\\bhow to (?:recogni[sz]e|tell|prevent|avoid|use|spot)\\b',
    '\\bprevent\\w*\\b',
    '\\b(?:lower|reduce)\\w* (?:my |the |your )?risk\\b',
    '\\brisk (?:of|for)\\b',
    '\\bwhat (?:happens|should (?:i|we) do|to do|do you do) (?:if|when)\\b',
    '\\bif (?:someone|somebody|a person|you|a child|a baby|one)\\b',
    '\\bin case\\b',
    '\\bis it true\\b',
    '\\bfirst aid kit\\b',
    '\\b(?:can|could|does|do|will|would|may|might)(?: [\\w\' ]{1,30})? (?:cause|lead to|trigger|make (?:you|me|someone|people|one|a person|him|her))\\b',
    // Fiction being written and a question of definitions: "writing a novel where a character overdoses", "what's the
    // difference between an allergic reaction and anaphylaxis", 过敏性休克跟一般过敏差在哪里.
    '\\b(?:writing|write|wrote|drafting|plotting) (?:a|my|the|this) (?:novel|story|short story|book|script|screenplay|play|scene|fanfic\\w*|fic)\\b|\\b(?:a|my|the|one) character (?:who|that|where|overdoses|dies|has|is)\\b|\\bfor (?:realism|my (?:novel|story|book|script))\\b',
    '\\bdifference between\\b|\\b(?:how|what) (?:is|are) [\\w\' ]{1,30} different from\\b|\\bis (?:that|this|it|there) (?:even )?(?:a real thing|really a thing|a thing)\\b',
    '差在哪|差别在哪|有什么(?:区别|差别|不同)|(?:区别|差别)是什么|(?:哪些|什么)(?:警讯|警讯|警示|迹象|信号|表现)|想(?:了解|请教|知道)[^,，。;；]{0,20}(?:哪些|什么|怎么|为什么|区别|差别|差在)',
    '(?:吃|喝|用|服)(?:了)?(?:太多|过量|超量)[^,，。;；]{0,3}会(?:怎样|怎么样|如何|有什么)',

    '\\bjust curious\\b',
    // A question of how a treatment or a sign works, asked by a learner: "can you explain why naloxone reverses an
    // opioid overdose", 过敏性休克的时候肾上腺素为什么要肌注. Not "explain why my chest hurts": that is about oneself.
    "\\b(?:explain|understand) (?:to me )?(?:why|how) (?!(?:my|i|i'?m|me|he|she|his|her|him|we|our|us|it|this|that|they|their|them|the|a|an|you|your|someone|somebody)\\b)",
    '(?:的时候|时)[^,，。;；]{0,12}为(?:什么|何)[^,，。;；]{0,6}(?:要|是|用|会|不|一定)',
    // Something read or heard about is information, not an event: "I read that bleach and ammonia make a toxic gas".
    '\\baccording to\\b',
    '听说|据说|网上说',
    '\\b(?:maximum|max|safe) dose\\b',
    // Seen in fiction or the news is a topic, not an event: "heard it on a hospital drama".
    "\\b(?:on|in|from|watching) (?:a|the|some|that|this) (?:tv |hospital |medical |crime )?(?:drama|show|movie|podcast|documentary|novel)\\b",
    '(?:电视剧|连续剧|影集|韩剧|日剧|美剧|电影|小说|节目)(?:里|中|上)',
    // Fiction being written, told in Chinese (我在写小说，主角…): the protagonist or a character of a story (主角, 女主, 故事里的人)
    // is no one present. 写小说 alone is not read as a frame: "我在写小说写到一半，我妈突然说话含糊" is an event.
    '(?:小说|故事|剧本|剧情|书|漫画)(?:的|里的|中的|里面的)?(?:主角|角色|人物|情节|人)|(?:男|女)?主角|(?:男|女)主(?=[^,，。;；]{0,2}(?:在|吃|喝|被|突然|发生|得了|出现))|\\b(?:my|the|our) (?:protagonist|main character)\\b',
    '\\bhereditary\\b|\\bgenetic\\b',
    // Chinese
    '如果|万一|假如|要是|哪些症状|什么症状|症状是什么|症状有哪些|前兆|征兆|先兆|有什么表现|有哪些表现',
    '可以使人|会致使|会导致|会引起|能引起|可以引起|多久会|多长时间会|怎么知道|如何(?:判断|知道|预防|辨别|处理)|怎么(?:判断|预防|处理)|怎样预防|预防|能治好|会遗传|遗传吗|会不会|是否会|风险',
  ].join('|'),
);

// Read in their own clause only, not carried over the commas that follow: a question about where a sign
// begins, what is normal or how long it lasts ("what counts as a fever", "正常体温是多少"), a baby not yet
// born, or a check already done ("my OB checked me, heartbeat fine"). Carried further, "what's a normal
// oxygen level, his lips are blue" would silence the emergency told after the comma.
const ABOUT_THE_SIGN = new RegExp(
  [
    // A question about where a sign begins or how long it lasts asks about the sign, not of one happening.
    "\\bwhat (?:temperature|temp|reading|number) (?:is|counts as|would be|is considered)\\b|\\bwhat (?:counts|is counted|qualifies) as\\b|\\bwhat(?:'s| is| are) (?:considered|classed|classified|counted|defined)\\b|\\b(?:does|would|will|do) (?:this|that|it|these|those) (?:count|qualify) as\\b|\\bwhat(?:'s| is) (?:a |the )?normal\\b|\\bnormal (?:range|temperature|temp) (?:for|of|in)\\b",
    "\\bhow long (?:can|does|do|will|should|would|might|is|are) [\\w' ]{0,30}\\b(?:last|take|go on|continue|persist)\\b",
    // What a word means or a sign looks like: "what does 'thunderclap headache' mean?", "休克是什么意思".
    "\\bwhat (?:does|do|would|did) [^.;!?]{1,40}\\b(?:look|feel|sound) like\\b|(?:长|是)什么样子?",
    "\\bwhat (?:does|do|did) [^.;!?]{1,50}\\bmean\\b|\\b(?:meaning|definition) of\\b|\\bwhat(?:'s| is) (?:a |an |the )?['\"]",
    '(?:是)?什么意思|指的是什么|是什么病',
    "\\bbefore (?:she|he|they|the baby|baby|my baby|our baby|the little one) (?:arrives?|is born|comes|gets here)\\b|\\bwhen (?:she|he|the baby|baby|my baby|our baby) (?:arrives|is born)\\b",
    // A performer watched on a screen or from the stands, told in the same clause: "watching the game last night and a
    // player got knocked out cold", "saw a boxer on tv collapse", 看球赛的时候有个球员被撞晕. Its own clause only, so
    // "watching the game, a player collided with my son, now he won't wake up" still alarms for the son.
    "\\b(?:watching|watched|saw|seen|see)\\b[^.;!?]{0,40}\\b(?:game|match|fight|bout|race|tv|television|telly|news|stream|highlights|replay|final|ufc|mma|nfl|nba|nhl|f1|olympics|world cup)\\b[^.;!?]{0,40}\\b(?:a|the|one|that|this|their|some) (?:player|fighter|boxer|footballer|quarterback|athlete|wrestler|goalie|goalkeeper|striker|contestant|racer|driver|rider|skater|skier|runner|cyclist|jockey)s?\\b|\\b(?:a|the|one|that|this) (?:player|fighter|boxer|footballer|quarterback|athlete|wrestler|goalie|goalkeeper|contestant|racer)s? (?:on (?:tv|television|the telly|the news|youtube|the stream)|in (?:the|a|that|last night'?s|yesterday'?s|today'?s) (?:game|match|fight|bout|race|final))\\b",
    '看(?:了)?(?:球赛|比赛|直播|转播|电视|新闻|拳赛)[^,，。;；]{0,20}(?:球员|选手|运动员|拳手|拳击手|车手)|(?:电视|直播|转播|比赛|球赛)(?:上|里|中)(?:的|有个|有一个|一个)?(?:球员|选手|运动员|拳手|车手)',
    '正常(?:的)?[^,，。;；]{0,6}(?:是多少|多少|范围|几度)|多少度(?:才)?算|(?:算|算是|算不算)(?:是)?发烧|这样算|持续多久|会持续|(?:专线|热线|求助电话|急救电话)是?(?:几号|多少|什么)|出生(?:以|之)前|生(?:之|以)前',
  ].join('|'),
);

// Something read, seen on the news or taught in a class is a topic, not an event. It frames its clause and the clauses
// after it (看了个新闻说有人喝百草枯，想问问这种农药为什么这么毒) until one returns to the present or names the teller's own
// people, so that "I read an article about heart attacks, my dad has crushing chest pain" still alarms for the dad.
const TOPIC_HEARD_OF = new RegExp(
  [
    // Something read or heard about is information: "I read that bleach and ammonia make a toxic gas".
    '\\b(?:read|heard|saw) (?:that|online|somewhere|an article|a post)\\b',
    '看到(?:网上|文章|新闻|报道)|看(?:了)?(?:个|一个|一则|一篇|到个)?(?:新闻|报道|报导|文章)(?:说|上说|里说|讲)?|新闻(?:上)?(?:说|报道|讲)',
    // News about other people is a topic: "saw a news story about a family getting carbon monoxide poisoning", "read a
    // report about…", "watched a segment on the news about…". Not the teller's own "news" ("got bad news today").
    "\\b(?:saw|seen|read|reading|watched|watching|heard|hearing) (?:a |an |the |this |that |some )?(?:news (?:story|report|article|item|segment|clip|piece)|(?:story|report|article|segment|piece|documentary|headline|clip) (?:on the news|in the news|about|on)|(?:story|report|segment|piece) (?:on|in) (?:the )?(?:news|paper|tv))\\b|\\b(?:on|in) the news (?:about|that|there was|there were|a|an)\\b",
    // Taught in a class or a course: a learner's question ("in my first aid course we learnt…", 我在护理课上学到…).
    "\\b(?:in|at|during|on) (?:my|a|our|the|this) (?:first[- ]aid|cpr|nursing|medical|biology|health|pharmacology|lifeguard|paramedic|emt)? ?(?:class|course|lecture|training|module|lesson|seminar|workshop)\\b[^.;!?]{0,20}\\b(?:we|they|i) (?:learn\\w*|were taught|was taught|practi[sc]ed|covered|were told|was told)\\b|\\b(?:we|i) (?:learnt|learned|were taught|was taught) (?:in|at|during) (?:class|school|the course|my course|lectures?|training)\\b",
    '(?:课|课堂|课程|培训|讲座|训练)(?:上|中|里)[^,，。;；]{0,4}(?:学到|学过|学了|教|讲到|讲过|老师说)',
  ].join('|'),
);
// …unless the clause goes on to the teller's own people: "watched a segment on the news about sepsis and my baby of 6
// weeks has a fever of 38.5".
const OWN_PEOPLE_AFTER = /\b(?:and|but|then|while|so) (?:now |then |suddenly |today |tonight |right now )?(?:my|our|i|i'?m|i'?ve|i am|me)\b/;

const OWN_PEOPLE = /\b(?:my|our) (?:son|daughter|baby|child|kid|kids|toddler|little one|husband|wife|partner|mum|mom|mother|dad|father|brother|sister|grandma|grandpa|grandmother|grandfather|nan|nana|friend|boyfriend|girlfriend|family|roommate|flatmate)\b|\bi(?:'m| am| have|'ve| just| can'?t| feel| took| ate| drank| mixed| did)\b|(?:我|我们)(?:的|家)?(?:儿子|女儿|孩子|宝宝|小孩|爸|妈|老公|老婆|先生|太太|奶奶|爷爷|外婆|外公|哥|姐|弟|妹|朋友|家人)|我(?:现在|刚刚|刚才|突然|已经)/;

// The teller as the one it happens to, after a professional opener: "…, I have crushing chest pain", 我胸口痛.
// "we" (a team debating practice) and "I" as the asker ("I often get asked") are not it.
const OWN_SELF = /\b(?:me|my|myself|mine)\b|\bi\b(?! (?:often|usually|always|get asked|was taught|learned|learnt|counsel|work|see)\b)|我(?!们|是|想|在)/;

// Under a professional opener, each sentence asks in general or reports a lesson: "what observation time are people
// using…", "why is NAC used…", "just wondering why…", "we were taught that…", 请问…, 老师说…. A sentence that opens any
// other way ("our neighbour's toddler swallowed a button battery", "patient's wife says he has chest pain") tells an
// event, and the frame ends.
const ASKS_IN_GENERAL =
  /^\W*(?:(?:quick|simple|genuine|honest|random|silly|dumb|general) question\W+)?(?:what|which|why|how|when|where|who|whose|is|are|does|do|did|can|could|should|would|will|has|have|any|anyone|anybody|curious|wondering|just (?:wondering|curious)|question|(?:i|we) (?:was|were) (?:taught|told)|(?:i|we) (?:learn(?:ed|t)|read|keep reading|heard)|in (?:class|lectures?|school|training|my course)|(?:our|my|the) (?:lecturer|teacher|professor|prof|instructor|textbook|tutor)|请问|想问|想请教|请教|问一下|问下|为什么|为何|怎么|怎样|如何|是否|哪些|哪种|什么|有没有|一般|通常|老师(?:说|讲|教)|课本|书上|教科书|课上|上课)/;

// An event happening as it is told, or a call for help: "lifeguard here, a swimmer just got pulled out…", "…please help".
const CALL_FOR_HELP = /\bjust\b(?! (?:wondering|curious|asking|checking|a quick)\b)|\b(?:help|please|asap|urgent\w*|emergency right)\b|救命|急救中/;

// Every TOPIC_HEARD_OF pattern holds one of these words.
const TOPIC_WORDS = /\b(?:read|reading|heard|hearing|saw|seen|watch\w*|news|learn\w*|taught|course|class|lecture|training|module|lesson|seminar|workshop)\b|新闻|报道|报导|文章|网上|课|培训|讲座|训练/;

function isTopicHeardOf(clause: string): boolean {
  return TOPIC_HEARD_OF.test(clause) && !OWN_PEOPLE_AFTER.test(clause);
}

// A professional or a student of the field who names their role first asks about practice or a lesson, not of an
// event: "ER nurse here: what observation time after epinephrine for anaphylaxis…", "Pharmacist here. Which
// antidepressants carry the suicidality warning…", "pharm student: why is NAC used for paracetamol overdose?",
// 我是药剂师，想问… Only the role told as an opener (at the start, as "X here", "as a X," or "X student:"), so that a
// nurse's own emergency told later ("…, my husband is grey and sweating") is read: the frame ends, for the rest of the
// text, at a clause that names the teller's own people or themself or returns to the present (OWN_PEOPLE, PRESENT).
const ROLE_EN =
  '(?:(?:er|ed|icu|a&e|ward|school|community|hospital|retail|clinical|paediatric|pediatric|peds|nicu|ob|new|junior|senior|trainee|registered|student|locum|ambulance)\\s+)?(?:nurse|pharmacist|pharmacy tech(?:nician)?|paramedic|emt|doctor|physician|gp|resident|intern|medic|midwife|dentist|vet|veterinarian|physio|physiotherapist|toxicologist|(?:med|medical|nursing|pharm|pharmacy|paramedic|dental|vet|pa|np) student|premed|pre-med|student (?:nurse|paramedic|midwife|pharmacist)|first aid (?:instructor|trainer)|cpr instructor|lifeguard)';
const PROFESSIONAL_OPENER = new RegExp(
  [
    `^\\W*(?:(?:hi|hello|hey)(?: all| everyone| there)?\\W+)?(?:(?:an?|another|fellow|retired|former)\\s+)?${ROLE_EN}\\s+here\\b`,
    `^\\W*(?:(?:hi|hello|hey)(?: all| everyone| there)?\\W+)?as an? ${ROLE_EN}\\s*(?:,|$)`,
    `^\\W*(?:(?:med|medical|nursing|pharm|pharmacy|paramedic|dental|vet) student|premed|pre-med|student (?:nurse|paramedic|midwife))\\s*[:\\-–—]`,
    '^\\W*(?:我是|本人是?|身为|作为)(?:一名|一个|一位|个)?(?:急诊|病房|医院|社区|药局|药房|实习|学校)?(?:的)?(?:药剂师|药师|护士|护理师|医生|医师|医学生|护生|护理(?:系)?(?:的)?学生|药学(?:系)?(?:的)?学生|医学系学生|急救员|救护员|住院医师|兽医)(?=[，,。：:\\s]|$)',
  ].join('|'),
);

/** How long the professional opener at the start of this clause is (0: none). */
function professionalOpener(clause: string): number {
  return clause.match(PROFESSIONAL_OPENER)?.[0].length ?? 0;
}

// Already assessed and found fine: a clinician's check and a reassuring finding are told in the past. Read in its own
// clause and back over the clauses before it in its sentence ("had some spotting at 7 weeks, went to the early
// pregnancy unit, scan was fine and heartbeat seen"), up to a clause that returns to the present; not when the check is
// itself told as long past ("my ECG last year was normal" says nothing of today's chest pain).
const ASSESSED_FINE = new RegExp(
  [
    // Already assessed and found fine: a clinician's check and a reassuring finding are told in the past.
    "\\b(?:doctor|dr|gp|ob|obgyn|ob-gyn|midwife|nurse|paediatrician|pediatrician|consultant|er|a&e|urgent care)\\b[^.;!?]{0,20}\\b(?:checked|examined|scanned|looked at|cleared)\\b",
    "\\bchecked (?:me|him|her|the baby|us|them) (?:over|out)\\b|\\b(?:heartbeat|heart beat|scan|ultrasound|ct|mri|ecg|ekg|bloods|blood tests?|tests?)(?: is| was| were| looked| looks| came back)? (?:fine|normal|clear|ok|okay|good|strong)\\b",
    '医生[^,，。;；]{0,6}(?:看过|检查过|检查了|说没事|说正常|说没问题)|(?:检查|b超|超声|ct|心电图|胎心|心跳)[^,，。;；]{0,4}(?:正常|没事|没问题|很好|有力)',
    // What the clinician said of it: "the doctor said this can happen", "医生说这很常见".
    "\\b(?:doctor|dr|gp|ob|obgyn|ob-gyn|midwife|nurse|paediatrician|pediatrician|consultant)\\b[^.;!?]{0,20}\\b(?:said|says|told (?:me|us|her|him))\\b[^.;!?]{0,10}\\b(?:this|that|it)(?: is| was|'s)? (?:can|could|may|might|does|is|was|'s)? ?(?:happen|happens|normal|common|nothing to worry|harmless|expected)\\b",
    // Or explained it by an ordinary cause: "my midwife said the cervix is sensitive in pregnancy", 医生说是宫颈比较敏感;
    // not when the clause goes on to what is happening now ("…said a little spotting is common but now I'm soaking a pad").
    "\\b(?:doctor|dr|gp|ob|obgyn|ob-gyn|midwife|nurse|paediatrician|pediatrician|consultant)\\b[^.;!?]{0,20}\\b(?:said|says|told (?:me|us|her|him))\\b[^.;!?]{0,40}\\b(?:sensitive|nothing to worry|harmless|expected|common|normal after|from the (?:smear|swab|exam|examination|test))\\b(?![^.;!?]*\\b(?:but|now|though|yet|however|until)\\b)",
    '(?:医生|助产士|护士|产检)[^,，。;；]{0,6}说[^,，。;；]{0,12}(?:比较|很|会)?敏感(?![^,，。;；]*(?:但|可是|现在|不过))',
    "\\bheart ?beat (?:was |is )?(?:seen|heard|detected|found)\\b",
    // Results told as back and fine: "they did bloods and a urine test, everything came back normal".
    "\\b(?:everything|it all|all of it|all|results?|they all)(?: has| have)? (?:came|come) back (?:fine|normal|clear|ok|okay|negative|good)\\b",
    // Or told as a verdict on the workup: "they did bloods, urine and a lumbar puncture, all clear, cultures negative at 36
    // hours". Not "are these all normal?", which asks.
    "\\ball clear\\b|\\b(?:cultures?|lumbar puncture|lp|spinal tap|swabs?|urine (?:test|sample|dip))(?: (?:was|were|is|are|came back|all))? (?:all )?(?:negative|clear|normal)\\b",
    '(?:检查|化验|验血|验尿|腰椎穿刺|腰穿|培养)[^,，。;；]{0,6}(?:都|全都|全部)(?:正常|没事|没问题|阴性)|(?:培养|腰穿|腰椎穿刺)[^,，。;；]{0,4}阴性',
    '医生[^,，。;；]{0,6}说[^,，。;；]{0,4}(?:这|这种|这样)?[^,，。;；]{0,2}(?:很)?(?:常见|正常|没关系|不要紧)',
    // A poisons line already called and its answer an all-clear: "poison control said she should be fine and to watch
    // her", 毒物咨询中心说没事. Not when the clause goes on to what is happening now ("…said fine but now she's vomiting").
    "\\b(?:poison control|poisons? (?:control|centre|center|line|helpline|information)|nhs ?111|111|the pharmacist|pharmacist)\\b[^.;!?]{0,20}\\b(?:said|says|told (?:me|us|her|him))\\b[^.;!?]{0,25}\\b(?:fine|ok|okay|nothing to worry|harmless|non-?toxic|not toxic|not dangerous|low risk|safe)\\b(?![^.;!?]*\\b(?:but|now|though|yet|however|until)\\b)",
    '(?:毒物|毒药物|中毒)(?:咨询|控制|諮詢|防治)?(?:中心|专线|热线)[^,，。;；]{0,6}说[^,，。;；]{0,8}(?:没事|没关系|不要紧|无毒|没有毒|没毒|不会有事|应该没事|问题不大|没问题)(?![^,，。;；]*(?:但|可是|现在|不过))',
  ].join('|'),
);

// A full recovery told after the event ("was knocked out playing hockey last season, she has completely recovered now",
// 已经完全康复了) reaches back over its sentence like a check found fine; its own "now" tells that the recovery is now,
// not the event. Not a recovery from something else ("fully recovered from the flu").
const RECOVERED =
  /\b(?:fully|completely|totally) recovered\b(?! from)|\brecovered (?:fully|completely)\b(?! from)|\b(?:made|making) a (?:full|complete) recovery\b(?! from)|完全(?:康复|恢复)|(?:已经|都)(?:康复|痊愈|完全好了)|痊愈了/;

const RECENT = /\b(?:\d+|a few|few|ten|twenty|thirty|an?|one|two) (?:min\w*|hours?|hrs?) ago\b|\bjust\b|\btoday\b|\bthis (?:morning|afternoon|evening)\b|\btonight\b|刚才|刚刚|今天|今早|今晚|分钟前|小时前/;

export function isAboutTheSign(clause: string): boolean {
  return ABOUT_THE_SIGN.test(clause) || ASSESSED_FINE.test(clause);
}

// Long-standing, read in its own clause and back over the clauses before it ("droopy in selfies…, been like that
// in every photo since high school"), up to a clause that returns to the present. Not forward: in "always been
// like that, but her speech suddenly went slurred" the new sign is told after it.
const LONG_STANDING =
  /\bsince (?:high school|school|childhood|birth|forever|college|uni|university|my teens|i was (?:a )?(?:kid|child|baby|little|young|born|teen\w*|\d+))\b|\b(?:in|on) (?:every|all (?:my|the|of my)) (?:photos?|pictures?|selfies?|pics?)\b|\balways (?:been|looked|was) (?:like (?:that|this)|that way|this way)\b|\bbeen like (?:that|this) (?:forever|for years|my whole life|all my life|since)\b|\b(?:my|his|her) (?:whole|entire) life\b|\ball (?:my|his|her) life\b|\bborn with\b|从小(?:就|到大)?|一直都?是?这样|天生|生来就|(?:每张|所有|以前的)照片|从(?:高中|初中|小学|大学)(?:开始|起|就)/;

export function isLongStanding(clause: string): boolean {
  return LONG_STANDING.test(clause);
}

// A habit or occasional event is not happening now ("sometimes", "有时候", "焦虑的时候会"). "On and off for
// twenty minutes" is one episode going on now, not a habit.
// "Every time he breathes in", "每次吸气": each breath, happening now, is not a habit.
const HABITUAL =
  /\b(?:sometimes|occasionally|every time(?! (?:he|she|i|they|you|we|baby|it) (?:breathes?|inhales?|takes? a breath))|whenever|from time to time|now and then|at times|always(?! (?:been|looked|was) (?:like (?:that|this)|that way|this way))|constantly (?:get|gets|getting|have|has|having|feel|feels|feeling|worry|worried|think|thinking)|often|frequently|some days|on (?:bad|some|most) days|most days|on and off(?! for (?:the (?:last|past) )?(?:\d+|a few|few|several|ten|fifteen|twenty|thirty|forty|fifty) (?:min|hour))|keeps? having|keeps? getting(?! (?:worse|bigger|more|higher|redder|harder|weaker|sleepier|drowsier)))\b|\bwhen(?:ever)? (?:i|he|she|they|we|it) (?:eats?|drinks?|touch(?:es)?|smells?|runs?|exercises?|climbs?|walks?|gets? (?:stressed|anxious|nervous|upset))\b|\bfor (?:weeks|months|a long time)\b|有时候?|偶尔|时不时|(?:的)?时候?(?:就|都|总)?会|经常|常常|老是|总是|总觉得|总感觉|每次(?!(?:吸气|呼吸|呼气|喘气|吸|呼))|每当|每逢/;

// A sign that passes with rest or within minutes ("休息两三分钟就好了", "settles after I sit down", "passes in 10
// minutes") is exertional or panic, not an emergency; read in its own clause and back over its sentence, and only
// for the concepts marked `settlesWithRest` (breathlessness, chest pain): a stroke sign that passes is still a call.
const SETTLES =
  /(?:休息|歇|坐下|停下|躺)[^,，。;；]{0,6}(?:就|便|又)?(?:好了|没事了|恢复了|恢复正常|缓过来|不喘了|正常了)|(?:几|一两|两三|\d+)\s*分钟[^,，。;；]{0,3}(?:就)?(?:好了|没事了|过去了)|\b(?:goes|go|went) away (?:after|with|once|when|within|in)\b|\b(?:settles?|settled|eases?|eased|pass|passes|passed|calms? down|calmed down|stops|stopped|fine again|back to normal|gone)\b[^.;!?]{0,20}\b(?:after|with|once|within|in) (?:a |some |a few |a couple of |\d+ |two |three |five |ten |fifteen )?(?:minutes?|mins?|rest\w*|sitting down|a break|a sit|stopping)\b|\bafter (?:a |some |a few minutes'? )?(?:rest|resting|sitting down)\b[^.;!?]{0,20}\b(?:fine|ok|okay|normal|better|gone)\b/;

// Breath or a racing heart after exertion, told as back to normal now ("ran up 6 flights and was gasping for a minute,
// back to normal now"): it settled as exertion does. Only with an exertion named in the sentence; "not fine now" is not it.
const BACK_TO_NORMAL = /\b(?=back|normal|fine|ok|better)(?<!\bnot |n'?t )(?:back to normal|normal again|fine again|(?:fine|ok|okay|better) now)\b|恢复正常了?|(?:已经|就)没事了/;
const EXERTION = /\b(?:ran|run|running|sprint\w*|jog\w*|climb\w*|stairs|work(?:ed|ing)? out|workout|gym|exercis\w*|hik\w*|cycling|training|match|race)\b|跑步|跑完|爬楼|爬山|运动|健身|打球|踢球/;

function settlesAfterExertion(sentence: string[], k: number): boolean {
  return BACK_TO_NORMAL.test(sentence[k]) && EXERTION.test(sentence.join(', '));
}

export function settlesWithRest(clause: string): boolean {
  return SETTLES.test(clause);
}

// A known condition told as getting better ("still a bit droopy but improving and he's finishing the steroids",
// "还是有点歪，但慢慢好转"): the whole sentence is about recovery, unless it tells of a sudden change.
const STILL = /\bstill\b|还是|仍然|依然|还有点/;
const IMPROVING = /\b(?<!not |isn'?t |no longer )(?:improving|getting better|recovering|on the mend)\b|(?<!没有?|不)(?:好转|改善|慢慢(?:好|恢复)|在恢复)/;
const SUDDEN_CHANGE = /\bsudden\w*|\bagain\b|\bworse\b|突然|又|更严重|变严重/;

export function isRecovering(sentence: string[]): boolean {
  const whole = sentence.join(', ');
  return STILL.test(whole) && IMPROVING.test(whole) && !SUDDEN_CHANGE.test(whole);
}

export function isHistoricalOrHypothetical(clause: string): boolean {
  return HISTORY.test(clause) || HYPOTHETICAL.test(clause);
}

/** A question about a sign or a hypothetical, not a history: "what is a normal temperature for a newborn". */
export function isHypotheticalOrAboutTheSign(text: string): boolean {
  return HYPOTHETICAL.test(text) || isAboutTheSign(text);
}

export function isHabitual(clause: string): boolean {
  return HABITUAL.test(clause);
}

// Words that bring a sentence back to the present: "…years ago, *now* his face droops".
// "…last year that stopped in a minute, but this one has gone on for 7 mins": this one / this time is the episode now (这次).
const PRESENT = /\b(?:now|today|tonight|this morning|this evening|currently|just now|right now|again|at the moment|this time|this one)\b|现在|今天|今晚|今早|刚才|刚刚|目前|这次|此次|再次|又开始|又出现/;

export function returnsToPresent(clause: string): boolean {
  return PRESENT.test(clause);
}

/** "中风过", "抽搐过一次": 过 right after the event marks it as something that has happened before. */
export function isExperiencedBefore(clause: string, matchEnd: number): boolean {
  return /^了?过(?![去来气])/.test(clause.slice(matchEnd, matchEnd + 3));
}

// Recent enough that the rules still alarm on it ("fell yesterday, now confused"), but not now.
const EARLIER = /\b(?:yesterday|last night|the other day)\b|昨天|昨晚|昨日|前天|前晚/;

// A week of pregnancy told as a time point ("at 12 weeks I had a small bleed", 怀孕八周的时候有出血), when the question
// tells a later week as now ("I'm 20 weeks now", 现在二十周): that clause is past, like "years ago".
const AT_WEEK = new RegExp(`\\bat (${NUM_EN}) (?:weeks|wks)\\b|(${NUM_ZH})\\s*(?:周|个星期|星期)(?:的时候|时|那时)`, 'g');
const WEEK_NOW = new RegExp(
  `\\b(?:now|currently|i'?m now|she'?s now) (?:at |about )?(${NUM_EN}) ?(?:weeks|wks)\\b|\\b(${NUM_EN}) ?(?:weeks|wks)(?: pregnant)?,? now\\b|现在(?:已经|都)?(?:怀孕)?(?:快)?(${NUM_ZH})\\s*(?:周|个星期|星期)`,
);

// Read over the clauses joined back: "now" opens a clause of its own ("i am 22 weeks", "now").
function weekNow(sentences: string[][]): number | undefined {
  if (!sentences.some((s) => s.some((clause) => /w(?:ee)?ks|周|星期/.test(clause)))) return undefined;
  const m = sentences.map((s) => s.join(', ')).join('. ').match(WEEK_NOW);
  return m ? parseCount(m[1] ?? m[2] ?? m[3]) : undefined;
}

function atEarlierWeek(clause: string, now: number | undefined): boolean {
  if (now === undefined) return false;
  for (const m of clause.matchAll(AT_WEEK)) {
    const week = parseCount(m[1] ?? m[2]);
    if (week !== undefined && week < now) return true;
  }
  return false;
}

/** A clause with the frame it is read in. */
export interface FramedClause {
  clause: string;
  /** In a past or hypothetical frame, carried over the commas of its sentence until a clause returns to the present. */
  offFrame: boolean;
  habitual: boolean;
  /** Told as earlier today or yesterday ("last night", "昨晚"): the rules still read it, the model reads it apart. */
  earlier: boolean;
  /** Passes with rest or within minutes, in this clause or a later one of its sentence. */
  settles: boolean;
}

/**
 * Every clause of a split question with its frame: "years ago, his face drooped" is past in both clauses;
 * "…, now he cannot speak" returns to the present.
 */
export function frameClauses(sentences: string[][]): FramedClause[][] {
  const now = weekNow(sentences);
  // The role told first ("nurse here", 我是护士) frames the text; what follows the opener in its clause is read for a break.
  // Matched on the first sentence joined back, since the opener may hold commas ("hi all, pharmacist here").
  let openerLeft = sentences.length > 0 ? professionalOpener(sentences[0].join(', ')) : 0;
  let professional = openerLeft > 0;
  let awaitingStart = true;
  return sentences.map((sentence) => {
    // Each sentence under the opener must open as a question or a lesson told ("why is…", "we were taught…").
    awaitingStart = true;
    let offFrame = false;
    let habitual = false;
    let earlier = false;
    const longStanding = sentence.map((clause) => isLongStanding(clause));
    // Tested once per clause: it frames its own clause and, unless told as long past, reaches back.
    const assessed = sentence.map((clause) => ASSESSED_FINE.test(clause));
    let topic = false;
    // One cheap test per sentence before the topic patterns run on each of its clauses: most questions have none.
    const mayBeTopic = TOPIC_WORDS.test(sentence.join(' '));
    const framed = sentence.map((clause, k) => {
      if (topic && (returnsToPresent(clause) || OWN_PEOPLE.test(clause))) topic = false;
      if (mayBeTopic && isTopicHeardOf(clause)) topic = true;
      if (returnsToPresent(clause)) offFrame = habitual = earlier = false;
      if (isHistoricalOrHypothetical(clause) || atEarlierWeek(clause, now)) offFrame = true;
      if (isHabitual(clause)) habitual = true;
      if (EARLIER.test(clause)) earlier = true;
      if (professional) {
        // What the clause tells beyond the opener; the opener's own clauses ("hi all", "as a nurse") tell nothing more.
        const told = clause.slice(Math.min(clause.length, openerLeft));
        openerLeft = Math.max(0, openerLeft - clause.length - 2);
        if (awaitingStart && /[\p{L}\p{N}]/u.test(told)) {
          awaitingStart = false;
          if (!ASKS_IN_GENERAL.test(told)) professional = false;
        }
        if (returnsToPresent(told) || OWN_PEOPLE.test(told) || OWN_SELF.test(told) || CALL_FOR_HELP.test(told)) professional = false;
      }
      return { clause, offFrame: offFrame || topic || professional || ABOUT_THE_SIGN.test(clause) || assessed[k] || longStanding[k], habitual, earlier, settles: false };
    });
    if (isRecovering(sentence)) for (const c of framed) c.offFrame = true;
    // Settling with rest reaches back like long-standing ("跑完喘到讲不出话，休息两三分钟就好了").
    reachBack(framed, (k) => settlesWithRest(sentence[k]) || settlesAfterExertion(sentence, k), (c) => (c.settles = true));
    reachBack(framed, (k) => longStanding[k], (c) => (c.offFrame = true));
    // Not when a later clause returns to the present ("my doctor said a little spotting is common, but now I'm soaking a
    // pad"): the check is then of before, and the pregnancy told before it still frames what is happening now.
    reachBack(framed, (k) => assessed[k] && !HISTORY.test(sentence[k]) && !sentence.slice(k + 1).some(returnsToPresent), (c) => (c.offFrame = true));
    // Not over an event told as just now ("knocked out 10 minutes ago, fully recovered now but threw up twice").
    const recovered = sentence.map((clause) => RECOVERED.test(clause));
    if (recovered.includes(true) && !RECENT.test(sentence.join(', '))) reachBack(framed, (k) => recovered[k], (c) => (c.offFrame = true), true);
    return framed;
  });
}

/**
 * Marks each clause where `holds`, and the clauses before it back to the last one that returns to the present
 * (`ownPresentToo`: the clause that holds may itself say "now").
 */
function reachBack(framed: FramedClause[], holds: (k: number) => boolean, mark: (c: FramedClause) => void, ownPresentToo = false) {
  for (let i = framed.length - 1; i >= 0; i--) {
    if (!holds(i)) continue;
    mark(framed[i]);
    for (let j = i - 1; j >= 0 && ((ownPresentToo && j + 1 === i) || !returnsToPresent(framed[j + 1].clause)); j--) mark(framed[j]);
  }
}
