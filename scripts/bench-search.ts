/**
 * Site search cost per request, in process: opens a runtime on an already imported archive (e.g. the
 * one `npm run bench:pages` leaves behind), builds the app and sends search requests through
 * `app.inject`, one at a time, so the time measured is what one request costs the server's thread.
 *
 *   tsx scripts/bench-search.ts --data /tmp/oc-bench-search/data-sqlite [--passes 3]
 *   tsx scripts/bench-search.ts --data DIR --compare /path/to/other/checkout
 *
 * `--compare` runs the same measurement on another checkout of the project (its own `src/`, e.g. the
 * commit before a change) and on this one, alternately, each in its own process, and prints the
 * ratio. `--root DIR` measures the code of DIR instead of this checkout. `--dump FILE` writes each
 * query's engine top 20, to see what a change moved. `--profile FILE` writes a CPU profile of the
 * measured requests only (not the index build).
 *
 * Queries are NOT the ones `bench:pages` sends (seed titles i % 37 === 0): they are other seeds'
 * titles (i % 37 === 18) and opening words of other seeds' questions (i % 41 === 7), English and
 * Chinese in the same mix, so nothing is tuned on what the page benchmark reports.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Session } from 'node:inspector/promises';
import { tuningQueries } from './bench-search-queries.js';

const HERE = resolve(import.meta.dirname, '..');

const { values: args } = parseArgs({
  options: {
    data: { type: 'string' },
    root: { type: 'string', default: HERE },
    compare: { type: 'string' },
    passes: { type: 'string', default: '3' },
    rounds: { type: 'string', default: '2' },
    dump: { type: 'string' },
    json: { type: 'boolean', default: false },
    profile: { type: 'string' },
  },
});

interface Figures {
  root: string;
  requests: number;
  cpuPerRequestMs: number;
  wallMedianMs: number;
  wallP95Ms: number;
  wallP99Ms: number;
  engineCpuPerQueryMs: number;
  engineMedianMs: number;
  engineP95Ms: number;
  zhRequestMs: number;
  enRequestMs: number;
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
};
const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;

async function measure(root: string, dataDir: string, passes: number): Promise<Figures> {
  const { loadConfig } = await import(join(root, 'src/config.ts'));
  const { openRuntime } = await import(join(root, 'src/runtime.ts'));
  const { createApp } = await import(join(root, 'src/app.ts'));
  const config = loadConfig({ DATA_DIR: dataDir, DEMO_CONTENT: '0', RATE_LIMIT: '0', JOBS: '0', LOG_LEVEL: 'warn' });
  const rt = await openRuntime(config);
  await rt.ops.freshness.ensureFresh();
  const app = await createApp(rt);
  const queries = tuningQueries();
  const urls = queries.map((q) => `/search?q=${encodeURIComponent(q)}`);
  const isZh = queries.map((q) => /[\u4e00-\u9fff]/.test(q));
  // Warm up: JIT, statement cache, the index's per-term bounds.
  for (const url of urls) {
    const res = await app.inject({ method: 'GET', url });
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode}`);
  }
  const walls: number[] = [];
  const zh: number[] = [];
  const en: number[] = [];
  const session = args.profile ? await startProfile() : undefined;
  const cpu0 = process.cpuUsage();
  for (let p = 0; p < passes; p++) {
    for (const [i, url] of urls.entries()) {
      const t0 = performance.now();
      await app.inject({ method: 'GET', url });
      const ms = performance.now() - t0;
      walls.push(ms);
      (isZh[i] ? zh : en).push(ms);
    }
  }
  const cpuPerRequestMs = cpuMs(process.cpuUsage(cpu0)) / walls.length;
  if (session) await stopProfile(session, args.profile!);
  // The engine alone, with the k the route asks for on page 1.
  const engine: number[] = [];
  const dump: Record<string, string[]> = {};
  const cpu1 = process.cpuUsage();
  for (let p = 0; p < passes; p++) {
    for (const q of queries) {
      const t0 = performance.now();
      // Awaited: on a checkout whose question index is a worker thread this times the round trip
      // (wall); process CPU counts both threads.
      const hits = await rt.related.questions.query(q, { k: 21 });
      engine.push(performance.now() - t0);
      if (p === 0) dump[q] = hits.slice(0, 20).map((h: { id: string }) => h.id);
    }
  }
  const engineCpuPerQueryMs = cpuMs(process.cpuUsage(cpu1)) / engine.length;
  if (args.dump) writeFileSync(args.dump, JSON.stringify(dump));
  await app.close();
  await rt.close();
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return {
    root,
    requests: walls.length,
    cpuPerRequestMs,
    wallMedianMs: pct(walls, 0.5),
    wallP95Ms: pct(walls, 0.95),
    wallP99Ms: pct(walls, 0.99),
    engineCpuPerQueryMs,
    engineMedianMs: pct(engine, 0.5),
    engineP95Ms: pct(engine, 0.95),
    zhRequestMs: mean(zh),
    enRequestMs: mean(en),
  };
}

/** A CPU profile of the measured requests only (not the index build), for chrome://inspect or speedscope. */
async function startProfile(): Promise<Session> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  return session;
}

