import { test } from 'node:test';
import assert from 'node:assert/strict';
import { frameClauses } from '../context.js';
import { normaliseForTriage, splitSentences } from '../text.js';
import { triage, triageByRules } from '../triage.js';
import { learnedOpinion } from './complement.js';
import { questionFeatures } from './features.js';
import { score, trainLogistic } from './logistic.js';
import { TRAINED } from './weights.js';

const framed = (text: string) => frameClauses(splitSentences(normaliseForTriage(text)));

test('logistic regression learns which features point to the label', () => {
  const examples = [
    ...Array.from({ length: 20 }, (_, i) => ({ features: ['red', `noise${i % 5}`], label: 1 as const })),
    ...Array.from({ length: 20 }, (_, i) => ({ features: ['blue', `noise${i % 5}`], label: 0 as const })),
  ];
  const model = trainLogistic(examples);
  assert.ok(score(model, ['red', 'noise1']) > 0.9);
  assert.ok(score(model, ['blue', 'noise1']) < 0.1);
  assert.ok(Math.abs(score(model, ['noise1'])) < 0.9);
});

test('features: a past or hypothetical clause and words after an English negation are told apart', () => {
  const f = questionFeatures(normaliseForTriage("Years ago he had a fit, now he wasn't knocked out"));
  assert.ok(f.includes('off:w:fit'));
  assert.ok(f.includes('no:w:knocked'));
  assert.ok(f.includes('w:now'));
  assert.ok(questionFeatures(normaliseForTriage('割手')).includes('割手'));
});

test('run-time scoring gives the same probability as training-time scoring of the committed weights', () => {
  const model = { bias: TRAINED.emergency.bias, weights: new Map(Object.entries(TRAINED.emergency.weights)) };
  for (const text of ['My chest hurts, no fever', '我老婆发来一段话，现在电话关机了', 'Is it safe to take ibuprofen twice a day? 我的头有点痛']) {
    assert.ok(Math.abs(learnedOpinion(framed(text)).p - score(model, questionFeatures(normaliseForTriage(text)))) < 1e-9, text);
  }
});

test('the committed model has a threshold in the range the training rule chooses from', () => {
  assert.ok(TRAINED.threshold >= 0.5 && TRAINED.threshold <= 0.95);
  assert.ok(Object.keys(TRAINED.emergency.weights).length > 1000);
});

test('the complement only adds alarms: whatever the rules flag stays flagged, with the rules\' categories', () => {
  for (const text of ['Crushing chest pain and I am sweating a lot', '我不想活了', 'my daughter swallowed a button battery']) {
    assert.deepEqual(triage(text), triageByRules(text));
  }
});

test('the complement alarms on ordinary wording of a crisis that no rule pattern covers, and names a category', () => {
  const text = "I'm writing this from the car park roof. I'm done. Sorry to whoever reads this.";
  assert.equal(triageByRules(text).emergency, false);
  const r = triage(text);
  assert.equal(r.emergency, true);
  assert.deepEqual(r.categories, ['suicide-self-harm']);
});

test('the rules overrule the complement on a sign they set aside on purpose', () => {
  assert.equal(triage('10 weeks pregnant with a few drops of pinkish blood on the tissue').emergency, false);
  assert.equal(triage('他抽搐了两分钟，已经好了').emergency, false);
  assert.equal(triage('昨晚喝多了，今天头疼想吐').emergency, false);
});

test('ordinary questions do not alarm', () => {
  for (const text of ['What is a normal resting heart rate for a 40 year old?', '感冒了嗓子痛吃什么药好', 'Can I take two paracetamol with my usual blood pressure pills?', '孩子两岁，发烧38度，精神还好']) {
    assert.equal(triage(text).emergency, false, text);
  }
});
