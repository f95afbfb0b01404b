import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import { request } from 'node:http';
import { openDatabase, type Database } from '../src/db/database.js';
import { databaseRateLimitStore } from '../src/ops/rate-limit-store.js';
import { startSite, type TestSite } from './helpers/runtime.js';
import { Client } from './helpers/browserless-client.js';
import { buildDoctor, buildQuestion, PASSWORD } from './helpers/factories.js';

let site: TestSite;
// A second connection, as another app server or the CLI would have: its writes must show too.
let elsewhere: Database;
before(async () => {
  site = await startSite();
  elsewhere = openDatabase({ databaseUrl: site.env.DATABASE_URL, dataDir: site.env.DATA_DIR });
});
after(async () => {
  await elsewhere?.close();
  await site?.close();
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(site.url + path, { headers, redirect: 'manual' });

/** Raw bytes and headers, without fetch's automatic decompression. */
function rawGet(path: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(site.url + path, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function addAnswer(db: Database, questionId: number, doctorId: number, text: string) {
  const now = new Date().toISOString();
  await db.db.insertInto('answers').values({ question_id: questionId, doctor_id: doctorId, text, answered_at: now, created_at: now, updated_at: now }).execute();
}

test('an anonymous question page is cached, with ETag, Last-Modified, 304s and a public Cache-Control', async () => {
  const q = await buildQuestion(site.rt, { title: 'Why do my knees click on stairs?' });
  const first = await get(`/questions/${q.id}`);
  assert.equal(first.status, 200);
  assert.equal(first.headers.get('x-page-cache'), 'miss');
  assert.equal(first.headers.get('cache-control'), 'public, max-age=0, must-revalidate');
  assert.match(first.headers.get('vary') ?? '', /Cookie/);
  const etag = first.headers.get('etag')!;
  const lastModified = first.headers.get('last-modified')!;
  assert.match(etag, /^W\/"[\w-]+"$/);
  assert.ok(Date.parse(lastModified) > 0);
  const html = await first.text();

  const second = await get(`/questions/${q.id}`);
  assert.equal(second.headers.get('x-page-cache'), 'hit');
  assert.equal(second.headers.get('etag'), etag);
  assert.equal(await second.text(), html, 'the cached bytes are the rendered bytes');
  for (const header of ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'x-frame-options', 'content-type'])
    assert.equal(second.headers.get(header), first.headers.get(header), `${header} is the same from the cache`);
  assert.ok(second.headers.get('content-security-policy'), 'security headers are kept');
  assert.match(second.headers.get('x-request-id') ?? '', /^[\w-]+$/);
  // A stale or forged session cookie is anonymous too: served from the cache by the full pipeline.
  const withCookie = await get(`/questions/${q.id}`, { cookie: 'oc_session=not-a-session' });
  assert.equal(withCookie.headers.get('x-page-cache'), 'hit');
  assert.equal(await withCookie.text(), html);

  const revalidated = await get(`/questions/${q.id}`, { 'if-none-match': etag });
  assert.equal(revalidated.status, 304);
  assert.equal(await revalidated.text(), '');
  const bySince = await get(`/questions/${q.id}`, { 'if-modified-since': lastModified });
  assert.equal(bySince.status, 304);
  const stale = await get(`/questions/${q.id}`, { 'if-none-match': 'W/"something-else"' });
  assert.equal(stale.status, 200);
});

test('a change to a question, its answers or its enrichment is never served stale, even when another connection made it', async () => {
  const doc = await buildDoctor(site.rt, { department: 'orthopedics' });
  const q = await buildQuestion(site.rt, { title: 'Is a popping shoulder a worry?', department: 'orthopedics', doctorId: doc.doctor.id });
  const path = `/questions/${q.id}`;
  const before = await (await get(path)).text();
  assert.equal((await get(path)).headers.get('x-page-cache'), 'hit');

  await addAnswer(elsewhere, q.id, doc.doctor.id, 'A second opinion: painless popping alone is common.');
  const afterAnswer = await get(path);
  assert.notEqual(afterAnswer.headers.get('x-page-cache'), 'hit');
  const html = await afterAnswer.text();
  assert.notEqual(html, before);
  assert.match(html, /A second opinion: painless popping alone is common\./);

  const now = new Date().toISOString();
  await elsewhere.db
    .insertInto('more_info')
    .values({ question_id: q.id, text: 'Shoulder sounds without pain are usually harmless.', sources: '[]', provider: 'test', generated_at: now, edited_at: null, edited_by: null, reviewed_at: null, reviewed_by: null, hidden: 0 })
    .execute();
  assert.match(await (await get(path)).text(), /Shoulder sounds without pain are usually harmless\./);

  // Hidden by a moderator elsewhere: gone at once, not served from the cache.
  await elsewhere.db.updateTable('questions').set({ status: 'hidden' }).where('id', '=', q.id).execute();
  assert.equal((await get(path)).status, 404);
});

test('department and home listings show a newly published question at once', async () => {
  const dept = '/departments/dermatology';
  await get(dept);
  await get('/');
  assert.equal((await get(dept)).headers.get('x-page-cache'), 'hit');
  const q = await buildQuestion(site.rt, { title: 'Why is the skin on my elbows so dry in winter?', department: 'dermatology' });
  assert.match(await (await get(dept)).text(), new RegExp(`href="/questions/${q.id}"`));
  assert.match(await (await get('/')).text(), new RegExp(`href="/questions/${q.id}"`));
});

test('pages for signed-in users, or carrying a CSRF token, are private and never cached', async () => {
  const doc = await buildDoctor(site.rt, { department: 'neurology' });
  const q = await buildQuestion(site.rt, { title: 'Can stress cause eyelid twitching?', answer: null });
  const c = new Client(site.url);
  await c.signIn(doc.user.email, PASSWORD);
  const own = await c.get(`/questions/${q.id}`);
  assert.equal(own.status, 200, 'a pending question is visible to a doctor of its department');
  assert.equal(own.headers.get('cache-control'), 'private, no-store');
  assert.equal(own.headers.get('x-page-cache'), null);
  assert.equal((await get(`/questions/${q.id}`)).status, 404, 'what the doctor saw did not leak into the anonymous cache');

  const published = await buildQuestion(site.rt, { title: 'Do twitches spread?' });
  await get(`/questions/${published.id}`);
  const signedIn = await c.get(`/questions/${published.id}`);
  assert.equal(signedIn.headers.get('x-page-cache'), null, 'a signed-in reader is never served the anonymous copy');
  assert.equal(signedIn.headers.get('cache-control'), 'private, no-store');

  const form = await get('/sign-in');
  assert.equal(form.headers.get('cache-control'), 'private, no-store');
  assert.match(await form.text(), /name="_csrf"/);
});

test('pages are compressed (gzip and brotli), from the cache too', async () => {
  const q = await buildQuestion(site.rt, { title: 'Does cold weather make joints ache?', body: 'My joints ache more when it is cold. '.repeat(20) });
  const plain = await rawGet(`/questions/${q.id}`, {});
  assert.equal(plain.headers['content-encoding'], undefined);
  for (const round of ['miss-or-hit', 'hit']) {
    const gz = await rawGet(`/questions/${q.id}`, { 'accept-encoding': 'gzip' });
    assert.equal(gz.headers['content-encoding'], 'gzip', round);
    assert.equal(gunzipSync(gz.body).toString(), plain.body.toString());
    const br = await get(`/questions/${q.id}`, { 'accept-encoding': 'br' });
    assert.equal(br.headers.get('content-encoding'), 'br');
    assert.equal(await br.text(), plain.body.toString());
  }
});

test('/readyz, /metrics and request ids', async () => {
  const ready = await get('/readyz');
  assert.equal(ready.status, 200);
  const body = await ready.json();
  assert.deepEqual(body.checks, { database: 'ok', migrations: 'ok', indexes: 'ok' });

  const traced = await get('/healthz', { 'x-request-id': 'lb-1234.abc' });
  assert.equal(traced.headers.get('x-request-id'), 'lb-1234.abc');
  const fresh = await get('/healthz', { 'x-request-id': 'bad id with spaces\n' });
  const freshId = fresh.headers.get('x-request-id') ?? '';
  assert.match(freshId, /^[\w-]{8,}$/);
  // Each request gets its own id.
  const next = await get('/healthz');
  assert.notEqual(next.headers.get('x-request-id'), freshId);

  const metrics = await (await get('/metrics')).text();
  assert.match(metrics, /openconsult_http_request_duration_seconds_bucket\{.*route="\/questions\/:id\/:slug\?"/);
  assert.match(metrics, /openconsult_job_queue_depth\{status="queued"\} \d+/);
  assert.match(metrics, /openconsult_page_cache_hit_ratio 0\.\d+|openconsult_page_cache_hit_ratio 1/);
  assert.match(metrics, /openconsult_page_cache_hits_total [1-9]/);
});

test('rate-limit counters live in the database, shared by every server, per route, with expiring windows', async () => {
  const Store = databaseRateLimitStore(site.rt.database);
  const OtherServer = databaseRateLimitStore(elsewhere);
  const ask = new Store({}).child({ routeInfo: { method: 'POST', url: '/ask' } } as never);
  const askElsewhere = new OtherServer({}).child({ routeInfo: { method: 'POST', url: '/ask' } } as never);
  const report = new Store({}).child({ routeInfo: { method: 'POST', url: '/report' } } as never);
  const incr = (s: typeof ask, key: string, windowMs: number) =>
    new Promise<{ current: number; ttl: number }>((resolve, reject) => s.incr(key, (err, r) => (err ? reject(err) : resolve(r!)), windowMs, 10));
  assert.equal((await incr(ask, '10.0.0.1', 60_000)).current, 1);
  assert.equal((await incr(askElsewhere, '10.0.0.1', 60_000)).current, 2, 'the other server sees the same counter');
  const third = await incr(ask, '10.0.0.1', 60_000);
  assert.equal(third.current, 3);
  assert.ok(third.ttl > 55_000 && third.ttl <= 60_000);
  assert.equal((await incr(report, '10.0.0.1', 60_000)).current, 1, 'each route counts on its own');
  assert.equal((await incr(ask, '10.0.0.2', 60_000)).current, 1, 'each address counts on its own');
  assert.equal((await incr(ask, 'short', 40)).current, 1);
  assert.equal((await incr(ask, 'short', 40)).current, 2);
  await new Promise((r) => setTimeout(r, 60));
  assert.equal((await incr(ask, 'short', 40)).current, 1, 'a new window starts once the old one ended');
});
