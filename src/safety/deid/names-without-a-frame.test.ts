import { test } from 'node:test';
import assert from 'node:assert/strict';
import { removedNames } from './redaction-probes.js';

// Probe sentences written for these tests (session 6, not taken from any labelled set) for the classes of names that
// blind set v8 showed missing: @handles, lower-case introductions and nicknames, surname particles, people cared for
// or asked after, nicknames given by the family, and in Chinese 小X的媽媽, birth-order nicknames, doubled pet names in a
// signature, neighbours' 老X, a self-introduction closed by the full name, and a record's "name, sex" line.
// Each group also holds ordinary text of the same shape, which must stay. Every group fails on the base 50ca5e4.
const names = removedNames;

test('@handles in replies and thanks, in Latin or Han script; roles and times after @ stay', () => {
  assert.deepEqual(names('@dr_mehta.fan did your knee swelling go down?'), ['dr_mehta.fan']);
  assert.deepEqual(names('big thanks @kwame for the tips on reflux'), ['kwame']);
  assert.deepEqual(names('@雅琪 請問妳後來有吃鐵劑嗎'), ['雅琪']);
  assert.deepEqual(names('thanks @Tom, the ice helped'), ['Tom']);
  for (const keep of ['take meds @bedtime and @noon', '@asker for me it seems chronic', '@all has anyone tried this', 'write to me at a.b@example.com']) {
    assert.deepEqual(names(keep), [], keep);
  }
});

test('English: lower-case introductions, nicknames, surname particles, "doctor" + surname, people cared for or asked after', () => {
  assert.deepEqual(names('hey its lil tasha lol, my eczema is back'), ['lil tasha']);
  assert.deepEqual(names('hi im liam and my chest hurts when i run'), ['liam']);
  assert.deepEqual(names("i'm ximena and i get dizzy when i stand"), ['ximena']);
  assert.deepEqual(names('my cardiologist Dr. van der Berg said to cut salt'), ['van der Berg']);
  assert.deepEqual(names('Nurse Ní Bhriain took my bloods'), ['Ní Bhriain']);
  assert.deepEqual(names('doctor okonjo said it was shingles'), ['okonjo']);
  assert.deepEqual(names('I look after Siobhan, who has MS'), ['Siobhan']);
  assert.deepEqual(names('Ring the ward and ask for Rhiannon, she knows the case'), ['Rhiannon']);
  assert.deepEqual(names('Our nan, who the kids call Nonna Lucia, is frail'), ['Nonna Lucia']);
  assert.deepEqual(names('Warm greetings from Oksana in Lviv. My thyroid…'), ['Oksana']);
  assert.deepEqual(names('Thank you all.\nSigned: M. Oyelaran'), ['M. Oyelaran']);
  for (const keep of [
    'hi im tired and my back hurts', 'hi im happy and relieved', 'hi im new and confused', "i'm fine and you?", 'i care for Diabetes patients',
    'ask for Tylenol at the counter', 'see your doctor asap.', 'talk to your doctor. Risk factors include age', 'Talk to Your Doctor About Flu',
    'we all call it long covid', 'everyone calls him a fighter', 'Greetings from Manchester, the rain is back', 'Hello from Lagos!',
  ]) {
    assert.deepEqual(names(keep), [], keep);
  }
});

test('Chinese: 小X的媽媽, birth-order nicknames, doubled pet names signing, neighbours, a self-introduction, "name, sex"', () => {
  assert.deepEqual(names('小安的爸爸想問：兒子咳嗽兩週了'), ['小安']);
  assert.deepEqual(names('阿豪的妈妈：孩子湿疹反复'), ['阿豪']);
  assert.deepEqual(names('我们家大妞乳牙蛀了'), ['大妞']);
  assert.deepEqual(names('請問發燒可以洗澡嗎？豆豆媽'), ['豆豆']);
  assert.deepEqual(names('鄰居老張說喝醋降血壓'), ['老張']);
  assert.deepEqual(names('医生好，我是前天来拔智齿的陈俊杰，现在还在流血'), ['陈俊杰']);
  assert.deepEqual(names('司马德明，男，胆结石1.2cm'), ['司马德明']);
  assert.deepEqual(names('我弟弟冠宇發燒兩天了'), ['冠宇']);
  for (const keep of [
    '小孩的妈妈说要多喝水', '谢谢。宝宝妈', '谢谢医生。宝宝妈妈', '我是第一次怀孕的孕妇，', '我是三年前做过手术的病人，', '隔壁床的阿姨说',
    '男，女，都可以', '請問發燒可以洗澡嗎？——謝謝',
  ]) {
    assert.deepEqual(names(keep), [], keep);
  }
});
