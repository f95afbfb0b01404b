import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSite, type TestSite } from './helpers/runtime.js';
import { api, Client } from './helpers/browserless-client.js';
import { buildPatient, buildQuestion, PASSWORD } from './helpers/factories.js';

let site: TestSite;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

test('security headers: a Content-Security-Policy without unsafe-inline, nosniff, frame-ancestors none', async () => {
  const q = await buildQuestion(site.rt);
  for (const path of ['/', `/questions/${q.id}`, '/sign-in']) {
    const res = await fetch(site.url + path);
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.ok(res.headers.get('referrer-policy'));
  }
  // No inline scripts or styles in pages: only JSON-LD data blocks, which CSP does not execute.
  const html = await (await fetch(`${site.url}/questions/${q.id}`)).text();
  for (const m of html.matchAll(/<script([^>]*)>/g)) assert.ok(/src=|application\/ld\+json/.test(m[1]), `inline script: ${m[0]}`);
  assert.doesNotMatch(html, /\sstyle="/);
});

test('sessions: HttpOnly, SameSite=Lax, a new id on every sign-in, gone after sign-out', async () => {
  const patient = await buildPatient(site.rt);
  const c = new Client(site.url);
  const first = await c.signIn(patient.user.email, PASSWORD);
  const cookie1 = first.headers.getSetCookie().find((h) => h.startsWith('oc_session='))!;
  assert.match(cookie1, /HttpOnly/i);
  assert.match(cookie1, /SameSite=Lax/i);
  const second = await c.signIn(patient.user.email, PASSWORD);
  const cookie2 = second.headers.getSetCookie().find((h) => h.startsWith('oc_session='))!;
  assert.notEqual(cookie1.split(';')[0], cookie2.split(';')[0], 'rotated on sign-in');
  // The old session no longer works.
  const old = await fetch(`${site.url}/me`, { headers: { cookie: cookie1.split(';')[0] }, redirect: 'manual' });
  assert.equal(old.status, 303);
  assert.equal((await c.get('/me')).status, 200);
  await c.postForm('/sign-out', {}, { csrfFrom: '/me' });
  assert.equal((await c.get('/me')).status, 303);
});

test('sign-in answers the same for an unknown e-mail and a wrong password', async () => {
  const patient = await buildPatient(site.rt);
  const a = await new Client(site.url).postForm('/sign-in', { email: patient.user.email, password: 'wrong password!' }, { csrfFrom: '/sign-in' });
  const b = await new Client(site.url).postForm('/sign-in', { email: 'nobody@example.test', password: 'wrong password!' }, { csrfFrom: '/sign-in' });
  assert.equal(a.status, 400);
  assert.equal(b.status, 400);
  const msg = (s: string) => s.match(/role="alert">([^<]+)</)?.[1];
  assert.equal(msg(a.text_), msg(b.text_));
});

test('a password reset mail does not reveal whether an account exists', async () => {
  const patient = await buildPatient(site.rt);
  const a = await new Client(site.url).postForm('/forgot-password', { email: patient.user.email }, { csrfFrom: '/forgot-password' });
  const b = await new Client(site.url).postForm('/forgot-password', { email: 'ghost@example.test' }, { csrfFrom: '/forgot-password' });
  assert.equal(a.status, b.status);
  assert.equal(a.text_.replace(/value="[^"]+"/g, ''), b.text_.replace(/value="[^"]+"/g, ''));
});

test('sign-in redirects only to paths on this site', async () => {
  const patient = await buildPatient(site.rt);
  for (const next of ['https://evil.example/', '//evil.example/x', '/\\evil.example']) {
    const c = new Client(site.url);
    const res = await c.postForm('/sign-in', { email: patient.user.email, password: PASSWORD, next }, { csrfFrom: '/sign-in' });
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/');
  }
});

test('a suspended account cannot use its API token', async () => {
  const patient = await buildPatient(site.rt);
  await site.rt.database.db.updateTable('users').set({ suspended_at: new Date().toISOString(), suspended_reason: 'spam' }).where('id', '=', patient.user.id).execute();
  const r = await api(site.url, 'POST', '/api/questions', { token: patient.token, body: {} });
  assert.equal(r.status, 401);
});

test('rate limits apply to writes when RATE_LIMIT=1, never to anonymous reads', async () => {
  const limited = await startSite({ RATE_LIMIT: '1' });
  try {
    const q = await buildQuestion(limited.rt);
    for (let i = 0; i < 40; i++) assert.equal((await fetch(`${limited.url}/questions/${q.id}`)).status, 200);
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      statuses.push((await new Client(limited.url).postForm('/sign-in', { email: 'x@example.test', password: 'wrong-password' }, { csrfFrom: '/sign-in' })).status);
    }
    assert.ok(statuses.includes(429), `sign-in is throttled: ${statuses.join(',')}`);
    // Triage allows at least 60 requests a minute from one address.
    for (let i = 0; i < 60; i++) assert.equal((await api(limited.url, 'POST', '/api/triage', { body: { text: 'a cough' } })).status, 200);
  } finally {
    await limited.close();
  }
});
