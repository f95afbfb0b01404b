import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TRIAGE_CATEGORIES } from './categories.js';
import { findConcepts, rulesOverrule, triage } from './triage.js';
import { alarmAll, category, quietAll } from './rule-probes.js';

// Session 8: classes of wording found by leave-one-set-out (docs/safety.md, "Session 8"). Probed with sentences
// written for the class, not the sets' lines.

test('mucus named as what runs down the throat is a cold, whatever the learned complement makes of "down my throat"', () => {
  const drainage = [
    'Thick mucus pouring down the back of my throat all night with this flu, keeps me awake.',
    'Phlegm draining down my throat all night since the cold started.',
    'post nasal drip is driving me mad, I keep clearing my throat all night',
    '感冒第三天，鼻涕倒流到喉嚨，整晚睡不著',
    '感冒第三天，鼻涕倒流到喉咙，整晚睡不着',
  ];
  for (const text of drainage) {
    assert.ok(findConcepts(text).has('benignDrainage'), text);
    assert.equal(triage(text).emergency, false, text);
    for (const c of TRIAGE_CATEGORIES) assert.equal(rulesOverrule(text, c), true, `${c}: ${text}`);
  }
  // Blood named anywhere is no drainage; a sign of a category the rules saw still counts with mucus about.
  for (const text of [
    'Snot streaked with blood pouring down my throat and it will not stop',
    'Blood running down the back of my throat for an hour and pinching does nothing',
    'I have post-nasal drip and now my lips and tongue are swelling after eating shrimp',
    '鼻涕倒流好几天了，现在嘴唇和舌头肿起来，吃了虾以后喘不上气',
  ]) assert.equal(triage(text).emergency, true, text);
  assert.equal(findConcepts('Snot streaked with blood pouring down my throat and it will not stop').has('benignDrainage'), false);
  // Mucus that does not run down anywhere is not the explanation.
  for (const text of ['coughing up green mucus for a week', '咳嗽有痰一周了']) assert.equal(findConcepts(text).has('benignDrainage'), false, text);
});

test('slang for gulping a named poison down', () => {
  alarmAll([
    'my flatmate just chugged most of a bottle of bleach after we argued',
    'he downed half a glass of antifreeze thinking it was juice',
    'toddler gulped down some of the dishwasher liquid before I could grab it',
    'he knocked back a shot of windscreen washer fluid for a dare',
    '她一口气灌了半瓶漂白水',
    '孩子灌了几口洗洁精',
    '孩子灌了幾口洗潔精',
  ]);
  assert.deepEqual(category('my flatmate just chugged most of a bottle of bleach after we argued'), ['poisoning-overdose']);
  // The same verbs with a drink, or the poison named but not gulped, stay quiet.
  quietAll([
    'I chugged a bottle of water after the gym and feel sick',
    'downed a glass of wine and now my face is red',
    'how do I get bleach stains off a bottle of shampoo',
    '我灌了一瓶水，肚子胀',
    '我灌了一瓶水，肚子脹',
  ]);
});

test('a fit told as past history, then "now again" with only its movements named', () => {
  alarmAll([
    'She had a seizure last year, and now again she has been shaking for ten minutes and will not stop',
    'my son had a febrile seizure last winter and now again he is jerking, it has been 7 minutes',
    '儿子去年抽过一次，现在又开始全身抖了十分钟',
    '兒子去年抽過一次，現在又開始全身抖了十分鐘',
  ]);
  assert.deepEqual(category('She had a seizure last year, and now again she has been shaking for ten minutes and will not stop'), ['seizure']);
  // A past fit and a present tremor that is short or explained stay quiet; so does a past fit alone.
  quietAll([
    'She had fits as a child and now her hands are shaking from too much coffee',
    'He had a seizure in 2020. Now he is fine, just asking about driving again.',
    '她去年癫痫发作过，现在手有点抖，是不是咖啡喝多了',
    '她去年癲癇發作過，現在手有點抖，是不是咖啡喝多了',
  ]);
});
