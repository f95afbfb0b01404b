import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alarmAll, category, quietAll } from './rule-probes.js';

// Session 5: classes of wording found with v16 (a fifth writer, measured blind on 86bd039 and on session 4's merged
// code, then used to develop) and voices the sets under-represent: texting, second-language English, veiled intent,
// carers, Cantonese, mixed languages, readings in other units, a sign buried in a long post. Each class is probed
// with sentences written for it, not v16's lines, on the rules alone; voices.test.ts checks that the rules alarm on
// none of the labelled non-emergencies, v16's included.

test('texting-style Chinese: clauses split by spaces, so one clause\'s negation does not reach the next', () => {
  alarmAll([
    '我真的撐不下去了 安眠藥都存好了 打算今晚全部吞掉',
    '活著好沒意義 刀已經在手上了 對不起大家',
    '唔想再拖累屋企人 啲藥我儲夠咗 今晚就食晒佢',
  ]);
  // A space after a short word is word spacing: the negation still reads.
  quietAll(['我 没有 胸痛 也 没有 喘', '没有 胸口痛，只是有点咳嗽']);
});

test('"while I wasn\'t looking" tells how it happened; it negates nothing and is no worry', () => {
  alarmAll([
    'while i wasnt looking my son drank some of the drain cleaner, hes coughing',
    'my daughter (2) got into the cupboard without me noticing and swallowed a button battery',
    '一不留神，孫子把洗衣球咬破了，吞了一些進去',
    '趁阿嬤沒看到，孫子吃了好幾顆阿嬤的降血糖藥',
  ]);
  quietAll(['趁我不注意，狗狗吃了一片吐司，有關係嗎']);
});

test('a stroke told in everyday words: a face that sags, one-sided limbs, what one hand can still do, a timed onset', () => {
  alarmAll([
    "mum's face has dropped on one side, 20 mins ago she was fine",
    '我爸爸嘴巴一边垮下来，讲话怪怪的',
    '阿爸講嘢口齒不清，半邊面垂咗落嚟',
    "my dad's right arm and right leg went weak about an hour ago and he can't find his words",
    'his left hand and left foot feel dead, started 15 minutes ago',
    '媽媽半小時前開始右手右腳都沒力',
    'I can only use my left hand right now, my right arm just went heavy and useless 10 minutes ago',
    'I look after my 88 year old dad. This morning his words came out jumbled and his right hand kept dropping the spoon.',
  ]);
  assert.deepEqual(category('媽媽半小時前開始右手右腳都沒力'), ['stroke']);
  quietAll([
    'my leg went numb from sitting cross-legged for an hour, now pins and needles',
    'woke up with my left arm numb because I slept on it, it went away after 5 minutes',
    "I've had numbness in my left hand and left foot for years from my diabetes, any tips?",
    '前阵子我朋友突然昏倒抽搐，现在怎么预防再发作',
  ]);
});

test('anaphylaxis in everyday words: swelling that ballooned, a changed voice with hives, contrast dye and nuts', () => {
  alarmAll([
    'my lips ballooned after the shrimp and my throat feels tight',
    'after the antibiotic drip my face puffed up and i feel faint',
    'ate a cookie with almonds, my tongue feels huge and my voice is weird, hives on my neck',
    '打完顯影劑之後嘴唇腫起來，全身癢，頭很暈',
  ]);
  assert.deepEqual(category('打完顯影劑之後嘴唇腫起來，全身癢，頭很暈'), ['anaphylaxis']);
  quietAll(['my face puffs up a bit in the morning when I eat salty food the night before', 'my voice is hoarse after the concert last night, no other symptoms']);
});

test('a fit seen by a bystander: a collapse and then shaking, "5+ minutes"', () => {
  alarmAll([
    "my mother-in-law collapsed in the kitchen and started jerking, it's been 6+ minutes",
    'bro fell over in the gym and started shaking, still going after like 5 mins',
    '爺爺倒在地上一直抽，已經超過五分鐘了',
  ]);
  assert.deepEqual(category('bro fell over in the gym and started shaking, still going after like 5 mins'), ['seizure']);
  quietAll(['what is the difference between a seizure and a faint?']);
});

