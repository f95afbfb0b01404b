/**
 * Server memory under bench:pages' load, two checkouts alternated on one imported database: starts the
 * real server of this checkout and of `--base` (both on the same DATA_DIR / DATABASE_URL), fresh each
 * round and started in turn (base/this, then this/base), then runs against each, in bench:pages'
 * order: the cached question page, a cached department page, search (bench:pages' 150 queries,
 * SEARCH_CACHE_QUERIES=0), and cold question pages whose Similar Q&A is computed on demand (each run
 * its own range of 3,000 question ids, so every page is one never computed before). Resident
 * memory is sampled every 100 ms: the report gives the largest RSS seen in each phase and each
 * process's peak (VmHWM). Run with JOBS=0, so the enrichment jobs an import queues stay queued and
 * every cold page takes the on-demand path.
 *
 *   tsx scripts/bench-memory-ab.ts --data DIR --base CHECKOUT [--database-url postgres://…/db] [--rounds 2] [--first-id 20000]
 *     [--env-this KEY=VALUE …] [--env-base KEY=VALUE …]   (e.g. --base . --env-this SOME_SETTING=1: one setting against the same code)
 *
 * With `--report DIR`, each server writes a Node diagnostic report (heap of the main thread and of the
 * index worker) at the end of each on-demand run, into DIR. SERVER_NODE_OPTIONS (only what Node allows in
 * NODE_OPTIONS: `--trace-gc` is refused there) are given to the servers only; `--server-log DIR` writes each server's output to DIR/base.log, DIR/this.log.
 */
import { openSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { benchSearches, cycle, extraEnv, HERE, startServer, stopServers, type Server } from './bench-ab-servers.js';
import { cannon, memoryMb, type Measure } from './bench-load.js';

const { values: args } = parseArgs({
  options: {
    data: { type: 'string' },
    base: { type: 'string' },
    rounds: { type: 'string', default: '2' },
    'database-url': { type: 'string' },
    'first-id': { type: 'string', default: '20000' },
    report: { type: 'string' },
    'server-log': { type: 'string' },
    'env-this': { type: 'string', multiple: true },
    'env-base': { type: 'string', multiple: true },
  },
});
if (!args.data || !args.base) throw new Error('--data DIR and --base CHECKOUT are required');

async function start(name: string, root: string, port: number, extra: Record<string, string>): Promise<Server> {
  const env = { ...extra };
  if (args.report) env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --report-on-signal --report-signal=SIGUSR2 --report-directory=${resolve(args.report)}`.trim();
  // SERVER_NODE_OPTIONS (e.g. --trace-gc) go to the servers only; with --server-log DIR their output goes to DIR/<name>.log.
  if (process.env.SERVER_NODE_OPTIONS) env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? process.env.NODE_OPTIONS ?? ''} ${process.env.SERVER_NODE_OPTIONS}`.trim();
  const log = args['server-log'] ? openSync(join(resolve(args['server-log']), `${name}.log`), 'w') : 'inherit';
  return startServer({ name, root, port, dataDir: args.data!, databaseUrl: args['database-url'], env, stdio: ['ignore', log, log] });
}

/** Runs `work` while sampling the process's RSS; returns its result and the largest RSS seen (MB). */
async function sampled<T>(pid: number, work: () => Promise<T>): Promise<[T, number]> {
  let max = memoryMb(pid).rss;
  const timer = setInterval(() => (max = Math.max(max, memoryMb(pid).rss)), 100);
  try {
    const r = await work();
    return [r, Math.max(max, memoryMb(pid).rss)];
  } finally {
    clearInterval(timer);
  }
}

async function main() {
  const searches = benchSearches();

  let nextId = Number(args['first-id']);
  const lines: string[] = [];
  for (let r = 0; r < Number(args.rounds); r++) {
    // Fresh servers every round, started in turn (base first, then this first): a server's peak is
    // over its whole life, start-up included, as in bench:pages.
    const order: [string, string, string[] | undefined][] = [
      ['base', resolve(args.base!), args['env-base']],
      ['this', HERE, args['env-this']],
    ];
    if (r % 2) order.reverse();
    const servers: Server[] = [];
    try {
      for (const [name, root, env] of order) servers.push(await start(name, root, 3921 + servers.length, extraEnv(env)));
      const started = new Map(servers.map((s) => [s, memoryMb(s.pid).rss]));
      const id = ((await (await fetch(`${servers[0].url}/api/questions?externalId=bench-4242`)).json()) as { id: number }).id;
      for (const s of servers) {
        const phases: [string, () => Promise<Measure>][] = [
          ['question page (cached)', () => cannon(s.url, cycle([`/questions/${id}`]))],
          ['department page (cached)', () => cannon(s.url, cycle(['/departments/gastroenterology']))],
          ['search', () => cannon(s.url, cycle(searches))],
          [
            'cold, computed on demand',
            () => {
              const from = nextId;
              // 3,000 ids per run: more than either server renders in one run at ~100-300/s.
              nextId += 3000;
              let n = from;
              return cannon(s.url, () => `/questions/${n++}`);
            },
          ],
        ];
        const cells: string[] = [];
        for (const [name, work] of phases) {
          const [m, maxRss] = await sampled(s.pid, work);
          cells.push(`${m.rps} req/s, p99 ${m.p99} ms, ${maxRss} MB`);
          console.log(`round ${r + 1} ${s.name} ${name}: ${m.rps} req/s p50 ${m.p50} ms p99 ${m.p99} ms (errors ${m.errors}, non-2xx ${m.non2xx}), max RSS ${maxRss} MB, load ${loadavg()[0].toFixed(1)}`);
        }
        if (args.report) process.kill(s.pid, 'SIGUSR2');
        const m = memoryMb(s.pid);
        lines.push(`| ${r + 1} | ${s.name} | ${started.get(s)} | ${cells.join(' | ')} | ${m.rss} | ${m.peak} |`);
      }
    } finally {
      await stopServers(servers);
    }
  }
  console.log('\nEach phase: req/s, p99, largest RSS sampled during it.\n| round | checkout | RSS after start (MB) | question page | department page | search | on demand | RSS after (MB) | peak, whole life (MB) |\n|---|---|---|---|---|---|---|---|---|');
  for (const l of lines) console.log(l);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
