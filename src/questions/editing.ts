import type { Executor } from '../db/database.js';
import type { User } from '../db/schema.js';
import { fieldErrors } from '../accounts/accounts.js';
import { doctorForUser } from '../answers/doctors.js';
import { findDepartmentBySlug } from '../departments/repository.js';
import { enqueueEnrichment } from '../enrichment/jobs.js';
import { DomainError, forbidden, invalid, notFound } from '../errors.js';
import { audit } from '../moderation/audit.js';
import { policy } from '../policies.js';
import { triage } from '../safety/index.js';
import { previewPublication } from './asking.js';
import { saveOriginal } from './originals.js';
import { askSchema } from './schema.js';
import { searchText, textHash } from './text.js';

async function load(db: Executor, id: number) {
  const q = await db.selectFrom('questions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!q) throw notFound('No such question');
  return q;
}

/** The asker edits title and body until a doctor answers. */
export async function editOwnQuestion(db: Executor, user: User | null, id: number, input: unknown) {
  const q = await load(db, id);
  if (!policy.editOwnQuestion(user, q)) throw forbidden('You can edit a question only until a doctor answers it.');
  const parsed = askSchema.pick({ title: true, body: true }).safeParse(input);
  if (!parsed.success) throw invalid(fieldErrors(parsed.error));
  const pub = previewPublication(parsed.data.title, parsed.data.body);
  const red = triage(`${parsed.data.title}\n${parsed.data.body}`, pub.lang);
  await db
    .updateTable('questions')
    .set({
      title: pub.title,
      body: pub.body,
      lang: pub.lang,
      urgent: red.emergency ? 1 : 0,
      triage_categories: red.categories.length ? JSON.stringify(red.categories) : null,
      search_text: searchText(pub.title, pub.body),
      text_hash: textHash(pub.title, pub.body),
      updated_at: new Date().toISOString(),
    })
    .where('id', '=', id)
    .execute();
  if (pub.redactions.length) await saveOriginal(db, id, parsed.data.title, parsed.data.body);
}

export async function withdrawOwnQuestion(db: Executor, user: User | null, id: number) {
  const q = await load(db, id);
  if (!policy.editOwnQuestion(user, q)) throw forbidden('You can withdraw a question only until a doctor answers it.');
  await db.updateTable('questions').set({ status: 'withdrawn', updated_at: new Date().toISOString() }).where('id', '=', id).execute();
}

/** A doctor of the current department, or a moderator, moves a misfiled question. */
export async function moveQuestion(db: Executor, user: User | null, id: number, departmentSlug: string, reason = '') {
  const q = await load(db, id);
  const doctor = await doctorForUser(db, user);
  if (!policy.moveQuestion(user, doctor, q)) throw forbidden('Only doctors of this department or moderators can move this question.');
  const dept = await findDepartmentBySlug(db, departmentSlug);
  if (!dept) throw invalid({ department: 'Choose a department from the list' });
  if (dept.id === q.department_id) return;
  await db.updateTable('questions').set({ department_id: dept.id, updated_at: new Date().toISOString() }).where('id', '=', id).execute();
  await audit(db, { actorId: user!.id, action: 'question.move', targetType: 'question', targetId: id, reason, details: { from: q.department_id, to: dept.id } });
  if (q.status === 'published') await enqueueEnrichment(db, id);
}

/** Moderators hide a public question (with a reason) and can bring it back. */
export async function setHidden(db: Executor, user: User | null, id: number, hidden: boolean, reason: string) {
  if (!policy.moderate(user)) throw forbidden();
  if (!reason.trim()) throw invalid({ reason: 'Give a reason; it is kept in the audit log.' });
  const q = await load(db, id);
  const answered = await db.selectFrom('answers').select('id').where('question_id', '=', id).limit(1).executeTakeFirst();
  let status = q.status;
  if (hidden) {
    if (q.status === 'hidden') return;
    status = 'hidden';
  } else {
    if (q.status !== 'hidden') return;
    status = answered ? 'published' : 'pending';
  }
  await db.updateTable('questions').set({ status, updated_at: new Date().toISOString() }).where('id', '=', id).execute();
  await audit(db, { actorId: user!.id, action: hidden ? 'question.hide' : 'question.unhide', targetType: 'question', targetId: id, reason });
  if (status === 'published') await enqueueEnrichment(db, id);
}

/** A moderator releases a held first question to the doctors (or rejects it by hiding). */
export async function releaseHeld(db: Executor, user: User | null, id: number) {
  if (!policy.moderate(user)) throw forbidden();
  const q = await load(db, id);
  if (q.status !== 'held') throw new DomainError('conflict', 'This question is not waiting for a moderator.');
  await db.updateTable('questions').set({ status: 'pending', updated_at: new Date().toISOString() }).where('id', '=', id).execute();
  await audit(db, { actorId: user!.id, action: 'question.release', targetType: 'question', targetId: id });
}
