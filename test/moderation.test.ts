import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, type TestSite } from './helpers/runtime.js';
import { api, Client } from './helpers/browserless-client.js';
import { buildDoctor, buildPatient, buildQuestion, buildStaff, PASSWORD } from './helpers/factories.js';
import { saveOriginal } from '../src/questions/originals.js';
import { moderationJobHandlers, PURGE_ORIGINALS, runOriginalsPurge, scheduleModerationJobs } from '../src/moderation/retention.js';
import { createWorker } from '../src/jobs/worker.js';
import { searchText, textHash } from '../src/questions/text.js';

let site: TestSite;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

const db = () => site.rt.database.db;

async function signedIn(role: 'moderator' | 'admin') {
  const staff = await buildStaff(site.rt, role);
  const c = new Client(site.url);
  await c.signIn(staff.user.email, PASSWORD);
  return { c, user: staff.user };
}

async function auditRows(action: string, targetId: number | string) {
  return db().selectFrom('audit_log').selectAll().where('action', '=', action).where('target_id', '=', String(targetId)).execute();
}

test('an anonymous reader reports a question; the report is stored and shows in the moderation queue', async () => {
  const q = await buildQuestion(site.rt, { title: 'Spammy looking question about pills' });
  const anon = new Client(site.url);
  const form = await anon.get(`/questions/${q.id}/report`);
  assert.equal(form.status, 200);
  assert.match(form.text_, /<legend>What is wrong\?<\/legend>/);
  assert.match(form.text_, /name="website"/, 'the honeypot is on the form');
  const res = await anon.postForm(`/questions/${q.id}/report`, { reason: 'spam', details: 'Advertises a pharmacy' });
  assert.equal(res.status, 303);
  assert.equal(res.headers.get('location'), `/questions/${q.id}/report?sent=1`);
  const rows = await db().selectFrom('reports').selectAll().where('question_id', '=', q.id).execute();
  assert.equal(rows.length, 1);
  assert.equal(rows[0].reason, 'spam');
  assert.equal(rows[0].reporter_user_id, null);
  assert.equal(rows[0].status, 'open');
  assert.match((await anon.get(`/questions/${q.id}/report?sent=1`)).text_, /Thank you/);

  const { c } = await signedIn('moderator');
  const queue = await c.get('/moderation');
  assert.equal(queue.status, 200);
  assert.ok(queue.text_.includes(`id="report-${rows[0].id}"`));
  assert.ok(queue.text_.includes('Advertises a pharmacy'));
});

test('a report of an answer records the answer; bad input re-renders with what was typed; the honeypot stores nothing', async () => {
  const q = await buildQuestion(site.rt);
  const other = await buildQuestion(site.rt);
  const answer = await db().selectFrom('answers').select('id').where('question_id', '=', q.id).executeTakeFirstOrThrow();
  const otherAnswer = await db().selectFrom('answers').select('id').where('question_id', '=', other.id).executeTakeFirstOrThrow();
  const c = new Client(site.url);
  const page = await c.get(`/questions/${q.id}/report?answer=${answer.id}`);
  assert.match(page.text_, new RegExp(`name="answer" value="${answer.id}"`));
  assert.equal((await c.postForm(`/questions/${q.id}/report`, { reason: 'misinformation', answer: String(answer.id) })).status, 303);
  const stored = await db().selectFrom('reports').selectAll().where('question_id', '=', q.id).executeTakeFirstOrThrow();
  assert.equal(stored.answer_id, answer.id);

  const wrong = await c.postForm(`/questions/${q.id}/report`, { reason: 'abuse', answer: String(otherAnswer.id) });
  assert.equal(wrong.status, 400);
  const missing = await c.postForm(`/questions/${q.id}/report`, { reason: 'other', details: 'I typed <this> text' }, { csrfFrom: `/questions/${q.id}/report` });
  assert.equal(missing.status, 303, 'other with details is fine');
  const noReason = await c.postForm(`/questions/${q.id}/report`, { details: 'kept text 123' });
  assert.equal(noReason.status, 400);
  assert.match(noReason.text_, /kept text 123/, 'what was typed is kept');
  assert.match(noReason.text_, /Choose what is wrong/);
  const before = (await db().selectFrom('reports').select('id').execute()).length;
  assert.equal((await c.postForm(`/questions/${q.id}/report`, { reason: 'spam', website: 'http://bot.example' })).status, 303);
  assert.equal((await db().selectFrom('reports').select('id').execute()).length, before, 'a filled honeypot stores nothing');
  // A question the reader cannot see cannot be reported.
  const pending = await buildQuestion(site.rt, { answer: null });
  assert.equal((await c.get(`/questions/${pending.id}/report`)).status, 404);
});

