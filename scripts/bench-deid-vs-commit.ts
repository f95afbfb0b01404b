// De-identification's cost against the code at an earlier commit, in one process:
// `npx tsx scripts/bench-deid-vs-commit.ts [commit]` (npm run bench:deid-vs-commit). The earlier src/safety and src/lexicon are taken from git into a
// temporary folder; both run over the shared seed questions after one warm-up call each (the gazetteer and word list
// load once per process), passes interleaved, best of five, so machine load shows in both figures alike and the
// ratio is what to read.
import { join } from 'node:path';
import { withSafetyAt } from './safety-at-commit.js';
import { realQuestions } from './triage-sets.js';
import { deidentify as current } from '../src/safety/index.js';

const commit = process.argv[2] ?? 'd66c5e7';
await withSafetyAt(commit, async (dir) => {
  const earlier = ((await import(join(dir, 'src/safety/index.ts'))) as { deidentify: (t: string) => unknown }).deidentify;
  const texts = realQuestions().map((q) => q.text);
  if (texts.length === 0) throw new Error('../shared/data/seed_qa_*.jsonl is needed');
  for (const run of [earlier, current]) run('My name is Vincent. 我叫王小明。');
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
  const perQ = (ms: number) => (ms / texts.length).toFixed(4);
  for (const clock of ['cpu', 'wall'] as const) {
    console.log(`${texts.length} seed questions, best of 5, ${clock} time: ${commit} ${perQ(best.earlier[clock])} ms/question, current ${perQ(best.current[clock])} ms/question, ratio ${(best.current[clock] / best.earlier[clock]).toFixed(2)}×`);
  }
});
