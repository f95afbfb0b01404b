/**
 * npm run bench:pages — readers' HTTP performance at 100,000 questions.
 *
 * 1. Builds a 100,000-question archive from the shared seeds by varying them
 *    (asker context, durations, a sentence borrowed from another thread of
 *    the same language, department spread, dates), never one record copied.
 * 2. For SQLite and (when reachable) PostgreSQL: imports it with the real CLI
 *    (timed), starts the real server (RATE_LIMIT=0, JOBS=0), and measures with
 *    autocannon on loopback, 32 connections: the question page, a department
 *    page and search, each next to a bare node:http server (a child process
 *    started here) returning the same bytes: the ceiling for this machine.
 *    Also cold renders (every request a different, never-cached question
 *    page) and the server's resident memory.
 *
 * Env: BENCH_QUESTIONS (100000), BENCH_SECONDS (8 per run), BENCH_REUSE=1 (keep the
 * imported databases between runs and skip the import when they exist), BENCH_DATABASE_URL
 * (an admin URL for PostgreSQL; default postgres://oc:oc@127.0.0.1:5432/postgres;
 * BENCH_DATABASE_URL=none skips PostgreSQL), BENCH_ARCHIVE_ONLY=1 (build the archive, print its path and stop: for
 * timing imports on their own, e.g. base against branch).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loadConfig } from '../src/config.js';
import { openRuntime } from '../src/runtime.js';
import { findRelatedFaqs, findSimilar, storeFaqs, storeSimilar } from '../src/related/compute.js';
import { cannon, CONNECTIONS, memoryMb, SECONDS, type Measure } from './bench-load.js';

const ROOT = join(import.meta.dirname, '..');
const DATA = join(ROOT, '..', 'shared', 'data');
const TOTAL = Number(process.env.BENCH_QUESTIONS ?? 100_000);
// BENCH_DIR lets two benchmark runs (e.g. two worktrees) keep apart.
const WORK = process.env.BENCH_DIR ?? join(tmpdir(), 'openconsult-bench-pages');
const PG_ADMIN = process.env.BENCH_DATABASE_URL ?? 'postgres://oc:oc@127.0.0.1:5432/postgres';
const REUSE = process.env.BENCH_REUSE === '1';

interface Seed {
  id: string;
  title: string | null;
  question: string;
  answers: string[];
  department: string | null;
  lang: string;
}

const EN_DEPARTMENTS = ['family-medicine', 'internal-medicine', 'cardiology', 'gastroenterology', 'pulmonology', 'endocrinology', 'dermatology', 'neurology', 'psychiatry', 'orthopedics', 'urology', 'obstetrics-gynecology', 'pediatrics', 'otolaryngology', 'ophthalmology'];
const EN_CONTEXT = [
  (n: number) => `I am ${20 + (n % 60)} years old and this has gone on for ${2 + (n % 25)} days.`,
  (n: number) => `Asking for my ${['mother', 'father', 'husband', 'wife', 'son', 'daughter'][n % 6]}, who is ${15 + (n % 70)}.`,
  (n: number) => `It started about ${1 + (n % 11)} weeks ago, mostly in the ${['morning', 'evening', 'night'][n % 3]}.`,
  (n: number) => `No other illnesses; I take no regular medicines${n % 2 ? ' except vitamins' : ''}.`,
];
const ZH_CONTEXT = [
  (n: number) => `我今年${20 + (n % 60)}岁，这种情况已经${2 + (n % 25)}天了。`,
  (n: number) => `替我${['母亲', '父亲', '丈夫', '妻子', '儿子', '女儿'][n % 6]}问的，今年${15 + (n % 70)}岁。`,
  (n: number) => `大约${1 + (n % 11)}周前开始，${['早上', '晚上', '夜里'][n % 3]}比较明显。`,
  (n: number) => `平时身体还可以${n % 2 ? '，偶尔吃点维生素' : ''}。`,
];
const sentences = (text: string) => text.match(/[^.!?。！？]+[.!?。！？]?/g)?.map((s) => s.trim()).filter((s) => s.length > 8) ?? [];

function readSeeds(): Seed[] {
  const out: Seed[] = [];
  for (const f of ['seed_qa_en.jsonl', 'seed_qa_zh.jsonl']) {
    for (const line of readFileSync(join(DATA, f), 'utf8').split('\n')) if (line.trim()) out.push(JSON.parse(line));
  }
  return out;
}

/** Thread i: a seed thread with its asker's context, a borrowed sentence and a date changed. */
function buildArchive(path: string, seeds: Seed[]) {
  const en = seeds.filter((s) => s.lang === 'en');
  const zh = seeds.filter((s) => s.lang !== 'en');
  const out = createWriteStream(path);
  const lines: string[] = [];
  const start = Date.parse('2023-01-01T00:00:00Z');
  for (let i = 0; i < TOTAL; i++) {
    const base = seeds[i % seeds.length];
    const round = Math.floor(i / seeds.length);
    const isEn = base.lang === 'en';
    const pool = isEn ? en : zh;
    const donor = pool[(i * 7919 + round * 104729) % pool.length];
    const context = (isEn ? EN_CONTEXT : ZH_CONTEXT)[(i + round) % 4](i);
    const borrowed = round > 0 ? (sentences(donor.question)[round % Math.max(1, sentences(donor.question).length)] ?? '') : '';
    const body = round === 0 ? base.question : [context, base.question, borrowed].filter(Boolean).join(isEn ? ' ' : '');
    const askedAt = new Date(start + ((i * 2654435761) % (3 * 365 * 86400)) * 1000);
    const answers = base.answers.slice(0, 3).map((text, k) => ({ text: round === 0 || k > 0 ? text : `${text}${isEn ? ' ' : ''}${isEn ? 'Please see a doctor in person if it gets worse.' : '如果加重，请及时到医院就诊。'}`, answered_at: new Date(askedAt.getTime() + (k + 1) * 3600_000).toISOString() }));
    lines.push(
      JSON.stringify({
        id: `bench-${i}`,
        title: base.title && round > 0 ? (isEn ? `${base.title} (${['again', 'update', 'still', 'follow-up', 'also', 'help'][round % 6]})` : `${base.title}（${round}）`) : base.title,
        question: body,
        department: isEn ? EN_DEPARTMENTS[i % EN_DEPARTMENTS.length] : base.department,
        lang: base.lang,
        asked_at: askedAt.toISOString(),
        answers,
      }),
    );
    if (lines.length === 5000) out.write(`${lines.splice(0).join('\n')}\n`);
  }
  out.write(lines.length ? `${lines.join('\n')}\n` : '');
  return new Promise<void>((r) => out.end(r));
}

