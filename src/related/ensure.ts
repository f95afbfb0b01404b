import type { AppDeps } from '../context.js';
import type { Question } from '../db/schema.js';
import { ENRICH_QUESTION } from '../enrichment/jobs.js';
import { relatedFaqs, findSimilar, storeFaqs, storeSimilar } from './compute.js';

/**
 * Normally Similar Q&A and Related FAQ are stored by the enrichment job. If a
 * reader arrives before that job has run (right after an import), compute and
 * store them once so the page is never empty; the job refreshes them later.
 */
export async function ensureRelated(deps: Pick<AppDeps, 'database' | 'related'>, q: Question): Promise<void> {
  if (q.status !== 'published') return;
  const { db } = deps.database;
  const stored = await db.selectFrom('question_similar').select('similar_id').where('question_id', '=', q.id).limit(1).executeTakeFirst();
  if (stored) return;
  const waiting = await db
    .selectFrom('jobs')
    .select('id')
    .where('key', '=', `${ENRICH_QUESTION}:${q.id}`)
    .where('status', 'in', ['queued', 'running'])
    .limit(1)
    .executeTakeFirst();
  if (!waiting) return;
  const similar = findSimilar(deps.related, q);
  const faqs = await relatedFaqs(db, deps.related, q);
  await db.transaction().execute(async (trx) => {
    await storeSimilar(trx, q.id, similar);
    await storeFaqs(trx, q.id, faqs);
  });
}
