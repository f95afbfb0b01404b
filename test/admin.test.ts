import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, type TestSite } from './helpers/runtime.js';
import { Client } from './helpers/browserless-client.js';
import { buildDoctor, buildPatient, buildQuestion, buildStaff, PASSWORD } from './helpers/factories.js';
import { findDepartmentBySlug } from '../src/departments/repository.js';

let site: TestSite;
let admin: Client;
let adminId: number;
before(async () => {
  site = await startSite();
  const a = await buildStaff(site.rt, 'admin');
  adminId = a.user.id;
  admin = new Client(site.url);
  await admin.signIn(a.user.email, PASSWORD);
});
after(async () => {
  await site?.close();
});

const db = () => site.rt.database.db;
const audited = (action: string, targetId: string | number) =>
  db().selectFrom('audit_log').selectAll().where('action', '=', action).where('target_id', '=', String(targetId)).orderBy('id', 'desc').execute();

test('an admin edits a department; bad input keeps what was typed; the change is audited', async () => {
  const dept = (await findDepartmentBySlug(db(), 'dermatology'))!;
  const page = await admin.get(`/admin/departments/${dept.id}`);
  assert.equal(page.status, 200);
  const bad = await admin.postForm(`/admin/departments/${dept.id}`, { name_en: 'Skin care', name_zh: '', description: 'typed description' }, { csrfFrom: `/admin/departments/${dept.id}` });
  assert.equal(bad.status, 400);
  assert.match(bad.text_, /value="Skin care"/);
  assert.match(bad.text_, /typed description/);
  const ok = await admin.postForm(`/admin/departments/${dept.id}`, { name_en: 'Dermatology and skin', name_zh: '皮膚科', description: 'Skin, hair and nails.' }, { csrfFrom: `/admin/departments/${dept.id}` });
  assert.equal(ok.status, 303);
  const after = (await findDepartmentBySlug(db(), 'dermatology'))!;
  assert.equal(after.name_en, 'Dermatology and skin');
  assert.equal(after.description, 'Skin, hair and nails.');
  const [row] = await audited('department.update', 'dermatology');
  assert.equal(row.actor_user_id, adminId);
  assert.match(row.details!, /Dermatology and skin/);
  assert.match((await new Client(site.url).get('/departments/dermatology')).text_, /Dermatology and skin/);
});

test('an admin finds a user by e-mail, makes them a moderator, and makes another a doctor of a department', async () => {
  const p = await buildPatient(site.rt, { email: 'find_me.please@example.test' });
  const list = await admin.get('/admin/users?email=find_me');
  assert.ok(list.text_.includes('find_me.please@example.test'));
  const notMatching = await admin.get('/admin/users?email=findXme');
  assert.ok(!notMatching.text_.includes('find_me.please@example.test'), '_ is matched literally');

  assert.equal((await admin.postForm(`/admin/users/${p.user.id}/role`, { role: 'admin' }, { csrfFrom: '/admin/users' })).status, 400, 'admin is not assignable');
  assert.equal((await admin.postForm(`/admin/users/${p.user.id}/role`, { role: 'moderator' }, { csrfFrom: '/admin/users' })).status, 303);
  assert.equal((await db().selectFrom('users').select('role').where('id', '=', p.user.id).executeTakeFirstOrThrow()).role, 'moderator');
  assert.match((await audited('user.role', p.user.id))[0].details!, /"to":"moderator"/);

  const q = await buildPatient(site.rt);
  const bad = await admin.postForm(`/admin/users/${q.user.id}/doctor`, { name: 'Dr. New', department: 'nowhere', hospital: 'City Hospital' }, { csrfFrom: '/admin/users' });
  assert.equal(bad.status, 400);
  assert.match(bad.text_, /value="City Hospital"/);
  const ok = await admin.postForm(`/admin/users/${q.user.id}/doctor`, { name: 'Dr. New', department: 'cardiology', hospital: 'City Hospital', verified: 'on' }, { csrfFrom: '/admin/users' });
  assert.equal(ok.status, 303);
  const doc = await db().selectFrom('doctors').selectAll().where('user_id', '=', q.user.id).executeTakeFirstOrThrow();
  assert.equal(doc.department_id, (await findDepartmentBySlug(db(), 'cardiology'))!.id);
  assert.equal(doc.hospital, 'City Hospital');
  assert.equal(doc.verified, 1);
  assert.equal((await db().selectFrom('users').select('role').where('id', '=', q.user.id).executeTakeFirstOrThrow()).role, 'doctor');
  assert.equal((await audited('user.make-doctor', q.user.id)).length, 1);
  // The new doctor now has a queue.
  const dc = new Client(site.url);
  await dc.signIn(q.user.email, PASSWORD);
  assert.equal((await dc.get('/doctor/queue')).status, 200);

  // Admin accounts are not changed from the web.
  const other = await buildStaff(site.rt, 'admin');
  assert.equal((await admin.postForm(`/admin/users/${other.user.id}/role`, { role: 'patient' }, { csrfFrom: '/admin/users' })).status, 403);
});

