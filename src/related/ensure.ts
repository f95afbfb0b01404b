import type { AppDeps } from '../context.js';
import { readQuery } from '../db/database.js';
import type { Question } from '../db/schema.js';
import { ENRICH_QUESTION } from '../enrichment/jobs.js';
import { relatedFaqs, findSimilar, storeFaqs, storeSimilar } from './compute.js';

const anyStored = readQuery<{ one: number }>('SELECT 1 AS one FROM question_similar WHERE question_id = ? LIMIT 1');
const enrichmentWaiting = readQuery<{ one: number }>(`SELECT 1 AS one FROM jobs WHERE "key" = ? AND status IN ('queued', 'running') LIMIT 1`);

/**
 * Normally Similar Q&A and Related FAQ are stored by the enrichment job. If a
 * reader arrives before that job has run (right after an import), compute and
 * store them once so the page is never empty; the job refreshes them later.
 * Returns whether it stored them (the caller's view of the page is then out of date).
 */
export async function ensureRelated(deps: Pick<AppDeps, 'database' | 'related'>, q: Question): Promise<boolean> {
  if (q.status !== 'published') return false;
  const { db } = deps.database;
  if ((await anyStored.rows(db, [q.id])).length) return false;
  if (!(await enrichmentWaiting.rows(db, [`${ENRICH_QUESTION}:${q.id}`])).length) return false;
  const similar = findSimilar(deps.related, q);
  const faqs = await relatedFaqs(db, deps.related, q);
  await db.transaction().execute(async (trx) => {
    await storeSimilar(trx, q.id, similar);
    await storeFaqs(trx, q.id, faqs);
  });
  return true;
}
