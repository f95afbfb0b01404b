import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freshDatabaseEnv, TEST_ENV } from './helpers/runtime.js';
import { openDatabase } from '../src/db/database.js';

function cli(env: Record<string, string>, ...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { env: { ...process.env, ...TEST_ENV, ...env }, encoding: 'utf8' });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Threads written for this test: i answers each for thread i % 4. */
function threads(n: number) {
  const lines = [];
  for (let i = 0; i < n; i++) {
    const answers = Array.from({ length: i % 4 }, (_, j) => `Answer ${j + 1} to thread ${i}: rest, fluids, and see a doctor if it gets worse.`);
    lines.push(JSON.stringify({ id: `crash-${i}`, title: `Thread ${i} about a cough`, question: `Thread ${i}: I have had a dry cough for ${i % 30} days and a scratchy throat. What helps?`, answers, department: 'pulmonology' }));
  }
  return lines.join('\n') + '\n';
}

async function snapshot(env: Record<string, string>) {
  const d = openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
  try {
    const rows = await d.db
      .selectFrom('questions')
      .leftJoin('answers', 'answers.question_id', 'questions.id')
      .select(['questions.external_id', (eb) => eb.fn.count<number>('answers.id').as('answers')])
      .groupBy('questions.external_id')
      .execute();
    return new Map(rows.map((r) => [r.external_id!, Number(r.answers)]));
  } finally {
    await d.close();
  }
}

test('a crash (kill -9) during an import leaves every thread whole or absent, and importing again completes it', async () => {
  const fresh = await freshDatabaseEnv();
  try {
    const N = 12_000;
    const file = join(fresh.dataDir, 'big.jsonl');
    writeFileSync(file, threads(N));
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'import', file], { env: { ...process.env, ...TEST_ENV, ...fresh.env }, stdio: 'ignore' });
    // Kill it once some batches have committed, well before the end.
    let seen = 0;
    for (let i = 0; i < 400 && seen === 0; i++) {
      await sleep(50);
      // Until the child has applied the migrations there is nothing to read yet.
      seen = await snapshot(fresh.env).then((m) => m.size, () => 0);
    }
    child.kill('SIGKILL');
    await new Promise((r) => child.on('exit', r));
    const partial = await snapshot(fresh.env);
    assert.ok(partial.size > 0, 'some threads were stored before the crash');
    assert.ok(partial.size < N, `the crash came before the end (${partial.size} of ${N})`);
    for (const [id, answers] of partial) {
      const i = Number(id.slice('crash-'.length));
      assert.equal(answers, i % 4, `thread ${id} is stored with all its answers`);
    }
    const again = cli(fresh.env, 'import', file);
    assert.equal(again.status, 0, again.stderr);
    const counts = JSON.parse(again.stdout.trim().split('\n').pop()!);
    assert.equal(counts.imported + counts.updated, N);
    assert.equal(counts.updated, partial.size);
    const full = await snapshot(fresh.env);
    assert.equal(full.size, N);
    for (const [id, answers] of full) assert.equal(answers, Number(id.slice('crash-'.length)) % 4);
  } finally {
    await fresh.drop();
  }
});

test('backup and restore round-trip the whole site', async () => {
  const fresh = await freshDatabaseEnv();
  try {
    const file = join(fresh.dataDir, 'small.jsonl');
    writeFileSync(file, threads(30));
    assert.equal(cli(fresh.env, 'import', file).status, 0);
    assert.equal(cli(fresh.env, 'user', 'add', '--role', 'admin', '--email', 'boss@example.test', '--password', 'a-strong-password', '--name', 'Boss').status, 0);
    const backupFile = join(fresh.dataDir, 'site.backup');
    const b = cli(fresh.env, 'backup', backupFile);
    assert.equal(b.status, 0, b.stderr);
    const before = await snapshot(fresh.env);
    // Damage the site after the backup: delete questions and the admin.
    const d = openDatabase({ databaseUrl: fresh.env.DATABASE_URL, dataDir: fresh.env.DATA_DIR });
    await d.db.deleteFrom('questions').where('external_id', 'like', 'crash-1%').execute();
    await d.db.deleteFrom('users').execute();
    await d.close();
    assert.notEqual((await snapshot(fresh.env)).size, before.size);
    const r = cli(fresh.env, 'restore', backupFile);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(await snapshot(fresh.env), before);
    const d2 = openDatabase({ databaseUrl: fresh.env.DATABASE_URL, dataDir: fresh.env.DATA_DIR });
    const admin = await d2.db.selectFrom('users').select('email').executeTakeFirst();
    await d2.close();
    assert.equal(admin?.email, 'boss@example.test');
    // A file that is not a backup is refused and changes nothing.
    const junk = join(fresh.dataDir, 'junk.backup');
    writeFileSync(junk, 'not a database');
    assert.notEqual(cli(fresh.env, 'restore', junk).status, 0);
    assert.deepEqual(await snapshot(fresh.env), before);
  } finally {
    await fresh.drop();
  }
});
