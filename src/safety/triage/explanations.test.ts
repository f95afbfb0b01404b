import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alarmAll, category, quietAll } from './rule-probes.js';
import { rulesOverrule } from './triage.js';

// Session 7: classes of wording found with v17 (a sixth writer, measured blind on d66c5e7 and on session 5's merged
// code, then used to develop). Each class is probed with sentences written for it, not v17's lines, on the rules
// alone (the all-clear, which only the learned complement obeys, through rulesOverrule); voices.test.ts checks that
// the rules alarm on none of the labelled non-emergencies, v17's included.

test('carbon monoxide told by its situation: a fuel burner indoors and several people ill at once', () => {
  alarmAll([
    'we lit the charcoal grill in the living room to keep warm and now the kids and I all have pounding headaches',
    'running a kerosene heater in the cabin overnight, three of us woke up dizzy and throwing up',
    'storm knocked the power out so the generator is in the garage, my sister and I both feel sick and confused',
    '停電了在臥室裡燒炭取暖，我們幾個都頭痛想吐',
    '车库里开着发电机，家人都头晕恶心',
  ]);
  assert.deepEqual(category('running a kerosene heater in the cabin overnight, three of us woke up dizzy and throwing up'), ['poisoning-overdose']);
  // A burner with no one ill, one person's ordinary headache, or a question about alarms is not a poisoning.
  quietAll([
    'is it safe to use a propane heater in a tent if the flap is open?',
    'we have a wood stove in the cabin, how often should the chimney be swept?',
    '我家用煤油暖爐，需要裝一氧化碳警報器嗎？',
    'i have a headache since this morning, probably from staring at screens',
  ]);
});

test('a third party\'s goodbye seen online: a picture of a high place posted, and calls not picked up', () => {
  alarmAll([
    'my friend posted a photo of the top of the parking garage on her story and wrote goodbye everyone, she is not answering',
    '学长在朋友圈发了一张天台的照片，配文说再见了，打电话给他都没人接',
    '表妹發了橋上的自拍說謝謝大家這些年的照顧，打給她也不接',
  ]);
  assert.deepEqual(category('学长在朋友圈发了一张天台的照片，配文说再见了，打电话给他都没人接'), ['suicide-self-harm']);
  // One sign alone is not a farewell: a rooftop photo from a party, a call missed.
  quietAll([
    'she posted a photo of the rooftop bar from her birthday party last night',
    '同事发了顶楼的照片说夜景很美',
    '打给他都没接，应该是在开会吧',
  ]);
});

test('a lip, face or speech numbed for dental work explains itself; another stroke sign still alarms', () => {
  quietAll([
    'three hours after my filling my mouth still droops on one side and I am slurring, is the anaesthetic normal to last this long?',
    'had a wisdom tooth out this morning, face feels numb and droopy on the left and I talk funny',
    '下午補牙打了麻藥，現在嘴巴歪一邊講話也不清楚，多久會退？',
  ]);
  alarmAll([
    'after the dentist numbed my mouth my face droops, and now my right arm has gone weak too',
    '拔牙打了麻药，刚刚突然右手没力，讲话也说不清',
    // No dental work told: a drooping lip alone is still a stroke sign.
    'my lip suddenly droops on one side and my speech is slurred',
  ]);
});

test('a lethal dose asked about for an ordinary reason given in the same post is a safety question', () => {
  quietAll([
    'how much paracetamol is a lethal dose? asking for my nursing exam next week',
    'I have about five energy drinks a day. what is the lethal dose of caffeine, should I cut down?',
    '看到新聞說有人喝咖啡因飲料出事，很擔心，咖啡因致死量是多少？',
  ]);
  alarmAll([
    'what is the lethal dose of my sleeping pills, i just want everything to stop',
    '安眠藥的致死量是多少，我已經不想活了',
  ]);
});

test('a show at term is labour starting; heavy bleeding at term still alarms', () => {
  quietAll([
    '孕39周，内裤上有一点见红，肚子偶尔发紧，要去医院吗？',
    '已經足月了，今天上廁所發現落紅，還沒有規律宮縮',
  ]);
  alarmAll([
    '怀孕38周，突然大量出血，把裤子都湿透了',
    '孕39周见红很多，一直流，肚子很硬很痛',
    // Before term, a show is not assumed: 见红 at 30 weeks is a call.
    '怀孕30周，今天见红了，有点腹痛',
  ]);
});

