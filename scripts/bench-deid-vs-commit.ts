// De-identification's cost against the code at an earlier commit, in one process:
// `npx tsx scripts/bench-deid-vs-commit.ts [commit]` (npm run bench:deid-vs-commit). The earlier src/safety and src/lexicon are taken from git into a
// temporary folder; both run over the shared seed questions after one warm-up call each (the gazetteer and word list
// load once per process), passes interleaved, best of five, so machine load shows in both figures alike and the
// ratio is what to read. Besides whole questions, two sets show the fixed cost of a call: the empty text (5,000
// calls) and the seed threads' titles (what an import de-identifies besides each body: most are short); long texts
// are the first 1,000 MedQuAD answers. Whichever side runs second in a pass is read ~10% slow by this in-process
// comparison even with equal code (c196abf against itself: 92 vs 105 µs per archive body), so small ratios need
// bench-prepare-vs-commit's one-process-per-side method.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { withSafetyAt } from './safety-at-commit.js';
import { realQuestions } from './triage-sets.js';
import { deidentify as current } from '../src/safety/index.js';
import { deriveTitle } from '../src/questions/text.js';

const commit = process.argv[2] ?? 'd66c5e7';
function seedTitles(): string[] {
  const out: string[] = [];
  for (const file of ['../shared/data/seed_qa_en.jsonl', '../shared/data/seed_qa_zh.jsonl']) {
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').trim().split('\n')) {
      const q = JSON.parse(line) as { title: string | null; question: string };
      out.push(q.title?.trim() || deriveTitle(q.question));
    }
  }
  return out;
}
await withSafetyAt(commit, async (dir) => {
  const earlier = ((await import(join(dir, 'src/safety/index.ts'))) as { deidentify: (t: string) => unknown }).deidentify;
  const questions = realQuestions().map((q) => q.text);
  if (questions.length === 0) throw new Error('../shared/data/seed_qa_*.jsonl is needed');
  const titles = seedTitles();
  // Long texts: the first 1,000 MedQuAD answers, when the shared data has them.
  const faq = '../shared/data/faq_medquad.jsonl';
  const long = existsSync(faq) ? readFileSync(faq, 'utf8').trim().split('\n').slice(0, 1000).map((l) => (JSON.parse(l) as { answer: string }).answer) : [];
  const sets: [string, string[]][] = [
    ['empty texts', Array.from({ length: 5000 }, () => '')],
    [`seed titles (mean ${Math.round(titles.reduce((n, t) => n + t.length, 0) / titles.length)} chars)`, titles],
    [`seed questions (mean ${Math.round(questions.reduce((n, t) => n + t.length, 0) / questions.length)} chars)`, questions],
  ];
  if (long.length) sets.push([`MedQuAD answers (mean ${Math.round(long.reduce((n, t) => n + t.length, 0) / long.length)} chars)`, long]);
  for (const run of [earlier, current]) run('My name is Vincent. 我叫王小明。');
  for (const [label, texts] of sets) {
    // CPU time of this process (user + system) as well as wall time: on a shared machine the wall clock also counts
    // the time other processes held the cores, CPU time only this one's work.
    const best = { earlier: { wall: Infinity, cpu: Infinity }, current: { wall: Infinity, cpu: Infinity } };
    for (let pass = 0; pass < 5; pass++) {
      for (const [name, run] of [['earlier', earlier], ['current', current]] as const) {
        const t0 = performance.now();
        const c0 = process.cpuUsage();
        for (const t of texts) run(t);
        const cpu = process.cpuUsage(c0);
        best[name].wall = Math.min(best[name].wall, performance.now() - t0);
        best[name].cpu = Math.min(best[name].cpu, (cpu.user + cpu.system) / 1000);
      }
    }
    const perCall = (ms: number) => ((ms * 1000) / texts.length).toFixed(1);
    for (const clock of ['cpu', 'wall'] as const) {
      console.log(`${texts.length} ${label}, best of 5, ${clock} time: ${commit} ${perCall(best.earlier[clock])} µs/call, current ${perCall(best.current[clock])} µs/call, ratio ${(best.current[clock] / best.earlier[clock]).toFixed(2)}×`);
    }
  }
});