test('a report of an emergency notifies every moderator at once', async () => {
  const mod = await buildStaff(site.rt, 'moderator');
  const q = await buildQuestion(site.rt, { title: 'Says they took all their pills' });
  assert.equal((await new Client(site.url).postForm(`/questions/${q.id}/report`, { reason: 'emergency', details: 'The asker may be in danger' })).status, 303);
  const notes = await db().selectFrom('notifications').selectAll().where('user_id', '=', mod.user.id).where('question_id', '=', q.id).execute();
  assert.equal(notes.length, 1);
  assert.equal(notes[0].kind, 'report-emergency');
});

test('reporting is rate-limited per address when limits are on', async () => {
  const limited = await startSite({ RATE_LIMIT: '1' });
  try {
    const q = await buildQuestion(limited.rt);
    const c = new Client(limited.url);
    const statuses = [];
    for (let i = 0; i < 11; i++) statuses.push((await c.postForm(`/questions/${q.id}/report`, { reason: 'spam' }, { csrfFrom: '/sign-in' })).status);
    assert.deepEqual(statuses.slice(0, 10), Array(10).fill(303));
    assert.equal(statuses[10], 429);
  } finally {
    await limited.close();
  }
});

test('a moderator hides and unhides from the question page form; each is audited with its reason', async () => {
  const q = await buildQuestion(site.rt);
  const { c, user } = await signedIn('moderator');
  const page = await c.get(`/questions/${q.id}`);
  assert.match(page.text_, new RegExp(`action="/moderation/questions/${q.id}/hide"`));
  const noReason = await c.postForm(`/moderation/questions/${q.id}/hide`, { reason: '  ' }, { csrfFrom: `/questions/${q.id}` });
  assert.equal(noReason.status, 400);
  assert.equal((await db().selectFrom('questions').select('status').where('id', '=', q.id).executeTakeFirstOrThrow()).status, 'published');

  const hid = await c.postForm(`/moderation/questions/${q.id}/hide`, { reason: 'Contains a phone number' }, { csrfFrom: `/questions/${q.id}` });
  assert.equal(hid.status, 303);
  assert.equal((await db().selectFrom('questions').select('status').where('id', '=', q.id).executeTakeFirstOrThrow()).status, 'hidden');
  assert.equal((await new Client(site.url).get(`/questions/${q.id}`)).status, 404, 'hidden from readers');
  const [row] = await auditRows('question.hide', q.id);
  assert.equal(row.actor_user_id, user.id);
  assert.equal(row.reason, 'Contains a phone number');

  assert.equal((await c.postForm(`/moderation/questions/${q.id}/unhide`, { reason: 'Number removed by edit' }, { csrfFrom: `/questions/${q.id}` })).status, 303);
  assert.equal((await db().selectFrom('questions').select('status').where('id', '=', q.id).executeTakeFirstOrThrow()).status, 'published');
  assert.equal((await auditRows('question.unhide', q.id))[0].reason, 'Number removed by edit');
});

