// Triage's CPU cost against an earlier commit, each code in its own process, the two alternated:
// `npm run -s bench:triage-cpu -- [commit] [rounds] [--rules]` (default d66c5e7, 3 rounds; --rules times the readable
// rules alone, triageByRules, instead of triage).
//
// Two copies of triage in one process slow each other down (docs/safety.md: bench-triage-vs-commit's control against
// itself read 3×), so each round starts one child process per code. A child runs `triage` over the shared seed
// questions five times and reports the best pass in CPU time (process.cpuUsage: user + system), which the other
// helpers' load on the shared cores moves much less than wall time. The ratio to read is best round against best round.
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { realQuestions } from './triage-sets.js';
import { withSafetyAt } from './safety-at-commit.js';

const PASSES = 5;
const RULES_ALONE = process.argv.includes('--rules');
const args = process.argv.slice(2).filter((a) => a !== '--rules');

async function child(root: string, rulesAlone: boolean) {
  const triage = rulesAlone
    ? ((await import(join(root, 'src/safety/triage/triage.ts'))) as { triageByRules: (t: string) => unknown }).triageByRules
    : ((await import(join(root, 'src/safety/index.ts'))) as { triage: (t: string) => unknown }).triage;
  const texts = realQuestions().map((q) => q.text);
  if (texts.length === 0) throw new Error('../shared/data/seed_qa_*.jsonl is needed');
  let best = Infinity;
  for (let pass = 0; pass < PASSES; pass++) {
    const before = process.cpuUsage();
    for (const t of texts) triage(t);
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / texts.length);
  }
  console.log(JSON.stringify({ usPerQuestion: best, questions: texts.length }));
}

function run(root: string): number {
  const out = execFileSync(resolve('node_modules/.bin/tsx'), [fileURLToPath(import.meta.url), '--child', root, ...(RULES_ALONE ? ['--rules'] : [])], { encoding: 'utf8' });
  return (JSON.parse(out.trim().split('\n').pop()!) as { usPerQuestion: number }).usPerQuestion;
}

if (args[0] === '--child') {
  await child(args[1], RULES_ALONE);
} else {
  const commit = args[0] ?? 'd66c5e7';
  const rounds = Number(args[1] ?? 3);
  await withSafetyAt(commit, (dir) => {
    const base: number[] = [];
    const current: number[] = [];
    for (let round = 0; round < rounds; round++) {
      // Alternate which goes first, so a change in load between the two halves of a round falls on each alike.
      const order = round % 2 === 0 ? (['base', 'current'] as const) : (['current', 'base'] as const);
      for (const which of order) (which === 'base' ? base : current).push(run(which === 'base' ? dir : resolve('.')));
      console.log(`round ${round + 1}: ${commit} ${base.at(-1)!.toFixed(1)} µs/question, current ${current.at(-1)!.toFixed(1)} µs/question (CPU, best of ${PASSES} passes${RULES_ALONE ? ', rules alone' : ''})`);
    }
    const b = Math.min(...base), c = Math.min(...current);
    console.log(`best: ${commit} ${b.toFixed(1)} µs/question, current ${c.toFixed(1)} µs/question, ratio ${(c / b).toFixed(2)}×`);
  });
}
