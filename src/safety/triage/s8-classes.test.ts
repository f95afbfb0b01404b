import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TRIAGE_CATEGORIES } from './categories.js';
import { findConcepts, rulesOverrule, triage } from './triage.js';

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
