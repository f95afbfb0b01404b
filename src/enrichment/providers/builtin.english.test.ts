import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createBuiltinProvider, generateBuiltin } from './builtin.js';
import { validateGenerated } from './validate.js';
import { citationNumbersIn } from './citations.js';
import { readJsonl, sharedDataPresent, type FaqEntry, type SeedThread } from './testing/sharedData.js';
import { buildFaqIndex, inputForThread } from './testing/faqRetrieval.js';
import { measureCoverage, reportSplit } from './testing/coverage.js';
import { twitchInput } from './testing/fixtures.js';
import { countWords, stemSet } from './text/tokens.js';
import { splitSentencesAny } from './validate.js';
import type { MoreInfoSource } from './types.js';

const missing = !sharedDataPresent('seed_qa_en.jsonl', 'faq_medquad.jsonl') && '../shared/data (seed_qa_en.jsonl, faq_medquad.jsonl) is missing';
if (missing) console.log(`# skipped: ${missing}`);

// The report split: the built-in's rules were adjusted while reading the other (dev) half only.
const load = () => {
  const threads = reportSplit(readJsonl<SeedThread>('seed_qa_en.jsonl'), 'report').slice(0, 300);
  const faqs = buildFaqIndex(readJsonl<FaqEntry>('faq_medquad.jsonl'));
  return threads.map((t) => inputForThread(t, faqs));
};

test('the hand-written twitching question gets a cited More Info that passes every check', async () => {
  const out = await createBuiltinProvider().generate(twitchInput);
  assert.equal(out.provider, 'builtin');
  assert.ok(out.moreInfo, `no More Info: ${out.warnings}`);
  assert.deepEqual(validateGenerated(out, twitchInput), []);
  assert.match(out.headline, /Muscle Twitching/);
  assert.ok(out.moreInfo.sources.length >= 2);
  // Every sentence before the closing paragraph is one of the passages' own sentences.
  const paragraphs = out.moreInfo.text.split('\n\n');
  for (const sentence of paragraphs.slice(0, -1).join(' ').split(/(?<=\.)\s+/)) {
    const n = Number(/\[(\d+)\]/.exec(sentence)?.[1]);
    const source = out.moreInfo.sources.find((s) => s.n === n)!;
    const passage = twitchInput.passages.find((p) => p.url === source.url)!;
    const bare = sentence.replace(/\s*\[\d+\]/, '').replace(/\.$/, '');
    assert.ok(passage.text.toLowerCase().includes(bare.toLowerCase().slice(0, 40)), `"${bare}" is not from ${source.url}`);
  }
});

test('with nothing relevant to cite, More Info is left out rather than invented', async () => {
  const input = { ...twitchInput, passages: twitchInput.passages.map((p) => ({ ...p, text: 'Our clinic is open on weekdays.', focus: 'Opening Hours' })) };
  const out = await createBuiltinProvider().generate(input);
  assert.equal(out.moreInfo, null);
  assert.ok(out.headline.length > 0);
  assert.ok(out.warnings?.some((w) => /left out/.test(w)));
});

test('where the site holds little, More Info is shorter but still cites two sources; with one it is left out', () => {
  const [causes, treatment] = twitchInput.passages.slice(0, 2).map((p) => ({ ...p, text: p.text.split('\n\n')[0] }));
  const short = (passages: typeof twitchInput.passages) => generateBuiltin({ ...twitchInput, answers: [], passages });
  const both = short([causes, treatment]);
  assert.ok(both.moreInfo, `no More Info: ${both.warnings}`);
  const words = countWords(both.moreInfo.text);
  assert.ok(words >= 80 && words < 150, `${words} words`);
  assert.equal(new Set(citationNumbersIn(both.moreInfo.text)).size, 2);
  assert.deepEqual(validateGenerated(both, { ...twitchInput, answers: [], passages: [causes, treatment] }), []);
  assert.match(both.moreInfo.text.split('\n\n').at(-1)!, /^(?:.*\[\d\]\. )*See a doctor about (?:involuntary )?muscle twitching/);
  assert.equal(short([causes]).moreInfo, null);
  // A second page the asker never named ("Caffeine") cannot make a short text: it could be about anything.
  const caffeine = { ...treatment, id: 'faq:3', url: '/faq/3', title: 'What is (are) Caffeine ?', focus: 'Caffeine', qtype: 'information' };
  const unnamed = short([causes, caffeine]);
  assert.ok(!unnamed.moreInfo || unnamed.moreInfo.sources.every((x) => x.url !== '/faq/3'), unnamed.moreInfo?.text);
});

test('real shared questions: cited, resolvable, valid More Info', { skip: missing || false }, (t) => {
  const inputs = load().slice(0, 80);
  let cited = 0;
  for (const input of inputs) {
    const out = generateBuiltin(input);
    assert.deepEqual(validateGenerated(out, input), [], `${input.question.title}`);
    assert.notEqual(out.headline.toLowerCase(), input.question.title.toLowerCase());
    if (!out.moreInfo) continue;
    const words = countWords(out.moreInfo.text);
    // Under 150 words only where the sources hold less, and then from two sources or more.
    assert.ok((words >= 150 || (words >= 80 && new Set(citationNumbersIn(out.moreInfo.text)).size >= 2)) && words <= 500, `${words} words`);
    for (const n of citationNumbersIn(out.moreInfo.text)) {
      const source = out.moreInfo.sources.find((s) => s.n === n);
      assert.ok(source, `[${n}] unresolved`);
      assert.ok(input.passages.some((p) => p.url === source.url && p.title === source.title));
    }
    if (new Set(citationNumbersIn(out.moreInfo.text)).size >= 2) cited++;
    // Grounding: every word of a cited sentence occurs in the passage it cites.
    const { text, sources } = out.moreInfo;
    const paragraphs = text.split('\n\n');
    for (const sentence of splitSentencesAny(paragraphs.slice(0, -1).join(' '))) {
      const marker: number = citationNumbersIn(sentence)[0];
      const origin: MoreInfoSource = sources.find((x) => x.n === marker)!;
      // The page's own topic may introduce its sentence ("For chest pain, …").
      const citedStems: Set<string> = stemSet(input.passages.filter((p) => p.url === origin.url && p.title === origin.title).map((p) => `${p.focus ?? ''} ${p.text}`).join(' '));
      const missing: string[] = [...stemSet(sentence.replace(/\[\d+\]/g, ''))].filter((w) => !citedStems.has(w));
      assert.deepEqual(missing, [], `"${sentence}" is not all from ${origin.url}`);
    }
  }
  t.diagnostic(`${cited}/${inputs.length} questions got More Info citing at least two sources`);
  assert.ok(cited >= inputs.length / 2);
});

test('share of ~300 shared questions with a More Info of two or more citations', { skip: missing || false }, (t) => {
  const inputs = load();
  const outputs = inputs.map(generateBuiltin);
  const figures = measureCoverage(inputs, outputs);
  t.diagnostic(JSON.stringify(figures));
  assert.equal(figures.passValidationPct, 100);
  assert.equal(figures.headlineIsAskersTitle, 0);
  // Target 95%; this floor guards against regressions (figures are reported in docs/enrichment.md). It
  // was 80 while half a topic's name counted as naming it; topics must now be named whole, which drops
  // mixed-topic texts that used to count here (measured now: 75% and 68%; the floors leave some room).
  assert.ok(figures.withTwoCitationsWhenRelevantFaqPct >= 65, `only ${figures.withTwoCitationsWhenRelevantFaqPct}%`);
  assert.ok(figures.withTwoCitationsPct >= 60, `only ${figures.withTwoCitationsPct}% overall`);
});
