import type { Executor } from '../db/database.js';
import type { User } from '../db/schema.js';
import { DomainError, invalid, unauthorized } from '../errors.js';
import { audit } from '../moderation/audit.js';
import { verifyPassword } from './passwords.js';

/**
 * The asker's rights under Taiwan's PDPA and the GDPR: a copy of their data
 * (access, portability) and erasure of the account.
 */

export const EXPORT_FORMAT = 'openconsult-export/1';

/**
 * Everything the site holds about this user and nothing about anyone else:
 * answers to their questions are included (they are part of the thread the
 * user started), but no other user's account data, report or e-mail.
 */
export async function exportUserData(db: Executor, user: User | null) {
  if (!user) throw unauthorized();
  const account = await db
    .selectFrom('users')
    .select(['id', 'email', 'display_name', 'role', 'email_verified_at', 'suspended_at', 'suspended_reason', 'created_at'])
    .where('id', '=', user.id)
    .executeTakeFirstOrThrow();
  const [questions, notifications, reports, doctor, apiTokens, sessions] = await Promise.all([
    db
      .selectFrom('questions')
      .innerJoin('departments', 'departments.id', 'questions.department_id')
      .select([
        'questions.id',
        'questions.title',
        'questions.headline',
        'questions.body',
        'questions.lang',
        'questions.asker_name',
        'questions.asker_age_range',
        'questions.asker_sex',
        'questions.status',
        'questions.urgent',
        'questions.consent_at',
        'questions.asked_at',
        'questions.published_at',
        'questions.updated_at',
        'departments.slug as department',
      ])
      .where('questions.asker_user_id', '=', user.id)
      .orderBy('questions.id')
      .execute(),
    db.selectFrom('notifications').select(['id', 'kind', 'question_id', 'message', 'read_at', 'created_at']).where('user_id', '=', user.id).orderBy('id').execute(),
    db.selectFrom('reports').select(['id', 'question_id', 'answer_id', 'reason', 'details', 'status', 'created_at']).where('reporter_user_id', '=', user.id).orderBy('id').execute(),
    db.selectFrom('doctors').select(['id', 'name', 'department_id', 'hospital', 'sign_off', 'bio', 'verified', 'created_at']).where('user_id', '=', user.id).executeTakeFirst(),
    db.selectFrom('api_tokens').select(['id', 'created_at', 'last_used_at']).where('user_id', '=', user.id).execute(),
    db.selectFrom('sessions').select(['created_at', 'expires_at']).where('user_id', '=', user.id).execute(),
  ]);
  const ids = questions.map((q) => q.id);
  const [answers, originals] = ids.length
    ? await Promise.all([
        db
          .selectFrom('answers')
          .innerJoin('doctors', 'doctors.id', 'answers.doctor_id')
          .select(['answers.id', 'answers.question_id', 'answers.text', 'answers.answered_at', 'doctors.name as doctor_name'])
          .where('answers.question_id', 'in', ids)
          .orderBy('answers.id')
          .execute(),
        db.selectFrom('question_originals').select(['question_id', 'title', 'body', 'created_at']).where('question_id', 'in', ids).execute(),
      ])
    : [[], []];
  return {
    format: EXPORT_FORMAT,
    exportedAt: new Date().toISOString(),
    account,
    doctorProfile: doctor ?? null,
    questions: questions.map((q) => ({
      ...q,
      answers: answers.filter((a) => a.question_id === q.id).map(({ question_id: _, ...a }) => a),
      // What you typed before personal details were removed, while it is still kept.
      original: originals.find((o) => o.question_id === q.id) ?? null,
    })),
    notifications,
    reportsFiled: reports,
    apiTokens,
    sessions,
  };
}

/**
 * Deletes the account after the password is confirmed. Questions a doctor
 * has answered stay public under their pseudonym with no link to the
 * account; questions nobody answered are deleted with everything else.
 */
export async function deleteAccount(db: Executor, user: User | null, password: string) {
  if (!user) throw unauthorized();
  const row = await db.selectFrom('users').select(['id', 'password_hash', 'role']).where('id', '=', user.id).executeTakeFirstOrThrow();
  if (!password || !(await verifyPassword(password, row.password_hash))) throw invalid({ password: 'That is not your password.' });
  if (row.role === 'admin') {
    const admins = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).where('role', '=', 'admin').where('suspended_at', 'is', null).executeTakeFirstOrThrow();
    if (Number(admins.n) <= 1) throw new DomainError('conflict', 'You are the only administrator: make another administrator first.');
  }
  const mine = db.selectFrom('questions').select('id').where('asker_user_id', '=', user.id);
  const answered = db.selectFrom('answers').select('question_id');
  // Originals hold what was removed as personal data: they go in every case.
  await db.deleteFrom('question_originals').where('question_id', 'in', mine).execute();
  const unanswered = await db.selectFrom('questions').select('id').where('asker_user_id', '=', user.id).where('id', 'not in', answered).execute();
  if (unanswered.length) {
    const ids = unanswered.map((q) => q.id);
    await db.deleteFrom('reports').where('question_id', 'in', ids).execute();
    await db.deleteFrom('questions').where('id', 'in', ids).execute();
  }
  const anonymised = await db.updateTable('questions').set({ asker_user_id: null }).where('asker_user_id', '=', user.id).executeTakeFirst();
  await db.updateTable('reports').set({ reporter_user_id: null }).where('reporter_user_id', '=', user.id).execute();
  // Sessions, API tokens, e-mail tokens and notifications go with the user (ON DELETE CASCADE); a doctor profile stays, unlinked, so published answers keep their author.
  await db.deleteFrom('sessions').where('user_id', '=', user.id).execute();
  await db.deleteFrom('users').where('id', '=', user.id).execute();
  await audit(db, {
    actorId: null,
    action: 'account.delete',
    targetType: 'user',
    targetId: user.id,
    details: { deletedQuestions: unanswered.length, anonymisedQuestions: Number(anonymised.numUpdatedRows ?? 0) },
  });
  return { deletedQuestions: unanswered.length, anonymisedQuestions: Number(anonymised.numUpdatedRows ?? 0) };
}