test('poisoning: narrow-margin drugs named by use, opioid signs, a drink from the wrong container, a parent\'s pills', () => {
  alarmAll([
    "grandpa took his blood thinner twice today and now his gums won't stop bleeding and he's confused",
    "my husband took double his heart tablets by mistake, pulse is really slow and he's very dizzy",
    '奶奶心臟的藥吃了兩次，現在脈搏好慢，頭很暈',
    'found my roommate unresponsive, pupils tiny, breathing really slow, there are percs on the floor',
    'my son took a swig from a soda bottle that had antifreeze in it',
    'accidentally swallowed some of the weed killer from the garden sprayer',
    'my toddler ate a few of my iron pills, maybe 5, she is vomiting',
    '兒子偷吃了幾顆我的安眠藥，現在一直想睡',
    'My granddaughter (3) was at my house and she found the bottle of my blood pressure pills on the nightstand, a few are gone',
  ]);
  assert.deepEqual(category('found my roommate unresponsive, pupils tiny, breathing really slow, there are percs on the floor'), ['poisoning-overdose']);
  quietAll([
    'my dad took his heart pills twice yesterday by mistake, he feels totally fine, pulse normal',
    'my toddler had a sip from my water bottle, is tap water ok for her',
    'the doctor says my breathing is a bit slow when I sleep, is that normal',
    'my grandma takes warfarin, what foods should she avoid?',
    'how many tylenol can you take in a day safely?',
  ]);
});

test('veiled intent: tiredness of everything, a night fixed to rest, an apology for being a burden', () => {
  alarmAll([
    'cant do this anymore. gave my cat to my sister today. pills r ready. dont tell mum',
    'im so tired of everything. wrote letters for my kids, theyre in the drawer. tonight i finally rest',
    "i've been giving my stuff away this week and i have the rope in the car. nobody would notice",
    "sorry for being a burden all these years, i won't be one after tonight",
  ]);
  quietAll(['I gave my old clothes away and bought a new rope for the climbing wall, any tips for knots?']);
});

test('hyperbole: a verb repeated around its object is an activity overdone; a risk or a warning asked about is a topic', () => {
  quietAll([
    '考試考到快往生，有什麼提神的方法',
    '打電動打到想死，手腕好痠',
    '寫論文寫到快窒息了，怎麼調整作息',
    'what are the suicide risk factors for teenagers, asking as a teacher',
    'is there a suicide risk warning on montelukast? my son takes it and is fine',
  ]);
  // A symptom repeated is no activity: coughing until one cannot breathe is told of the breath.
  alarmAll(['咳嗽咳到快窒息', '他喘氣喘到快窒息了']);
});

test('second-language English, carers, mixed languages, units and signs buried in long posts', () => {
  alarmAll([
    'my husband he have very strong pain in chest since one hour, he is sweating much and cannot breath good',
    'Doctor please, my mother she fall and hit head on floor, she not wake up when I call her',
    'baby 7 weeks, temperature 38.4 by armpit, she not want to drink milk',
    'my wife is 32 week pregnant and suddenly much blood come out, the pad is full',
    "I'm a carer for a lady with dementia, she choked on her toast, she can't talk or cough and is going blue",
    'my 6 wk old feels hot, thermometer says 101.3F',
    'baby is 10 days old and his temp is 38.2 C under the arm',
    'sats 87 on the finger thing, lips look kinda grey, grandad has copd',
    '媽咪話佢心口好痛，仲出晒冷汗，透唔到氣',
    '我个BB得六个礼拜，发烧到38度5',
    '老公心口好像被大石壓住，冒冷汗，喘不過氣',
    'My mom chest very pain, 她一直冒冷汗，呼吸很困難',
    'my son 剛剛 fell from the bunk bed and hit his head, he 昏過去 for a minute',
    "Long post sorry. We moved house last month and it's been stressful, the kids are settling in, my husband has been working late, I've had a cold. Anyway last night I found my teenage daughter's diary and she wrote she has been cutting herself and wants to die. What do I do?",
    "Background: I'm 45, mild asthma, on a statin, had my gallbladder out in 2019. I've been trying to lose weight and started running again. Tonight while watching TV I got crushing pain in my chest going into my left arm and I'm sweating buckets. Is this muscle?",
    "he ate like a whole sheet of his grandma's sleeping pills",
  ]);
  quietAll([
    'lol i literally died laughing at that meme, my chest hurts from laughing',
    'my dad had a heart attack in 2018, he is fine now, what should he eat',
    'I had a stroke 3 years ago and recovered well, can I drive again?',
    'my baby is 4 months old and has a temperature of 38.5, she is playing and feeding well',
    'my baby is 6 weeks old, temperature 37.2 under the arm, is that normal?',
    'no chest pain, no shortness of breath, just a cough for 3 days',
    'How do you know if someone is having a stroke? I want to be prepared for my elderly parents.',
    'my son swallowed a small piece of gum, should I worry?',
    "I'm 12 weeks pregnant with a tiny bit of brown spotting, my midwife checked and all was fine",
    '我爸以前中過風，現在恢復得很好，想問可以吃什麼保健品',
    '心口有時候會悶悶的，運動完休息一下就好了',
    'My 3 year old bumped her head on the table, cried for a minute, now playing normally',
    'mi mamá tiene dolor de cabeza leve desde ayer, is ibuprofen ok?',
  ]);
});

