import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alarmAll, category, quietAll } from './rule-probes.js';

// Classes of wording found with v15 (a fourth writer, measured once at 86bd039 and then used to develop) and
// classes no set has yet that a new writer is likely to use: relatives in the home language, Cantonese, internet
// slang, readings with units, timelines. Each class is probed with sentences written for it, not v15's lines, on
// the rules alone; voices.test.ts checks that the rules alarm on none of the labelled non-emergencies.

test('a first fit told by what it looks like: eyes rolled back, foam at the mouth, "never happened before"', () => {
  alarmAll([
    'My wife suddenly started shaking all over, her eyes rolled back and she was foaming at the mouth. This has never happened before.',
    '我老公突然全身发抖，眼睛往上翻，口吐白沫，以前从来没发生过',
    '阿嬤剛剛突然翻白眼、手腳一直抖，從來沒有這樣',
    '同事突然眼睛往上吊，手腳一直抖，以前從來沒這樣',
  ]);
  assert.deepEqual(category('同事突然眼睛往上吊，手腳一直抖，以前從來沒這樣'), ['seizure']);
  quietAll(['my son has epilepsy and had his usual 1 minute seizure, eyes rolled back, now sleeping', 'eyes rolled back when I told him to do chores lol']);
});

test('black stools like tar, or black stools with faintness, are a bleed; black stools alone are not', () => {
  alarmAll(['大便像柏油一样黑，站起来就头晕想吐', '拉的屎黑得像瀝青，整個人快暈倒了', 'poop has been jet black and sticky for 2 days, feel dizzy and faint', '吐出來的東西像咖啡渣一樣']);
  assert.deepEqual(category('poop has been jet black for 2 days and I nearly fainted'), ['severe-bleeding']);
  quietAll(['my poop was black after taking iron tablets, feel fine', '吃了铁剂大便有点黑，没有其他不舒服', '最近胃胀，大便是柏油便吗？']);
});

test('a baby or child vomiting, or crying without settling, after a blow to the head', () => {
  alarmAll(['baby rolled off the sofa onto the floor, hit his head, now he is vomiting', 'my 8 month old fell off the bed and hit her head and won’t stop crying', '宝宝从床上掉下来撞到头，吐了', '寶寶從沙發摔下來頭撞到地板，哭個不停']);
  assert.deepEqual(category('toddler fell down the stairs and hit his head, he has vomited'), ['head-injury']);
  quietAll(['my toddler bumped his head on the table, small bump, playing normally, no vomiting', 'baby hit her head on the crib bar, cried for a minute then fine']);
});

test('signs named in Spanish, Tagalog or Malay inside an English question', () => {
  alarmAll([
    'mi papá tiene dolor de pecho y está sudando mucho, he is 70',
    'my lola has sakit sa dibdib and hindi makahinga, what do we do',
    'my uncle says dada sakit and sesak nafas, sweating a lot',
    'ang anak ko ay nangingisay for 7 minutes na',
    'nangingisay si lolo, first time nangyari',
    'my cousin keeps saying quiero morir and won’t come out of her room',
  ]);
  assert.deepEqual(category('mi abuela tiene dolor de pecho and she is sweating'), ['chest-pain']);
  quietAll(['mi abuela tiene dolor de rodilla, what cream is good', 'my lola has sakit sa tiyan after eating, normal?']);
});

test('a painless way to die asked for is a suicidal sign; a painless way to do something else is not', () => {
  alarmAll(['what is the most painless way to die', 'is there an easy way to go without pain', '有沒有不痛苦的死法', '怎樣死比較不痛，已經寫好給孩子的信了']);
  quietAll(['what is the most painless way to get a tattoo', 'easiest way to go about getting a referral?', '有沒有不痛的抽血方法']);
});

test('Chinese internet slang and 往生: wished for, or hyperbole with an ordinary cause', () => {
  alarmAll(['真的不想活了，想紫砂', '我已經準備好了，今晚就自鯊', '難過到想往生，真的撐不下去', '我真的想往生了']);
  quietAll(['今天加班累到想紫砂哈哈', '這個報告寫到我想紫砂', '笑到快往生，太好笑了XD', '剛剛看恐怖片嚇到快往生', '阿嬤上個月往生了，我一直睡不好']);
});

