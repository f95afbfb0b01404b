import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateGenerated } from './validate.js';
import { goodMoreInfo, twitchInput } from './testing/fixtures.js';
import type { EnrichmentOutput } from './types.js';

const good: EnrichmentOutput = {
  headline: 'Involuntary Muscle Twitches: Causes and Solutions',
  moreInfo: {
    text: goodMoreInfo,
    sources: [
      { n: 1, title: 'What causes muscle twitching?', url: '/faq/1' },
      { n: 2, title: 'What are the treatments for muscle twitching?', url: '/faq/2' },
    ],
  },
  provider: 'llm',
};

const withText = (text: string, sources = good.moreInfo!.sources): EnrichmentOutput => ({ ...good, moreInfo: { text, sources } });
const problems = (out: EnrichmentOutput) => validateGenerated(out, twitchInput);

test('a grounded, safe, well-formed output has no problems', () => {
  assert.deepEqual(problems(good), []);
  assert.deepEqual(problems({ ...good, moreInfo: null }), []);
});

test('citations must point to listed sources that are given passages', () => {
  assert.ok(problems(withText(goodMoreInfo.replace('[2]', '[9]'))).some((p) => /\[9\] has no source/.test(p)));
  const foreign = [{ n: 1, title: 'What causes muscle twitching?', url: '/faq/1' }, { n: 2, title: 'Made up', url: '/faq/999' }];
  assert.ok(problems(withText(goodMoreInfo, foreign)).some((p) => /not a given passage/.test(p)));
  assert.ok(problems(withText(goodMoreInfo.replace(/\[\d\]/g, ''))).some((p) => /cites no source/.test(p)));
});

test('dose and diagnosis statements are problems', () => {
  assert.ok(problems(withText(goodMoreInfo.replace('Gentle stretching', 'Take 2 tablets twice a day [2]. Gentle stretching'))).some((p) => /dose/.test(p)));
  assert.ok(problems(withText(goodMoreInfo.replace('Gentle stretching', 'You have a magnesium deficiency [2]. Gentle stretching'))).some((p) => /diagnosis/.test(p)));
  assert.ok(problems(withText(goodMoreInfo.replace('Gentle stretching', 'This is most likely nothing serious [2]. Gentle stretching'))).some((p) => /diagnosis/.test(p)));
});

