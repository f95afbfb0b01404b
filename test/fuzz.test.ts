import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { startSite, type TestSite } from './helpers/runtime.js';
import { api, Client } from './helpers/browserless-client.js';
import { buildDoctor, buildPatient, PASSWORD } from './helpers/factories.js';
import { importQaFile } from '../src/importer/qa-import.js';
import { importFaqFile } from '../src/importer/faq-import.js';

let site: TestSite;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.close();
});

// Strings that try hard: markup, quotes, control characters, CJK, emoji, long runs.
const nasty = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.constantFrom('<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "'; DROP TABLE questions; --", '\u0000\u0001\u202e', '我的頭很痛<b>', '{{constructor}}', '__proto__', 'a'.repeat(12_000)),
);
const jsonValue = fc.oneof(nasty, fc.integer(), fc.boolean(), fc.constant(null), fc.array(nasty, { maxLength: 3 }), fc.dictionary(nasty, nasty, { maxKeys: 3 }));
const NEVER = (status: number) => status < 500;

test('POST /api/questions: arbitrary bodies never cause a server error', async () => {
  const patient = await buildPatient(site.rt);
  const body = fc.record(
    { department: fc.oneof(jsonValue, fc.constantFrom('neurology', 'cardiology')), title: jsonValue, body: jsonValue, displayName: jsonValue, ageRange: fc.oneof(jsonValue, fc.constant('30~39')), sex: fc.oneof(jsonValue, fc.constant('male')), consent: fc.oneof(jsonValue, fc.constant(true)) },
    { requiredKeys: [] },
  );
  await fc.assert(
    fc.asyncProperty(fc.oneof(body, jsonValue), async (b) => {
      const r = await api(site.url, 'POST', '/api/questions', { token: patient.token, body: b });
      assert.ok(NEVER(r.status), `status ${r.status} for ${JSON.stringify(b).slice(0, 200)}`);
      assert.ok(r.status === 201 || r.json?.error?.code, 'errors are JSON with a code');
      assert.ok(!/\bat .*\.(ts|js):\d+/.test(r.text), 'no stack trace');
    }),
    { numRuns: 60 },
  );
});

test('POST /api/triage and answers: arbitrary bodies never cause a server error', async () => {
  const doc = await buildDoctor(site.rt, { department: 'neurology' });
  await fc.assert(
    fc.asyncProperty(fc.oneof(fc.record({ text: nasty, lang: fc.oneof(nasty, fc.constant('zh-Hant')) }, { requiredKeys: [] }), jsonValue), async (b) => {
      const r = await api(site.url, 'POST', '/api/triage', { body: b });
      assert.ok(NEVER(r.status), `triage ${r.status}`);
      const a = await api(site.url, 'POST', '/api/questions/1/answers', { token: doc.token, body: b });
      assert.ok(NEVER(a.status), `answer ${a.status}`);
    }),
    { numRuns: 40 },
  );
});

test('forms (sign-up, sign-in, ask, search): arbitrary fields never cause a server error, and what is stored renders escaped', async () => {
  const patient = await buildPatient(site.rt);
  const c = new Client(site.url);
  await c.signIn(patient.user.email, PASSWORD);
  const fields = fc.dictionary(fc.constantFrom('department', 'title', 'body', 'displayName', 'ageRange', 'sex', 'consent', 'intent', 'email', 'password', 'website'), nasty, { maxKeys: 8 });
  await fc.assert(
    fc.asyncProperty(fields, async (f) => {
      const ask = await c.postForm('/ask', f);
      assert.ok(NEVER(ask.status), `ask ${ask.status}`);
      assert.ok(!ask.text_.includes('<script>alert(1)</script>'), 'the re-rendered form escapes what was typed');
      const anon = new Client(site.url);
      assert.ok(NEVER((await anon.postForm('/sign-up', f, { csrfFrom: '/sign-up' })).status));
      assert.ok(NEVER((await anon.postForm('/sign-in', f, { csrfFrom: '/sign-in' })).status));
      assert.ok(NEVER((await anon.get(`/search?q=${encodeURIComponent(f.title ?? '')}&page=${encodeURIComponent(f.body ?? '')}`)).status));
    }),
    { numRuns: 30 },
  );
  // A valid question full of markup is stored and shown as text.
  const ok = await c.postForm('/ask', { department: 'neurology', title: '<script>alert(1)</script> twitch', body: 'My eye twitches <img src=x onerror=alert(1)> every evening after work.', displayName: '<b>me</b>', ageRange: '20~29', sex: 'female', consent: 'on' });
  assert.equal(ok.status, 303);
  const page = await c.get(ok.headers.get('location')!);
  assert.ok(!page.text_.includes('<script>alert(1)</script>'));
  assert.ok(!page.text_.includes('<img src=x'));
  assert.ok(!page.text_.includes('<b>me</b>'));
});

test('the import readers: arbitrary lines never crash an import; bad lines are counted, good ones kept', async () => {
  const line = fc.oneof(
    nasty,
    jsonValue.map((v) => JSON.stringify(v)),
    fc.record({ id: fc.oneof(nasty, fc.integer()), question: jsonValue, answers: fc.oneof(jsonValue, fc.array(jsonValue, { maxLength: 3 })), department: jsonValue, lang: jsonValue, asker: jsonValue, asked_at: jsonValue }, { requiredKeys: [] }).map((v) => JSON.stringify(v)),
  );
  let run = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(line, { maxLength: 8 }), async (lines) => {
      const file = join(site.dataDir, `fuzz-${run++}.jsonl`);
      const good = JSON.stringify({ id: `fuzz-good-${run}`, question: 'A plain valid question about a sore throat that lasts?' });
      writeFileSync(file, [...lines, good].join('\n').replace(/\r/g, ''));
      const errors: string[] = [];
      const report = { error: (n: number, r: string) => errors.push(`line ${n}: ${r}`), warn: () => {} };
      const counts = await importQaFile(site.rt.database, file, report);
      assert.ok(counts.imported + counts.updated >= 1, 'the good line is imported');
      assert.equal(counts.failed, errors.length, 'every failure is reported');
      const faq = await importFaqFile(site.rt.database, file, report);
      assert.ok(faq.failed >= 0);
    }),
    { numRuns: 40 },
  );
});
