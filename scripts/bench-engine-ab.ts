/**
 * The similarity engine of two checkouts in ONE process, on the same documents and queries: what
 * bench-search-ab measures through HTTP, without the page thread, the socket or the load generator,
 * so a change to the engine shows at a few percent even on a shared machine. Builds
 * `createSimilarityIndex()` of `--base` and of this checkout from an archive (bench:pages' JSONL,
 * `BENCH_ARCHIVE_ONLY=1 BENCH_DIR=/tmp/x npx tsx scripts/bench-pages.ts`; each thread indexed as
 * title + question, as the index sync does, bodies before de-identification), then runs
 * bench-search-ab's 150 search queries (seed titles i % 37 === 0) through each in alternated
 * rounds and reports the CPU time (user + system) per round, the median ratio, and whether both
 * returned the same hits: ids in the same order, and the same scores to the last bit.
 *
 *   tsx scripts/bench-engine-ab.ts --archive /tmp/x/archive-100000.jsonl --base /tmp/base [--rounds 9] [--k 21] [--limit 100000]
 *
 * `--k 21` is what the search page asks for its first page (20 and one more); the engine itself
 * scores the top 50 for its coverage re-ranking.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Lang, SimilarityHit, SimilarityIndex } from '../src/similarity/types.js';

const HERE = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    archive: { type: 'string' },
    base: { type: 'string' },
    rounds: { type: 'string', default: '9' },
    k: { type: 'string', default: '21' },
    limit: { type: 'string', default: '100000' },
  },
});
if (!args.archive || !args.base) throw new Error('--archive FILE.jsonl and --base CHECKOUT are required');

const docs = readFileSync(args.archive, 'utf8')
  .split('\n')
  .filter(Boolean)
  .slice(0, Number(args.limit))
  .map((line, i) => {
    const r = JSON.parse(line) as { title?: string; question: string; lang?: Lang };
    const text = r.title && !r.question.startsWith(r.title) ? `${r.title}\n${r.question}` : r.question;
    return { id: String(i + 1), text, lang: r.lang };
  });
const seeds: { title: string | null; question: string }[] = [];
for (const f of ['seed_qa_en.jsonl', 'seed_qa_zh.jsonl'])
  for (const line of readFileSync(join(HERE, '..', 'shared', 'data', f), 'utf8').split('\n')) if (line.trim()) seeds.push(JSON.parse(line));
const queries = seeds.filter((_, i) => i % 37 === 0).map((s) => (s.title ?? s.question).slice(0, 80)).slice(0, 150);
const k = Number(args.k);

async function build(root: string): Promise<SimilarityIndex> {
  const { createSimilarityIndex } = (await import(join(resolve(root), 'src', 'similarity', 'engine.ts'))) as typeof import('../src/similarity/engine.js');
  const index = createSimilarityIndex();
  const t = performance.now();
  index.add(docs);
  console.log(`${root}: ${index.size} documents indexed in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  return index;
}

/** CPU milliseconds for all queries, and their hits. */
function run(index: SimilarityIndex): [number, SimilarityHit[][]] {
  const t = process.cpuUsage();
  const hits = queries.map((q) => index.query(q, { k }));
  const u = process.cpuUsage(t);
  return [(u.user + u.system) / 1000, hits];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const base = await build(args.base);
const here = await build(HERE);
for (let w = 0; w < 3; w++) {
  run(base);
  run(here);
}
const times = { base: [] as number[], here: [] as number[] };
let sameIds = 0;
let sameBits = 0;
let largestDiff = 0;
for (let r = 0; r < Number(args.rounds); r++) {
  // Base first in even rounds, this first in odd ones.
  let a: [number, SimilarityHit[][]];
  let b: [number, SimilarityHit[][]];
  if (r % 2) {
    b = run(here);
    a = run(base);
  } else {
    a = run(base);
    b = run(here);
  }
  times.base.push(a[0]);
  times.here.push(b[0]);
  if (r === 0) {
    a[1].forEach((hits, i) => {
      const other = b[1][i];
      if (hits.map((h) => h.id).join() === other.map((h) => h.id).join()) sameIds++;
      if (JSON.stringify(hits) === JSON.stringify(other)) sameBits++;
      hits.forEach((h, j) => other[j] && (largestDiff = Math.max(largestDiff, Math.abs(h.score - other[j].score))));
    });
  }
}
console.log(`load ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
console.log(`CPU ms per ${queries.length} queries (k ${k}): base ${times.base.map((x) => x.toFixed(0)).join(' ')}; this ${times.here.map((x) => x.toFixed(0)).join(' ')}`);
console.log(`median: base ${median(times.base).toFixed(1)}, this ${median(times.here).toFixed(1)} ms, ratio ${(median(times.here) / median(times.base)).toFixed(3)}`);
console.log(`same ids in the same order: ${sameIds} of ${queries.length}; same hits to the last bit: ${sameBits}; largest score difference ${largestDiff}`);
