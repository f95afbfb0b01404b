import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import { enqueueEnrichment } from '../enrichment/jobs.js';
import { buildQuestion } from '../../test/helpers/factories.js';
import { openTestRuntime } from '../../test/helpers/runtime.js';
import { ensureRelated, ON_DEMAND_AT_ONCE } from './ensure.js';

const BODIES = [
  'My eyelid has been twitching for two weeks, mostly in the evening after screen work.',
  'The lower eyelid on my left eye keeps twitching for days, worse when I am tired.',
  'Eyelid twitching on and off for a month, I drink a lot of coffee.',
  'My upper eyelid twitches several times an hour, is that a nerve problem?',
  'Eye twitching that will not stop after exams and little sleep.',
  'Twitching eyelid for three weeks, no pain, no change in vision.',
  'My eyelid flutters in the evening, it started when I changed jobs.',
];

/** The database handle with its transactions counted: how many ran, and how many were open at once. */
function counting(db: Kysely<DB>) {
  const seen = { total: 0, open: 0, maxOpen: 0 };
  const proxy = new Proxy(db, {
    get(target, prop) {
      if (prop !== 'transaction') {
        const value = Reflect.get(target, prop, target);
        // Kysely keeps private fields: its methods must run on the real handle.
        return typeof value === 'function' ? value.bind(target) : value;
      }
      return () => {
        const builder = target.transaction();
        return {
          execute: async <T>(fn: (trx: never) => Promise<T>) => {
            seen.total++;
            seen.maxOpen = Math.max(seen.maxOpen, ++seen.open);
            try {
              return await builder.execute(fn as never);
            } finally {
              seen.open--;
            }
          },
        };
      };
    },
  });
  return { proxy, seen };
}

test('on-demand Similar Q&A: one computation per question, a bounded number at once, none once stored', async () => {
  const { rt, close } = await openTestRuntime();
  try {
    const qs: Awaited<ReturnType<typeof buildQuestion>>[] = [];
    for (const body of BODIES) qs.push(await buildQuestion(rt, { body }));
    for (const q of qs) await enqueueEnrichment(rt.database.db, q.id);
    await rt.related.sync(rt.database.db);
    const { proxy, seen } = counting(rt.database.db);
    const deps = { database: { ...rt.database, db: proxy }, related: rt.related };

    const same = await Promise.all(Array.from({ length: 5 }, () => ensureRelated(deps, qs[0])));
    assert.deepEqual(same, [true, true, true, true, true]);
    assert.equal(seen.total, 1, 'five readers of one question share one computation');

    const rest = await Promise.all(qs.slice(1).map((q) => ensureRelated(deps, q)));
    assert.ok(rest.every(Boolean));
    assert.equal(seen.total, qs.length);
    assert.ok(seen.maxOpen <= ON_DEMAND_AT_ONCE, `at most ${ON_DEMAND_AT_ONCE} at once, saw ${seen.maxOpen}`);
    const stored = await rt.database.db.selectFrom('question_similar').select('question_id').distinct().execute();
    assert.equal(stored.length, qs.length);

    assert.equal(await ensureRelated(deps, qs[3]), false, 'stored already: nothing to compute');
    assert.equal(seen.total, qs.length);
  } finally {
    await close();
  }
});
