import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSite, type TestSite } from './helpers/runtime.js';
import { api, Client } from './helpers/browserless-client.js';
import { buildDoctor, buildPatient, buildQuestion, buildStaff, PASSWORD } from './helpers/factories.js';

let site: TestSite;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

const sectionOrder = (html: string) => [...html.matchAll(/data-section="([a-z-]+)"/g)].map((m) => m[1]);

test('healthz answers with JSON once the database answers', async () => {
  const r = await api(site.url, 'GET', '/healthz');
  assert.equal(r.status, 200);
  assert.equal(r.json.status, 'ok');
});

test('the home page lists departments and recent answered questions', async () => {
  const q = await buildQuestion(site.rt, { title: 'Why does my eyelid twitch at night?' });
  const page = await new Client(site.url).get('/');
  assert.equal(page.status, 200);
  assert.match(page.text_, /href="\/departments\/cardiology"/);
  assert.match(page.text_, new RegExp(`href="/questions/${q.id}"`));
});

test('a published question page has every section in order, canonical URL and QAPage JSON-LD', async () => {
  const doc = await buildDoctor(site.rt, { department: 'neurology', name: 'Dr. Mei Tao', signOff: 'Dr. Tao cares about you' });
  const q = await buildQuestion(site.rt, { title: 'Regarding involuntary muscle twitching?', doctorId: doc.doctor.id, answer: 'Twitches like this are common and usually harmless.' });
  const c = new Client(site.url);
  const first = await c.get(`/questions/${q.id}`);
  assert.equal(first.status, 200);
  const html = first.text_;
  assert.deepEqual(sectionOrder(html), ['share', 'question', 'answer', 'similar', 'faq']);
  assert.match(html, /<link rel="canonical" href="http:\/\/localhost:\d+\/questions\/\d+\/regarding-involuntary-muscle-twitching"/);
  assert.match(html, /"@type":"QAPage"/);
  assert.match(html, /"acceptedAnswer"/);
  assert.match(html, /Dr\. Tao cares about you/);
  assert.match(html, /Ask date <time[^>]*>\d{4}\/\d{2}\/\d{2}<\/time>/);
  assert.match(html, /Reply date <time[^>]*>\d{4}\/\d{2}\/\d{2}<\/time>/);
  assert.match(html, /og:title/);
  assert.match(html, /twitter:card/);
  for (const share of ['facebook.com/sharer', 'x.com/intent', 'social-plugins.line.me', 'wa.me', 'mailto:']) assert.ok(html.includes(share), share);
  assert.match(html, /not a diagnosis/);
  assert.match(html, /emergency number/);
});

test('a script in a question is shown as text, never run', async () => {
  const q = await buildQuestion(site.rt, { title: 'XSS <script>alert(1)</script>', body: 'Hello <script>alert("x")</script> <img src=x onerror=alert(2)> and more text here.' });
  const page = await new Client(site.url).get(`/questions/${q.id}`);
  assert.equal(page.status, 200);
  assert.ok(!page.text_.includes('<script>alert'), 'raw script tag must not appear');
  assert.ok(!page.text_.includes('<img src=x'), 'raw img tag must not appear');
  assert.ok(page.text_.includes('&lt;script>alert') || page.text_.includes('&lt;script&gt;alert'), 'the text is shown escaped');
  // JSON-LD must not be breakable either.
  assert.ok(!/<\/script><script>/.test(page.text_));
});

test('pending and hidden questions are not public', async () => {
  const pending = await buildQuestion(site.rt, { answer: null });
  const hidden = await buildQuestion(site.rt, { status: 'hidden' });
  assert.equal((await new Client(site.url).get(`/questions/${pending.id}`)).status, 404);
  assert.equal((await new Client(site.url).get(`/questions/${hidden.id}`)).status, 404);
  assert.equal((await api(site.url, 'GET', `/api/questions/${hidden.id}`)).status, 404);
});