test('a moderator releases a held first question with a reason on its audit row', async () => {
  const patient = await buildPatient(site.rt);
  const q = await buildQuestion(site.rt, { status: 'held', answer: null, askerUserId: patient.user.id, title: 'Held question waiting here' });
  const { c } = await signedIn('moderator');
  const queue = await c.get('/moderation');
  assert.ok(queue.text_.includes(`action="/moderation/questions/${q.id}/release"`), 'the held question is in the queue with its release form');
  const bad = await c.postForm(`/moderation/questions/${q.id}/release`, { reason: '' }, { csrfFrom: '/moderation' });
  assert.equal(bad.status, 400);
  assert.equal((await auditRows('question.release', q.id)).length, 0);
  const ok = await c.postForm(`/moderation/questions/${q.id}/release`, { reason: 'Looks like a genuine question' }, { csrfFrom: '/moderation' });
  assert.equal(ok.status, 303);
  assert.equal((await db().selectFrom('questions').select('status').where('id', '=', q.id).executeTakeFirstOrThrow()).status, 'pending');
  const rows = await auditRows('question.release', q.id);
  assert.equal(rows.length, 1);
  assert.equal(rows[0].reason, 'Looks like a genuine question');
  // Releasing twice is a conflict, not a second audit row.
  assert.equal((await c.postForm(`/moderation/questions/${q.id}/release`, { reason: 'again' }, { csrfFrom: '/moderation' })).status, 409);
  assert.equal((await auditRows('question.release', q.id)).length, 1);
});

test('with HOLD_FIRST_QUESTION=1 a first question waits in the queue until a moderator releases it to the doctors', async () => {
  const held = await startSite({ HOLD_FIRST_QUESTION: '1' });
  try {
    const patient = await buildPatient(held.rt);
    const doctor = await buildDoctor(held.rt, { department: 'neurology' });
    const asked = await api(held.url, 'POST', '/api/questions', {
      token: patient.token,
      body: { department: 'neurology', title: 'Tingling fingers at night', body: 'For a month my fingers tingle at night and wake me up, mostly the right hand.', displayName: 'Tingle', ageRange: '40~49', sex: 'male', consent: true },
    });
    assert.equal(asked.json.status, 'held');
    const dc = new Client(held.url);
    await dc.signIn(doctor.user.email, PASSWORD);
    assert.ok(!(await dc.get('/doctor/queue')).text_.includes(`/doctor/questions/${asked.json.id}/answer`), 'doctors do not see it yet');
    const mod = await buildStaff(held.rt, 'moderator');
    const mc = new Client(held.url);
    await mc.signIn(mod.user.email, PASSWORD);
    assert.ok((await mc.get('/moderation')).text_.includes(`/moderation/questions/${asked.json.id}/release`));
    assert.equal((await mc.postForm(`/moderation/questions/${asked.json.id}/release`, { reason: 'Genuine question' }, { csrfFrom: '/moderation' })).status, 303);
    assert.ok((await dc.get('/doctor/queue')).text_.includes(`/doctor/questions/${asked.json.id}/answer`), 'now in the doctor queue');
  } finally {
    await held.close();
  }
});

test('a moderator edits a question: text, search text and hash are updated; the audit row keeps no old text', async () => {
  const q = await buildQuestion(site.rt, { title: 'Eyelid twitching for weeks', body: 'My eyelid twitches. Call me at 0912-345-678 please, it has lasted two weeks.' });
  const { c } = await signedIn('moderator');
  const page = await c.get(`/moderation/questions/${q.id}`);
  assert.equal(page.status, 200);
  const invalid = await c.postForm(`/moderation/questions/${q.id}/edit`, { title: 'Eyelid twitching for weeks', body: 'short', reason: 'remove phone' }, { csrfFrom: `/moderation/questions/${q.id}` });
  assert.equal(invalid.status, 400);
  assert.match(invalid.text_, />short<\/textarea>/, 'the typed body is kept');
  assert.match(invalid.text_, /value="remove phone"/, 'the typed reason is kept');
  const body = 'My eyelid twitches. It has lasted two weeks, mostly in the evening.';
  const res = await c.postForm(`/moderation/questions/${q.id}/edit`, { title: 'Eyelid twitching for weeks', body, reason: 'Removed a phone number' }, { csrfFrom: `/moderation/questions/${q.id}` });
  assert.equal(res.status, 303);
  const after = await db().selectFrom('questions').selectAll().where('id', '=', q.id).executeTakeFirstOrThrow();
  assert.equal(after.body, body);
  assert.equal(after.search_text, searchText(after.title, body));
  assert.equal(after.text_hash, textHash(after.title, body));
  const [row] = await auditRows('question.edit', q.id);
  assert.equal(row.reason, 'Removed a phone number');
  assert.ok(!row.details!.includes('0912'), 'the removed text is not copied into the permanent log');
});

