import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triage } from './triage.js';
import { alarmAll, category, quietAll } from './rule-probes.js';

// Session 11: classes of wording from v21a (the first half of a blind set, a development set since), docs/safety.md
// "Session 11". Probed with sentences written for the class, not the set's lines; each test fails on 0268a62.

test('the temperature of a room, a bath or a feed, or how to take one, is no fever', () => {
  quietAll([
    'What room temperature is right for a 4 week old to sleep in? The nursery feels warm at night.',
    'How hot should the bath water be for a newborn? I test the temperature with my elbow.',
    'How do I take an armpit temperature on a 6 week old? She is well, I just want to learn how.',
    '新生兒用哪一種體溫計比較準？耳溫槍還是額溫槍？',
    '新生儿用哪种体温计比较准？想提前买一个。',
  ]);
  // A reading or a hot baby still counts, whatever the thermometer.
  alarmAll([
    'My 4 week old feels hot, the ear thermometer says 38.5',
    '宝宝出生五周，用体温计量了38.4度',
    'How do I bring down a fever in my 6 week old? The thermometer says 38.7.',
  ]);
});

test("a baby's age told of an earlier illness, with the child's age now given, is a past age", () => {
  quietAll([
    "My daughter had a fever at 5 weeks old and was admitted for antibiotics. She's 3 now and doing well. Could it have affected her hearing?",
    'He had a temperature at 7 weeks old and needed a spinal tap. He is now 18 months. Any lasting effects?',
    '兒子出生六週時發燒住院，現在已經兩歲了，想問會有後遺症嗎？',
  ]);
  alarmAll([
    'My 5 week old has a fever of 38.3. Her brother is 3 now and had the same thing.',
  ]);
});

test('a check that came back fine reaches back over its sentence', () => {
  quietAll([
    'Baby had a fever of 38.5 at 3 weeks old, they did bloods and a urine test, everything came back normal. Does that mean it was a virus?',
  ]);
  alarmAll(['My 3 week old has a fever of 38.5, we are waiting for the results to come back']);
});

test('recovered, told after the event, reaches back over its sentence; a season or a term ago is past', () => {
  quietAll([
    'My daughter was knocked out playing hockey last season, she has completely recovered now. Is it safe to go back to matches?',
    'Got knocked out cold in a boxing bout, fully recovered now, when can I spar again?',
    'He had a seizure that lasted six minutes, he made a full recovery. What should we do next time?',
    '兒子打球被撞到頭昏過去，已經完全康復了，可以再打球嗎？',
    'Lost consciousness after a fall at football last term; the club wants a note before she plays.',
  ]);
  // A sign told after the recovery, or a recovery of something else, still alarms.
  alarmAll([
    'He was knocked out in the match, fully recovered from the flu last week though',
    'She recovered from the last one, but now she has been fitting for ten minutes',
  ]);
});

test('self-harm told without "myself": cut again, cut deep; going to sleep forever', () => {
  alarmAll([
    '手又割了，割得比上次深，血一直流。',
    '昨天晚上又割了，這次割很深，停不下來。',
    'My son texted that he wants to go to sleep forever and now he is not picking up.',
  ]);
  quietAll([
    '切菜的时候手又割到了，伤口不深，要不要打破伤风？',
    'I could sleep forever after this week of night shifts lol, is melatonin safe?',
    'I want to sleep forever this weekend after these exams. Is 12 hours of sleep bad for you?',
    '院子的草又割了一遍，過敏又犯了，吃什麼藥好？',
  ]);
});

test('a car engine in a closed garage is carbon monoxide, in either word order, and a suicide sign', () => {
  const text = "my dad is in the garage with the door shut and the car engine running, he won't open it";
  alarmAll([text, '爸爸把自己关在车库里发动车子不熄火，叫他都不应']);
  assert.ok(category(text).includes('poisoning-overdose'), 'poisoning too');
  quietAll(['Is it safe to warm the car up in the garage with the door open on cold mornings?']);
});

