import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, type TestSite } from './helpers/runtime.js';
import { Client } from './helpers/browserless-client.js';
import { buildPatient, buildQuestion, buildStaff, PASSWORD } from './helpers/factories.js';
import { saveOriginal } from '../src/questions/originals.js';

let site: TestSite;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

const db = () => site.rt.database.db;

async function patientWithThreads() {
  const me = await buildPatient(site.rt, { name: 'Export Me' });
  const published = await buildQuestion(site.rt, { askerUserId: me.user.id, title: 'My answered question', answer: 'Rest and fluids usually help; see a doctor if it persists.' });
  const pending = await buildQuestion(site.rt, { askerUserId: me.user.id, title: 'My unanswered question', answer: null });
  await saveOriginal(db(), published.id, 'My answered question', 'I am Jane Roe, 0912-345-678.');
  await db().insertInto('notifications').values({ user_id: me.user.id, kind: 'answered', question_id: published.id, message: 'A doctor answered', read_at: null, created_at: new Date().toISOString() }).execute();
  return { me, published, pending };
}

test('/me links to the export and the deletion page', async () => {
  const p = await buildPatient(site.rt);
  const c = new Client(site.url);
  await c.signIn(p.user.email, PASSWORD);
  const me = await c.get('/me');
  assert.match(me.text_, /href="\/me\/export"/);
  assert.match(me.text_, /href="\/me\/delete"/);
});

test('the export is a JSON download with the account, own questions, their answers and notifications — nobody else’s data', async () => {
  const { me, published, pending } = await patientWithThreads();
  const other = await buildPatient(site.rt, { email: 'someone-else@example.test' });
  const theirs = await buildQuestion(site.rt, { askerUserId: other.user.id, title: 'Another person question' });
  await db().insertInto('notifications').values({ user_id: other.user.id, kind: 'answered', question_id: theirs.id, message: 'Not yours', read_at: null, created_at: new Date().toISOString() }).execute();

  const c = new Client(site.url);
  await c.signIn(me.user.email, PASSWORD);
  const res = await c.get('/me/export');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /application\/json/);
  assert.match(res.headers.get('content-disposition') ?? '', /attachment; filename="openconsult-data-/);
  const data = JSON.parse(res.text_);
  assert.equal(data.account.email, me.user.email);
  assert.equal(data.account.password_hash, undefined);
  assert.deepEqual(data.questions.map((q: { id: number }) => q.id).sort(), [published.id, pending.id].sort());
  const pub = data.questions.find((q: { id: number }) => q.id === published.id);
  assert.equal(pub.answers.length, 1);
  assert.match(pub.answers[0].text, /Rest and fluids/);
  assert.match(pub.original.body, /Jane Roe/, 'your own text before de-identification is yours');
  assert.equal(data.notifications.length, 1);
  assert.equal(data.notifications[0].message, 'A doctor answered');
  assert.ok(!res.text_.includes('someone-else@example.test'));
  assert.ok(!res.text_.includes('Another person question'));
  assert.ok(!res.text_.includes('Not yours'));
  assert.ok(!/token_hash|password_hash|scrypt\$/.test(res.text_), 'no secrets, not even hashed');

  assert.equal((await new Client(site.url).get('/me/export')).status, 303, 'anonymous: sign in first');
});

test('deleting the account needs the password; published questions stay anonymised, unanswered ones go', async () => {
  const { me, published, pending } = await patientWithThreads();
  const c = new Client(site.url);
  await c.signIn(me.user.email, PASSWORD);
  assert.equal((await c.get('/me/delete')).status, 200);
  const wrong = await c.postForm('/me/delete', { password: 'not my password' });
  assert.equal(wrong.status, 400);
  assert.match(wrong.text_, /not your password/);
  assert.ok(await db().selectFrom('users').select('id').where('id', '=', me.user.id).executeTakeFirst(), 'still there');

  const res = await c.postForm('/me/delete', { password: PASSWORD });
  assert.equal(res.status, 303);
  assert.equal(res.headers.get('location'), '/me/delete?done=1');
  assert.equal(await db().selectFrom('users').select('id').where('id', '=', me.user.id).executeTakeFirst(), undefined);
  assert.equal((await db().selectFrom('sessions').select('id').where('user_id', '=', me.user.id).execute()).length, 0);
  assert.equal((await db().selectFrom('notifications').select('id').where('user_id', '=', me.user.id).execute()).length, 0);
  const kept = await db().selectFrom('questions').selectAll().where('id', '=', published.id).executeTakeFirstOrThrow();
  assert.equal(kept.asker_user_id, null);
  assert.equal(kept.asker_name, 'Tester', 'the pseudonym stays');
  assert.equal(kept.status, 'published');
  assert.equal(await db().selectFrom('questions').select('id').where('id', '=', pending.id).executeTakeFirst(), undefined);
  assert.equal(await db().selectFrom('question_originals').select('question_id').where('question_id', '=', published.id).executeTakeFirst(), undefined);
  const page = await new Client(site.url).get(`/questions/${published.id}`);
  assert.equal(page.status, 200, 'the published question is still public');
  assert.match(page.text_, /My answered question/);
  assert.equal((await c.get('/me')).status, 303, 'signed out');
  assert.match((await c.get('/me/delete?done=1')).text_, /account was deleted/);
  const [row] = await db().selectFrom('audit_log').selectAll().where('action', '=', 'account.delete').where('target_id', '=', String(me.user.id)).execute();
  assert.match(row.details!, /"anonymisedQuestions":1/);
});

test('the only administrator cannot delete their account', async () => {
  const admins = await db().selectFrom('users').select('id').where('role', '=', 'admin').execute();
  assert.equal(admins.length, 0, 'this test needs a site without admins');
  const a = await buildStaff(site.rt, 'admin');
  const c = new Client(site.url);
  await c.signIn(a.user.email, PASSWORD);
  const res = await c.postForm('/me/delete', { password: PASSWORD });
  assert.equal(res.status, 409);
  assert.ok(await db().selectFrom('users').select('id').where('id', '=', a.user.id).executeTakeFirst());
});