test('doctor verification: unverified doctors are listed; verify and unverify are audited and change who may answer', async () => {
  const d = await buildDoctor(site.rt, { department: 'neurology', verified: false, name: 'Dr. Waiting' });
  const page = await admin.get('/admin/doctors');
  const waiting = page.text_.slice(page.text_.indexOf('Waiting for verification'), page.text_.indexOf('Verified doctors'));
  assert.ok(waiting.includes('Dr. Waiting'));
  assert.equal((await admin.postForm(`/admin/doctors/${d.doctor.id}/verify`, {}, { csrfFrom: '/admin/doctors' })).status, 303);
  assert.equal((await db().selectFrom('doctors').select('verified').where('id', '=', d.doctor.id).executeTakeFirstOrThrow()).verified, 1);
  const q = await buildQuestion(site.rt, { answer: null, department: 'neurology' });
  const dc = new Client(site.url);
  await dc.signIn(d.user.email, PASSWORD);
  assert.equal((await dc.get(`/doctor/questions/${q.id}/answer`)).status, 200);
  assert.equal((await admin.postForm(`/admin/doctors/${d.doctor.id}/unverify`, {}, { csrfFrom: '/admin/doctors' })).status, 303);
  assert.equal((await dc.get(`/doctor/questions/${q.id}/answer`)).status, 403);
  assert.equal((await audited('doctor.verify', d.doctor.id)).length, 1);
  assert.equal((await audited('doctor.unverify', d.doctor.id)).length, 1);
});

async function insertFaq(question: string) {
  const now = new Date().toISOString();
  return db()
    .insertInto('faqs')
    .values({ external_id: null, source: 'test', focus: 'Migraine', qtype: 'information', question, answer: 'Migraine is a common headache disorder with throbbing pain.', url: null, lang: 'en', license: null, search_text: 'migraine', created_at: now, updated_at: now })
    .returningAll()
    .executeTakeFirstOrThrow();
}

test('FAQ entries: list, edit (search text rebuilt), delete; both audited', async () => {
  const faq = await insertFaq('What is migraine?');
  assert.ok((await admin.get('/admin/faqs?q=migraine')).text_.includes(`/admin/faqs/${faq.id}`));
  const bad = await admin.postForm(`/admin/faqs/${faq.id}`, { question: 'What is a migraine headache?', answer: 'short', url: 'not a url' }, { csrfFrom: `/admin/faqs/${faq.id}` });
  assert.equal(bad.status, 400);
  assert.match(bad.text_, /value="What is a migraine headache\?"/);
  const ok = await admin.postForm(`/admin/faqs/${faq.id}`, { question: 'What is a migraine headache?', focus: 'Migraine', answer: 'A migraine is a headache disorder; see a doctor if it is sudden and severe.', url: 'https://example.org/migraine' }, { csrfFrom: `/admin/faqs/${faq.id}` });
  assert.equal(ok.status, 303);
  const after = await db().selectFrom('faqs').selectAll().where('id', '=', faq.id).executeTakeFirstOrThrow();
  assert.equal(after.question, 'What is a migraine headache?');
  assert.ok(after.search_text.includes('headach'), after.search_text);
  assert.equal(after.url, 'https://example.org/migraine');
  assert.equal((await audited('faq.update', faq.id)).length, 1);
  assert.equal((await admin.postForm(`/admin/faqs/${faq.id}/delete`, {}, { csrfFrom: `/admin/faqs/${faq.id}` })).status, 303);
  assert.equal(await db().selectFrom('faqs').select('id').where('id', '=', faq.id).executeTakeFirst(), undefined);
  assert.equal((await audited('faq.delete', faq.id)).length, 1);
  assert.equal((await new Client(site.url).get(`/faq/${faq.id}`)).status, 404);
});