test('a moderator resolves a report with a reason', async () => {
  const q = await buildQuestion(site.rt);
  await new Client(site.url).postForm(`/questions/${q.id}/report`, { reason: 'abuse' });
  const report = await db().selectFrom('reports').selectAll().where('question_id', '=', q.id).executeTakeFirstOrThrow();
  const { c, user } = await signedIn('moderator');
  const bad = await c.postForm(`/moderation/reports/${report.id}/resolve`, { reason: '' }, { csrfFrom: '/moderation' });
  assert.equal(bad.status, 400);
  assert.equal((await c.postForm(`/moderation/reports/${report.id}/resolve`, { reason: 'Not abusive' }, { csrfFrom: '/moderation' })).status, 303);
  const after = await db().selectFrom('reports').selectAll().where('id', '=', report.id).executeTakeFirstOrThrow();
  assert.equal(after.status, 'resolved');
  assert.equal(after.resolved_by, user.id);
  assert.equal((await auditRows('report.resolve', report.id))[0].reason, 'Not abusive');
  assert.ok(!(await c.get('/moderation')).text_.includes(`id="report-${report.id}"`), 'gone from the queue');

  // From the question's moderation page, the moderator stays there.
  await new Client(site.url).postForm(`/questions/${q.id}/report`, { reason: 'spam' });
  const second = await db().selectFrom('reports').selectAll().where('question_id', '=', q.id).where('status', '=', 'open').executeTakeFirstOrThrow();
  const page = await c.get(`/moderation/questions/${q.id}`);
  assert.ok(page.text_.includes(`action="/moderation/reports/${second.id}/resolve"`));
  const missing = await c.postForm(`/moderation/reports/${second.id}/resolve`, { from: 'question', reason: '' }, { csrfFrom: `/moderation/questions/${q.id}` });
  assert.equal(missing.status, 400);
  assert.ok(missing.text_.includes(`id="reason-report-${second.id}-error"`), 'the error is shown by the right form');
  const back = await c.postForm(`/moderation/reports/${second.id}/resolve`, { from: 'question', reason: 'Spam removed' }, { csrfFrom: `/moderation/questions/${q.id}` });
  assert.equal(back.headers.get('location'), `/moderation/questions/${q.id}?m=resolved`);
});

test('suspending a user signs them out everywhere and is audited; lifting it lets them sign in again', async () => {
  const patient = await buildPatient(site.rt);
  const pc = new Client(site.url);
  await pc.signIn(patient.user.email, PASSWORD);
  assert.equal((await pc.get('/me')).status, 200);
  const { c } = await signedIn('moderator');
  const found = await c.get(`/moderation/users?email=${encodeURIComponent(patient.user.email)}`);
  assert.ok(found.text_.includes(`/moderation/users/${patient.user.id}/suspend`));
  assert.equal((await c.postForm(`/moderation/users/${patient.user.id}/suspend`, { reason: '' }, { csrfFrom: '/moderation/users' })).status, 400);
  assert.equal((await c.postForm(`/moderation/users/${patient.user.id}/suspend`, { reason: 'Repeated spam' }, { csrfFrom: '/moderation/users' })).status, 303);
  const u = await db().selectFrom('users').selectAll().where('id', '=', patient.user.id).executeTakeFirstOrThrow();
  assert.ok(u.suspended_at);
  assert.equal(u.suspended_reason, 'Repeated spam');
  assert.equal((await db().selectFrom('sessions').select('id').where('user_id', '=', patient.user.id).execute()).length, 0);
  assert.equal((await pc.get('/me')).status, 303, 'the open session no longer works');
  assert.equal((await auditRows('user.suspend', patient.user.id))[0].reason, 'Repeated spam');
  const viaApi = await api(site.url, 'POST', '/api/questions', { token: patient.token, body: { department: 'neurology', title: 'Still here?', body: 'Trying to ask while suspended, through the API.', displayName: 'X', ageRange: '30~39', sex: 'female', consent: true } });
  assert.equal(viaApi.status, 401, 'API tokens of a suspended account are refused');

  assert.equal((await c.postForm(`/moderation/users/${patient.user.id}/unsuspend`, { reason: 'Appeal accepted' }, { csrfFrom: '/moderation/users' })).status, 303);
  assert.equal((await db().selectFrom('users').select('suspended_at').where('id', '=', patient.user.id).executeTakeFirstOrThrow()).suspended_at, null);
  assert.equal((await auditRows('user.unsuspend', patient.user.id))[0].reason, 'Appeal accepted');
  await pc.signIn(patient.user.email, PASSWORD);

  // A moderator cannot suspend another moderator or an admin.
  const otherMod = await buildStaff(site.rt, 'moderator');
  assert.equal((await c.postForm(`/moderation/users/${otherMod.user.id}/suspend`, { reason: 'x' }, { csrfFrom: '/moderation/users' })).status, 403);
});

