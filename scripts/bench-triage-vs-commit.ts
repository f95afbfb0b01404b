// Triage's cost against the code at an earlier commit, in one process: `npx tsx scripts/bench-triage-vs-commit.ts [commit]`.
// The earlier src/safety is taken from git into a temporary folder; both run over the shared seed questions, passes
// interleaved, best of five, so machine load shows in both figures alike and the ratio is what to read.
import { join } from 'node:path';
import { withSafetyAt } from './safety-at-commit.js';
import { realQuestions } from './triage-sets.js';
import { triage as current } from '../src/safety/index.js';

const commit = process.argv[2] ?? 'f6ddeed';
await withSafetyAt(commit, async (dir) => {
  const earlier = ((await import(join(dir, 'src/safety/index.ts'))) as { triage: (t: string) => unknown }).triage;
  const texts = realQuestions().map((q) => q.text);
  if (texts.length === 0) throw new Error('../shared/data/seed_qa_*.jsonl is needed');
  const best = { earlier: Infinity, current: Infinity };
  for (let pass = 0; pass < 5; pass++) {
    for (const [name, run] of [['earlier', earlier], ['current', current]] as const) {
      const t0 = performance.now();
      for (const t of texts) run(t);
      best[name] = Math.min(best[name], performance.now() - t0);
    }
  }
  const perQ = (ms: number) => (ms / texts.length).toFixed(4);
  console.log(`${texts.length} seed questions, best of 5: ${commit} ${perQ(best.earlier)} ms/question, current ${perQ(best.current)} ms/question, ratio ${(best.current / best.earlier).toFixed(2)}×`);
});
