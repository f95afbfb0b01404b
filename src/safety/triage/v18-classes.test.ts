import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alarmAll, category, quietAll } from './rule-probes.js';

// Session 7 round 2: classes of wording found with v18 (a seventh writer, measured blind on c196abf and eab0972,
// then used to develop). Each class is probed on the rules alone with sentences written for it, not v18's lines;
// voices.test.ts checks that the rules alarm on none of the labelled non-emergencies, v18's included.

test('a dose asked so as not to wake up, and pills saved for weeks with no one caring', () => {
  alarmAll([
    'how much of my mum\'s diazepam would it take to never wake up again',
    'roughly how many paracetamol to not wake up. asking for me',
    '请问安定片要吃多少才不会再醒过来',
    '我攒了三个星期的安眠药，也没人会在意我',
  ]);
  assert.deepEqual(category('请问安定片要吃多少才不会再醒过来'), ['suicide-self-harm']);
  // Insomnia is the look-alike: not waking in the night or too early, or not waking tired.
  quietAll([
    'how much melatonin should I take to not wake up at 4am every night?',
    'how many hours of sleep do I need to not wake up groggy',
    '褪黑素吃多少才不会半夜醒来',
    '我存了两个月的药，出国的时候用',
  ]);
});

test('a place to jump from told as last night\'s, and a return to it announced', () => {
  alarmAll([
    'Yesterday I sat on the roof of the car park for hours. Heading back up there tonight.',
    'last night i was on the cliffs again. going back there tomorrow, i just wanted to say it to someone',
  ]);
  assert.deepEqual(category('Yesterday I sat on the roof of the car park for hours. Heading back up there tonight.'), ['suicide-self-harm']);
  // An outing, or a place visited with no return announced, stays quiet.
  quietAll([
    'We were at the pier last weekend. Going back there tomorrow to fish with my dad.',
    'Last night I stood on the bridge watching the fireworks, it was beautiful.',
    'going back there tonight for the second half of the concert',
  ]);
});

test('heavy bleeding in pregnancy told by its colour or a pad soaked quickly', () => {
  alarmAll([
    '怀孕二十六周，突然流了好多暗红色的血',
    '孕30周，护垫不到半小时就湿透了，都是血',
    '懷孕七個月，一下子流出鮮紅的血',
  ]);
  assert.deepEqual(category('怀孕二十六周，突然流了好多暗红色的血'), ['pregnancy-bleeding']);
  // Discharge wetting a pad, or a light trace, is not a bleed.
  quietAll(['怀孕二十周，护垫有点湿，是分泌物吗', '怀孕十二周，擦的时候有一点点淡粉色']);
});

// The rules' own misses on v18 (caught by the complement there), each written as a class of wording.
test('a nosebleed running down the throat or filling a bowl', () => {
  alarmAll([
    "on rivaroxaban, my nose has been bleeding since lunch and it's running down the back of my throat",
    'nosebleed that will not settle, I have filled most of a cup already',
  ]);
  // The same words with no bleed named, or a bowl filled with something else, are not a bleed.
  quietAll(["snot running down the back of my throat all night with this cold", 'I filled a bowl with ice for my nosebleed and it stopped']);
});

test('a squeaky or whistling breath after a food, a sting or a vaccine, with hives', () => {
  alarmAll([
    'my daughter had sesame crackers and now has hives everywhere and a whistling sound when she breathes',
    'got my flu jab an hour ago, hives all over and I am wheezing',
    '女儿打完疫苗，全身起疹子，呼吸有哨音',
  ]);
  assert.deepEqual(category('女儿打完疫苗，全身起疹子，呼吸有哨音'), ['anaphylaxis']);
  quietAll(['my shoes make a squeaky noise when I walk', '打完疫苗手臂有点红肿，正常吗', 'how do I make his breathing less squeaky when he has a cold']);
});

test("a week's or a month's tablets taken at once, with a sign of toxicity", () => {
  alarmAll([
    'mum swallowed her whole week of lithium at once and now she is shaking and confused',
    '奶奶一次吃了一整周的心脏药，现在一直吐，心跳很慢',
  ]);
  quietAll(['took the whole week off work and slept, still feel tired', 'how do I fill a weekly pill organiser for my dad?']);
});

test('a child locked in with a note saying sorry or not wanting to be a burden', () => {
  alarmAll([
    'my son locked himself in the bathroom and won\'t answer, there was a note on his desk saying sorry',
    '儿子留了纸条写着对不起，现在把自己反锁在房间里叫也不应',
    '妹妹说不想再成为家里的负担，现在把自己锁在厕所里不出来',
  ]);
  assert.deepEqual(category('妹妹说不想再成为家里的负担，现在把自己锁在厕所里不出来'), ['suicide-self-harm']);
  // One sign alone: a sulk behind a locked door, a note of apology.
  quietAll(['纸条上写着对不起，是同学弄坏了我的笔', 'She locked herself in her room and will not come out, we argued about her phone']);
});

test('low oxygen read in Chinese numerals, and fingers gone blue or black', () => {
  alarmAll(['爸爸血氧只有八十二，一直喘', '外婆的手指头发紫，喘不过来']);
  quietAll(['血氧显示九十七，正常吗', '血氧九十五左右，有点咳嗽']);
});

test('bank details handed over and a pet given away, with release chosen for a day', () => {
  alarmAll(['把支付宝密码和银行卡都交给了我哥，狗也送人了，以后不会再麻烦大家了', '我打算这个周末就解脱了']);
  // Two of the same sign are one sign.
  quietAll(['把银行卡交给了我哥，狗也送人了，下个月出国读书']);
  quietAll(['我把银行卡密码告诉了我妈，方便她帮我交水电费', '要搬去国外了，猫也送人了，好舍不得']);
});

// v18's false alarms, each written as a class of wording.
test('two kinds of stroke contrasted name the terms, not a bleed', () => {
  quietAll(['for my neuro exam: how do ischaemic and haemorrhagic strokes differ?', 'is a haemorrhagic or an ischemic stroke more common?']);
  alarmAll(['the doctor says grandpa is having a haemorrhagic stroke right now', 'she is haemorrhaging after the birth']);
});

test('spotting said to be light after the word, and a poisoning named as a topic', () => {
  quietAll([
    'spotting at 12 weeks pregnant, only light pink and it stopped',
    '如何预防孩子误食电池？',
    '想做一份关于儿童误食清洁剂的卫教海报',
    '药局常有家长来问小孩误吞药丸怎么处理，要怎么说明比较好',
  ]);
  alarmAll(['spotting at 12 weeks pregnant, now heavy bleeding with clots', '孩子误食了干燥剂，一直吐']);
});

test('想死 followed by laughter is a joke; with any other sign it still alarms', () => {
  quietAll(['报告写不完，想死了啦哈哈', '又要加班，想死哈哈哈']);
  alarmAll(['想死哈哈，药都存好了', '我想死，真的']);
});

// Found by a probe of the nosebleed class: "down the back of my throat" was read as pain spreading to the back.
test('the back of a throat, a head or a knee is a place, not chest pain spreading to the back', () => {
  quietAll(['my chest hurts a bit from coughing and there is phlegm going down the back of my throat']);
  alarmAll(['chest pain spreading down my back and I am short of breath']);
});