test('the original before de-identification is shown only on an audited request with a reason', async () => {
  const q = await buildQuestion(site.rt);
  await saveOriginal(db(), q.id, 'Original title', 'My name is Jane Roe and my phone is 0912-345-678.');
  const { c, user } = await signedIn('moderator');
  const form = await c.get(`/moderation/questions/${q.id}/original`);
  assert.equal(form.status, 200);
  assert.ok(!form.text_.includes('Jane Roe'), 'not shown before the audited request');
  assert.equal((await auditRows('question.original.view', q.id)).length, 0);
  const noReason = await c.postForm(`/moderation/questions/${q.id}/original`, { reason: '' });
  assert.equal(noReason.status, 400);
  assert.ok(!noReason.text_.includes('Jane Roe'));
  const shown = await c.postForm(`/moderation/questions/${q.id}/original`, { reason: 'Checking a report of personal data' });
  assert.equal(shown.status, 200);
  assert.ok(shown.text_.includes('Jane Roe'));
  const rows = await auditRows('question.original.view', q.id);
  assert.equal(rows.length, 1);
  assert.equal(rows[0].actor_user_id, user.id);
  assert.equal(rows[0].reason, 'Checking a report of personal data');
  // A patient (even the asker) and a doctor cannot.
  const patient = await buildPatient(site.rt);
  const pc = new Client(site.url);
  await pc.signIn(patient.user.email, PASSWORD);
  const denied = await pc.postForm(`/moderation/questions/${q.id}/original`, { reason: 'curious' }, { csrfFrom: '/me' });
  assert.equal(denied.status, 403);
  assert.ok(!denied.text_.includes('Jane Roe'));
});

test('the queue lists urgent questions newest first and the audit page shows entries; nobody can change audit rows', async () => {
  const now = Date.now();
  const older = await buildQuestion(site.rt, { answer: null, title: 'Urgent older chest pain' });
  const newer = await buildQuestion(site.rt, { answer: null, title: 'Urgent newer stroke signs' });
  await db().updateTable('questions').set({ urgent: 1, asked_at: new Date(now - 60_000).toISOString() }).where('id', '=', older.id).execute();
  await db().updateTable('questions').set({ urgent: 1, asked_at: new Date(now).toISOString() }).where('id', '=', newer.id).execute();
  const { c } = await signedIn('admin');
  const queue = (await c.get('/moderation')).text_;
  const section = queue.slice(queue.indexOf('id="urgent-heading"'), queue.indexOf('id="held-heading"'));
  assert.ok(section.indexOf('Urgent newer stroke signs') >= 0 && section.indexOf('Urgent newer stroke signs') < section.indexOf('Urgent older chest pain'));

  await c.postForm(`/moderation/questions/${newer.id}/hide`, { reason: 'Audit page check' }, { csrfFrom: '/moderation' });
  const auditPage = await c.get(`/moderation/audit?targetType=question&targetId=${newer.id}`);
  assert.equal(auditPage.status, 200);
  assert.match(auditPage.text_, /question\.hide/);
  assert.match(auditPage.text_, /Audit page check/);
  const [row] = await auditRows('question.hide', newer.id);
  await assert.rejects(db().updateTable('audit_log').set({ reason: 'rewritten' }).where('id', '=', row.id).execute(), /append-only/);
  await assert.rejects(db().deleteFrom('audit_log').where('id', '=', row.id).execute(), /append-only/);
  assert.equal((await auditRows('question.hide', newer.id))[0].reason, 'Audit page check');
});

