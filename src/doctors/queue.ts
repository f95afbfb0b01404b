import type { Executor } from '../db/database.js';
import type { Doctor } from '../db/schema.js';

/** Open questions of the doctor's department: urgent first, then oldest first. */
export async function openQuestionsFor(db: Executor, doctor: Doctor, limit = 100) {
  return db
    .selectFrom('questions')
    .select(['id', 'title', 'body', 'asked_at', 'urgent', 'asker_age_range', 'asker_sex', 'lang'])
    .where('department_id', '=', doctor.department_id)
    .where('status', '=', 'pending')
    .orderBy('urgent', 'desc')
    .orderBy('asked_at', 'asc')
    .orderBy('id', 'asc')
    .limit(limit)
    .execute();
}