function run(cmd: string, args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    p.on('exit', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {}
    if (Date.now() > deadline) throw new Error(`${url} not ready after ${timeoutMs} ms`);
    await sleep(200);
  }
}


/** A bare node:http server in its own process, answering every request with the given bytes. */
async function bareServer(files: string[], contentType: string, port: number): Promise<ChildProcess> {
  const code = `
    const http = require('node:http'); const fs = require('node:fs');
    const bodies = ${JSON.stringify(files)}.map((f) => fs.readFileSync(f));
    let i = 0;
    http.createServer((req, res) => {
      const body = bodies[i++ % bodies.length];
      res.writeHead(200, { 'content-type': ${JSON.stringify(contentType)}, 'content-length': body.length });
      res.end(body);
    }).listen(${port}, '127.0.0.1', () => process.stdout.write('ready\\n'));`;
  const p = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve) => p.stdout!.once('data', () => resolve()));
  return p;
}

const COLD_ENRICHED = Number(process.env.BENCH_COLD_PAGES ?? 4000);

/** Stores Similar Q&A and Related FAQ for `n` questions (ids 40001…), as the enrichment job does; returns their ids. */
async function storeRelatedFor(env: Record<string, string>, n: number): Promise<number[]> {
  const rt = await openRuntime(loadConfig({ ...env, LOG_LEVEL: 'silent' }));
  try {
    const t = performance.now();
    await rt.related.sync(rt.database.db);
    const qs = await rt.database.db.selectFrom('questions').selectAll().where('id', '>', 40_000).where('status', '=', 'published').orderBy('id').limit(n).execute();
    for (const q of qs) {
      const similar = await findSimilar(rt.related, q);
      const faqs = findRelatedFaqs(rt.related, q);
      await rt.database.db.transaction().execute(async (trx) => {
        await storeSimilar(trx, q.id, similar);
        await storeFaqs(trx, q.id, faqs);
      });
    }
    console.log(`stored Similar Q&A / Related FAQ for ${qs.length} questions in ${((performance.now() - t) / 1000).toFixed(1)} s (index build included)`);
    return qs.map((q) => q.id);
  } finally {
    await rt.close();
  }
}

