import type { Database } from '../db/database.js';
import type { Answer, User } from '../db/schema.js';
import { fieldErrors } from '../accounts/accounts.js';
import { enqueueEnrichment } from '../enrichment/jobs.js';
import { forbidden, invalid, notFound } from '../errors.js';
import { notifyAskerOfAnswer } from '../notifications/notify.js';
import { policy } from '../policies.js';
import { answerSchema } from '../questions/schema.js';
import { doctorForUser } from './doctors.js';

/**
 * A verified doctor of the question's department answers it. The first
 * answer publishes the question; the asker is notified on the site and by
 * mail; enrichment is queued. All of it commits together.
 */
export async function answerQuestion(database: Database, site: { publicUrl: string }, user: User | null, questionId: number, input: unknown): Promise<Answer> {
  return database.db.transaction().execute(async (trx) => {
    const question = await trx.selectFrom('questions').selectAll().where('id', '=', questionId).executeTakeFirst();
    if (!question) throw notFound('No such question');
    const doctor = await doctorForUser(trx, user);
    if (!policy.answer(user, doctor, question)) {
      throw forbidden(
        doctor && doctor.department_id !== question.department_id
          ? 'Only doctors of this department can answer this question.'
          : 'Only verified doctors of this department can answer.',
      );
    }
    const parsed = answerSchema.safeParse(input);
    if (!parsed.success) throw invalid(fieldErrors(parsed.error));
    const now = new Date().toISOString();
    const answer = await trx
      .insertInto('answers')
      .values({ question_id: questionId, doctor_id: doctor!.id, text: parsed.data.text, answered_at: now, created_at: now, updated_at: now })
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx
      .updateTable('questions')
      .set({ status: 'published', published_at: question.published_at ?? now, updated_at: now })
      .where('id', '=', questionId)
      .execute();
    await notifyAskerOfAnswer(trx, site, question, answer.id, doctor!.name);
    await enqueueEnrichment(trx, questionId);
    return answer;
  });
}
