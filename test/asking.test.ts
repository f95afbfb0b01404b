import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSite, type TestSite } from './helpers/runtime.js';
import { api, Client } from './helpers/browserless-client.js';
import { buildDoctor, buildPatient, buildStaff, PASSWORD } from './helpers/factories.js';

let site: TestSite;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

const ASK = { department: 'neurology', title: 'Leg twitching in bed', body: 'My calf muscles twitch every night in bed for two weeks now. No weakness. What can it be?', displayName: 'NightOwl', ageRange: '30~39', sex: 'male', consent: 'on' };

function latestMail(to: string): string {
  const dir = join(site.dataDir, 'outbox');
  const files = readdirSync(dir).filter((f) => f.includes(to.replace(/[^a-zA-Z0-9@._-]/g, '_'))).sort();
  // The .eml body is quoted-printable: undo soft line breaks and =XX escapes.
  return readFileSync(join(dir, files[files.length - 1]), 'utf8')
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
}

test('sign up, verify the e-mail from the mail link, then ask through the form', async () => {
  const c = new Client(site.url);
  const bad = await c.postForm('/sign-up', { displayName: 'New Person', email: 'not-an-email', password: 'short' }, { csrfFrom: '/sign-up' });
  assert.equal(bad.status, 400);
  assert.match(bad.text_, /value="New Person"/, 'what was typed is kept');
  assert.match(bad.text_, /Enter a valid e-mail address/);
  const ok = await c.postForm('/sign-up', { displayName: 'New Person', email: 'new.person@example.test', password: 'a long enough password' }, { csrfFrom: '/sign-up' });
  assert.equal(ok.status, 303);
  // Unverified: asking is refused, the text is kept.
  const early = await c.postForm('/ask', ASK);
  assert.equal(early.status, 403);
  assert.match(early.text_, /Leg twitching in bed/);
  const mail = latestMail('new.person@example.test');
  const link = mail.match(/http:\/\/localhost:\d+(\/verify-email\?token=[\w-]+)/)?.[1];
  assert.ok(link, 'the verification mail carries a link');
  assert.equal((await c.get(link!)).status, 200);
  assert.equal((await c.get(link!)).status, 400, 'a link works once');

  const missingConsent = await c.postForm('/ask', { ...ASK, consent: '' });
  assert.equal(missingConsent.status, 400);
  assert.match(missingConsent.text_, /agree to public posting/);
  assert.match(missingConsent.text_, /value="Leg twitching in bed"/);
  assert.match(missingConsent.text_, /My calf muscles twitch every night/);
  const asked = await c.postForm('/ask', ASK);
  assert.equal(asked.status, 303);
  const location = asked.headers.get('location')!;
  assert.match(location, /^\/questions\/\d+\?flash=asked$/);
  // The asker sees the state of their own question; the public does not.
  const mine = await c.get(location);
  assert.equal(mine.status, 200);
  assert.match(mine.text_, /Waiting for a doctor/);
  assert.equal((await new Client(site.url).get(location.split('?')[0])).status, 404);
});

