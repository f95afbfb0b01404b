import type { Executor } from '../db/database.js';

export async function saveOriginal(db: Executor, questionId: number, title: string, body: string): Promise<void> {
  await db.deleteFrom('question_originals').where('question_id', '=', questionId).execute();
  await db.insertInto('question_originals').values({ question_id: questionId, title, body, created_at: new Date().toISOString() }).execute();
}

/** Originals are kept only for moderators to check a redaction, then deleted. */
export async function purgeOriginals(db: Executor, retentionDays: number): Promise<number> {
  const cutoff = new Date(Date.now() - retentionDays * 86400_000).toISOString();
  const old = db.selectFrom('questions').select('id').where('published_at', '<', cutoff);
  const r = await db.deleteFrom('question_originals').where('question_id', 'in', old).executeTakeFirst();
  return Number(r.numDeletedRows ?? 0);
}