test('site pages: an admin edits the privacy policy and the public page shows it', async () => {
  assert.match((await admin.get('/admin/pages')).text_, /href="\/admin\/pages\/privacy"/);
  const bad = await admin.postForm('/admin/pages/privacy', { title: 'Privacy', body: 'too short' }, { csrfFrom: '/admin/pages/privacy' });
  assert.equal(bad.status, 400);
  assert.match(bad.text_, /too short/);
  const body = 'Our privacy promise, edited by the operator.\n\nWe keep only what we need to run the site.';
  assert.equal((await admin.postForm('/admin/pages/privacy', { title: 'Privacy at our clinic', body }, { csrfFrom: '/admin/pages/privacy' })).status, 303);
  const pub = await new Client(site.url).get('/privacy');
  assert.match(pub.text_, /Privacy at our clinic/);
  assert.match(pub.text_, /edited by the operator/);
  assert.equal((await audited('site-page.update', 'privacy')).length, 1);
  assert.equal((await admin.get('/admin/pages/nope')).status, 404);
});

test('the enrichment status page counts jobs by status, failed jobs with their error, and More Info coverage', async () => {
  const withInfo = await buildQuestion(site.rt);
  const reviewed = await buildQuestion(site.rt);
  await buildQuestion(site.rt);
  const now = new Date().toISOString();
  for (const [q, rev] of [[withInfo, null], [reviewed, now]] as const) {
    await db().insertInto('more_info').values({ question_id: q.id, text: 'Background [1].', sources: '[]', provider: 'test', generated_at: now, edited_at: null, edited_by: null, reviewed_at: rev, reviewed_by: null, hidden: 0 }).execute();
  }
  // A job that failed for good, as the worker leaves it.
  await db()
    .insertInto('jobs')
    .values({ kind: 'admin-test-kind', key: 'admin-test-key', payload: '{}', status: 'failed', attempts: 1, max_attempts: 1, run_at: now, locked_at: null, locked_by: null, last_error: 'provider timed out <boom>', created_at: now, updated_at: now })
    .execute();

  const published = Number((await db().selectFrom('questions').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'published').executeTakeFirstOrThrow()).n);
  const page = await admin.get('/admin/enrichment');
  assert.equal(page.status, 200);
  const stat = (name: string) => Number(page.text_.match(new RegExp(`data-stat="${name}">(\\d+)<`))?.[1]);
  assert.equal(stat('published'), published);
  assert.equal(stat('with-more-info'), 2);
  assert.equal(stat('without-more-info'), published - 2);
  assert.equal(stat('reviewed'), 1);
  assert.equal(stat('not-reviewed'), 1);
  assert.ok(stat('jobs-failed') >= 1);
  assert.ok(page.text_.includes('provider timed out &lt;boom>') || page.text_.includes('provider timed out &lt;boom&gt;'), 'the error is shown, escaped');
});

test('patients, doctors and moderators get 403 on admin pages; anonymous visitors are sent to sign in', async () => {
  const patient = await buildPatient(site.rt);
  const doctor = await buildDoctor(site.rt);
  const mod = await buildStaff(site.rt, 'moderator');
  for (const who of [patient.user.email, doctor.user.email, mod.user.email]) {
    const c = new Client(site.url);
    await c.signIn(who, PASSWORD);
    for (const path of ['/admin', '/admin/users', '/admin/enrichment']) assert.equal((await c.get(path)).status, 403, `${who} ${path}`);
    const dept = (await findDepartmentBySlug(db(), 'cardiology'))!;
    assert.equal((await c.postForm(`/admin/departments/${dept.id}`, { name_en: 'Hacked', name_zh: '駭', description: '' }, { csrfFrom: '/me' })).status, 403);
  }
  assert.equal((await findDepartmentBySlug(db(), 'cardiology'))!.name_en, 'Cardiology');
  const anon = await new Client(site.url).get('/admin');
  assert.equal(anon.status, 303);
  assert.match(anon.headers.get('location') ?? '', /^\/sign-in/);
});
