// The CPU of preparing imported threads (language, de-identification, triage, search tokens: prepareThread, what the
// import's worker threads do) against the code at an earlier commit:
// `npx tsx scripts/bench-prepare-vs-commit.ts [commit] [archive.jsonl] [threads]`. The earlier src is taken from git
// into a temporary folder. Each side runs in its own process, the processes alternated (earlier, current, earlier,
// current), each preparing the same threads (default: the first 10,000 of the file, or the shared seed threads) three
// times after one warm-up thread; the best pass of each side is reported. Not in one process: there, whichever copy
// ran second in a pass took ~2× the CPU, even with the same code on both sides (two copies of the triage model and
// word lists in one heap). The prepared threads must be identical: a hash of each side's output is compared.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { withSafetyAt } from './safety-at-commit.js';
import { NODE_FLAGS, readRecords } from './bench-threads.js';

type Prepare = typeof import('../src/importer/prepare-thread.js').prepareThread;
const [, self, commitOrSide, fileArg, limitArg, modulePath] = process.argv;


const now = '2026-12-04T00:00:00.000Z';
if (commitOrSide === '--child') {
  // One side: prints its best CPU and wall milliseconds and a hash of what it prepared.
  const records = readRecords(fileArg || undefined, Number(limitArg));
  const run = ((await import(modulePath)) as { prepareThread: Prepare }).prepareThread;
  run(records[0], { id: 1 }, now);
  let cpu = Infinity;
  let wall = Infinity;
  let hash = '';
  for (let pass = 0; pass < 3; pass++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const out = records.map((r) => run(r, { id: 1 }, now));
    const c = process.cpuUsage(c0);
    wall = Math.min(wall, performance.now() - t0);
    cpu = Math.min(cpu, (c.user + c.system) / 1000);
    hash = createHash('sha1').update(JSON.stringify(out)).digest('hex');
  }
  console.log(JSON.stringify({ cpu, wall, hash, n: records.length }));
} else {
  const commit = commitOrSide ?? 'c196abf';
  const limit = limitArg ?? '10000';
  await withSafetyAt(
    commit,
    (dir) => {
      const sides = { earlier: join(dir, 'src/importer/prepare-thread.ts'), current: join(import.meta.dirname, '../src/importer/prepare-thread.ts') };
      const best = { earlier: { cpu: Infinity, wall: Infinity, hash: '' }, current: { cpu: Infinity, wall: Infinity, hash: '' } };
      let n = 0;
      for (let round = 0; round < 2; round++) {
        for (const side of ['earlier', 'current'] as const) {
          const out = execFileSync(process.execPath, [...NODE_FLAGS, '--import', 'tsx', self, '--child', fileArg ?? '', limit, sides[side]], { encoding: 'utf8', maxBuffer: 1 << 20 });
          const r = JSON.parse(out.trim().split('\n').pop()!) as { cpu: number; wall: number; hash: string; n: number };
          n = r.n;
          best[side] = { cpu: Math.min(best[side].cpu, r.cpu), wall: Math.min(best[side].wall, r.wall), hash: r.hash };
        }
      }
      for (const clock of ['cpu', 'wall'] as const) {
        const ms = (side: 'earlier' | 'current') => `${(best[side][clock] / 1000).toFixed(2)} s (${((best[side][clock] * 1000) / n).toFixed(0)} µs/thread)`;
        console.log(`${n} threads prepared, best of 2×3 passes, ${clock} time: ${commit} ${ms('earlier')}, current ${ms('current')}, ratio ${(best.current[clock] / best.earlier[clock]).toFixed(2)}×`);
      }
      const same = best.earlier.hash === best.current.hash;
      console.log(same ? `prepared threads identical to ${commit}'s (sha1 ${best.current.hash.slice(0, 12)})` : `prepared threads DIFFER from ${commit}'s`);
      if (!same) process.exitCode = 1;
    },
    ['src'],
  );
}