test('readings in other units, pregnancy, head injuries, bleeding, overdoses and airways in relatives\' and texting voices', () => {
  alarmAll([
    "my 2 month old has a temp of 100.8 rectally, he's sleepy",
    "newborn is 3 wks, forehead thermometer 38.1, not feeding",
    "bb啱啱滿月，發燒38度2，成日瞓",
    "my nephew is 9 weeks and burning up, 39 on the ear thermometer",
    "she's 28 weeks along and bleeding bright red, soaked through her jeans",
    "im 8 wks preg and bleeding heavy with clots, filled 2 pads in an hour",
    "懷孕20週，突然大量出血，褲子都濕了",
    "pt is my mum, 79, on apixaban, fell and hit head on the kitchen tile, now vomiting and v drowsy",
    "my kid got hit in the head w a bat at practice, was out for like 30 sec, now keeps asking the same questions",
    "老爸騎車摔倒撞到頭，昏迷了一下，現在一直吐",
    "mi papá no puede hablar bien y tiene la cara caída, what should i do",
    "my lola is nangingisay for 10 minutes na, hindi tumitigil",
    "nanay ko hindi makahinga, her lips are turning blue",
    "tito ko has chest pain na sobrang sakit, pawis na pawis siya",
    "he's bleeding through every towel, cut his leg on the glass door, blood everywhere",
    "my son's arm is spurting blood after he fell on a knife",
    "割到手腕，血一直噴出來止不住",
    "她吞了一整盒普拿疼，現在很想睡",
    "took 30 of my sertraline about an hour ago, feeling weird",
    "i swallowed like 25 tylenol pm, i dont want to die anymore, what do i do",
    "bee sting on my neck 10 min ago, now my throat feels tight and i'm wheezing",
    "我對蝦過敏，剛剛吃到，現在喉嚨好緊，全身起疹子",
    "my baby's breathing is really fast and her ribs are sucking in, she's grunting",
    "爸爸喘到講不出話，嘴唇發紫",
    "he's wheezing so bad he can only say 2 words at a time, inhaler not helping",
  ]);
  quietAll([
    "my 5 month old has a temp of 100.8, drinking fine and playful",
    "baby is 3 weeks old, temp 99.1 rectal, that's normal right?",
    "懷孕8週，有一點點咖啡色分泌物，醫生說正常",
    "my period is super heavy this month with clots, should I see a gp?",
    "my dad hit his head on the cabinet door, no blackout, just a bump, he's fine",
    "i cut my finger chopping onions, bled for a few minutes and stopped with pressure",
    "what's the max dose of tylenol per day for an adult?",
    "my grandma had a seizure 10 years ago and has been fine on meds since",
    "is it normal for a 2 month old to breathe fast when sleeping? no other symptoms",
    "我以前有過敏，吃蝦會起疹子，但是這次沒事",
    "I'm allergic to bees, how do I use my epipen correctly?",
    "mi abuela tiene diabetes, what foods are good for her?",
  ]);
});

test('Spanish mixed into English: "no puede hablar" is the sign itself and negates nothing after it', () => {
  alarmAll(['mi papá no puede hablar bien y tiene la cara caída, what should i do', 'mi mamá no puede respirar']);
  quietAll(['mi abuela no tiene dolor de pecho, just a cough']);
});

