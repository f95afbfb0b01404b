/**
 * npm run bench:enrich-pipeline — the built-in provider on exactly the inputs the application builds
 * (src/enrichment/pipeline.ts: gatherEnrichment), without the writes, split by seed position:
 * even positions of seed_qa_en.jsonl are the report split, odd ones the dev split. Rules were read and
 * adjusted on dev samples only; report-split figures are the ones to quote.
 *
 *   npx tsx scripts/bench-enrich-pipeline.ts [--split dev|report] [--samples 5] [--failures 5] [--dir D]
 *
 * --dump FILE writes every output as one JSON line (to compare two versions).
 * --save-inputs FILE writes the gathered inputs as JSON lines; --inputs FILE reads them back instead of
 * gathering (generation alone, to compare two versions of the provider quickly).
 * --offered prints, under each text shown, the FAQ pages the pipeline offered the provider.
 * --dir keeps the imported database between runs (import takes a while); without it a temporary
 * directory is used and removed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config.js';
import { openRuntime } from '../src/runtime.js';
import { gatherEnrichment } from '../src/enrichment/pipeline.js';
import { generateBuiltin } from '../src/enrichment/providers/builtin.js';
import { validateGenerated } from '../src/enrichment/providers/validate.js';
import { citationNumbersIn } from '../src/enrichment/providers/citations.js';
import type { EnrichmentInput, EnrichmentOutput } from '../src/enrichment/providers/index.js';

const arg = (name: string, dflt: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : dflt;
};
const SHARED = join(process.cwd(), '..', 'shared', 'data');
if (!existsSync(join(SHARED, 'seed_qa_en.jsonl'))) {
  console.error('bench:enrich-pipeline needs ../shared/data (seed_qa_en.jsonl, faq_medquad.jsonl)');
  process.exit(1);
}
const split = arg('split', 'report') as 'report' | 'dev';
const kept = process.argv.includes('--dir');
const dir = kept ? arg('dir', '') : mkdtempSync(join(tmpdir(), 'oc-bench-pipeline-'));
const env = { ...process.env, DATA_DIR: dir, DEMO_CONTENT: '0', LOG_LEVEL: 'warn' };

if (!existsSync(join(dir, '.imported'))) {
  mkdirSync(dir, { recursive: true });
  for (const args of [['import', join(SHARED, 'seed_qa_en.jsonl')], ['faq', 'import', join(SHARED, 'faq_medquad.jsonl')]]) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  }
  if (kept) spawnSync('touch', [join(dir, '.imported')]);
}

const seedIds = readFileSync(join(SHARED, 'seed_qa_en.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => (JSON.parse(l) as { id: string }).id);
const inSplit = new Set(seedIds.filter((_, i) => (split === 'report' ? i % 2 === 0 : i % 2 === 1)));

const rt = await openRuntime(loadConfig(env));
try {
  const { db } = rt.database;
  await rt.related.sync(db);
  const questions = await db.selectFrom('questions').select(['id', 'external_id']).where('status', '=', 'published').orderBy('id').execute();
  const chosen = questions.filter((q) => q.external_id && inSplit.has(q.external_id));
  const inputs: EnrichmentInput[] = [];
  const c0 = process.cpuUsage();
  // --inputs FILE reads inputs saved by --save-inputs instead of gathering them (the same split's file).
  const savedInputs = arg('inputs', '');
  if (savedInputs) {
    for (const line of readFileSync(savedInputs, 'utf8').split('\n')) if (line.trim()) inputs.push(JSON.parse(line) as EnrichmentInput);
  } else {
    for (const q of chosen) {
      const g = await gatherEnrichment(rt, q.id);
      if (g) inputs.push(g.input);
    }
  }
  const gatherCpu = process.cpuUsage(c0);
  // --save-inputs FILE keeps the gathered inputs (one JSON line each), to rerun generation alone while tuning.
  const saveInputs = arg('save-inputs', '');
  if (saveInputs) writeFileSync(saveInputs, `${inputs.map((x) => JSON.stringify(x)).join('\n')}\n`);
  const c1 = process.cpuUsage();
  const outputs: EnrichmentOutput[] = inputs.map(generateBuiltin);
  const generateCpu = process.cpuUsage(c1);
  const ms = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000 / inputs.length;

  const good = (o: EnrichmentOutput, input: EnrichmentInput) =>
    o.moreInfo !== null &&
    !!o.headline &&
    new Set(citationNumbersIn(o.moreInfo.text)).size >= 2 &&
    o.moreInfo.sources.every((s) => input.passages.some((p) => p.url === s.url));
  const ok = outputs.filter((o, i) => good(o, inputs[i])).length;
  const valid = outputs.filter((o, i) => validateGenerated(o, inputs[i]).length === 0).length;
  const withAnswerSource = outputs.filter((o) => o.moreInfo?.sources.some((s) => s.url.startsWith('/questions/'))).length;
  const words = outputs.reduce((n, o) => n + (o.moreInfo ? o.moreInfo.text.split(/\s+/).length : 0), 0);
  const withInfo = outputs.filter((o) => o.moreInfo).length;
  const pct = (x: number) => `${((100 * x) / inputs.length).toFixed(1)}%`;
  console.log(
    [
      `split: ${split} (${inputs.length} questions, built as the pipeline builds them)`,
      `More Info with ≥ 2 distinct resolvable citations and a headline: ${pct(ok)}`,
      `pass validateGenerated: ${pct(valid)}; citing a doctor's answer: ${pct(withAnswerSource)}; mean ${(words / Math.max(1, withInfo)).toFixed(0)} words`,
      `CPU per question: gathering ${ms(gatherCpu).toFixed(2)} ms, built-in generation ${ms(generateCpu).toFixed(2)} ms`,
    ].join('\n'),
  );
  const show = (i: number) => {
    const input = inputs[i];
    const out = outputs[i];
    console.log(`\n=== ${input.question.title}\n--- doctor: ${input.answers[0]?.text.slice(0, 240)}\n--- headline: ${out.headline}`);
    console.log(out.moreInfo ? `${out.moreInfo.text}\n${out.moreInfo.sources.map((s) => `  [${s.n}] ${s.title} ${s.url}`).join('\n')}` : `(no More Info) ${out.warnings?.join('; ')}`);
    if (process.argv.includes('--offered')) {
      // The FAQ pages the pipeline offered (topic × entries, with the asker's synonym), to see why a text stays one-source.
      const pages = new Map<string, number>();
      for (const p of input.passages) if (p.kind === 'faq') pages.set(`${p.focus}${p.namedBy ? ` (by "${p.namedBy}")` : ''}`, (pages.get(`${p.focus}${p.namedBy ? ` (by "${p.namedBy}")` : ''}`) ?? 0) + 1);
      const answers = input.passages.filter((p) => p.kind !== 'faq').length;
      console.log(`--- offered: ${[...pages].map(([f, n]) => `${f} ×${n}`).join('; ')}; ${answers} answer passages`);
    }
  };
  const samples = Number(arg('samples', '0'));
  const offset = Number(arg('offset', '0'));
  const step = Math.max(1, Math.floor(inputs.length / Math.max(1, samples)));
  for (let k = 0; k < samples; k++) show((offset + k * step) % inputs.length);
  if (process.argv.includes('--why')) {
    // Where the failures stand: how many words and sources the passages supported.
    const buckets = new Map<string, number>();
    outputs.forEach((o, i) => {
      if (good(o, inputs[i])) return;
      const m = /support (\d+) words from (\d+) sources/.exec(o.warnings?.join(' ') ?? '');
      const key = m ? `${Math.min(150, Math.floor(Number(m[1]) / 30) * 30)}+ words, ${Math.min(3, Number(m[2]))} sources` : o.moreInfo ? `text from ${o.moreInfo.sources.length} source(s)` : 'other';
      buckets.set(key, (buckets.get(key) ?? 0) + 1);
    });
    console.log([...buckets].sort().map(([k, v]) => `  ${k}: ${v}`).join('\n'));
  }
  const dump = arg('dump', '');
  if (dump) {
    // One line per question (title, headline, text, sources), to compare two versions' outputs.
    const lines = outputs.map((o, i) => JSON.stringify({ title: inputs[i].question.title, good: good(o, inputs[i]), headline: o.headline, text: o.moreInfo?.text ?? null, sources: o.moreInfo?.sources.map((x) => x.title) ?? [], warnings: o.warnings }));
    writeFileSync(dump, `${lines.join('\n')}\n`);
  }
  const failures = outputs.map((o, i) => (good(o, inputs[i]) ? -1 : i)).filter((i) => i >= 0);
  const only = arg('only', '');
  if (process.argv.includes('--answers')) {
    // Texts that quote doctors' answers: the ones to read for tone and for anything said to one asker.
    const quoting = outputs.map((o, i) => (o.moreInfo?.sources.some((x) => x.url.startsWith('/questions/')) ? i : -1)).filter((i) => i >= 0);
    for (const i of quoting.slice(offset, offset + Number(arg('samples', '5')))) show(i);
  }
  const shown = failures.filter((i) => !only || (only === 'text' ? outputs[i].moreInfo : !outputs[i].moreInfo));
  for (const i of shown.slice(offset, offset + Number(arg('failures', '0')))) show(i);
  if (process.argv.includes('--headlines')) for (let i = offset; i < Math.min(inputs.length, offset + Number(arg('headlines', '60'))); i++) console.log(`${outputs[i].headline}  <=  ${inputs[i].question.title}`);
} finally {
  await rt.close();
  if (!kept) rmSync(dir, { recursive: true, force: true });
}
