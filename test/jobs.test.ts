import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import pino from 'pino';
import { openDatabase, type Database } from '../src/db/database.js';
import { backoffMs, claimNext, enqueue } from '../src/jobs/queue.js';
import { createWorker, type JobHandler } from '../src/jobs/worker.js';
import { openTestRuntime } from './helpers/runtime.js';

const quiet = pino({ level: 'silent' });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const src = (p: string) => pathToFileURL(join(import.meta.dirname, '..', 'src', p)).href;

function openSame(env: Record<string, string>): Database {
  return openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
}

async function job(db: Database, key: string) {
  return db.db.selectFrom('jobs').selectAll().where('key', '=', key).executeTakeFirstOrThrow();
}

async function resultRows(db: Database, prefix: string) {
  return (await db.db.selectFrom('settings').select('key').where('key', 'like', `${prefix}%`).orderBy('key').execute()).map((r) => r.key);
}

// A child process that claims the job, starts writing its result and hangs inside the transaction.
const CHILD = `
import { openDatabase } from ${JSON.stringify(src('db/database.ts'))};
import { createWorker } from ${JSON.stringify(src('jobs/worker.ts'))};
import pino from 'pino';
const env = process.env;
const database = openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
const worker = createWorker(database, {
  'test.two-rows': async (job) => {
    await database.db.transaction().execute(async (trx) => {
      await trx.insertInto('settings').values({ key: 'result:' + job.id + ':a', value: 'child' }).execute();
      process.stdout.write('CLAIMED ' + job.id + '\\n');
      await new Promise(() => setInterval(() => {}, 1000));
    });
  },
}, pino({ level: 'silent' }), { leaseMs: Number(env.LEASE_MS) });
await worker.drain();
`;

test('a worker killed mid-job leaves nothing half-written, and the job is retried after its lease', async () => {
  const { rt, env, close } = await openTestRuntime();
  const leaseMs = 1500;
  try {
    const db = rt.database;
    await enqueue(db.db, 'test.two-rows', 'crash-1');
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', CHILD], {
      env: { ...process.env, ...env, LEASE_MS: String(leaseMs) },
      stdio: ['ignore', 'pipe', 'pipe'],
      cwd: join(import.meta.dirname, '..'),
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const claimed = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d) => {
        out += d;
        const m = /CLAIMED (\d+)/.exec(out);
        if (m) resolve(m[1]);
      });
      child.on('exit', (code) => reject(new Error(`child exited ${code} before claiming: ${stderr}`)));
    });
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;

    const stuck = await job(db, 'crash-1');
    assert.equal(String(stuck.id), claimed);
    assert.equal(stuck.status, 'running');
    assert.equal(stuck.attempts, 1);
    assert.deepEqual(await resultRows(db, 'result:'), [], 'the killed transaction left no row behind');
    // Inside the lease nobody may take the job over.
    assert.equal(await claimNext(db, 'probe', { kinds: ['other-kind-only'], leaseMs }), undefined);
    assert.equal(await claimNext(db, 'probe', { kinds: ['test.two-rows'], leaseMs }), undefined);

    const worker = createWorker(
      db,
      {
        'test.two-rows': async (j) => {
          await db.db.transaction().execute(async (trx) => {
            await trx.insertInto('settings').values({ key: `result:${j.id}:a`, value: 'parent' }).execute();
            await trx.insertInto('settings').values({ key: `result:${j.id}:b`, value: 'parent' }).execute();
          });
        },
      },
      quiet,
      { leaseMs },
    );
    const deadline = Date.now() + 15_000;
    let counts = await worker.drain();
    while (counts.done === 0 && Date.now() < deadline) {
      await sleep(100);
      counts = await worker.drain();
    }
    assert.equal(counts.done, 1, 'the job was taken over once its lease expired');
    const finished = await job(db, 'crash-1');
    assert.equal(finished.status, 'done');
    assert.equal(finished.attempts, 2);
    assert.deepEqual(await resultRows(db, 'result:'), [`result:${claimed}:a`, `result:${claimed}:b`]);
    await worker.stop();
  } finally {
    await close();
  }
});

