import type { Database } from '../db/database.js';
import { insertUser } from '../accounts/users.js';
import { listDepartments } from '../departments/repository.js';
import { enqueueEnrichmentForAllPublished } from '../enrichment/jobs.js';
import { searchText, textHash } from '../questions/text.js';
import { addDays } from '../time.js';
import { DEMO_DOCTORS, DEMO_FAQS, DEMO_PASSWORD, DEMO_QUESTIONS } from './content.js';

export const DEMO_ACCOUNTS = {
  admin: 'admin@demo.openconsult.local',
  moderator: 'moderator@demo.openconsult.local',
  patient: 'patient@demo.openconsult.local',
};

/**
 * Seeds our own demo content (written for this project, not copied from any
 * data set) when the database holds no questions. Demo accounts share
 * DEMO_PASSWORD, so production sites run with DEMO_CONTENT=0.
 */
export async function seedDemoContentIfEmpty(deps: { database: Database }): Promise<{ questions: number; doctors: number; faqs: number } | null> {
  const { db } = deps.database;
  const any = await db.selectFrom('questions').select('id').limit(1).executeTakeFirst();
  if (any) return null;
  const departments = new Map((await listDepartments(db)).map((d) => [d.slug, d]));
  const result = await db.transaction().execute(async (trx) => {
    const now = new Date().toISOString();
    for (const [role, email] of Object.entries(DEMO_ACCOUNTS)) {
      const exists = await trx.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
      if (!exists) await insertUser(trx, { email, password: DEMO_PASSWORD, role: role as 'admin', displayName: `Demo ${role}`, verified: true });
    }
    const doctorIds = new Map<string, number>();
    for (const d of DEMO_DOCTORS) {
      const dept = departments.get(d.department)!;
      let user = await trx.selectFrom('users').selectAll().where('email', '=', d.email).executeTakeFirst();
      user ??= await insertUser(trx, { email: d.email, password: DEMO_PASSWORD, role: 'doctor', displayName: d.name, verified: true });
      const existing = await trx.selectFrom('doctors').select('id').where('user_id', '=', user.id).executeTakeFirst();
      const id =
        existing?.id ??
        (
          await trx
            .insertInto('doctors')
            .values({ user_id: user.id, name: d.name, department_id: dept.id, hospital: d.hospital, sign_off: d.signOff, bio: d.bio, verified: 1, source: 'local', created_at: now })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id;
      doctorIds.set(d.key, id);
    }
    for (const q of DEMO_QUESTIONS) {
      const dept = departments.get(q.department)!;
      const askedAt = new Date(q.askedAt).toISOString();
      const firstReply = addDays(askedAt, Math.min(...q.answers.map((a) => a.daysAfter)));
      const { id } = await trx
        .insertInto('questions')
        .values({
          external_id: `demo:${q.key}`,
          source: 'demo',
          source_url: null,
          department_id: dept.id,
          asker_user_id: null,
          title: q.title,
          headline: null,
          headline_edited: 0,
          body: q.body,
          lang: q.lang,
          asker_name: q.askerName,
          asker_age_range: q.ageRange,
          asker_sex: q.sex,
          status: 'published',
          urgent: 0,
          triage_categories: null,
          consent_at: askedAt,
          asked_at: askedAt,
          published_at: firstReply,
          updated_at: now,
          created_at: now,
          search_text: searchText(q.title, q.body),
          text_hash: textHash(q.title, q.body),
          tags: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      for (const a of q.answers) {
        const at = addDays(askedAt, a.daysAfter);
        await trx.insertInto('answers').values({ question_id: id, doctor_id: doctorIds.get(a.doctor)!, text: a.text, answered_at: at, created_at: now, updated_at: now }).execute();
      }
    }
    for (const f of DEMO_FAQS) {
      await trx
        .insertInto('faqs')
        .values({
          external_id: `demo:${f.key}`,
          source: 'OpenConsult demo',
          focus: f.focus,
          qtype: f.qtype,
          question: f.question,
          answer: f.answer,
          url: null,
          lang: f.lang,
          license: 'Written for the OpenConsult demo; CC BY 4.0',
          search_text: searchText(f.question, f.focus),
          created_at: now,
          updated_at: now,
        })
        .execute();
    }
    await enqueueEnrichmentForAllPublished(trx);
    return { questions: DEMO_QUESTIONS.length, doctors: DEMO_DOCTORS.length, faqs: DEMO_FAQS.length };
  });
  return result;
}