test('personal data is removed before publishing and the preview shows it; the original is kept for moderators only', async () => {
  const patient = await buildPatient(site.rt);
  const c = new Client(site.url);
  await c.signIn(patient.user.email, PASSWORD);
  const body = 'My name is Jonathan Pierce and my phone is 0912-345-678, e-mail jon.pierce@example.com. I have had a headache for three days.';
  const preview = await c.postForm('/ask', { ...ASK, body, intent: 'preview' });
  assert.equal(preview.status, 200);
  assert.match(preview.text_, /What will be published/);
  const previewSection = preview.text_.slice(preview.text_.indexOf('What will be published'), preview.text_.indexOf('<form method="post" action="/ask"'));
  assert.ok(!previewSection.includes('0912-345-678'));
  assert.ok(!previewSection.includes('jon.pierce@example.com'));
  const asked = await c.postForm('/ask', { ...ASK, body });
  assert.equal(asked.status, 303);
  const id = Number(asked.headers.get('location')!.match(/\/questions\/(\d+)/)![1]);
  const q = await site.rt.database.db.selectFrom('questions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  assert.ok(!q.body.includes('0912-345-678'));
  assert.ok(!q.body.includes('jon.pierce@example.com'));
  assert.ok(!q.body.includes('Jonathan Pierce'));
  assert.match(q.body, /headache for three days/);
  assert.ok(q.consent_at, 'consent is recorded');
  const original = await site.rt.database.db.selectFrom('question_originals').selectAll().where('question_id', '=', id).executeTakeFirst();
  assert.ok(original?.body.includes('0912-345-678'));
});

test('red flags: triage answers at once, the question is marked urgent, first in the doctor queue, and moderators are told', async () => {
  const mod = await buildStaff(site.rt, 'moderator');
  const t1 = await api(site.url, 'POST', '/api/triage', { body: { text: 'crushing chest pain and I am sweating and short of breath' } });
  assert.equal(t1.status, 200);
  assert.equal(t1.json.emergency, true);
  assert.ok(t1.json.categories.includes('chest-pain'));
  assert.ok(t1.json.guidance.paragraphs.length > 0);
  const t2 = await api(site.url, 'POST', '/api/triage', { body: { text: 'No chest pain at all, just a mild cough for two days.' } });
  assert.equal(t2.json.emergency, false);

  const patient = await buildPatient(site.rt);
  const doc = await buildDoctor(site.rt, { department: 'cardiology' });
  const calm = await api(site.url, 'POST', '/api/questions', { token: patient.token, body: { department: 'cardiology', title: 'Blood pressure readings', body: 'My home blood pressure readings vary a lot between morning and evening.', displayName: 'BP', ageRange: '50~59', sex: 'female', consent: true } });
  const urgent = await api(site.url, 'POST', '/api/questions', { token: patient.token, body: { department: 'cardiology', title: 'Chest pressure now', body: 'I have crushing chest pressure spreading to my left arm and I am sweating and short of breath.', displayName: 'BP', ageRange: '50~59', sex: 'female', consent: true } });
  assert.equal(urgent.json.urgent, true);
  assert.equal(calm.json.urgent, false);
  const c = new Client(site.url);
  await c.signIn(doc.user.email, PASSWORD);
  const queue = await c.get('/doctor/queue');
  const iUrgent = queue.text_.indexOf(`/doctor/questions/${urgent.json.id}/answer`);
  const iCalm = queue.text_.indexOf(`/doctor/questions/${calm.json.id}/answer`);
  assert.ok(iUrgent > 0 && iCalm > 0 && iUrgent < iCalm, 'urgent first, even though asked later');
  const notes = await site.rt.database.db.selectFrom('notifications').selectAll().where('user_id', '=', mod.user.id).execute();
  assert.ok(notes.some((n) => n.kind === 'urgent' && n.question_id === urgent.json.id));
});

test('the asker edits or withdraws until answered; then not any more', async () => {
  const patient = await buildPatient(site.rt);
  const other = await buildPatient(site.rt);
  const doc = await buildDoctor(site.rt, { department: 'neurology' });
  const r = await api(site.url, 'POST', '/api/questions', { token: patient.token, body: { ...ASK, consent: true } });
  const c = new Client(site.url);
  await c.signIn(patient.user.email, PASSWORD);
  const edit = await c.postForm(`/questions/${r.json.id}/edit`, { title: 'Leg twitching at night', body: 'My calves twitch at night in bed, for two weeks, no weakness, I drink a lot of coffee.' });
  assert.equal(edit.status, 303);
  const o = new Client(site.url);
  await o.signIn(other.user.email, PASSWORD);
  assert.equal((await o.get(`/questions/${r.json.id}/edit`)).status, 403);
  await api(site.url, 'POST', `/api/questions/${r.json.id}/answers`, { token: doc.token, body: { text: 'Twitches at rest with normal strength are usually benign; reduce coffee and sleep well.' } });
  assert.equal((await c.get(`/questions/${r.json.id}/edit`)).status, 403);
  const pub = await api(site.url, 'GET', `/api/questions/${r.json.id}`);
  assert.equal(pub.json.title, 'Leg twitching at night');
  // Withdraw a second one.
  const r2 = await api(site.url, 'POST', '/api/questions', { token: patient.token, body: { ...ASK, consent: true } });
  const w = await c.postForm(`/questions/${r2.json.id}/withdraw`, {}, { csrfFrom: '/me' });
  assert.equal(w.status, 303);
  const q2 = await site.rt.database.db.selectFrom('questions').select('status').where('id', '=', r2.json.id).executeTakeFirstOrThrow();
  assert.equal(q2.status, 'withdrawn');
});

test('a doctor or moderator moves a misfiled question; a doctor of another department cannot', async () => {
  const patient = await buildPatient(site.rt);
  const neuro = await buildDoctor(site.rt, { department: 'neurology' });
  const derm = await buildDoctor(site.rt, { department: 'dermatology' });
  const r = await api(site.url, 'POST', '/api/questions', { token: patient.token, body: { ...ASK, title: 'Itchy scalp', body: 'My scalp itches and flakes for a month, worse in winter. Which shampoo type helps?', consent: true } });
  const d = new Client(site.url);
  await d.signIn(derm.user.email, PASSWORD);
  assert.equal((await d.postForm(`/doctor/questions/${r.json.id}/move`, { department: 'neurology' }, { csrfFrom: '/doctor/queue' })).status, 403);
  const n = new Client(site.url);
  await n.signIn(neuro.user.email, PASSWORD);
  const moved = await n.postForm(`/doctor/questions/${r.json.id}/move`, { department: 'dermatology' }, { csrfFrom: `/doctor/questions/${r.json.id}/answer` });
  assert.equal(moved.status, 303);
  const q = await site.rt.database.db.selectFrom('questions').innerJoin('departments', 'departments.id', 'questions.department_id').select('departments.slug').where('questions.id', '=', r.json.id).executeTakeFirstOrThrow();
  assert.equal(q.slug, 'dermatology');
  const audit = await site.rt.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'question.move').where('target_id', '=', String(r.json.id)).execute();
  assert.equal(audit.length, 1);
});

test('with HOLD_FIRST_QUESTION=1 a new account\'s first question waits for a moderator', async () => {
  const held = await startSite({ HOLD_FIRST_QUESTION: '1' });
  try {
    const patient = await buildPatient(held.rt);
    const first = await api(held.url, 'POST', '/api/questions', { token: patient.token, body: { ...ASK, consent: true } });
    assert.equal(first.json.status, 'held');
    const second = await api(held.url, 'POST', '/api/questions', { token: patient.token, body: { ...ASK, consent: true } });
    assert.equal(second.json.status, 'pending');
  } finally {
    await held.close();
  }
});
