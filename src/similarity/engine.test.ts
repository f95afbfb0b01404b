import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSimilarityIndex } from './index.js';

// A small archive with enough unrelated questions that word rarity means something.
function archive() {
  const index = createSimilarityIndex();
  index.add([
    { id: 'twitch', text: 'My calf muscle keeps twitching, is that a nerve problem?' },
    { id: 'time', text: 'How much time should I wait after eating before I can swim? Is there a best time of day?' },
    { id: 'sleep', text: 'I cannot sleep at night and wake up many times, what should I do?' },
    { id: 'rash', text: 'Red itchy rash on my arms after a new soap' },
    { id: 'bp', text: 'Is a blood pressure of 150/95 too high for a 50 year old?' },
    { id: 'flu', text: 'How long is the flu contagious after the fever goes away?' },
    { id: 'zh-bp', text: '高血压患者能吃党参吗？我有高血压，女婿拿了些党参泡水喝', lang: 'zh-Hans' },
    { id: 'zh-liver', text: '乙肝小三阳需要吃药治疗吗', lang: 'zh-Hans' },
    { id: 'zh-stomach', text: '胃痛反酸是怎么回事，吃什么药好', lang: 'zh-Hans' },
  ]);
  return index;
}

test('a paraphrase beats an unrelated question that shares more words', () => {
  // The query shares "time" (twice) with the swimming question but only "muscle twitch" with its paraphrase.
  const hits = archive().query('Why do my muscles twitch all the time, any time of the day?');
  assert.equal(hits[0].id, 'twitch');
});

test('lay and medical wording find each other (hypertension / high blood pressure, testis / testicles)', () => {
  const index = archive();
  index.add([
    { id: 'htn', text: 'Which foods lower high blood pressure quickly?' },
    { id: 'testis', text: 'Undescended testis in a 27 year old man, what now?' },
  ]);
  assert.equal(index.query('diet for hypertension')[0].id, 'htn');
  assert.equal(index.query('treatment of undescended testicles')[0].id, 'testis');
});

test('a question covering every topic word beats one repeating a single word', () => {
  const index = archive();
  index.add([
    { id: 'all', text: 'Can iron tablets cause constipation in pregnancy?' },
    { id: 'one', text: 'Constipation, constipation, constipation: I have had constipation for weeks and constipation again today.' },
  ]);
  assert.equal(index.query('constipation from iron tablets while pregnant')[0].id, 'all');
});

test('scores are in [0,1], best first, and k limits the list', () => {
  const hits = archive().query('flu fever contagious', { k: 3 });
  assert.ok(hits.length <= 3 && hits.length > 0);
  assert.equal(hits[0].id, 'flu');
  for (const h of hits) assert.ok(h.score >= 0 && h.score <= 1, `score ${h.score}`);
  for (let i = 1; i < hits.length; i++) assert.ok(hits[i - 1].score >= hits[i].score);
});

test('Chinese questions are matched, and Traditional script finds Simplified', () => {
  const index = archive();
  assert.equal(index.query('高血压可以吃党参吗', { lang: 'zh-Hans' })[0].id, 'zh-bp');
  assert.equal(index.query('高血壓可以吃黨參嗎')[0].id, 'zh-bp');
  assert.equal(index.query('胃痛')[0].id, 'zh-stomach');
  assert.equal(index.query('肝')[0].id, 'zh-liver', 'a one-character query still matches');
});

test('remove takes a question out, and adding an existing id replaces it', () => {
  const index = archive();
  const size = index.size;
  index.remove('flu');
  assert.equal(index.has('flu'), false);
  assert.equal(index.size, size - 1);
  assert.ok(!index.query('flu fever contagious').some((h) => h.id === 'flu'));
  index.remove('flu'); // removing twice is harmless
  index.add([{ id: 'rash', text: 'Flu shot side effects: sore arm and fever' }]);
  assert.equal(index.size, size - 1);
  assert.equal(index.query('flu shot sore arm')[0].id, 'rash');
  assert.ok(!index.query('itchy soap rash').some((h) => h.id === 'rash'), 'the old text of a replaced id is gone');
});

test('exclude and filter keep ids out of the results', () => {
  const index = archive();
  const hits = index.query('blood pressure high', { exclude: new Set(['bp']) });
  assert.ok(!hits.some((h) => h.id === 'bp'));
  const only = index.query('blood pressure high 高血压', { filter: (id) => id.startsWith('zh-') });
  assert.ok(only.length > 0 && only.every((h) => h.id.startsWith('zh-')));
});

test('many removals and re-additions keep results right (compaction)', () => {
  const index = createSimilarityIndex();
  const docs = Array.from({ length: 3000 }, (_, i) => ({ id: `d${i}`, text: `question number w${i} about topic t${i % 7} and symptom s${i % 13}` }));
  index.add(docs);
  for (let round = 0; round < 3; round++) {
    for (let i = 0; i < 2500; i++) index.remove(`d${i}`);
    index.add(docs.slice(0, 2500));
  }
  assert.equal(index.size, 3000);
  assert.equal(index.query('w1234')[0].id, 'd1234');
  assert.equal(index.query('w2999')[0].id, 'd2999');
});

test('an empty or stopword-only query returns nothing rather than failing', () => {
  assert.deepEqual(archive().query(''), []);
  assert.deepEqual(archive().query('the of and'), []);
  assert.deepEqual(createSimilarityIndex().query('anything'), []);
});
