// Built-in enrichment provider over shared English questions: how many get a cited More Info, how
// fast it is written, and a few samples to read. Run: npx tsx scripts/bench-enrich-provider.ts [--split report|dev] [--n 300] [--samples 3]
// The speed figure is a ratio against the FAQ retrieval for the same questions, measured in the same run.
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
  const c = process.cpuUsage();
  const outputs = inputs.map(generateBuiltin);
  const used = process.cpuUsage(c);
  const ms = (used.user + used.system) / 1000 / inputs.length;
  const withInfo = outputs.filter((o) => o.moreInfo).length;
  const valid = outputs.filter((o, i) => validateGenerated(o, inputs[i]).length === 0).length;
  const twoSources = outputs.filter((o) => (o.moreInfo?.sources.length ?? 0) >= 2).length;
  console.log(JSON.stringify({ lang: 'zh', questions: inputs.length, withMoreInfo: withInfo, withTwoOrMoreSources: twoSources, passValidation: valid, cpuMsPerQuestion: Number(ms.toFixed(2)) }, null, 2));
  for (const i of [0, 1].slice(0, Number(arg('samples', '2')))) console.log(`\n=== ${inputs[i].question.title}\n--- headline: ${outputs[i].headline}\n${outputs[i].moreInfo?.text ?? outputs[i].warnings}`);
  process.exit(0);
}
const split = arg('split', 'report') as 'report' | 'dev';
const n = Number(arg('n', '300'));
const samples = Number(arg('samples', '3'));
const retrieval = arg('retrieval', 'similarity') as 'similarity' | 'bm25';

const threads = reportSplit(readJsonl<SeedThread>('seed_qa_en.jsonl'), split).slice(0, n);
const faqs = buildFaqIndex(readJsonl<FaqEntry>('faq_medquad.jsonl'), retrieval);

// CPU time, not wall time: other work on a shared machine would otherwise be counted as ours.
const cpuMs = (from: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
};
// Baseline for the speed ratio: the FAQ retrieval query for the same questions, in this run.
const c0 = process.cpuUsage();
for (const t of threads) inputForThread(t, faqs);
const retrievalMs = cpuMs(c0);
const inputs = englishInputs(split, n, retrieval);
// First pass warms the JIT and the per-passage analysis cache, as a long enrichment run would be.
inputs.forEach(generateBuiltin);
const c1 = process.cpuUsage();
const outputs = inputs.map(generateBuiltin);
const generateMs = cpuMs(c1);
const c2 = process.cpuUsage();
for (const input of inputs) {
  // A cold run of every question: fresh passage objects and texts, so no cached analysis applies.
  generateBuiltin({ ...input, passages: input.passages.map((p) => ({ ...p, text: `${p.text} ` })) });
}
const coldMs = cpuMs(c2);

const figures = measureCoverage(inputs, outputs);
console.log(JSON.stringify({ split, retrieval, questions: threads.length, ...figures }, null, 2));
const per = (ms: number) => (ms / threads.length).toFixed(2);
console.log(
  `CPU time per question: built-in ${per(generateMs)} ms warm, ${per(coldMs)} ms with no cached passage analysis; ` +
    `FAQ retrieval query ${per(retrievalMs)} ms (baseline, same run). Generation costs ${(generateMs / retrievalMs).toFixed(2)}× (cold ${(coldMs / retrievalMs).toFixed(2)}×) the retrieval; ` +
    `cold generation + retrieval: ${(1000 / ((coldMs + retrievalMs) / threads.length)).toFixed(0)} questions/s on one core`,
);
const step = Math.max(1, Math.floor(threads.length / Math.max(1, samples)));
for (let i = 0; i < samples && i * step < threads.length; i++) {
  const k = i * step + 3;
  const input = inputs[k % inputs.length];
  const out = outputs[k % outputs.length];
  console.log(`\n=== ${input.question.title}\n--- doctor: ${input.answers[0]?.text.slice(0, 240)}\n--- headline: ${out.headline}`);
  console.log(out.moreInfo ? `${out.moreInfo.text}\n${out.moreInfo.sources.map((s) => `  [${s.n}] ${s.title} ${s.url}`).join('\n')}` : `(no More Info) ${out.warnings?.join('; ')}`);
}