interface BackendResult {
  backend: string;
  importSeconds: number;
  readySeconds: number;
  rows: { target: string; app: Measure; bare?: Measure }[];
  memory: { afterStart: { rss: number; peak: number }; afterLoad: { rss: number; peak: number } };
}

async function benchBackend(backend: 'sqlite' | 'postgres', archive: string, queries: string[]): Promise<BackendResult | undefined> {
  const dataDir = join(WORK, `data-${backend}`);
  let reuse = REUSE && backend === 'sqlite' && existsSync(join(dataDir, 'openconsult.sqlite'));
  if (!reuse) rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  // SEARCH_CACHE_QUERIES=0: the search row is uncached (its 150 queries repeat; a cache would answer them all).
  const env: Record<string, string> = { DATA_DIR: dataDir, DEMO_CONTENT: '0', RATE_LIMIT: '0', JOBS: '0', LOG_LEVEL: 'warn', SEARCH_CACHE_QUERIES: '0' };
  let dropDb = async () => {};
  if (backend === 'postgres') {
    const name = process.env.BENCH_PG_DB ?? 'oc_bench_pages';
    const admin = new pg.Client({ connectionString: PG_ADMIN });
    try {
      await admin.connect();
    } catch (err) {
      console.log(`PostgreSQL not reachable at ${PG_ADMIN} (${(err as Error).message}): skipped`);
      return undefined;
    }
    reuse = REUSE && (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1;
    if (!reuse) {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${name}`);
    }
    await admin.end();
    const u = new URL(PG_ADMIN);
    u.pathname = `/${name}`;
    env.DATABASE_URL = u.toString();
    dropDb = async () => {
      if (REUSE) return;
      const c = new pg.Client({ connectionString: PG_ADMIN });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
  }
  const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
  let importSeconds = NaN;
  if (reuse) console.log(`\n== ${backend}: reusing the imported archive (BENCH_REUSE=1): import not timed`);
  else {
    console.log(`\n== ${backend}: importing ${TOTAL} questions`);
    const t0 = performance.now();
    const imp = await run(tsx, ['src/cli/main.ts', 'import', archive], env);
    importSeconds = (performance.now() - t0) / 1000;
    console.log(`import: ${importSeconds.toFixed(1)} s, exit ${imp.code}, ${imp.stdout.trim().split('\n').pop()}`);
    if (imp.code !== 0) console.log(imp.stderr.slice(0, 2000));
  }

  // What the background enrichment job would have stored for some questions by now: their
  // Similar Q&A and Related FAQ. Cold renders are measured on those (plain render cost) and,
  // separately, on questions still waiting (computed on demand while the reader waits).
  const enrichedIds = await storeRelatedFor(env, COLD_ENRICHED);

  const port = backend === 'sqlite' ? 3901 : 3902;
  const t1 = performance.now();
  const server = spawn(tsx, ['src/server.ts'], { cwd: ROOT, env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' }, stdio: ['ignore', 'inherit', 'inherit'] });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${base}/readyz`, 300_000);
    const readySeconds = (performance.now() - t1) / 1000;
    // tsx runs the server as a child of its own process: measure the node process that listens.
    const serverPid = Number((await run('pgrep', ['-P', String(server.pid)], {})).stdout.trim().split('\n')[0]) || server.pid!;
    const afterStart = memoryMb(serverPid);
    console.log(`ready in ${readySeconds.toFixed(1)} s; RSS ${afterStart.rss} MB`);

    const ids = (await (await fetch(`${base}/api/questions?externalId=bench-4242`)).json()) as { id: number; department: { slug: string } };
    const questionPath = `/questions/${ids.id}`;
    const deptPath = `/departments/gastroenterology`;
    const rows: BackendResult['rows'] = [];
    let barePort = port + 100;
    const compare = async (target: string, paths: string[], contentType = 'text/html; charset=utf-8') => {
      // Warm the page cache and keep the exact bytes the app serves.
      const files: string[] = [];
      for (const [k, p] of paths.entries()) {
        const res = await fetch(base + p);
        if (res.status !== 200) throw new Error(`${p}: ${res.status}`);
        const f = join(WORK, `${backend}-${target.replace(/\W+/g, '-')}-${k}.html`);
        writeFileSync(f, Buffer.from(await res.arrayBuffer()));
        files.push(f);
      }
      let i = 0;
      const app = await cannon(base, paths.length > 1 ? () => paths[i++ % paths.length] : undefined);
      const bare = await bareServer(files, contentType, barePort++);
      let measured: Measure;
      try {
        measured = await cannon(`http://127.0.0.1:${barePort - 1}`);
      } finally {
        bare.kill();
      }
      rows.push({ target, app, bare: measured });
      console.log(`${target}: app ${app.rps} req/s p50 ${app.p50} ms p99 ${app.p99} ms (errors ${app.errors}, non-2xx ${app.non2xx}) | bare ${measured.rps} req/s p99 ${measured.p99} ms | ratio ${(app.rps / measured.rps).toFixed(2)}`);
    };
    await compare('question page (anonymous, cached)', [questionPath]);
    await compare('department page (anonymous, cached)', [deptPath]);
    await compare('search (not cached)', queries.map((q) => `/search?q=${encodeURIComponent(q)}`));

    // Cold renders: every request a different question, never rendered before.
    let k = 0;
    const coldEnriched = await cannon(base, () => `/questions/${enrichedIds[k++ % enrichedIds.length]}`, enrichedIds.length);
    rows.push({ target: `question page, cold, enrichment done (${enrichedIds.length} distinct pages)`, app: coldEnriched });
    console.log(`cold question pages (related stored): ${coldEnriched.rps} req/s p50 ${coldEnriched.p50} ms p99 ${coldEnriched.p99} ms (errors ${coldEnriched.errors}, non-2xx ${coldEnriched.non2xx})`);
    let next = 20_000;
    const cold = await cannon(base, () => `/questions/${next++}`);
    rows.push({ target: 'question page, cold, Similar Q&A computed on demand', app: cold });
    console.log(`cold question pages (related computed on demand): ${cold.rps} req/s p50 ${cold.p50} ms p99 ${cold.p99} ms (errors ${cold.errors}, non-2xx ${cold.non2xx})`);
    const afterLoad = memoryMb(serverPid);
    console.log(`RSS after load ${afterLoad.rss} MB, peak ${afterLoad.peak} MB`);
    return { backend, importSeconds, readySeconds, rows, memory: { afterStart, afterLoad } };
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    await dropDb();
  }
}

async function main() {
  if (!existsSync(join(DATA, 'seed_qa_en.jsonl'))) {
    console.log(`shared seeds not found in ${DATA}: cannot build the archive`);
    process.exit(1);
  }
  mkdirSync(WORK, { recursive: true });
  const seeds = readSeeds();
  const archive = join(WORK, `archive-${TOTAL}.jsonl`);
  const tb = performance.now();
  if (!(REUSE && existsSync(archive))) await buildArchive(archive, seeds);
  console.log(`archive: ${TOTAL} questions from ${seeds.length} seed threads in ${((performance.now() - tb) / 1000).toFixed(1)} s`);
  if (process.env.BENCH_ARCHIVE_ONLY === '1') return console.log(archive);
  // Search queries: other askers' titles, English and Chinese, from the seeds.
  const queries = seeds.filter((_, i) => i % 37 === 0).map((s) => (s.title ?? s.question).slice(0, 80)).slice(0, 150);

  const results: BackendResult[] = [];
  for (const backend of ['sqlite', 'postgres'] as const) {
    if (backend === 'postgres' && PG_ADMIN === 'none') continue;
    const r = await benchBackend(backend, archive, queries);
    if (r) results.push(r);
  }

  console.log(`\nNode ${process.version}, load average at the end ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log(`\n### Results (${TOTAL} questions, ${CONNECTIONS} connections, ${SECONDS} s per run, load generator on the same machine)\n`);
  console.log('| backend | target | req/s | p50 ms | p99 ms | bare node req/s | ratio |');
  console.log('|---|---|---|---|---|---|---|');
  for (const r of results) {
    for (const row of r.rows) {
      console.log(`| ${r.backend} | ${row.target} | ${row.app.rps} | ${row.app.p50} | ${row.app.p99} | ${row.bare ? row.bare.rps : '—'} | ${row.bare ? (row.app.rps / row.bare.rps).toFixed(2) : '—'} |`);
    }
  }
  console.log('\n| backend | import (s) | start to ready (s) | RSS after start (MB) | RSS after load (MB) | peak RSS (MB) |');
  console.log('|---|---|---|---|---|---|');
  for (const r of results) console.log(`| ${r.backend} | ${Number.isNaN(r.importSeconds) ? 'not timed (reused)' : r.importSeconds.toFixed(1)} | ${r.readySeconds.toFixed(1)} | ${r.memory.afterStart.rss} | ${r.memory.afterLoad.rss} | ${r.memory.afterLoad.peak} |`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
