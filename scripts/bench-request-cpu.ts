/**
 * The server's own CPU per request, over real HTTP, for the routes whose cost is
 * mostly the request path rather than a feature: /healthz, the home page,
 * /search without a query, cold question pages (Similar Q&A already stored) and
 * a cached question page, and search with a query (bench-search's tuning queries in turn, English
 * and Chinese: not the ones bench:pages reports on). CPU is the listening process's utime+stime from
 * /proc/PID/stat over the run, divided by the requests answered, so the load
 * generator's own cost (autocannon, in this process) is not counted.
 *
 * Several checkouts can be compared in one command, runs alternated so a busy
 * neighbour on the shared machine hits each about equally:
 *   BENCH_DIR=/tmp/oc-bench-path BENCH_ROOTS=/tmp/oc-path-base,/work/wt-path npx tsx scripts/bench-request-cpu.ts
 * BENCH_DIR must hold data-sqlite/ prepared by bench:pages (a copy: the server writes to it).
 */
import { spawn, execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { tuningQueries } from './bench-search-queries.js';

const autocannon = createRequire(import.meta.url)('autocannon') as (opts: object) => Promise<any>;

const WORK = process.env.BENCH_DIR ?? '/tmp/oc-bench-path';
const ROOTS = (process.env.BENCH_ROOTS ?? resolve(import.meta.dirname, '..')).split(',');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const AMOUNT = Number(process.env.BENCH_REQUESTS ?? 4000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
// The ids bench:pages stored Similar Q&A for (the first published ones above 40 000).
const COLD_FIRST = 40_001;
const searchPaths = tuningQueries().map((q) => `/search?q=${encodeURIComponent(q)}`);
const TICK_MS = 1000 / Number(execFileSync('getconf', ['CLK_TCK']).toString().trim());

function cpuMs(pid: number): number {
  // Fields after the ")" of the command name: utime and stime are the 12th and 13th.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) * TICK_MS;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitReady(url: string) {
  for (let i = 0; i < 1500; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await sleep(200);
  }
  throw new Error(`${url} never became ready`);
}

interface Row {
  route: string;
  cpuPerReq: number;
  rps: number;
  non2xx: number;
}

async function measure(base: string, pid: number, route: string, path: (i: number) => string, amount: number): Promise<Row> {
  let i = 0;
  const before = cpuMs(pid);
  const t0 = performance.now();
  const r = await autocannon({
    url: base,
    connections: CONNECTIONS,
    amount,
    requests: [{ setupRequest: (req: any) => ({ ...req, path: path(i++) }) }],
  });
  const cpu = cpuMs(pid) - before;
  // Over our own clock: autocannon's duration is too coarse for runs of a few seconds.
  return { route, cpuPerReq: cpu / r.requests.total, rps: Math.round(r.requests.total / ((performance.now() - t0) / 1000)), non2xx: r.non2xx + r.errors };
}

async function runOnce(root: string, port: number): Promise<Row[]> {
  const env = { ...process.env, DATA_DIR: join(WORK, 'data-sqlite'), DEMO_CONTENT: '0', RATE_LIMIT: '0', JOBS: '0', LOG_LEVEL: 'warn', PORT: String(port), HOST: '127.0.0.1' };
  delete (env as Record<string, string | undefined>).DATABASE_URL;
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitReady(`${base}/readyz`);
    const pid = server.pid!;
    const rows: Row[] = [];
    // A warm-up so the JIT has compiled the hot path before anything is counted.
    for (const p of ['/healthz', '/', '/search', `/questions/${COLD_FIRST}`]) await measure(base, pid, 'warm-up', () => p, 1000);
    await measure(base, pid, 'warm-up', (i) => searchPaths[i % searchPaths.length], 1000);
    rows.push(await measure(base, pid, '/healthz', () => '/healthz', AMOUNT));
    rows.push(await measure(base, pid, 'home page', () => '/', AMOUNT));
    rows.push(await measure(base, pid, '/search (no query)', () => '/search', AMOUNT));
    // Each id once: never rendered before in this process, so nothing comes from the page cache.
    rows.push(await measure(base, pid, 'question page, cold', (i) => `/questions/${COLD_FIRST + i}`, 3000));
    rows.push(await measure(base, pid, 'question page, cached', () => `/questions/${COLD_FIRST}`, AMOUNT));
    rows.push(await measure(base, pid, '/search?q= (250 queries in turn)', (i) => searchPaths[i % searchPaths.length], AMOUNT));
    return rows;
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
  }
}

async function main() {
  const all = new Map<string, Map<string, Row[]>>();
  for (let round = 0; round < ROUNDS; round++) {
    for (const root of ROOTS) {
      const rows = await runOnce(root, 3950);
      for (const row of rows) {
        const byRoute = all.get(root) ?? new Map<string, Row[]>();
        all.set(root, byRoute);
        byRoute.set(row.route, [...(byRoute.get(row.route) ?? []), row]);
        console.log(`round ${round + 1} ${root}: ${row.route}: ${row.cpuPerReq.toFixed(3)} ms CPU/req, ${row.rps} req/s${row.non2xx ? `, ${row.non2xx} non-2xx/errors` : ''}`);
      }
    }
  }
  // The least CPU of the rounds: interference on a shared machine only ever adds.
  console.log('\nroute | ' + ROOTS.join(' | ') + (ROOTS.length === 2 ? ' | ratio (2nd/1st)' : ''));
  const routes = [...(all.get(ROOTS[0])?.keys() ?? [])];
  for (const route of routes) {
    const best = ROOTS.map((r) => Math.min(...all.get(r)!.get(route)!.map((x) => x.cpuPerReq)));
    console.log(`${route} | ${best.map((b) => `${b.toFixed(3)} ms`).join(' | ')}${best.length === 2 ? ` | ${(best[1] / best[0]).toFixed(2)}` : ''}`);
  }
  console.log(`\nNode ${process.version}, ${AMOUNT} requests per route (cold: 3000 distinct pages), ${CONNECTIONS} connections, load ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