test('a failing job is retried with growing backoff, records its last error, and fails for good after max attempts', async () => {
  const { rt, close } = await openTestRuntime();
  try {
    const db = rt.database;
    let calls = 0;
    const worker = createWorker(
      db,
      {
        'test.flaky': async () => {
          calls++;
          throw new Error(`boom ${calls}`);
        },
      },
      quiet,
    );
    await enqueue(db.db, 'test.flaky', 'flaky-1', {}, { maxAttempts: 3 });
    const before = Date.now();
    assert.deepEqual(await worker.drain(), { done: 0, failed: 0, retried: 1 });
    let j = await job(db, 'flaky-1');
    assert.equal(j.status, 'queued');
    assert.equal(j.last_error, 'boom 1');
    assert.equal(j.locked_by, null);
    const wait1 = Date.parse(j.run_at) - before;
    assert.ok(wait1 >= backoffMs(1) - 50 && wait1 <= backoffMs(1) + 5_000, `first backoff ${wait1} ms`);

    // Not due yet: an ordinary drain leaves it waiting.
    assert.deepEqual(await worker.drain(), { done: 0, failed: 0, retried: 0 });
    assert.equal(calls, 1);

    const before2 = Date.now();
    assert.deepEqual(await worker.drain({ ignoreSchedule: true }), { done: 0, failed: 1, retried: 1 });
    assert.equal(calls, 3);
    j = await job(db, 'flaky-1');
    assert.equal(j.status, 'failed');
    assert.equal(j.attempts, 3);
    assert.equal(j.last_error, 'boom 3');
    assert.ok(backoffMs(2) > backoffMs(1) && backoffMs(3) > backoffMs(2));
    assert.ok(Date.parse(j.run_at) - before2 >= backoffMs(2) - 50);

    // A job that fails once and then succeeds ends done, its last error kept for the record.
    let second = 0;
    const recovering = createWorker(
      db,
      {
        'test.recovers': async () => {
          if (second++ === 0) throw new Error('transient');
        },
      },
      quiet,
    );
    await enqueue(db.db, 'test.recovers', 'recovers-1');
    await recovering.drain({ ignoreSchedule: true });
    j = await job(db, 'recovers-1');
    assert.equal(j.status, 'done');
    assert.equal(j.attempts, 2);
    assert.equal(j.last_error, 'transient');
  } finally {
    await close();
  }
});

test('two workers draining one queue at once run every job exactly once', async () => {
  const { rt, env, close } = await openTestRuntime();
  const other = openSame(env);
  try {
    const db = rt.database;
    const N = 40;
    for (let i = 0; i < N; i++) await enqueue(db.db, 'test.once', `once-${i}`, { i });
    const runs = new Map<number, number>();
    const byWorker = [0, 0];
    const handlerFor = (database: Database, w: number): JobHandler => async (_j, payload: { i: number }) => {
      runs.set(payload.i, (runs.get(payload.i) ?? 0) + 1);
      byWorker[w]++;
      await sleep(2 + (payload.i % 3));
      // A second run would break the primary key and fail the job.
      await database.db.insertInto('settings').values({ key: `once:${payload.i}`, value: String(w) }).execute();
    };
    const a = createWorker(db, { 'test.once': handlerFor(db, 0) }, quiet);
    const b = createWorker(other, { 'test.once': handlerFor(other, 1) }, quiet);
    const [ra, rb] = await Promise.all([a.drain(), b.drain()]);
    assert.equal(ra.done + rb.done, N);
    assert.equal(ra.failed + rb.failed + ra.retried + rb.retried, 0);
    assert.equal(runs.size, N);
    assert.ok([...runs.values()].every((n) => n === 1), 'no job ran twice');
    assert.ok(byWorker[0] > 0 && byWorker[1] > 0, `both workers took jobs: ${byWorker}`);
    const statuses = await db.db.selectFrom('jobs').select('status').where('kind', '=', 'test.once').execute();
    assert.ok(statuses.every((s) => s.status === 'done'));
  } finally {
    await other.close();
    await close();
  }
});

test('a job that outlives its lease keeps it (heartbeat), and stop() waits for the job in hand', async () => {
  const { rt, close } = await openTestRuntime();
  try {
    const db = rt.database;
    const leaseMs = 300;
    let finished = 0;
    let started!: () => void;
    const running = new Promise<void>((r) => (started = r));
    const worker = createWorker(
      db,
      {
        'test.slow': async () => {
          started();
          await sleep(1500);
          finished++;
        },
        'test.later': async () => {},
      },
      quiet,
      { leaseMs },
    );
    await enqueue(db.db, 'test.slow', 'slow-1');
    await enqueue(db.db, 'test.later', 'later-1', {}, { runAt: new Date(Date.now() + 200) });
    worker.start(20);
    await running;
    // Throughout the job, a second worker finds nothing to take over.
    for (let t = 0; t < 900; t += 100) {
      assert.equal(await claimNext(db, 'intruder', { kinds: ['test.slow'], leaseMs }), undefined);
      await sleep(100);
    }
    await worker.stop();
    assert.equal(finished, 1, 'stop() returned after the running job finished');
    assert.equal((await job(db, 'slow-1')).status, 'done');
    assert.equal((await job(db, 'later-1')).status, 'queued', 'no new job was claimed once stopping');
  } finally {
    await close();
  }
});
