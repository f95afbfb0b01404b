// De-identification's cost against the code at an earlier commit, in one process:
// `npx tsx scripts/bench-deid-vs-commit.ts [commit]`. The earlier src/safety and src/lexicon are taken from git into a
// temporary folder; both run over the shared seed questions after one warm-up call each (the gazetteer and word list
// load once per process), passes interleaved, best of five, so machine load shows in both figures alike and the
// ratio is what to read.
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { realQuestions } from './triage-sets.js';
import { deidentify as current } from '../src/safety/index.js';

const commit = process.argv[2] ?? '86bd039';
const dir = mkdtempSync(join(tmpdir(), 'deid-vs-'));
try {
  execSync(`git archive ${commit} src/safety src/lexicon | tar -x -C ${dir}`);
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
  const earlier = ((await import(join(dir, 'src/safety/index.ts'))) as { deidentify: (t: string) => unknown }).deidentify;
  const texts = realQuestions().map((q) => q.text);
  if (texts.length === 0) throw new Error('../shared/data/seed_qa_*.jsonl is needed');
  for (const run of [earlier, current]) run('My name is Vincent. 我叫王小明。');
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
} finally {
  rmSync(dir, { recursive: true, force: true });
}
