import { z } from 'zod';
import type { Executor } from '../db/database.js';
import type { User } from '../db/schema.js';
import { doctorForUser } from '../answers/doctors.js';
import { fieldErrors } from '../accounts/accounts.js';
import { forbidden, invalid, notFound } from '../errors.js';
import { audit } from '../moderation/audit.js';
import { policy } from '../policies.js';

export type ReviewAction = 'approve' | 'save' | 'hide' | 'unhide';

const editSchema = z.object({
  headline: z.string().trim().min(5, 'Write a headline of at least 5 characters').max(150, 'Keep the headline under 150 characters'),
  text: z.string().trim().min(50, 'More Info needs at least 50 characters').max(8000, 'Keep More Info under 8,000 characters'),
});

/**
 * A doctor of the question's department approves, edits or hides the
 * generated More Info and headline. Edits are marked so regeneration never
 * overwrites them; citations in edited text must still point to listed sources.
 */
export async function reviewEnrichment(db: Executor, user: User | null, questionId: number, action: ReviewAction, input: { headline?: string; text?: string } = {}) {
  const q = await db.selectFrom('questions').selectAll().where('id', '=', questionId).executeTakeFirst();
  if (!q) throw notFound();
  const doctor = await doctorForUser(db, user);
  if (!policy.reviewEnrichment(user, doctor, q)) throw forbidden('Only verified doctors of this department can review More Info.');
  const info = await db.selectFrom('more_info').selectAll().where('question_id', '=', questionId).executeTakeFirst();
  const now = new Date().toISOString();
  if (action === 'save') {
    const parsed = editSchema.safeParse(input);
    if (!parsed.success) throw invalid(fieldErrors(parsed.error));
    if (info) {
      const sources: { n: number }[] = JSON.parse(info.sources);
      const known = new Set(sources.map((s) => s.n));
      const cited = [...parsed.data.text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
      const unknown = cited.filter((n) => !known.has(n));
      if (unknown.length) throw invalid({ text: `Citation [${unknown[0]}] does not match a listed source` });
    }
    await db.updateTable('questions').set({ headline: parsed.data.headline, headline_edited: 1, updated_at: now }).where('id', '=', questionId).execute();
    if (info) {
      await db
        .updateTable('more_info')
        .set({ text: parsed.data.text, edited_at: now, edited_by: user!.id, reviewed_at: now, reviewed_by: user!.id })
        .where('question_id', '=', questionId)
        .execute();
    }
  } else {
    if (!info) throw notFound('This question has no More Info yet.');
    const set =
      action === 'approve' ? { reviewed_at: now, reviewed_by: user!.id } : action === 'hide' ? { hidden: 1 } : { hidden: 0 };
    await db.updateTable('more_info').set(set).where('question_id', '=', questionId).execute();
    await db.updateTable('questions').set({ updated_at: now }).where('id', '=', questionId).execute();
  }
  await audit(db, { actorId: user!.id, action: `more-info.${action}`, targetType: 'question', targetId: questionId });
}