test('asthma: a reliever that does nothing, speaking a word at a time', () => {
  alarmAll([
    "my reliever inhaler is doing nothing, I've had 10 puffs and I can only get a few words out",
    "she's had her blue inhaler over and over and it's not touching it, she can only speak in single words",
    '哮喘又犯了，萬托林噴了好多下，只能一個字一個字地講',
  ]);
  // The category is breathing, even with chest tightness named.
  assert.ok(category('气喘又犯了，吸入剂喷了十几下都没用，只能一个字一个字往外说，胸口很紧').includes('breathing-difficulty'));
  quietAll([
    'My inhaler is doing nothing for this tickly cough, should I see the GP?',
    "My toddler only says a few words at a time, is that normal at 18 months?",
  ]);
});

test('choking with a whistling noise on breathing in or a dusky face', () => {
  alarmAll([
    'she choked on a sweet, she can cough a bit but there is a high pitched squeak every time she breathes in',
    'he choked on a bit of apple and his lips are going dusky',
    '孩子被糖果噎住了，吸氣的時候有尖尖的咻咻聲',
  ]);
  quietAll(['he choked on his drink earlier but coughed it up and is fine now, a bit of a wheeze when he laughs']);
});

test('chest discomfort in Taiwanese and by gesture, with sweating and breathlessness', () => {
  alarmAll([
    '阿公說心肝頭足艱苦，一直冒冷汗',
    '我媽一直按著胸口說很難受，滿身大汗',
    '他捂着胸口说很难受，喘不上气',
  ]);
  quietAll(['阿嬤說心肝頭足艱苦，因為孫子不回家，她很難過']);
});

test('means made ready with words between, and a night chosen to end it', () => {
  alarmAll([
    '藥已經全部準備好了，今晚就結束。',
    '安眠药我都准备好了放在床头，今天晚上就了结吧',
    '绳子已经准备好了，明天就结束这一切',
  ]);
  quietAll(['考试今天晚上就结束了，终于可以好好睡一觉', '药已经全部准备好了，明天出国旅行带着']);
});

test('a bleed at an earlier week of pregnancy, with a later week told as now, is past', () => {
  quietAll([
    'At 10 weeks I had a bleed and they found a small haematoma. I am 22 weeks now. Could it happen again?',
    '懷孕九週的時候有出血，醫生說是絨毛膜下血腫，現在已經二十四週了，還會再出血嗎？',
    '怀孕七周时出过一次血，现在二十周了，一切正常，会影响宝宝吗？',
  ]);
  alarmAll([
    'At 10 weeks I had a small bleed that settled. Now 22 weeks and bleeding heavily with clots.',
    '怀孕七周时出过一次血，现在二十周，又大量出血',
  ]);
});

test("a learner's question of why a treatment is given, with words between 为什么 and 要", () => {
  quietAll(['學護理的，想問過敏性休克的時候為什麼腎上腺素要打在大腿？', '心脏骤停的时候为什么心肺复苏要按那么深？']);
});

test('water or a feed feared too hot is no fever, and the learned complement may not alarm for a feed\'s temperature', () => {
  quietAll(['新生兒洗澡水要幾度？怕太燙。', '两个月宝宝的奶会不会太烫？']);
  for (const text of ['给新生儿冲奶，水温多少度合适？', '新生兒泡奶的水溫要幾度才不會太燙？']) assert.equal(triage(text).emergency, false, text);
  alarmAll(['宝宝才三周，额头好烫，量了38.6']);
});

test('a show at term is seen and set aside, so the learned complement may not alarm for it', () => {
  for (const text of ["I'm 39 weeks and had a bloody show this morning, mild cramps every 20 minutes. Is labour starting?"]) {
    assert.equal(triage(text).emergency, false, text);
  }
  alarmAll(["I'm 39 weeks and bleeding heavily, bright red with clots"]);
});
