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
