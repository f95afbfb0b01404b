/**
 * What the A/B server benches (bench-search-ab, bench-memory-ab) share: the real server of a checkout
 * started on one archive, bench:pages' search queries, and the `--env-this KEY=VALUE` option.
 */
import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const HERE = resolve(import.meta.dirname, '..');

export interface Server {
  name: string;
  root: string;
  url: string;
  child: ChildProcess;
  /** The node process that listens (tsx runs the server as a child of its own process). */
  pid: number;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `--env-this KEY=VALUE` (repeatable): extra environment for one server, e.g. SEARCH_CACHE_QUERIES=1000. */
export const extraEnv = (pairs: string[] | undefined): Record<string, string> =>
  Object.fromEntries((pairs ?? []).map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)]));

/** Paths handed out in turn, for autocannon's request callback. */
export const cycle = (list: string[]) => {
  let i = 0;
  return () => list[i++ % list.length];
};

/** bench:pages' 150 search queries (seed titles i % 37 === 0), as paths, so the figures read next to its table. */
export function benchSearches(): string[] {
  const seeds: { title: string | null; question: string }[] = [];
  for (const f of ['seed_qa_en.jsonl', 'seed_qa_zh.jsonl'])
    for (const line of readFileSync(join(HERE, '..', 'shared', 'data', f), 'utf8').split('\n')) if (line.trim()) seeds.push(JSON.parse(line));
  return seeds
    .filter((_, i) => i % 37 === 0)
    .map((s) => (s.title ?? s.question).slice(0, 80))
    .slice(0, 150)
    .map((q) => `/search?q=${encodeURIComponent(q)}`);
}

export interface StartOptions {
  name: string;
  /** The checkout whose `src/server.ts` runs. */
  root: string;
  port: number;
  dataDir: string;
  databaseUrl?: string;
  /** Applied last: `--env-this` / `--env-base` pairs, NODE_OPTIONS. */
  env?: Record<string, string>;
  stdio?: StdioOptions;
}

/**
 * Starts one server the way bench:pages does (no demo content, no rate limits, no jobs, search uncached:
 * its queries repeat) and waits for /readyz.
 */
export async function startServer(o: StartOptions): Promise<Server> {
  const env = {
    ...process.env,
    DATA_DIR: resolve(o.dataDir),
    DEMO_CONTENT: '0',
    RATE_LIMIT: '0',
    JOBS: '0',
    LOG_LEVEL: 'warn',
    SEARCH_CACHE_QUERIES: '0',
    PORT: String(o.port),
    HOST: '127.0.0.1',
    ...(o.databaseUrl ? { DATABASE_URL: o.databaseUrl } : {}),
    ...o.env,
  };
  const child = spawn(join(o.root, 'node_modules', '.bin', 'tsx'), ['src/server.ts'], { cwd: o.root, env, stdio: o.stdio ?? ['ignore', 'inherit', 'inherit'] });
  const url = `http://127.0.0.1:${o.port}`;
  const deadline = Date.now() + 600_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/readyz`)).ok) break;
    } catch {}
    if (Date.now() > deadline) throw new Error(`${o.name} not ready`);
    await sleep(500);
  }
  const pgrep = spawn('pgrep', ['-P', String(child.pid)]);
  let out = '';
  pgrep.stdout.on('data', (d) => (out += d));
  await new Promise((r) => pgrep.on('exit', r));
  return { name: o.name, root: o.root, url, child, pid: Number(out.trim().split('\n')[0]) || child.pid! };
}

/** SIGTERM to each, and wait until all have exited. */
export async function stopServers(servers: Server[]): Promise<void> {
  for (const s of servers) s.child.kill('SIGTERM');
  await Promise.all(servers.map((s) => new Promise((r) => (s.child.exitCode === null ? s.child.once('exit', r) : r(null)))));
}
