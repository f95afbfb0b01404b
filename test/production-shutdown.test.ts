import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { enqueue } from '../src/jobs/queue.js';
import { openDatabase } from '../src/db/database.js';
import { SEND_MAIL } from '../src/notifications/notify.js';
import { openTestRuntime } from './helpers/runtime.js';
import { buildQuestion } from './helpers/factories.js';

test('SIGTERM: requests in flight are answered, no job is left half-claimed, the process exits 0 cleanly', async () => {
  const { rt, env, close } = await openTestRuntime();
  const ids: number[] = [];
  try {
    for (let i = 0; i < 40; i++) ids.push((await buildQuestion(rt, { title: `Why does my ankle swell after walking ${i} km?` })).id);
    for (let i = 0; i < 5; i++) await enqueue(rt.database.db, SEND_MAIL, `mail:${i}`, { to: `r${i}@example.org`, subject: 'Hi', text: 'Hello.' });
  } finally {
    await rt.close();
  }
  const port = 3700 + (process.pid % 200);
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: join(import.meta.dirname, '..'),
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', JOBS: '1', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let logs = '';
  server.stdout.on('data', (d) => (logs += d));
  server.stderr.on('data', (d) => (logs += d));
  const exited = new Promise<number | null>((r) => server.once('exit', (code) => r(code)));
  const base = `http://127.0.0.1:${port}`;
  try {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const ok = await fetch(`${base}/readyz`).then((r) => r.ok, () => false);
      if (ok) break;
      assert.ok(Date.now() < deadline, `server not ready: ${logs}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    // Many first renders in flight, then SIGTERM.
    const inFlight = ids.map((id) => fetch(`${base}/questions/${id}`).then((r) => r.status, () => 'closed' as const));
    // Once the first is answered the rest are being worked on: stop now.
    await Promise.race(inFlight);
    server.kill('SIGTERM');
    const statuses = await Promise.all(inFlight);
    assert.ok(statuses.every((s) => s === 200 || s === 503 || s === 'closed'), `no request failed: ${statuses.join(',')}`);
    assert.ok(statuses.filter((s) => s === 200).length > 0, 'requests in flight were answered');
    assert.equal(await exited, 0, logs);
    assert.doesNotMatch(logs, /driver has already been destroyed|request failed/);
    assert.match(logs, /shut down cleanly/);
    const db = openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
    try {
      const running = await db.db.selectFrom('jobs').select('id').where('status', '=', 'running').execute();
      assert.deepEqual(running, [], 'the job in hand was finished, not abandoned mid-lease');
    } finally {
      await db.close();
    }
  } finally {
    if (server.exitCode === null) server.kill('SIGKILL');
    await close();
  }
});
