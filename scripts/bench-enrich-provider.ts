// Built-in enrichment provider over shared English questions: how many get a cited More Info, how
// fast it is written, and a few samples to read. Run: npx tsx scripts/bench-enrich-provider.ts [--split report|dev] [--n 300] [--samples 3]
// The speed figure is a ratio against the FAQ retrieval for the same questions, measured in the same run.
import { performance } from 'node:perf_hooks';
import { readJsonl, sharedDataPresent, type FaqEntry, type SeedThread } from '../src/enrichment/providers/testing/sharedData.js';
import { buildFaqIndex, inputForThread } from '../src/enrichment/providers/testing/faqRetrieval.js';
import { measureCoverage, reportSplit } from '../src/enrichment/providers/testing/coverage.js';
import { generateBuiltin } from '../src/enrichment/providers/builtin.js';
import { chineseInputs } from '../src/enrichment/providers/testing/chineseInputs.js';
import { englishInputs } from '../src/enrichment/providers/testing/englishInputs.js';
import { validateGenerated } from '../src/enrichment/providers/validate.js';

const arg = (name: string, dflt: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : dflt;
};

if (!sharedDataPresent('seed_qa_en.jsonl', 'faq_medquad.jsonl')) {
  console.error('../shared/data is missing: nothing to measure');
  process.exit(0);
}
if (arg('lang', 'en') === 'zh') {
  // Chinese: the thread's answers and similar threads' answers are the only sources.
  const inputs = chineseInputs(Number(arg('n', '200')), { stride: 7, pool: 5233 });
  const t = performance.now();
  const outputs = inputs.map(generateBuiltin);
  const ms = (performance.now() - t) / inputs.length;
  const withInfo = outputs.filter((o) => o.moreInfo).length;
  const valid = outputs.filter((o, i) => validateGenerated(o, inputs[i]).length === 0).length;
  const twoSources = outputs.filter((o) => (o.moreInfo?.sources.length ?? 0) >= 2).length;
  console.log(JSON.stringify({ lang: 'zh', questions: inputs.length, withMoreInfo: withInfo, withTwoOrMoreSources: twoSources, passValidation: valid, msPerQuestion: Number(ms.toFixed(2)) }, null, 2));
  for (const i of [0, 1].slice(0, Number(arg('samples', '2')))) console.log(`\n=== ${inputs[i].question.title}\n--- headline: ${outputs[i].headline}\n${outputs[i].moreInfo?.text ?? outputs[i].warnings}`);
  process.exit(0);
}
const split = arg('split', 'report') as 'report' | 'dev';
const n = Number(arg('n', '300'));
const samples = Number(arg('samples', '3'));
const retrieval = arg('retrieval', 'similarity') as 'similarity' | 'bm25';

const threads = reportSplit(readJsonl<SeedThread>('seed_qa_en.jsonl'), split).slice(0, n);
const faqs = buildFaqIndex(readJsonl<FaqEntry>('faq_medquad.jsonl'), retrieval);

// Baseline for the speed ratio: the FAQ retrieval query for the same questions, in this run.
const t0 = performance.now();
for (const t of threads) inputForThread(t, faqs);
const retrievalMs = performance.now() - t0;
const inputs = englishInputs(split, n, retrieval);
const t1 = performance.now();
const outputs = inputs.map(generateBuiltin);
const generateMs = performance.now() - t1;

const figures = measureCoverage(inputs, outputs);
console.log(JSON.stringify({ split, retrieval, questions: threads.length, ...figures }, null, 2));
console.log(
  `built-in: ${(generateMs / threads.length).toFixed(2)} ms/question; retrieval in this run: ${(retrievalMs / threads.length).toFixed(2)} ms/question; ` +
    `generation costs ${(generateMs / retrievalMs).toFixed(2)}× the retrieval; together ${(1000 / ((generateMs + retrievalMs) / threads.length)).toFixed(0)} questions/s on one core`,
);
const step = Math.max(1, Math.floor(threads.length / Math.max(1, samples)));
for (let i = 0; i < samples && i * step < threads.length; i++) {
  const k = i * step + 3;
  const input = inputs[k % inputs.length];
  const out = outputs[k % outputs.length];
  console.log(`\n=== ${input.question.title}\n--- doctor: ${input.answers[0]?.text.slice(0, 240)}\n--- headline: ${out.headline}`);
  console.log(out.moreInfo ? `${out.moreInfo.text}\n${out.moreInfo.sources.map((s) => `  [${s.n}] ${s.title} ${s.url}`).join('\n')}` : `(no More Info) ${out.warnings?.join('; ')}`);
}