test('veiled intent in texts and posts, Cantonese and Traditional Chinese, and carers; look-alikes of each', () => {
  alarmAll([
    "i just want to go to sleep and not wake up, ive got a months worth of my meds saved",
    "everyone would be better off. i've written what i need to. the bottles are on my desk",
    "i'm going to the bridge after work. tell my brother i'm sorry",
    "dont worry about me after tomorrow. gave my dog to my neighbour. finally at peace soon",
    "i hav been saving my pills for weeks now, tonight is the night",
    "my son texted 'goodbye mum, love you' and now his phone is off",
    "my sister posted 'see you on the other side' and isn't answering",
    "唔想再活落去，啲藥已經準備好",
    "我好攰，真係唔想再醒返",
    "我已經寫好遺書了，不用再找我",
    "今晚之後就不會再麻煩大家了，謝謝這些年的照顧",
    "這個世界沒有我應該會比較好，藥都準備好了",
    "我想跟阿公一起走，他走了三年了，我好想他，今晚就去找他",
    "活著好累，想去頂樓吹吹風，然後就不用再痛了",
    "i cant stop thinking about ending it. i've looked up how high the parking garage is",
    "my mom with dementia got into the garage and drank from the antifreeze jug",
    "my autistic son (nonverbal, 14) swallowed a bunch of his dad's blood pressure pills",
    "I care for my husband after his stroke; today his other side went weak and his speech got slurred again",
  ]);
  quietAll([
    "so tired of this weather lol, can't wait for summer",
    "gonna sleep like the dead after this exam week haha",
    "i said goodbye to my old car today, kind of sad",
    "my phone is off most of the evening to help me sleep, is that good for anxiety?",
    "we visited my late grandpa's grave today, miss him a lot",
    "I was suicidal in my twenties but therapy helped, now I'm doing well. How to support a friend?",
    "我們全家去頂樓烤肉，有沒有推薦的食材",
    "唔好意思，想問下BB打完針發燒38度正唔正常，佢已經六個月大",
    "i'm saving my pills for a trip abroad, can I bring 3 months' supply?",
    "my husband has had a one sided weakness since his stroke in 2020, any exercises?",
  ]);
});

test('clinical pictures told without the usual words: carbon monoxide, sight lost in one eye, a febrile fit, a child floppy after a food, no breath', () => {
  alarmAll([
    "all four of us have headaches and feel sick since we turned the old gas heater on, the cat is sleepy too",
    "the co alarm keeps beeping and my wife is confused and throwing up",
    "my mum (62) has jaw ache, feels sick, cold sweat and short of breath for the last half hour",
    "suddenly lost the vision in my right eye like a curtain came down, 10 min ago",
    "my dad suddenly can't walk straight, the room is spinning and he's slurring",
    "she's throwing up blood, like a lot, bright red, cups of it",
    "coughing up mouthfuls of blood for an hour",
    "my 2 year old is having a febrile fit, it's been 7 minutes and still shaking",
    "my son ate a peanut butter cookie and now he's vomiting, floppy and has a rash everywhere",
    "my waters broke at 34 weeks and there's a lot of blood with it",
    "35 weeks pregnant, sudden bad tummy pain and bleeding, baby moving less",
    "my 5 week old is floppy and won't wake up properly for feeds, feels hot",
    "a boy fell off his bike without a helmet, he was unconscious for about a minute and now he's confused",
    "我媽媽吐血吐了一大碗",
    "老婆懷孕十週，流血流到整條褲子都是",
    "宝宝两个月大，体温三十八度七，一直哭",
    "爸爸突然一邊看不見，走路歪歪的",
    "我同事在辦公室突然倒下，叫不醒，也沒有呼吸",
    "被蜜蜂叮了之後嘴唇腫、呼吸困難",
  ]);
  assert.deepEqual(category('all four of us have headaches and feel sick since we turned the old gas heater on, the cat is sleepy too'), ['poisoning-overdose']);
  assert.deepEqual(category('suddenly lost the vision in my right eye like a curtain came down, 10 min ago'), ['stroke']);
  quietAll([
    "our boiler is making a funny noise, who should I call?",
    "is it safe to run a generator in the garage with the door open?",
    "we all had headaches after the wedding, too much wine haha",
    "my 2 year old had a febrile fit last year for 2 minutes, how do I prevent another?",
    "my vision in one eye has been blurry for months, I think I need new glasses",
    "my baby is 5 months, floppy? no, she's very active, just wondering about milestones",
    "my son ate peanuts for the first time today and had no reaction, when can I give more?",
    "the co alarm battery is beeping, how do I change it?",
  ]);
});

