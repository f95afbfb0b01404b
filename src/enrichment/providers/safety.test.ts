import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsDiagnosis, saysWhenToSeeADoctor, statesDose } from './safety.js';

test('English doses are recognised, ordinary numbers are not', () => {
  for (const s of ['Take 500 mg every 8 hours.', 'Use 2-3 tablets a day.', 'Give one teaspoon twice a day.', 'The dose is adjusted by weight.', 'A 14-day course of antibiotics is prescribed.', 'Take ibuprofen 400mg.'])
    assert.ok(statesDose(s, 'en'), s);
  for (const s of ['Most people recover within 2 weeks.', 'About 1 in 10 adults has this condition.', 'Symptoms usually start after age 50.'])
    assert.ok(!statesDose(s, 'en'), s);
});

test('Chinese doses are recognised', () => {
  for (const s of ['每次20毫克，每日两次。', '一次两片。', '每天3次。', '口服剂量需遵医嘱。']) assert.ok(statesDose(s, 'zh'), s);
  for (const s of ['注意休息，多喝水。', '出现休克时要立即就医。']) assert.ok(!statesDose(s, 'zh'), s);
});

test('telling the reader what they have is a diagnosis; conditional and general statements are not', () => {
  for (const s of ['You have a pinched nerve.', 'This is most likely a muscle strain.', "You're fine, nothing to worry about.", 'It sounds like an ear infection.', 'Your results show anemia.', 'In my opinion it is benign.', 'I think you have GERD.', 'you are 100 % hiv free'])
    assert.ok(claimsDiagnosis(s, 'en'), s);
  for (const s of ['If you have diabetes, check your feet daily.', 'People who have asthma may wheeze.', 'Muscle twitches are common.', 'Before you have surgery, your doctor may give you vaccines.', 'You have to rest the joint.'])
    assert.ok(!claimsDiagnosis(s, 'en'), s);
  for (const s of ['考虑是胃炎引起的。', '你这是神经性头痛。', '您患有高血压。', '这种情况应该是缺钙。']) assert.ok(claimsDiagnosis(s, 'zh'), s);
  for (const s of ['如果你有高血压，要低盐饮食。', '胃炎和饮食不规律有关。']) assert.ok(!claimsDiagnosis(s, 'zh'), s);
});

test('"when to see a doctor" is recognised', () => {
  assert.ok(saysWhenToSeeADoctor('Call your doctor if the pain gets worse.', 'en'));
  assert.ok(saysWhenToSeeADoctor('Seek emergency medical care for chest pain.', 'en'));
  assert.ok(!saysWhenToSeeADoctor('Rest and fluids help most colds.', 'en'));
  assert.ok(saysWhenToSeeADoctor('症状加重时请及时就医。', 'zh'));
});