test('a child and an open bottle or missing pills: counted as swallowed', () => {
  alarmAll(['my 3 year old got into my purse, the pill bottle was open and a few are missing', 'toddler found grandpa’s heart pill bottle, 4 pills missing', '兩歲兒子翻到奶奶的降壓藥，藥瓶打開少了好幾顆']);
  assert.deepEqual(category('toddler found grandpa’s heart pill bottle, 4 pills missing'), ['poisoning-overdose']);
  quietAll(['my toddler found my vitamins bottle but it was still sealed, nothing missing', 'my son is 4 and some of his puzzle pieces are missing']);
});

test('an ectopic pregnancy: early pregnancy, one-sided pain, and faintness, shoulder-tip pain or bleeding', () => {
  alarmAll([
    'positive pregnancy test last week, now bad pain on my left side low down and my shoulder tip hurts',
    '6 weeks pregnant, sharp one-sided pain in my lower belly and I feel like passing out',
    '驗孕陽性，現在右下腹劇痛，肩膀也痛',
    '懷孕六週，左下腹一邊很痛，頭暈快昏倒',
  ]);
  assert.deepEqual(category('positive test two weeks ago, now pain on my right side and I nearly fainted'), ['pregnancy-bleeding']);
  quietAll(['6 weeks pregnant, mild cramps on both sides, is that normal?', 'pregnant 8 weeks and a bit of round ligament pain on the right, feel fine', 'positive test yesterday, pain on my left side when I cough, otherwise fine']);
});

test('look-alikes: "considered an overdose", drowning in work, an overdose of television', () => {
  quietAll([
    'how many ibuprofen is considered an overdose? for my pharmacology exam',
    'what amount of tylenol is classed as an overdose',
    'some days I feel like I’m drowning in paperwork and bills',
    'I’m so overwhelmed caring for two kids, it feels like I’m drowning',
    'overdosed on netflix this weekend haha',
    'i overdosed on chocolate at christmas, stomach ache',
  ]);
  alarmAll(['my husband feels like he’s drowning, can’t lie flat, frothy cough', 'my brother overdosed on heroin, not waking up', 'I think I overdosed on my sleeping pills']);
});

test('written Cantonese: its negations and function words read as Mandarin', () => {
  alarmAll(['我阿爸心口好痛，仲出晒冷汗，好似透唔到氣', '個BB得6個禮拜大，發燒39度', '佢食咗成排安眠藥，而家叫唔醒', '我唔想再活落去']);
  quietAll(['我冇心口痛，只係有少少咳', '佢以前中過風，而家冇事', '個BB得6個月大，發燒38度半']);
});

test('readings with units, pill counts with slang verbs, timelines and relatives told in the third person', () => {
  alarmAll([
    'my 5 week old has a temp of 101.2F',
    'dad’s SpO2 is 86 and he’s struggling to talk',
    'she popped like 15 of her xanax about an hour ago',
    '9pm: dad says chest feels tight. 9:30: sweating, grey. 10pm: now says his left arm is numb',
    'Timeline: 2pm fell off ladder, hit head. 2:05 out for about a minute. Now 3pm, drowsy',
    'My neighbour’s son found her on the floor, she can’t lift her right arm and her words are jumbled',
  ]);
  quietAll(['my 5 month old has a temp of 101.2F', 'my sats are 97% but I feel anxious', 'I took 2 paracetamol for my headache', '4 week old temp 99.1F is that ok']);
});

test('more look-alikes: gums that bleed when flossed, snoring, a game, a boring film; half a bottle is an amount', () => {
  quietAll([
    'I bleed a lot when I floss, is that gum disease?',
    '刷牙的時候牙齦流很多血',
    'my husband’s snoring sounds like he’s choking, is that sleep apnea?',
    'my son keeps threatening to kill himself in minecraft lol',
    '這部電影看到我想死，太無聊了',
  ]);
  alarmAll(['omg my lil bro ate like half a bottle of gummy vitamins with iron', 'my son says he wants to kill himself and he has been cutting himself', '我先生半夜打呼突然停了，叫不醒，嘴唇發紫']);
});
