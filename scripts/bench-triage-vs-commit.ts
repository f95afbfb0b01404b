// Triage's cost against the code at an earlier commit, in one process: `npx tsx scripts/bench-triage-vs-commit.ts [commit]`.
// The earlier src/safety is taken from git into a temporary folder; both run over the shared seed questions, passes
// interleaved, best of five, so machine load shows in both figures alike and the ratio is what to read.
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { realQuestions } from './triage-sets.js';
import { triage as current } from '../src/safety/index.js';

const commit = process.argv[2] ?? 'f6ddeed';
const dir = mkdtempSync(join(tmpdir(), 'triage-vs-'));
try {
  // Since 183092c de-identification, loaded with triage by src/safety/index.ts, reads the word list in src/lexicon.
  const hasLexicon = (() => {
    try { execSync(`git cat-file -e ${commit}:src/lexicon`, { stdio: 'ignore' }); return true; } catch { return false; }
  })();
  execSync(`git archive ${commit} src/safety${hasLexicon ? ' src/lexicon' : ''} | tar -x -C ${dir}`);
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
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
} finally {
  rmSync(dir, { recursive: true, force: true });
}
