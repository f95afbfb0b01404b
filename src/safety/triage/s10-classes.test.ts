import { test } from 'node:test';
import assert from 'node:assert/strict';
import { triage } from './triage.js';
import { alarmAll, category, quietAll } from './rule-probes.js';

// Session 10: classes of wording from the v19 (development) and v20 (blind, then development) sets, docs/safety.md
// "Session 10". Probed with sentences written for the class, not the sets' lines.

test('a check already done and found fine reaches back over its sentence; a check long past does not', () => {
  quietAll([
    'Some brown spotting at 8 weeks, we went in, the ultrasound was normal and the heartbeat was seen.',
    'bled a little at 10 weeks pregnant, midwife checked me, all fine. how long can it go on?',
    'Light bleeding at 9 weeks, the doctor said this can happen in early pregnancy. When does it usually stop?',
  ]);
  // The check told as long past says nothing of today.
  alarmAll([
    'Crushing chest pain and I am drenched in sweat, my ECG last year was normal',
    "I'm 12 weeks pregnant and bleeding heavily with clots, the scan last month was fine",
  ]);
});

test('a learner asking how a treatment works is asking about the topic; asking why oneself hurts is not', () => {
  quietAll([
    'Nursing student here: can you explain why adrenaline is given into the thigh muscle for anaphylaxis?',
    'Could someone explain how activated charcoal works in a poisoning or overdose?',
    '我是护理系学生，想问一下心肌梗塞的时候为什么要先给阿司匹林？',
  ]);
  alarmAll(["can you explain why my chest is crushing like this and I can't breathe"]);
});

test('questions of definitions, fiction and news are topics, not events', () => {
  quietAll([
    "What's the difference between a seizure that stops and status epilepticus? Studying for my first aid exam.",
    'I am writing a short story where a character overdoses on paracetamol. What happens in hospital?',
    '看了一则新闻说有人误喝除草剂，想问这种药为什么那么毒？',
    '请问安眠药吃太多会怎样？只是好奇。',
    '癫痫发作跟热性惊厥有什么区别？',
    '想了解老人中风前会有哪些迹象，学校作业要用。',
    'The patient leaflet says this inhaler can cause breathing difficulty in rare cases. Should I worry?',
  ]);
  // The same words about a real event still alarm.
  alarmAll(['my friend overdosed on paracetamol an hour ago, he took 30 tablets']);
});

test('laughter after a sign is a joke; a sign told to go on "constantly" is current, not a habit', () => {
  quietAll([
    "this group project makes me want to die lol. anyway, is ibuprofen ok with coffee?",
    "I can't breathe that video was hilarious 😂 but does laughing hard cause a side stitch",
    '期末考逼得我想跳楼的心都有了，说正经的，熬夜会不会掉头发？',
  ]);
  alarmAll([
    'I am 30 weeks pregnant and I am bleeding and it hurts constantly',
  ]);
});

test('a present episode after a past one; passive wishes not to wake; burden wished away', () => {
  alarmAll([
    'my son had one seizure two years ago that was short, but this time it has gone on for 8 minutes and his lips are going blue',
    "I am 85 and since my husband died I think I would be better off not waking up. I still have his sleeping tablets.",
    'I would rather not wake up tomorrow. I do not wish to be a burden to my family any longer.',
  ]);
  // A short fit in the past with no current one stays quiet.
  quietAll(['my son had a seizure two years ago that lasted 8 minutes, should he avoid swimming?']);
  // A chest "pressing" hard, with sweat: not the chest-press exercise.
  assert.deepEqual(category('my chest is pressing hard and I feel clammy and sick'), ['chest-pain']);
  quietAll(['did chest presses at the gym and now I am sweaty, is that normal']);
});

test("an infant's age told in a past clause still counts with a fever now; a question about normal temperatures does not", () => {
  assert.equal(triage('our 6 week old had his jabs last week, today he has a fever of 38.4 and is very sleepy').emergency, true);
  assert.equal(triage('What temperature is normal for a newborn? Our baby is due in May.').emergency, false);
  // Self-harm spoken of as "it" in a text about cutting, ongoing "since last week".
  alarmAll(["I cut when things get bad. I've been doing it on my arms again since last week and today it was deep."]);
  quietAll(["My sister waxes her legs; she's been doing it on my legs too since last week, is the redness normal?"]);
});
