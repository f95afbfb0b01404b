import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { buildDoctor, buildPatient, buildQuestion, buildStaff, PASSWORD } from './helpers/factories.js';
import { clickAndWait, formatViolations, runAxe } from './e2e/browser.js';
import { browserSuite } from './e2e/suite.js';
import { saveOriginal } from '../src/questions/originals.js';

const suite = browserSuite();
const { skip } = suite;

async function assertAccessible(page: Page, path: string) {
  const res = await page.goto(`${suite.site.url}${path}`);
  assert.equal(res?.status(), 200, path);
  const serious = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.equal(serious.length, 0, formatViolations(path, serious));
}

test('report, moderation, admin and data-rights pages have no serious or critical axe violations', { skip }, async () => {
  const patient = await buildPatient(suite.site.rt);
  const q = await buildQuestion(suite.site.rt, { askerUserId: patient.user.id });
  await buildQuestion(suite.site.rt, { status: 'held', answer: null, askerUserId: patient.user.id });
  await saveOriginal(suite.site.rt.database.db, q.id, 'Original', 'My phone is 0912-345-678.');
  // So that the verification list has a row with its form.
  await buildDoctor(suite.site.rt, { verified: false });
  const now = new Date().toISOString();
  const faq = await suite.site.rt.database.db
    .insertInto('faqs')
    .values({ external_id: null, source: 'test', focus: 'Tremor', qtype: 'information', question: 'What is tremor?', answer: 'A tremor is an involuntary rhythmic shaking.', url: null, lang: 'en', license: null, search_text: 'tremor', created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  const admin = await buildStaff(suite.site.rt, 'admin');

  const anonCtx = await suite.browser.context({ bypassCSP: true });
  const anon = await anonCtx.newPage();
  await assertAccessible(anon, `/questions/${q.id}/report`);
  // The form works by itself: choose a reason, send, see the thanks (post/redirect/get).
  await anon.check('#f-reason-spam');
  await clickAndWait(anon, 'main form.stack button[type=submit]');
  assert.match(anon.url(), /report\?sent=1$/);
  assert.match(await anon.textContent('main') ?? '', /Thank you/);
  await anonCtx.close();

  const ctx = await suite.browser.context({ bypassCSP: true });
  const page = await ctx.newPage();
  await suite.signIn(page, admin.user.email);
  for (const path of [
    '/moderation',
    `/moderation/questions/${q.id}`,
    `/moderation/questions/${q.id}/original`,
    '/moderation/users?email=example',
    '/moderation/audit',
    '/admin',
    '/admin/departments',
    '/admin/departments/1',
    '/admin/users',
    `/admin/users/${patient.user.id}`,
    '/admin/doctors',
    '/admin/faqs',
    `/admin/faqs/${faq.id}`,
    '/admin/pages',
    '/admin/pages/privacy',
    '/admin/enrichment',
    '/me/delete',
  ]) {
    await assertAccessible(page, path);
  }
  // A page re-rendered with errors keeps its labels and error links accessible too.
  await page.goto(`${suite.site.url}/moderation/questions/${q.id}`);
  await page.fill('#f-body', 'short');
  await page.fill('#reason-edit', 'typo');
  await clickAndWait(page, `form[action="/moderation/questions/${q.id}/edit"] button[type=submit]`);
  assert.equal(await page.inputValue('#f-body'), 'short');
  const serious = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.equal(serious.length, 0, formatViolations('edit errors', serious));
  await ctx.close();
});