test('a form POST without the CSRF token is answered 403 before anything happens', async () => {
  const patient = await buildPatient(site.rt);
  const c = new Client(site.url);
  await c.signIn(patient.user.email, PASSWORD);
  const before = await site.rt.database.db.selectFrom('questions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const res = await c.postForm('/ask', { department: 'neurology', title: 'A title here', body: 'A body that is long enough to pass.', displayName: 'Anon', ageRange: '30~39', sex: 'female', consent: 'on' }, { noToken: true });
  assert.equal(res.status, 403);
  const afterCount = await site.rt.database.db.selectFrom('questions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  assert.equal(Number(afterCount.n), Number(before.n));
  // Sign-in without a token is refused too.
  const anon = new Client(site.url);
  assert.equal((await anon.postForm('/sign-in', { email: patient.user.email, password: PASSWORD }, { noToken: true })).status, 403);
});

test('passwords are stored hashed with scrypt', async () => {
  const patient = await buildPatient(site.rt);
  const row = await site.rt.database.db.selectFrom('users').select('password_hash').where('id', '=', patient.user.id).executeTakeFirstOrThrow();
  assert.ok(row.password_hash.startsWith('scrypt$'));
  assert.ok(!row.password_hash.includes(PASSWORD));
});

test('the API: a patient asks, a doctor of the department answers, the question is published', async () => {
  const patient = await buildPatient(site.rt);
  const doc = await buildDoctor(site.rt, { department: 'dermatology' });
  const bad = await api(site.url, 'POST', '/api/questions', { token: patient.token, body: { department: 'dermatology', title: 'x' } });
  assert.equal(bad.status, 400);
  assert.equal(bad.json.error.code, 'validation');
  assert.ok(bad.json.error.fields.title);
  const asked = await api(site.url, 'POST', '/api/questions', {
    token: patient.token,
    body: { department: 'dermatology', title: 'Itchy rash on both hands', body: 'For three weeks my hands have had an itchy red rash that gets worse after washing dishes.', displayName: 'DishWasher', ageRange: '30~39', sex: 'female', consent: true },
  });
  assert.equal(asked.status, 201, asked.text);
  assert.equal(asked.json.status, 'pending');
  assert.equal(asked.json.urgent, false);
  // Not public before an answer.
  assert.equal((await api(site.url, 'GET', `/api/questions/${asked.json.id}`)).status, 404);
  // A patient cannot answer; a doctor of another department cannot answer.
  assert.equal((await api(site.url, 'POST', `/api/questions/${asked.json.id}/answers`, { token: patient.token, body: { text: 'I am not a doctor but here is my answer.' } })).status, 403);
  const neuro = await buildDoctor(site.rt, { department: 'neurology' });
  assert.equal((await api(site.url, 'POST', `/api/questions/${asked.json.id}/answers`, { token: neuro.token, body: { text: 'Outside my department, but here is an answer.' } })).status, 403);
  const answered = await api(site.url, 'POST', `/api/questions/${asked.json.id}/answers`, { token: doc.token, body: { text: 'Hand dermatitis from frequent washing is common. Gloves and a fragrance-free moisturiser help; see a doctor if it cracks or spreads.' } });
  assert.equal(answered.status, 201, answered.text);
  const pub = await api(site.url, 'GET', `/api/questions/${asked.json.id}`);
  assert.equal(pub.status, 200);
  assert.equal(pub.json.status, 'published');
  assert.equal(pub.json.department.slug, 'dermatology');
  assert.equal(pub.json.asker.name, 'DishWasher');
  assert.equal(pub.json.answers.length, 1);
  assert.equal(pub.json.answers[0].doctor.name, doc.doctor.name);
  assert.equal(pub.json.moreInfo, null);
  assert.ok(Array.isArray(pub.json.similar));
  // The asker was notified on the site and a mail was queued.
  const notes = await site.rt.database.db.selectFrom('notifications').selectAll().where('user_id', '=', patient.user.id).execute();
  assert.equal(notes.length, 1);
  await site.rt.worker.drain();
  const outbox = join(site.dataDir, 'outbox');
  const mails = readdirSync(outbox).map((f) => readFileSync(join(outbox, f), 'utf8'));
  assert.ok(mails.some((m) => m.includes(patient.user.email) && m.includes('A doctor answered your question')));
});

test('GET /api/questions?externalId finds imported questions and 404s otherwise', async () => {
  const q = await buildQuestion(site.rt, { externalId: 'ext-123' });
  const r = await api(site.url, 'GET', '/api/questions?externalId=ext-123');
  assert.equal(r.status, 200);
  assert.equal(r.json.id, q.id);
  assert.equal((await api(site.url, 'GET', '/api/questions?externalId=nope')).status, 404);
});

test('errors are JSON without stack traces', async () => {
  const r = await api(site.url, 'POST', '/api/questions', { body: { nonsense: true } });
  assert.equal(r.status, 401);
  assert.equal(r.json.error.code, 'unauthorized');
  const bad = await fetch(`${site.url}/api/triage`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{not json' });
  assert.equal(bad.status, 400);
  const text = await bad.text();
  assert.ok(!/at .*\.ts:\d+/.test(text), 'no stack trace');
});

test('staff factories work', async () => {
  const mod = await buildStaff(site.rt, 'moderator');
  assert.equal(mod.user.role, 'moderator');
});
