/**
 * Search and question page under load, two checkouts back to back on one archive: starts the real
 * server of this checkout and of `--base` (another checkout, e.g. the commit before a change) on the
 * same SQLite DATA_DIR (one `npm run bench:pages` left, e.g. BENCH_DIR=/tmp/x BENCH_REUSE=1), then
 * runs autocannon (32 connections) against each in turn, base/this then this/base, round after round,
 * so both see the same machine load: search alone, the cached question page alone, and both at once
 * (16 connections searching while 16 read the question page: what a reader waits for while others
 * search). Reports req/s, p50, p99 per round and the median of the rounds, and each server's
 * resident memory after start and after load.
 *
 *   tsx scripts/bench-search-ab.ts --data /tmp/x/data-sqlite --base /tmp/base [--rounds 4]   (BENCH_SECONDS: 8 per run)
 *
 * PostgreSQL: `--database-url postgres://…/db` points both servers at one imported database instead
 * (`--data` is then only their DATA_DIR). Import the archive once, e.g.
 * `DATABASE_URL=postgres://…/db DATA_DIR=/tmp/x/data-pg tsx src/cli/main.ts import archive-100000.jsonl`.
 *
 * Queries are bench:pages' (seed titles i % 37 === 0), so the figures read next to its table. Both servers
 * run with SEARCH_CACHE_QUERIES=0 (search uncached) unless `--env-this` / `--env-base KEY=VALUE` say otherwise;
 * e.g. `--base . --env-this SEARCH_CACHE_QUERIES=1000` measures the result cache against the same code without it.
 */
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { benchSearches, cycle, extraEnv, HERE, startServer, stopServers } from './bench-ab-servers.js';
import { cannon, memoryMb, type Measure } from './bench-load.js';

const { values: args } = parseArgs({
  options: {
    data: { type: 'string' },
    base: { type: 'string' },
    rounds: { type: 'string', default: '4' },
    'database-url': { type: 'string' },
    'env-this': { type: 'string', multiple: true },
    'env-base': { type: 'string', multiple: true },
  },
});
if (!args.data || !args.base) throw new Error('--data DIR and --base CHECKOUT are required');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const start = (name: string, root: string, port: number, env: Record<string, string>) =>
  startServer({ name, root, port, dataDir: args.data!, databaseUrl: args['database-url'], env });

async function main() {
  const searches = benchSearches();

  // One after the other, so neither's index build slows the other's start.
  const base = await start('base', resolve(args.base!), 3911, extraEnv(args['env-base']));
  const here = await start('this', HERE, 3912, extraEnv(args['env-this']));
  const servers = [base, here];
  try {
    for (const s of servers) console.log(`${s.name} (${s.root}): RSS after start ${memoryMb(s.pid).rss} MB`);
    const id = ((await (await fetch(`${base.url}/api/questions?externalId=bench-4242`)).json()) as { id: number }).id;
    const question = [`/questions/${id}`];
    const targets: [string, (url: string) => Promise<[string, Measure][]>][] = [
      ['search (not cached)', async (url) => [['search (not cached)', await cannon(url, cycle(searches))]]],
      ['question page (anonymous, cached)', async (url) => [['question page (anonymous, cached)', await cannon(url, cycle(question))]]],
      [
        'mixed',
        async (url) => {
          const [s, q] = await Promise.all([cannon(url, cycle(searches), undefined, 16), cannon(url, cycle(question), undefined, 16)]);
          return [
            ['mixed: search, 16 connections', s],
            ['mixed: question page, 16 connections', q],
          ];
        },
      ],
    ];
    // Warm both: JIT, statement cache, page cache.
    for (const s of servers) for (const p of [...searches, ...question]) if ((await fetch(s.url + p)).status !== 200) throw new Error(`${s.name} ${p}`);
    const results = new Map<string, Measure[]>();
    const rows: string[] = [];
    for (let r = 0; r < Number(args.rounds); r++) {
      const order = r % 2 ? [here, base] : [base, here];
      for (const [, run] of targets) {
        for (const s of order) {
          for (const [target, m] of await run(s.url)) {
            if (!rows.includes(target)) rows.push(target);
            const key = `${target}\u0000${s.name}`;
            results.set(key, [...(results.get(key) ?? []), m]);
            console.log(`round ${r + 1} ${s.name} ${target}: ${m.rps} req/s p50 ${m.p50} ms p99 ${m.p99} ms (errors ${m.errors}, non-2xx ${m.non2xx}) load ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
          }
        }
      }
    }
    console.log('\n| target | checkout | req/s (median of rounds) | p50 ms | p99 ms | rounds req/s |\n|---|---|---|---|---|---|');
    for (const target of rows)
      for (const s of servers) {
        const ms = results.get(`${target}\u0000${s.name}`)!;
        console.log(`| ${target} | ${s.name} | ${median(ms.map((m) => m.rps))} | ${median(ms.map((m) => m.p50))} | ${median(ms.map((m) => m.p99))} | ${ms.map((m) => m.rps).join(', ')} |`);
      }
    for (const s of servers) {
      const m = memoryMb(s.pid);
      console.log(`${s.name}: RSS after load ${m.rss} MB, peak ${m.peak} MB`);
    }
  } finally {
    await stopServers(servers);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