test('the text must end with when to see a doctor, in the right language and length, every fact cited', () => {
  const paragraphs = goodMoreInfo.split('\n\n');
  assert.ok(problems(withText(paragraphs.slice(0, 3).join('\n\n'))).some((p) => /when to see a doctor/.test(p)));
  // One paragraph is no closing paragraph, and uncited facts may not hide in the closing one.
  assert.ok(problems(withText(paragraphs.join(' '))).some((p) => /when to see a doctor/.test(p)));
  assert.ok(problems(withText(goodMoreInfo + ' Magnesium cures twitching.')).some((p) => /uncited sentence: "Magnesium/.test(p)));
  assert.ok(problems(withText(paragraphs[0] + '\n\n' + paragraphs[3])).some((p) => /words, outside|fewer than two sources/.test(p)));
  // A shorter text (80–150 words) stands only when it cites two sources or more.
  const shortText = paragraphs.slice(0, 2).join(' ') + '\n\n' + paragraphs[3];
  const shortWords = shortText.split(/\s+/).filter((w) => /[A-Za-z]/.test(w)).length;
  assert.ok(shortWords >= 80 && shortWords < 150, `${shortWords} words`);
  assert.ok(shortText.includes('[1]') && shortText.includes('[2]'));
  assert.deepEqual(problems(withText(shortText)).filter((p) => /words/.test(p)), []);
  const oneSource = shortText.replace(/\[2\]/g, '[1]');
  assert.ok(problems(withText(oneSource, [good.moreInfo!.sources[0]])).some((p) => /fewer than two sources/.test(p)));
  assert.ok(problems(withText(goodMoreInfo.replace('Gentle stretching', 'Magnesium cures everything. Gentle stretching'))).some((p) => /uncited sentence/.test(p)));
  const chinese = '肌肉抽动通常是良性的[1]。'.repeat(10) + '\n\n如果症状持续，请就医[2]。';
  assert.ok(problems(withText(chinese)).some((p) => /not written in en/.test(p)));
  assert.ok(problems(withText('**Causes**\n\n' + goodMoreInfo)).some((p) => /markup/.test(p)));
});

test('the headline must exist, not repeat the asker’s title, and not diagnose', () => {
  assert.ok(problems({ ...good, headline: '' }).some((p) => /headline is empty/.test(p)));
  assert.ok(problems({ ...good, headline: 'Regarding involuntary muscle twitching?' }).some((p) => /asker's title/.test(p)));
  assert.ok(problems({ ...good, headline: 'You Have ALS' }).some((p) => /diagnosis/.test(p)));
});

test('a Chinese question needs its own script', () => {
  const input = { ...twitchInput, question: { ...twitchInput.question, lang: 'zh-Hant' as const, title: '肌肉抽動怎麼辦' } };
  const simplified = withText('肌肉抽动通常是良性的，压力和咖啡因是常见的诱因[1]。'.repeat(3) + '\n\n如果症状持续或加重，请及时到医院就诊[2]。');
  simplified.headline = '肌肉抽動的常見原因與應對';
  assert.ok(validateGenerated(simplified, input).some((p) => /not written in zh-Hant/.test(p)));
  const traditional = withText('肌肉抽動通常是良性的，壓力和咖啡因是常見的誘因[1]。'.repeat(3) + '\n\n如果症狀持續或加重，請及時到醫院就診[2]。');
  traditional.headline = '肌肉抽動的常見原因與應對';
  assert.deepEqual(validateGenerated(traditional, input), []);
});

test('passages sharing a page and title are cited as one source', async () => {
  const { CitationNumbers } = await import('./citations.js');
  const numbers = new CitationNumbers();
  const a = { ...twitchInput.passages[2], id: 'answer:1' };
  const b = { ...twitchInput.passages[2], id: 'answer:2', text: 'another answer' };
  assert.equal(numbers.numberOf(a), 1);
  assert.equal(numbers.numberOf(twitchInput.passages[0]), 2);
  assert.equal(numbers.numberOf(b), 1);
  assert.equal(numbers.sources.length, 2);
});

test('markers after the full stop and abbreviations inside a sentence are read correctly', async () => {
  const { splitSentencesAny } = await import('./validate.js');
  assert.deepEqual(splitSentencesAny('Twitches are common. [1] Causes include stress, e.g. Exams at school [1]. Dr. Smith agrees [2].'), [
    'Twitches are common. [1]',
    'Causes include stress, e.g. Exams at school [1].',
    'Dr. Smith agrees [2].',
  ]);
  assert.deepEqual(splitSentencesAny('肌肉抽动通常是良性的[1]。如果症状持续，请就医[2]。'), ['肌肉抽动通常是良性的[1]。', '如果症状持续，请就医[2]。']);
});

test('a headline’s script is checked only when its characters tell the scripts apart', async () => {
  const { chineseScript } = await import('./text/script.js');
  assert.equal(chineseScript('高血壓的治療'), 'zh-Hant');
  assert.equal(chineseScript('高血压的治疗'), 'zh-Hans');
  assert.equal(chineseScript('胃痛'), null);
  const input = { ...twitchInput, question: { ...twitchInput.question, lang: 'zh-Hant' as const, title: '胃痛怎麼辦' } };
  assert.deepEqual(validateGenerated({ headline: '胃痛', moreInfo: null, provider: 'builtin' }, input), []);
  assert.ok(validateGenerated({ headline: '胃痛的治疗与日常调理', moreInfo: null, provider: 'builtin' }, input).some((p) => /script/.test(p)));
});

test('a sentence from another FAQ page is introduced with that page’s topic, unless it names it', async () => {
  const { withTopicLeadIn, topicInText } = await import('./topicLeadIn.js');
  assert.equal(withTopicLeadIn('Treatment depends on the cause of the pain.', 'Chest Pain'), 'For chest pain, treatment depends on the cause of the pain.');
  assert.equal(withTopicLeadIn('Chest pain has many causes.', 'Chest Pain'), 'Chest pain has many causes.');
  assert.equal(withTopicLeadIn('Lyme disease is spread by ticks.', 'Tick Bites'), 'Lyme disease is spread by ticks.');
  assert.equal(topicInText("Alzheimer's Disease"), "Alzheimer's disease");
  assert.equal(topicInText('COPD'), 'COPD');
  assert.equal(topicInText('Pyelonephritis (Kidney Infection)'), 'pyelonephritis');
});