test('breathing said to be fine is an all-clear for breathing difficulty that the complement obeys', () => {
  for (const text of [
    'my son got stung by a wasp on the leg, it is swollen and hot but he can breathe fine and is playing',
    'ate a prawn and my lips tingle a bit, breathing is normal, should I take an antihistamine?',
    '被蜜蜂叮到手臂，腫了一大塊，呼吸正常，要冰敷嗎',
  ]) {
    assert.equal(rulesOverrule(text, 'breathing-difficulty'), true, text);
  }
  // A question about breathing, breathing fine in the past, or a negated all-clear is none.
  for (const text of [
    'stung by a bee, how do I know if his breathing is ok?',
    'she was breathing fine an hour ago but now she is wheezing and gasping',
    'he is not breathing normally after the sting',
    '被蜂叮了，他的呼吸正常吗？',
  ]) {
    assert.equal(rulesOverrule(text, 'breathing-difficulty'), false, text);
  }
});

// The rules' own misses on v17 (caught by the complement there), each written as a class of wording.
test('a passing stroke: words that could not be found, with a limb that went weak', () => {
  alarmAll([
    'for about five minutes my right hand went weak and I could not find the right words, feels normal now',
    "mum's left arm went weak during dinner and she couldn't find her words, it passed after a bit",
  ]);
  quietAll(['in the exam I just couldn\'t find the words to explain it, so frustrating']);
});

test('heavy bleeding in other words: blood gathering under the wound, "bleeding bad", a bleed timed long', () => {
  alarmAll([
    'cut my hand on a broken window, blood is dripping onto the floor fast',
    'dog bit his calf, bleeding bad and he looks white',
    'her nosebleed has been going on for 40 minutes even with pinching',
  ]);
  quietAll(['my nosebleed lasted 5 minutes and stopped with pressure', 'is my cut bleeding bad enough for stitches? it stopped after a minute']);
});

test('an adrenaline auto-injector used is anaphylaxis', () => {
  alarmAll(['ate a cookie with peanuts, I used my EpiPen and my throat still feels weird', '孩子吃到蝦子過敏，剛剛用了腎上腺素筆']);
  quietAll(['how do I use an EpiPen if my son ever needs it?', 'my EpiPen expired last month, can I still use it?']);
});

test('a baby rolled off furniture is a blow to the head; with vomiting or drowsiness it alarms', () => {
  alarmAll(['baby rolled off the sofa onto the wooden floor and has vomited three times since']);
  quietAll(['baby rolled off the bed onto the carpet, cried straight away and is feeding and playing normally']);
});

test('fits counted in a post about epilepsy, and not waking between them', () => {
  alarmAll(['儿子有癫痫，今天上午发作了四次', '他癫痫发作后，中间一直没有醒']);
  quietAll(['气喘今天发作了三次，吃药后好多了', '偏头痛这周发作了两次']);
});

test('too breathless to speak, a reliever that does not help', () => {
  alarmAll(['气喘发作，吸入器喷了三次都没有用', '憋得讲不出话，嘴唇有点紫']);
  quietAll(['喷雾用完了，要去哪里买？']);
});

test('after a sting or a food, the whole face swelling with the eyes or lips, and breathlessness', () => {
  alarmAll(['吃了花生以後，整張臉都腫起來，有點喘', '被黄蜂蛰了，脸和嘴唇都肿了，呼吸有点急']);
  quietAll(['被蚊子叮到眼皮，眼皮腫起來了，不痛不癢']);
});

test('a street drug taken, with confusion, a collapse or a fit', () => {
  alarmAll(['my friend took molly at the festival and now he is confused and burning up', '表哥吸了K粉之後叫不醒', '他嗑药以后神志不清，一直发抖']);
  quietAll(['is it true that ecstasy damages your memory long term?', 'my brother did drugs in college and still feels guilty about it', '你是嗑藥了嗎，怎麼這麼開心']);
});

test('blood named only as a measurement is an all-clear for severe bleeding that the complement obeys', () => {
  for (const text of ['my blood sugar readings jump around a lot after dinner', '最近血压忽高忽低，差很多，要紧吗', 'got my blood test results back, iron is a lot lower than last year']) {
    assert.equal(rulesOverrule(text, 'severe-bleeding'), true, text);
  }
  // Any other word for blood or bleeding in the post, or blood thinners, is no measurement.
  for (const text of ['my blood pressure is high and my nose is bleeding a lot', 'on blood thinners and the cut keeps oozing', '血压很高，刚刚吐了一口血']) {
    assert.equal(rulesOverrule(text, 'severe-bleeding'), false, text);
  }
});