test('the retention job deletes originals of questions published longer ago than the retention period', async () => {
  const old = await buildQuestion(site.rt);
  const recent = await buildQuestion(site.rt);
  const pending = await buildQuestion(site.rt, { answer: null });
  await db().updateTable('questions').set({ published_at: new Date(Date.now() - 40 * 86400_000).toISOString() }).where('id', '=', old.id).execute();
  for (const q of [old, recent, pending]) await saveOriginal(db(), q.id, 't', 'b');
  const deleted = await runOriginalsPurge(site.rt.database, { originalRetentionDays: 30 });
  assert.ok(deleted >= 1);
  const left = new Set((await db().selectFrom('question_originals').select('question_id').execute()).map((r) => r.question_id));
  assert.ok(!left.has(old.id));
  assert.ok(left.has(recent.id));
  assert.ok(left.has(pending.id), 'not yet published: kept');
  const [row] = await db().selectFrom('audit_log').selectAll().where('action', '=', 'originals.purge').orderBy('id', 'desc').execute();
  assert.equal(row.actor_user_id, null);
});

test('the daily schedule queues the purge job once, and a worker with the moderation handlers runs it', async () => {
  const q = await buildQuestion(site.rt);
  await db().updateTable('questions').set({ published_at: new Date(Date.now() - 90 * 86400_000).toISOString() }).where('id', '=', q.id).execute();
  await saveOriginal(db(), q.id, 't', 'b');
  const stop = scheduleModerationJobs(site.rt.database, site.rt.log, 60_000);
  await new Promise((r) => setTimeout(r, 100));
  // A restart (or a second server) while the job still waits adds nothing. Were two to race, the purge is idempotent.
  const stopAgain = scheduleModerationJobs(site.rt.database, site.rt.log, 60_000);
  try {
    await new Promise((r) => setTimeout(r, 100));
    const queued = await db().selectFrom('jobs').select('id').where('kind', '=', PURGE_ORIGINALS).where('status', '=', 'queued').execute();
    assert.equal(queued.length, 1, 'scheduling again while the job waits queues nothing more');
    const worker = createWorker(site.rt.database, moderationJobHandlers(site.rt), site.rt.log);
    const ran = await worker.drain({ ignoreSchedule: true });
    assert.equal(ran.done, 1, 'the job runs once and does not re-queue itself (cli enrich drains ignoring run_at)');
    assert.equal(await db().selectFrom('question_originals').select('question_id').where('question_id', '=', q.id).executeTakeFirst(), undefined);
  } finally {
    stop();
    stopAgain();
  }
});

test('patients and doctors get 403 on moderation pages; anonymous visitors are sent to sign in', async () => {
  const patient = await buildPatient(site.rt);
  const doctor = await buildDoctor(site.rt);
  for (const who of [patient.user.email, doctor.user.email]) {
    const c = new Client(site.url);
    await c.signIn(who, PASSWORD);
    assert.equal((await c.get('/moderation')).status, 403);
    assert.equal((await c.get('/moderation/audit')).status, 403);
  }
  const anon = await new Client(site.url).get('/moderation');
  assert.equal(anon.status, 303);
  assert.match(anon.headers.get('location') ?? '', /^\/sign-in\?next=%2Fmoderation/);
});
