import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { freshDatabaseEnv, TEST_ENV } from './helpers/runtime.js';
import { openDatabase } from '../src/db/database.js';

const SHARED = join(process.cwd(), '..', 'shared', 'data');
const hasShared = existsSync(join(SHARED, 'seed_qa_en.jsonl'));

function cli(env: Record<string, string>, ...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { env: { ...process.env, ...TEST_ENV, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const lines = r.stdout.trim().split('\n');
  let last: any;
  try {
    last = JSON.parse(lines[lines.length - 1]);
  } catch {
    last = undefined;
  }
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, last };
}

async function count(env: Record<string, string>, table: 'questions' | 'answers' | 'faqs', where?: [string, string]) {
  const d = openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
  try {
    let q = d.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n'));
    if (where) q = q.where(where[0] as any, '=', where[1]);
    return Number((await q.executeTakeFirstOrThrow()).n);
  } finally {
    await d.close();
  }
}

test('a file with a broken line, a missing question, an unknown department and a 2 MB body imports everything else', async () => {
  const fresh = await freshDatabaseEnv();
  try {
    const file = join(fresh.dataDir, 'mixed.jsonl');
    const lines = [
      JSON.stringify({ id: 't-1', question: 'My knee hurts when I climb stairs. What could help?', answer: 'Often the kneecap joint; strengthen the thigh muscles.', department: 'orthopedics' }),
      '{"id": "t-2", "question": broken',
      JSON.stringify({ id: 't-3', title: 'No body here' }),
      JSON.stringify({ id: 't-4', question: 'Is coffee bad for my stomach?', answers: ['Usually fine in moderation.'], department: 'Astrology' }),
      JSON.stringify({ id: 't-5', question: 'x'.repeat(2 * 1024 * 1024) }),
      JSON.stringify({ id: 't-6', question: '我最近常常頭痛，該掛哪一科？', answers: [{ text: '可以先看神經內科。', doctor: { name: '王醫師' } }], department: '神经科' }),
    ];
    writeFileSync(file, `${lines.join('\n')}\n`);
    const r = cli(fresh.env, 'import', file);
    assert.equal(r.code, 2, r.stderr);
    assert.deepEqual(r.last, { imported: 3, updated: 0, failed: 3 });
    assert.match(r.stderr, /^line 2: not valid JSON$/m);
    assert.match(r.stderr, /^line 3: missing "question"$/m);
    assert.match(r.stderr, /^line 5: "question" is longer than 20,000 characters/m);
    assert.match(r.stderr, /^line 4: warning: unknown department "Astrology"/m);
    const d = openDatabase({ databaseUrl: fresh.env.DATABASE_URL, dataDir: fresh.env.DATA_DIR });
    const rows = await d.db
      .selectFrom('questions')
      .innerJoin('departments', 'departments.id', 'questions.department_id')
      .select(['questions.external_id', 'departments.slug', 'questions.status', 'questions.lang'])
      .orderBy('external_id')
      .execute();
    await d.close();
    assert.deepEqual(
      rows.map((x) => [x.external_id, x.slug, x.status]),
      [
        ['t-1', 'orthopedics', 'published'],
        ['t-4', 'family-medicine', 'published'],
        ['t-6', 'neurology', 'published'],
      ],
    );
    assert.equal(rows[2].lang, 'zh-Hant');
    // Idempotent: a second run updates and never duplicates.
    const again = cli(fresh.env, 'import', file);
    assert.deepEqual(again.last, { imported: 0, updated: 3, failed: 3 });
    assert.equal(await count(fresh.env, 'questions'), 3);
    assert.equal(await count(fresh.env, 'answers'), 3);
    // An unreadable file is exit 1.
    assert.equal(cli(fresh.env, 'import', join(fresh.dataDir, 'nope.jsonl')).code, 1);
  } finally {
    await fresh.drop();
  }
});

test('an id repeated within a batch goes in a later batch: the later line wins, one row, a warning', async () => {
  const fresh = await freshDatabaseEnv();
  try {
    const file = join(fresh.dataDir, 'repeated.jsonl');
    const lines = [
      JSON.stringify({ id: 'r-1', question: 'My ankle is swollen after a run. Should I rest it?', answer: 'Rest, ice and raise it.' }),
      JSON.stringify({ id: 'r-2', question: 'How long does a cold usually last?', answer: 'About a week.' }),
      JSON.stringify({ id: 'r-1', question: 'My ankle is still swollen three days after a run. Should I see someone?', answer: 'Yes, if you cannot bear weight.' }),
      JSON.stringify({ id: 'r-3', question: 'Is it fine to take ibuprofen with food?', answer: 'Yes, with food is better.' }),
    ];
    writeFileSync(file, `${lines.join('\n')}\n`);
    const r = cli(fresh.env, 'import', file);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(r.last, { imported: 3, updated: 1, failed: 0 });
    assert.match(r.stderr, /^line 3: warning: id "r-1" also on line 1; the later line wins$/m);
    const d = openDatabase({ databaseUrl: fresh.env.DATABASE_URL, dataDir: fresh.env.DATA_DIR });
    const rows = await d.db.selectFrom('questions').select(['external_id', 'body']).orderBy('external_id').execute();
    await d.close();
    assert.deepEqual(rows.map((x) => x.external_id), ['r-1', 'r-2', 'r-3']);
    assert.match(rows[0].body, /three days/);
    assert.equal(await count(fresh.env, 'answers'), 3);
  } finally {
    await fresh.drop();
  }
});

test('the shared English and Chinese seeds import fully, and the FAQ set too', { skip: hasShared ? false : 'shared data not found at ../shared/data' }, async () => {
  const fresh = await freshDatabaseEnv();
  try {
    const en = cli(fresh.env, 'import', join(SHARED, 'seed_qa_en.jsonl'));
    assert.equal(en.code, 0, en.stderr.slice(0, 2000));
    assert.deepEqual(en.last, { imported: 1526, updated: 0, failed: 0 });
    const zh = cli(fresh.env, 'import', join(SHARED, 'seed_qa_zh.jsonl'));
    assert.equal(zh.code, 0, zh.stderr.slice(0, 2000));
    assert.deepEqual(zh.last, { imported: 5233, updated: 0, failed: 0 });
    assert.equal(await count(fresh.env, 'answers'), 4581 + 5243);
    const faq = cli(fresh.env, 'faq', 'import', join(SHARED, 'faq_medquad.jsonl'));
    assert.equal(faq.code, 0, faq.stderr.slice(0, 2000));
    assert.deepEqual(faq.last, { imported: 8786, updated: 0, failed: 0 });
  } finally {
    await fresh.drop();
  }
});