test('hard negatives for this session\'s classes: a limb hurt or strained, swelling after dental work, outings, breakups, floaters', () => {
  quietAll([
    "my arm went numb and heavy after lifting weights an hour ago, is that a pinched nerve?",
    "I hit my elbow 10 minutes ago and my hand is tingling and numb",
    "my leg feels weak since I sprained my ankle an hour ago",
    "I'm typing with one hand because I broke my wrist, how long until the cast comes off?",
    "my daughter can only use her left hand since she broke her right arm, tips for school?",
    "my lips puffed up after the dentist numbed them, normal?",
    "my face is huge from the wisdom teeth removal, how long does swelling last?",
    "my tongue looks big and has teeth marks on the edges, what does that mean?",
    "I'm drinking from a bottle of water that was in a hot car, is that safe?",
    "my son took a sip of my coffee, is caffeine bad for a 10 year old?",
    "my grandma takes her heart pills twice a day as prescribed, can she take them with food?",
    "my husband is on blood thinners and bruises easily, is that normal?",
    "he fell over and started laughing, then got back up",
    "my dog collapsed and started shaking after the fireworks, is she scared?",
    "the baby's breathing is really slow when she's in deep sleep, about 30 a minute, normal?",
    "my pupils look tiny in bright light, is that normal?",
    "my mum is snoring loudly every night, could it be sleep apnea?",
    "I gave my dog to a rescue because I'm moving abroad, feeling guilty",
    "going to the bridge tomorrow to watch the fireworks with friends!",
    "see you on the other side of the exams lol",
    "tell my mum I'm sorry I forgot her birthday, how do I apologise?",
    "I've written everything I need to for my thesis, so relieved",
    "the pills are on my desk but I keep forgetting to take them, any reminder apps?",
    "everyone would be better off if the meeting was shorter lol",
    "I've been thinking about ending things with my boyfriend, how do I do it kindly?",
    "looked up how high Everest is, can altitude sickness kill?",
    "我們全家都頭痛，是不是感冒了",
    "燃氣熱水器要多久保養一次？",
    "老婆在家裡吹冷氣全家都頭痛，是空調的問題嗎",
    "我左眼突然看不見一點點黑影，飛蚊症嗎",
    "嘴巴一邊有點歪是因為蛀牙腫起來嗎",
    "他走了三年了，我還是很想他，怎麼走出悲傷",
    "謝謝這些年醫生的照顧，我的病好很多了",
    "今晚之後就要開始減肥了",
  ]);
  // An injury explains one limb sign only: with slurred speech, or with no injury named, a sudden limb sign still alarms.
  alarmAll([
    "her left arm went weak while she was cooking, 10 minutes ago",
    "my arm went numb and heavy after lifting weights an hour ago and now my speech is slurred",
  ]);
});

test('signs buried in long posts and told in second-language English; a head that bleeds after a fall was struck', () => {
  alarmAll([
    "Hi all, long time lurker. My husband (58) has type 2 diabetes and high BP, we've been trying keto for a month, he lost 6 kg. We went hiking on Sunday and he was fine. This evening after dinner he said his chest feels tight like a belt and he's gone pale and clammy. He says it's indigestion. Thoughts on keto and indigestion?",
    "Question about my mum's meds. She's 80, on metformin, amlodipine and a statin. Her GP changed her dose last week. Today she's been a bit off, and about an hour ago her speech went slurred and her left arm is weak. Should the dose change be reversed?",
    "my son is 15 and has been really quiet lately, grades dropping, quit football. last night I found a note in his room saying he's sorry and he loves us, and some of my sleeping pills are missing. he's at school now",
    "Sorry for my english. My baby is 2 month, since yesterday she have fever 38.6 and she sleep too much, not want milk",
    "my father he is 70 year, he fall in bathroom, head is bleeding and he vomit 3 times, now he is sleepy and confuse",
    "i am 39 week pregnant and bleeding very much, the blood is going down my leg",
    "she's 16 weeks and passing big clots and soaking pads",
    "wife 30wks, bleeding + cramps, soaked a pad in 20 min",
    "我爸騎機車跌倒，頭撞到，吐了好幾次，現在一直想睡",
  ]);
  quietAll([
    "my head was bleeding after the haircut nick, tiny cut",
    "fell off my bike yesterday, cut on my forehead, feel fine",
    "I fell and my head is bleeding a little, I feel fine, should I get stitches?",
  ]);
});

