import type { Executor } from '../db/database.js';
import { enqueue, enqueueMany } from '../jobs/queue.js';

/** Every published question needs its similar list, related FAQ, headline and More Info. */
export const ENRICH_QUESTION = 'enrich-question';

export function enqueueEnrichment(db: Executor, questionId: number): Promise<void> {
  return enqueue(db, ENRICH_QUESTION, `${ENRICH_QUESTION}:${questionId}`, { questionId });
}

export function enqueueEnrichmentMany(db: Executor, questionIds: number[]): Promise<void> {
  return enqueueMany(
    db,
    questionIds.map((questionId) => ({ kind: ENRICH_QUESTION, key: `${ENRICH_QUESTION}:${questionId}`, payload: { questionId } })),
  );
}

/** After the archive or the FAQ set grows, older questions may have better matches: refresh them all. */
export async function enqueueEnrichmentForAllPublished(db: Executor): Promise<number> {
  const ids = (await db.selectFrom('questions').select('id').where('status', '=', 'published').execute()).map((r) => r.id);
  await enqueueEnrichmentMany(db, ids);
  return ids.length;
}
