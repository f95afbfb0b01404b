import { test } from 'node:test';
import assert from 'node:assert/strict';
import pino from 'pino';
import { openDatabase } from '../src/db/database.js';
import { createFreshness } from '../src/ops/freshness.js';
import { PageCache } from '../src/ops/page-cache.js';
import { createRelatedIndexes } from '../src/related/indexes.js';
import { openTestRuntime } from './helpers/runtime.js';
import { buildQuestion } from './helpers/factories.js';

// Shutdown closes the database right after freshness.stop(): a catch-up still reading it then would
// fail with "driver has already been destroyed" (seen at PostgreSQL shutdown under load).
test('freshness.stop() waits for the catch-up under way, so the database can be closed after it', async () => {
  const { rt, env, close } = await openTestRuntime();
  try {
    for (let i = 0; i < 30; i++) await buildQuestion(rt, { title: `Why do my knees ache on stairs ${i}?` });
    const errors: string[] = [];
    const log = pino({ level: 'error' }, { write: (line: string) => void errors.push(line) });
    for (let round = 0; round < 5; round++) {
      const database = openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
      const related = createRelatedIndexes();
      const freshness = createFreshness({ database, related, pageCache: new PageCache(), log }, { pollMs: 60_000 });
      freshness.start(); // the first catch-up starts: it reads every question to build the indexes
      await freshness.stop();
      await database.close();
      await new Promise((r) => setTimeout(r, 20)); // let a straggler reach the closed database and log
    }
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