test('plain Simplified Chinese across every category (the weakest language of v16 on the rules alone)', () => {
  alarmAll([
    "我妈吃了半瓶安眠药，现在叫不醒",
    "老公喝了农药，嘴里有股怪味，在吐",
    "孩子把爷爷的降压药当糖吃了三颗",
    "我爸刚才突然说话不清楚，右手拿不住筷子",
    "奶奶一边脸麻了，嘴角流口水，半小时前开始的",
    "老公胸口压得很难受，左手臂也痛，出了一身冷汗",
    "我喘不上气，嘴唇发紫，哮喘药没用",
    "宝宝40天，发烧38度3，不吃奶",
    "怀孕五个月，下面突然流了好多血",
    "儿子从上铺摔下来头着地，晕了一会儿，现在一直吐",
    "被狗咬了以后全身起疙瘩，喉咙发紧，说话声音都变了",
    "吃了芒果以后嘴唇肿了，喘不过气",
    "我不想活了，已经写好遗书，药也买好了",
    "他割腕了，血止不住",
    "女儿抽搐了快十分钟还没停",
    "老人摔倒以后叫不醒，头上流血",
    "我真的好累，想一了百了",
    "刚刚吃了一整板的安眠药",
    "同事突然倒地，脸色发紫，没有呼吸",
    "吃了海鲜以后全身红疹，头晕想吐，快站不住了",
  ]);
});

test('a young baby\'s fever in other units and words: a bare Fahrenheit reading, "feels really warm", Cantonese 探熱, "bb 6星期"', () => {
  alarmAll([
    "newborn (11 days) 100.6 rectal, sleepy",
    "8 week old baby temperature 38.0 forehead, grunting a bit",
    "嬰兒出生50天，耳溫38.2",
    "bb 6星期大，探熱38.5度",
    "my 3 wk old grandson feels really warm, 100.9",
    "no fever but my 5 week old is not breathing properly, lips blue",
  ]);
  quietAll([
    "my 4 month old has 100.8 temp after her bath, she's fussy",
    "宝宝三个月零一周，发烧38度，精神很好",
    "what temperature is a fever for a 6 week old?",
    "my baby is 10 weeks and has no fever, just a runny nose",
  ]);
});

test('Tagalog mixed into English, and a sign buried in a long Traditional Chinese post about something else', () => {
  alarmAll([
    "si lolo biglang hindi makapagsalita at nakalaylay ang mukha niya",
    "my tita is 30 weeks buntis and maraming dugo coming out",
    "大家好，第一次發文。我是新手媽媽，寶寶剛滿月，平常都很好帶。最近家裡在裝潢比較吵。今天下午開始寶寶一直哭，摸起來很燙，量了耳溫38.6度，也不太喝奶。請問要怎麼安撫？",
    "想請問一下保險的問題，我爸之前有買醫療險。另外他今天早上起床後講話大舌頭，右手也舉不起來，這樣理賠要準備什麼文件？",
    "我老公在工地被鋼筋砸到頭，當場昏過去，醒來以後一直吐，公司說先休息就好",
  ]);
  quietAll([
    "大家好，第一次發文。我是新手媽媽，寶寶四個月大，平常都很好帶。今天打完疫苗有點發燒38度，精神還不錯，奶也喝得很好。請問要怎麼照顧？",
    "想請問一下保險的問題，我爸三年前中風過，現在恢復得不錯，這樣還能買醫療險嗎？",
    "si lola ko may diabetes, what fruits are ok?",
  ]);
});
