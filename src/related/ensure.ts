import type { AppDeps } from '../context.js';
import { readQuery } from '../db/database.js';
import type { Question } from '../db/schema.js';
import { ENRICH_QUESTION } from '../enrichment/jobs.js';
import { relatedFaqs, findSimilar, storeFaqs, storeSimilar } from './compute.js';

const anyStored = readQuery<{ one: number }>('SELECT 1 AS one FROM question_similar WHERE question_id = ? LIMIT 1');
const enrichmentWaiting = readQuery<{ one: number }>(`SELECT 1 AS one FROM jobs WHERE "key" = ? AND status IN ('queued', 'running') LIMIT 1`);

/**
 * At most this many on-demand computations are under way at once; other readers wait their turn.
 * The scoring runs on one thread either way (the question index's worker answers one query at a
 * time, the FAQ index is on this thread), so waiting costs a reader no more
 * time than running interleaved with 31 others, but 32 computations in flight at once (right
 * after an import, before the job has caught up) each held their garbage until the collector
 * came round, and took a PostgreSQL server past 800 MB resident. Waiting, rather than rendering
 * without Similar Q&A, keeps the page complete: it is cached and shown to the next readers as is.
 */
export const ON_DEMAND_AT_ONCE = 2;

interface Gate {
  running: number;
  waiting: (() => void)[];
  /** A question being computed: a second reader of it waits for the first instead of computing again. */
  inFlight: Map<number, Promise<boolean>>;
}
const gates = new WeakMap<object, Gate>();

async function inTurn<T>(gate: Gate, work: () => Promise<T>): Promise<T> {
  if (gate.running >= ON_DEMAND_AT_ONCE) await new Promise<void>((resolve) => gate.waiting.push(resolve));
  else gate.running++;
  try {
    return await work();
  } finally {
    // The slot passes straight to the next reader waiting (running stays the same), or is freed.
    const next = gate.waiting.shift();
    if (next) next();
    else gate.running--;
  }
}

/**
 * Normally Similar Q&A and Related FAQ are stored by the enrichment job. If a
 * reader arrives before that job has run (right after an import), compute and
 * store them once so the page is never empty; the job refreshes them later.
 * Returns whether it stored them (the caller's view of the page is then out of date).
 */
export async function ensureRelated(deps: Pick<AppDeps, 'database' | 'related'>, q: Question): Promise<boolean> {
  // Without the question index (its worker died) nothing can be computed: the page shows none yet.
  if (q.status !== 'published' || !deps.related.available) return false;
  const { db } = deps.database;
  let gate = gates.get(deps.related);
  if (!gate) gates.set(deps.related, (gate = { running: 0, waiting: [], inFlight: new Map() }));
  const same = gate.inFlight.get(q.id);
  if (same) return same;
  const g = gate;
  // In the map before the first read, so a reader arriving during any of these reads shares them.
  const work = (async () => {
    if ((await anyStored.rows(db, [q.id])).length) return false;
    if (!(await enrichmentWaiting.rows(db, [`${ENRICH_QUESTION}:${q.id}`])).length) return false;
    return inTurn(g, async () => {
      // Another server (or the job) may have stored them while this reader waited.
      if ((await anyStored.rows(db, [q.id])).length) return false;
      const similar = await findSimilar(deps.related, q);
      const faqs = await relatedFaqs(db, deps.related, q);
      await db.transaction().execute(async (trx) => {
        await storeSimilar(trx, q.id, similar);
        await storeFaqs(trx, q.id, faqs);
      });
      return true;
    });
  })().finally(() => g.inFlight.delete(q.id));
  g.inFlight.set(q.id, work);
  return work;
}