async function stopProfile(session: Session, file: string) {
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(file, JSON.stringify(profile));
  session.disconnect();
}

function runChild(root: string): Promise<Figures> {
  const tsx = join(HERE, 'node_modules', '.bin', 'tsx');
  const argv = [join(HERE, 'scripts', 'bench-search.ts'), '--json', '--root', root, '--data', args.data!, '--passes', args.passes!];
  return new Promise((ok, fail) => {
    const child = spawn(tsx, argv, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('exit', (code) => (code === 0 ? ok(JSON.parse(out.trim().split('\n').pop()!)) : fail(new Error(`${root}: exit ${code}`))));
  });
}

const fmt = (f: Figures) =>
  `request CPU ${f.cpuPerRequestMs.toFixed(3)} ms | wall median ${f.wallMedianMs.toFixed(2)} p95 ${f.wallP95Ms.toFixed(2)} p99 ${f.wallP99Ms.toFixed(2)} ms | zh ${f.zhRequestMs.toFixed(2)} en ${f.enRequestMs.toFixed(2)} ms | engine CPU ${f.engineCpuPerQueryMs.toFixed(3)} ms, median ${f.engineMedianMs.toFixed(2)} p95 ${f.engineP95Ms.toFixed(2)} ms (${f.requests} requests)`;

async function main() {
  if (!args.data) throw new Error('--data DIR (a DATA_DIR with an imported archive) is required');
  if (args.json) {
    console.log(JSON.stringify(await measure(resolve(args.root!), resolve(args.data), Number(args.passes))));
    return;
  }
  if (!args.compare) {
    console.log(fmt(await measure(resolve(args.root!), resolve(args.data), Number(args.passes))));
    return;
  }
  const base = resolve(args.compare);
  const runs: { base: Figures[]; here: Figures[] } = { base: [], here: [] };
  for (let r = 0; r < Number(args.rounds); r++) {
    runs.base.push(await runChild(base));
    console.log(`base ${base}: ${fmt(runs.base.at(-1)!)}`);
    runs.here.push(await runChild(HERE));
    console.log(`this ${HERE}: ${fmt(runs.here.at(-1)!)}`);
  }
  const best = (xs: Figures[], key: keyof Figures) => Math.min(...xs.map((x) => x[key] as number));
  for (const key of ['cpuPerRequestMs', 'wallMedianMs', 'wallP99Ms', 'engineCpuPerQueryMs', 'zhRequestMs', 'enRequestMs'] as const) {
    const b = best(runs.base, key);
    const h = best(runs.here, key);
    console.log(`${key}: base ${b.toFixed(3)} → this ${h.toFixed(3)} ms (best of ${args.rounds}), ${(b / h).toFixed(2)}× faster`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
