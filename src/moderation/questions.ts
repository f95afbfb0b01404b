import { z } from 'zod';
import type { Transaction } from 'kysely';
import { fieldErrors } from '../accounts/accounts.js';
import type { Executor } from '../db/database.js';
import type { DB, User } from '../db/schema.js';
import { enqueueEnrichment } from '../enrichment/jobs.js';
import { forbidden, invalid, notFound } from '../errors.js';
import { policy } from '../policies.js';
import { releaseHeld, setHidden } from '../questions/editing.js';
import { MAX_BODY } from '../questions/schema.js';
import { searchText, textHash } from '../questions/text.js';
import { audit, withAuditReason } from './audit.js';
import { reasonOf } from './reason.js';

/** The moderation queue: open reports, urgent questions (newest first) and first questions held for review. */
export async function heldQuestions(db: Executor) {
  return db
    .selectFrom('questions')
    .innerJoin('departments', 'departments.id', 'questions.department_id')
    .select(['questions.id', 'questions.title', 'questions.body', 'questions.asked_at', 'questions.urgent', 'departments.name_en'])
    .where('questions.status', '=', 'held')
    .orderBy('questions.asked_at')
    .limit(200)
    .execute();
}

export async function urgentQuestions(db: Executor) {
  return db
    .selectFrom('questions')
    .innerJoin('departments', 'departments.id', 'questions.department_id')
    .select(['questions.id', 'questions.title', 'questions.body', 'questions.asked_at', 'questions.status', 'questions.triage_categories', 'departments.name_en'])
    .where('questions.urgent', '=', 1)
    .where('questions.status', 'in', ['pending', 'held', 'published'])
    .orderBy('questions.asked_at', 'desc')
    .limit(100)
    .execute();
}

/** Hide or unhide with the same reason rules as every other moderation action (setHidden checks only that one is given). */
export async function setVisibility(db: Executor, user: User | null, id: number, hidden: boolean, reason: unknown) {
  if (!policy.moderate(user)) throw forbidden();
  await setHidden(db, user, id, hidden, reasonOf(reason));
}

/** Release a held first question to the doctors, with the moderator's reason on the audit row. */
export async function releaseWithReason(trx: Transaction<DB>, user: User | null, id: number, reason: unknown) {
  if (!policy.moderate(user)) throw forbidden();
  const r = reasonOf(reason);
  await withAuditReason(trx, r, () => releaseHeld(trx, user, id));
}

const editSchema = z.object({
  title: z.string({ error: 'Write a title' }).trim().min(5, 'Use at least 5 characters').max(150, 'Keep the title under 150 characters'),
  body: z.string({ error: 'Write the question' }).trim().min(20, 'Use at least 20 characters').max(MAX_BODY, 'The question is too long'),
});

/**
 * A moderator corrects a question (typically removing personal data the
 * automatic pass missed). The audit row records sizes and hashes, not the old
 * text: the log is kept forever and must not become a copy of what was removed.
 */
export async function editQuestionAsModerator(db: Executor, user: User | null, id: number, input: { title?: unknown; body?: unknown; reason?: unknown }) {
  if (!policy.moderate(user)) throw forbidden();
  const q = await db.selectFrom('questions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!q) throw notFound('No such question');
  const parsed = editSchema.safeParse(input);
  const errors: Record<string, string> = parsed.success ? {} : fieldErrors(parsed.error);
  let reason = '';
  try {
    reason = reasonOf(input.reason);
  } catch (err) {
    // Report the reason together with any title/body errors, not one at a time.
    errors.reason = (err as { fields?: Record<string, string> }).fields?.reason ?? 'Give a reason';
  }
  if (!parsed.success || Object.keys(errors).length) throw invalid(errors);
  const { title, body } = parsed.data;
  if (title === q.title && body === q.body) return;
  const hash = textHash(title, body);
  await db
    .updateTable('questions')
    .set({ title, body, search_text: searchText(title, body), text_hash: hash, updated_at: new Date().toISOString() })
    .where('id', '=', id)
    .execute();
  await audit(db, {
    actorId: user!.id,
    action: 'question.edit',
    targetType: 'question',
    targetId: id,
    reason,
    details: { titleChanged: title !== q.title, bodyChars: { before: q.body.length, after: body.length }, textHash: { before: q.text_hash, after: hash } },
  });
  // The headline, More Info and similar lists were made from the old text.
  if (q.status === 'published') await enqueueEnrichment(db, id);
}

/** What the asker typed before de-identification. Every look is audited, with its reason. */
export async function viewOriginal(db: Executor, user: User | null, id: number, reason: unknown) {
  if (!policy.moderate(user)) throw forbidden('Only moderators can see what the asker typed before personal details were removed.');
  const r = reasonOf(reason);
  const q = await db.selectFrom('questions').select('id').where('id', '=', id).executeTakeFirst();
  if (!q) throw notFound('No such question');
  const original = await db.selectFrom('question_originals').selectAll().where('question_id', '=', id).executeTakeFirst();
  await audit(db, { actorId: user!.id, action: 'question.original.view', targetType: 'question', targetId: id, reason: r, details: { found: !!original } });
  return original ?? null;
}
