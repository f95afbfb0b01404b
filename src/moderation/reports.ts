import { z } from 'zod';
import { fieldErrors } from '../accounts/accounts.js';
import { doctorForUser } from '../answers/doctors.js';
import type { Executor } from '../db/database.js';
import type { User } from '../db/schema.js';
import { DomainError, forbidden, invalid, notFound } from '../errors.js';
import { notify } from '../notifications/notify.js';
import { policy } from '../policies.js';
import { audit } from './audit.js';
import { reasonOf } from './reason.js';

export const REPORT_REASONS = ['spam', 'personal-data', 'abuse', 'misinformation', 'emergency', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

const reportSchema = z.object({
  reason: z.enum(REPORT_REASONS, { error: 'Choose what is wrong' }),
  details: z.string({ error: 'Describe the problem in words' }).trim().max(2000, 'Use at most 2,000 characters').default(''),
  answer: z.preprocess((v) => (v === '' || v === null ? undefined : v), z.coerce.number({ error: 'Not an answer' }).int().positive().optional()),
});

/**
 * Anyone who can see a question may report it or one of its answers, signed
 * in or not. A report of an emergency reaches the moderators at once.
 */
export async function fileReport(db: Executor, user: User | null, questionId: number, input: unknown) {
  const q = await db.selectFrom('questions').selectAll().where('id', '=', questionId).executeTakeFirst();
  if (!q || !policy.viewQuestion(user, await doctorForUser(db, user), q)) throw notFound('No such question');
  const parsed = reportSchema.safeParse(input ?? {});
  if (!parsed.success) throw invalid(fieldErrors(parsed.error));
  const { reason, details, answer } = parsed.data;
  if (reason === 'other' && !details) throw invalid({ details: 'Tell us what is wrong' });
  if (answer !== undefined) {
    const a = await db.selectFrom('answers').select('id').where('id', '=', answer).where('question_id', '=', questionId).executeTakeFirst();
    if (!a) throw invalid({ answer: 'That answer does not belong to this question' });
  }
  const report = await db
    .insertInto('reports')
    .values({
      question_id: questionId,
      answer_id: answer ?? null,
      reporter_user_id: user?.id ?? null,
      reason,
      details,
      status: 'open',
      resolved_by: null,
      resolved_at: null,
      created_at: new Date().toISOString(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  if (reason === 'emergency') {
    const mods = await db.selectFrom('users').select('id').where('role', 'in', ['moderator', 'admin']).where('suspended_at', 'is', null).execute();
    for (const m of mods) await notify(db, m.id, 'report-emergency', `Reported as an emergency: “${q.title}”`, q.id);
  }
  return report;
}

/** Open reports, oldest first (first come, first checked), with what they point at. */
export async function openReports(db: Executor, limit = 200) {
  return db
    .selectFrom('reports')
    .innerJoin('questions', 'questions.id', 'reports.question_id')
    .select([
      'reports.id',
      'reports.question_id',
      'reports.answer_id',
      'reports.reason',
      'reports.details',
      'reports.created_at',
      'reports.reporter_user_id',
      'questions.title',
      'questions.status as question_status',
    ])
    .where('reports.status', '=', 'open')
    .orderBy('reports.created_at')
    .orderBy('reports.id')
    .limit(limit)
    .execute();
}

export async function resolveReport(db: Executor, user: User | null, reportId: number, reason: unknown) {
  if (!policy.moderate(user)) throw forbidden();
  const why = reasonOf(reason);
  const report = await db.selectFrom('reports').selectAll().where('id', '=', reportId).executeTakeFirst();
  if (!report) throw notFound('No such report');
  if (report.status !== 'open') throw new DomainError('conflict', 'This report is already resolved.');
  await db
    .updateTable('reports')
    .set({ status: 'resolved', resolved_by: user!.id, resolved_at: new Date().toISOString() })
    .where('id', '=', reportId)
    .execute();
  await audit(db, {
    actorId: user!.id,
    action: 'report.resolve',
    targetType: 'report',
    targetId: reportId,
    reason: why,
    details: { questionId: report.question_id, answerId: report.answer_id, reported: report.reason },
  });
}
