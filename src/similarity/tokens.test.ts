import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLang, searchTokens, scorePair } from './index.js';

test('search tokens are plain [a-z0-9] or Han strings, English stemmed and lowercased', () => {
  const tokens = searchTokens('Twitching MUSCLES in my leg – 腿部肌肉抽動？ (since 2019)');
  for (const t of tokens) assert.match(t, /^([a-z0-9]+|[\u3400-\u4dbf\u4e00-\u9fff]+)$/u);
  assert.ok(tokens.includes('twitch'));
  assert.ok(tokens.includes('muscl'));
  assert.ok(!tokens.includes('in'), 'stopwords are dropped');
});

test('Traditional and Simplified texts give the same search tokens', () => {
  assert.deepEqual(searchTokens('醫生您好，我頭痛發燒怎麼辦'), searchTokens('医生您好，我头痛发烧怎么办'));
  assert.ok(searchTokens('头痛发烧').includes('头痛'));
});

test('detectLang tells English, Simplified and Traditional apart', () => {
  assert.equal(detectLang('My leg twitches at night'), 'en');
  assert.equal(detectLang('我最近头痛发烧怎么办'), 'zh-Hans');
  assert.equal(detectLang('我最近頭痛發燒怎麼辦'), 'zh-Hant');
});

test('scorePair prefers the same kind of question about the same topic', () => {
  const consumer = 'Kidney stone. I have a 5 mm kidney stone, what can I do? I need your advice.';
  const treated = scorePair(consumer, 'How are kidney stones treated?').score;
  const causes = scorePair(consumer, 'What causes kidney stones?').score;
  const unrelated = scorePair(consumer, 'How is psoriasis treated?').score;
  assert.ok(treated > causes, `treated ${treated} vs causes ${causes}`);
  assert.ok(treated > unrelated, `treated ${treated} vs unrelated ${unrelated}`);
});

test('scorePair rates a paraphrase above an unrelated question, within [0,1]', () => {
  const para = scorePair('What are the symptoms of diabetes?', 'What symptoms does diabetes cause?');
  const other = scorePair('What are the symptoms of diabetes?', 'How is a broken wrist treated?');
  assert.ok(para.score > other.score);
  for (const r of [para, other]) assert.ok(r.score >= 0 && r.score <= 1);
  assert.equal(other.same, false);
  const zh = scorePair('糖尿病有什么症状', '糖尿病的症状有哪些');
  const zhOther = scorePair('糖尿病有什么症状', '骨折以后怎么恢复');
  assert.ok(zh.score > zhOther.score);
});
