import { test } from 'node:test';
import assert from 'node:assert/strict';
import { removedNames } from './redaction-probes.js';

// Probe sentences written for these tests (not taken from any labelled set): names that no "my name is", kin
// word or title marks, found by the given-name gazetteer (English) and by surname + context (Chinese).
const names = removedNames;

test('English given names standing alone, with a surname, in any position of the sentence', () => {
  assert.deepEqual(names('Yesterday Gwendolyn fell in the bathroom and hit her head.'), ['Gwendolyn']);
  assert.deepEqual(names('Francesca and I both got the flu shot on Monday.'), ['Francesca']);
  assert.deepEqual(names('My colleague Devin Sharma has had a cough for six weeks.'), ['Devin Sharma']);
  assert.deepEqual(names('Should Ruby Chen stop taking ibuprofen before surgery?'), ['Ruby Chen']);
  assert.deepEqual(names('Asking for Harold P. Jennings, who fell last week.'), ['Harold P. Jennings']);
  assert.deepEqual(names('Vincent has heart disease and a pacemaker.'), ['Vincent']);
  assert.deepEqual(names('Jun Wei Tan, 45, on amlodipine.'), ['Jun Wei Tan']);
  assert.deepEqual(names('Mrs. Okonkwo here (Ngozi), knee replacement at week 3.'), ['Okonkwo', 'Ngozi']);
});

test('given names that are also words need a cue: a verb of a person, a role, an object, another name', () => {
  assert.deepEqual(names('Grace said the rash spread overnight.'), ['Grace']);
  assert.deepEqual(names('Will was diagnosed with type 1 at age 4.'), ['Will']);
  assert.deepEqual(names('I took Oliver to urgent care because his fever was 39.4.'), ['Oliver']);
  assert.deepEqual(names('The hospice nurse, Dee, was amazing.'), ['Dee']);
  assert.deepEqual(names('My twins Noah and Nora had RSV.'), ['Noah', 'Nora']);
  for (const keep of ['Will this medicine interact with alcohol?', 'Grace period for the refill is over.', 'Hope it is not serious.', 'Mark my words, it is the gluten.']) {
    assert.deepEqual(names(keep), [], keep);
  }
});

test('eponyms, drugs, institutions, places and headings keep their capitalised names', () => {
  const keep = [
    "Is Bell's palsy permanent? Half my face droops.",
    'Ramsay Hunt Syndrome after shingles?',
    "Todd's paralysis after a seizure, is it a stroke?",
    'Epstein-Barr virus titers were high; Prader-Willi syndrome was ruled out.',
    'Brody myopathy and Lambert Eaton myasthenic syndrome are rare.',
    'Tommy John surgery rehab timeline?',
    'Rocky Mountain spotted fever after a tick bite?',
    'Took Allegra and Claritin but still sneezing.',
    'I was at Cleveland Clinic and then Mount Sinai.',
    'We drove in from Austin for the appointment.',
    'We moved to Denver last year and the pollen is worse.',
    "Harrison's Principles says the dose is higher.",
    'Jackson M, Moore A. Aniridia. GeneReviews. 2008.',
    'Childhood Brain and Spinal Cord Tumors Treatment Overview',
    '肢体抽搐后出现Todd麻痹，是什么原因？',
  ];
  for (const text of keep) assert.deepEqual(names(text), [], text);
});

test('Chinese names without 我叫: full names with a title or role, names opening a sentence, names after kin and 叫', () => {
  assert.deepEqual(names('主治黃俊傑醫師出國了，代診醫生說再觀察。'), ['黃俊傑醫師']);
  assert.deepEqual(names('仁济医院陈主任建议微创手术。'), ['陈主任']);
  assert.deepEqual(names('病人楊淑芬，乳房超音波顯示BI-RADS 4A。'), ['楊淑芬']);
  assert.deepEqual(names('張美華昨天開始發燒到39度，吃了普拿疼。'), ['張美華']);
  assert.deepEqual(names('婆婆黃麗珠高血壓吃了十年藥。'), ['黃麗珠']);
  assert.deepEqual(names('幫我老婆問，她叫小芬，產後掉頭髮。'), ['小芬']);
  assert.deepEqual(names('我女朋友叫郭芷晴，她经常偏头痛。'), ['郭芷晴']);
  assert.deepEqual(names('有經驗的可以打給我，我是雅婷。'), ['雅婷']);
  assert.deepEqual(names('女兒宥婷出生時黃疸16.5。'), ['宥婷']);
  assert.deepEqual(names('婷婷最近一直拉肚子。'), ['婷婷']);
  assert.deepEqual(names('我先生Jason 陳有B型肝炎。'), ['Jason 陳']);
  assert.deepEqual(names('訂機票的英文名HSU, CHIA-HAO，航空公司會查嗎？'), ['HSU, CHIA-HAO']);
  assert.deepEqual(names('有每天的记录。——老周'), ['老周']);
});

test('Chinese: courtesy, ordinary words and medical terms before a title or after a role stay', () => {
  const keep = [
    '麻烦医生给我解惑一下，高血压能活多久？',
    '祝您医生工作顺利。',
    '高血压病人严格按医嘱定时服药。',
    '患者高龄，需要系统检查。',
    '简单的说是既往感染。',
    '前几天我有个同事老是说他不舒服。',
    '胡萝卜吃多了皮肤会变黄吗？',
    '林口長庚的醫生說要開刀。',
    '周一到周五都在上班，周末才有空看病。',
  ];
  for (const text of keep) assert.deepEqual(names(text), [], text);
});
