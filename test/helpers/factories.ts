import type { Runtime } from '../../src/runtime.js';
import { insertUser } from '../../src/accounts/users.js';
import { createApiToken } from '../../src/accounts/sessions.js';
import { findDepartmentBySlug } from '../../src/departments/repository.js';
import { searchText, textHash } from '../../src/questions/text.js';
import type { Lang, QuestionStatus } from '../../src/db/schema.js';

let seq = 0;
const next = () => `${process.pid}-${++seq}`;

export const PASSWORD = 'correct horse battery';

export async function buildPatient(rt: Runtime, o: { email?: string; name?: string; verified?: boolean } = {}) {
  const user = await insertUser(rt.database.db, {
    email: o.email ?? `patient-${next()}@example.test`,
    password: PASSWORD,
    role: 'patient',
    displayName: o.name ?? 'Pat Patient',
    verified: o.verified ?? true,
  });
  return { user, token: await createApiToken(rt.database.db, user.id) };
}

export async function buildStaff(rt: Runtime, role: 'moderator' | 'admin') {
  const user = await insertUser(rt.database.db, { email: `${role}-${next()}@example.test`, password: PASSWORD, role, displayName: `The ${role}`, verified: true });
  return { user, token: await createApiToken(rt.database.db, user.id) };
}

export async function buildDoctor(rt: Runtime, o: { department?: string; name?: string; verified?: boolean; signOff?: string } = {}) {
  const db = rt.database.db;
  const dept = (await findDepartmentBySlug(db, o.department ?? 'neurology'))!;
  const name = o.name ?? `Dr. Test ${next()}`;
  const user = await insertUser(db, { email: `doctor-${next()}@example.test`, password: PASSWORD, role: 'doctor', displayName: name, verified: true });
  const doctor = await db
    .insertInto('doctors')
    .values({ user_id: user.id, name, department_id: dept.id, hospital: 'Test Hospital', sign_off: o.signOff ?? '', bio: '', verified: o.verified === false ? 0 : 1, source: 'local', created_at: new Date().toISOString() })
    .returningAll()
    .executeTakeFirstOrThrow();
  return { user, doctor, token: await createApiToken(db, user.id) };
}

/** A question stored directly (published with an answer unless told otherwise). */
export async function buildQuestion(
  rt: Runtime,
  o: { title?: string; body?: string; department?: string; status?: QuestionStatus; lang?: Lang; answer?: string | null; doctorId?: number; askerUserId?: number; externalId?: string } = {},
) {
  const db = rt.database.db;
  const dept = (await findDepartmentBySlug(db, o.department ?? 'neurology'))!;
  const title = o.title ?? `Question ${next()}`;
  const body = o.body ?? 'My eyelid has been twitching for two weeks, on and off, mostly in the evening.';
  const now = new Date().toISOString();
  const status = o.status ?? (o.answer === null ? 'pending' : 'published');
  const q = await db
    .insertInto('questions')
    .values({
      external_id: o.externalId ?? null,
      source: 'test',
      source_url: null,
      department_id: dept.id,
      asker_user_id: o.askerUserId ?? null,
      title,
      headline: null,
      headline_edited: 0,
      body,
      lang: o.lang ?? 'en',
      asker_name: 'Tester',
      asker_age_range: '30~39',
      asker_sex: 'female',
      status,
      urgent: 0,
      triage_categories: null,
      consent_at: now,
      asked_at: now,
      published_at: status === 'published' ? now : null,
      updated_at: now,
      created_at: now,
      search_text: searchText(title, body),
      text_hash: textHash(title, body),
      tags: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  if (o.answer !== null && status !== 'pending') {
    let doctorId = o.doctorId;
    if (!doctorId) doctorId = (await buildDoctor(rt, { department: o.department ?? 'neurology' })).doctor.id;
    await db.insertInto('answers').values({ question_id: q.id, doctor_id: doctorId, text: o.answer ?? 'This is usually harmless; rest, less caffeine, and see a doctor if it spreads.', answered_at: now, created_at: now, updated_at: now }).execute();
  }
  return q;
}
