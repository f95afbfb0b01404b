/**
 * End to end in Chromium: a newcomer signs up, verifies the address from the
 * mail the app wrote, asks; a doctor answers from the queue; the public page
 * shows both with every section and never the asker's e-mail. Also the
 * red-flag warning on the ask page, with and without JavaScript.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { api } from '../helpers/browserless-client.js';
import { buildDoctor, buildPatient, buildQuestion, PASSWORD } from '../helpers/factories.js';
import { clickAndWait } from './browser.js';
import { browserSuite } from './suite.js';
import { linkPath, readOutbox } from './outbox.js';

const suite = browserSuite();
const { skip } = suite;

const sectionsOf = (page: Page) => page.$$eval('[data-section]', (els) => els.map((e) => e.getAttribute('data-section')));

test('a newcomer signs up and asks, a doctor answers, the public page shows both with every section', { skip, timeout: 90_000 }, async () => {
  // Answered neighbours and an FAQ entry, so Similar Q&A and Related FAQ have something to find.
  for (const title of ['Eyelid twitching for a week', 'Muscle twitches in my calf at night', 'Twitching thumb after long computer work']) {
    await buildQuestion(suite.site.rt, { title, department: 'neurology', body: `${title}. It comes and goes, worse when I am tired or drink coffee. Should I worry about the twitching?` });
  }
  const email = `newcomer-${process.pid}@example.test`;
  const realName = 'Harriet Quincewood';
  const pseudonym = 'TiredTypist';
  const title = 'Eyelid keeps twitching for three weeks';
  const body = 'My left eyelid has been twitching on and off for three weeks, mostly in the evening after long days at the computer and a lot of coffee. Is this something to worry about?';

  const asker = await suite.browser.context();
  const page = await asker.newPage();

  // Sign up with the form.
  await page.goto(`${suite.site.url}/sign-up`);
  await page.fill('#f-displayName', realName);
  await page.fill('#f-email', email);
  await page.fill('#f-password', 'a long enough password');
  await clickAndWait(page, 'main form button[type=submit]');
  assert.match(page.url(), /\/me\b/, 'after sign-up the newcomer lands on their page');

  // Verify the address by opening the link in the mail the app wrote.
  await suite.site.rt.worker.drain();
  const mail = readOutbox(suite.site.dataDir).find((m) => m.to.includes(email) && /verify/i.test(m.subject));
  assert.ok(mail, `a verification mail to ${email} is in the outbox`);
  const verifyPath = linkPath(mail.text, '/verify-email');
  assert.ok(verifyPath, `the mail holds a /verify-email link:\n${mail.text}`);
  const verified = await page.goto(suite.site.url + verifyPath);
  assert.equal(verified?.status(), 200);
  assert.match((await page.textContent('main')) ?? '', /verified/i);

  // Ask, first without consent: the form comes back with what was typed and the error.
  await page.goto(`${suite.site.url}/ask`);
  await page.selectOption('#f-department', 'neurology');
  await page.fill('#f-title', title);
  await page.fill('#f-body', body);
  await page.fill('#f-displayName', pseudonym);
  await page.selectOption('#f-ageRange', '30~39');
  await page.selectOption('#f-sex', 'female');
  await clickAndWait(page, 'button[name=intent][value=submit]');
  assert.match(page.url(), /\/ask$/);
  assert.match((await page.textContent('.form-errors')) ?? '', /agree to public posting/i);
  assert.match((await page.textContent('#f-consent-error')) ?? '', /agree to public posting/i);
  assert.equal(await page.inputValue('#f-department'), 'neurology');
  assert.equal(await page.inputValue('#f-title'), title);
  assert.equal(await page.inputValue('#f-body'), body);
  assert.equal(await page.inputValue('#f-displayName'), pseudonym);
  assert.equal(await page.inputValue('#f-ageRange'), '30~39');
  assert.equal(await page.inputValue('#f-sex'), 'female');
  assert.equal(await page.isChecked('#f-consent'), false);

  await page.check('#f-consent');
  await clickAndWait(page, 'button[name=intent][value=submit]');
  const asked = page.url().match(/\/questions\/(\d+)/);
  assert.ok(asked, `asking leads to the question's page, got ${page.url()}`);
  const id = Number(asked[1]);
  assert.match((await page.textContent('main')) ?? '', /Waiting for a doctor/);

  // A doctor of the department signs in, finds it in the queue, previews and publishes.
  const doctorName = 'Dr. Imogen Testwell';
  const doctor = await buildDoctor(suite.site.rt, { department: 'neurology', name: doctorName, signOff: 'Dr. Testwell wishes you well' });
  const answer =
    'Eyelid twitching like this is very common and usually harmless. It often follows tiredness, stress, long screen time and caffeine. Rest, regular screen breaks and less coffee usually help within weeks. See a doctor in person if the twitching spreads to other parts of the face, the eyelid closes completely, or it lasts for months.';
  const docCtx = await suite.browser.context();
  const dpage = await docCtx.newPage();
  await suite.signIn(dpage, doctor.user.email, PASSWORD);
  await dpage.goto(`${suite.site.url}/doctor/queue`);
  const queued = dpage.locator('.question-list a', { hasText: title });
  assert.equal(await queued.count(), 1, 'the question is in the queue of its department');
  await Promise.all([dpage.waitForNavigation(), queued.click()]);
  assert.match(dpage.url(), new RegExp(`/doctor/questions/${id}/answer$`));
  await dpage.fill('#f-text', answer);
  await clickAndWait(dpage, 'button[name=intent][value=preview]');
  assert.match((await dpage.textContent('section.preview')) ?? '', /usually harmless/);
  assert.equal(await dpage.inputValue('#f-text'), answer, 'the preview keeps the draft');
  await clickAndWait(dpage, 'button[name=intent][value=publish]');
  assert.match(dpage.url(), new RegExp(`/questions/${id}\\b`));

  // Background work: the answer mail and the enrichment (similar, FAQ, headline, More Info).
  const jobs = await suite.site.rt.worker.drain();
  assert.equal(jobs.failed, 0, 'no background job failed');

  // The public page, as an anonymous reader sees it.
  const reader = await suite.browser.context();
  const rpage = await reader.newPage();
  const res = await rpage.goto(`${suite.site.url}/questions/${id}`);
  assert.equal(res?.status(), 200);
  const json = await api(suite.site.url, 'GET', `/api/questions/${id}`);
  assert.equal(json.status, 200);
  const expected = ['share', 'question', 'answer', ...(json.json.moreInfo ? ['more-info'] : []), 'similar', 'faq'];
  assert.deepEqual(await sectionsOf(rpage), expected);
  const questionText = (await rpage.textContent('[data-section=question]')) ?? '';
  assert.ok(questionText.includes(body), 'the question section shows the body');
  assert.ok(questionText.includes(pseudonym), 'the question section shows the pseudonym');
  assert.ok(((await rpage.textContent('main')) ?? '').includes(title), "the asker's title is on the page");
  const answerText = (await rpage.textContent('[data-section=answer]')) ?? '';
  assert.ok(answerText.includes(answer), 'the answer section shows the answer');
  assert.ok(answerText.includes(doctorName), "the answer section shows the doctor's name");
  assert.ok(answerText.includes('Dr. Testwell wishes you well'), "the doctor's sign-off is shown");
  assert.ok((await rpage.locator('[data-section=similar] li').count()) >= 1, 'Similar Q&A lists the answered neighbours');
  if (json.json.moreInfo) assert.ok((await rpage.locator('[data-section=more-info] .sources li').count()) >= 1, 'More Info cites its sources');

  // The asker's real e-mail (and the real name they gave at sign-up) appear nowhere on the page.
  const html = (await rpage.content()).toLowerCase();
  assert.ok(!html.includes(email.toLowerCase()), 'the e-mail address is not in the HTML');
  assert.ok(!html.includes(email.split('@')[0].toLowerCase()), 'not even its local part');
  assert.ok(!html.includes(realName.toLowerCase()), 'the sign-up name is not shown with the question');
  assert.ok(!json.text.toLowerCase().includes(email.toLowerCase()), 'nor in the public JSON');

  // The asker was told by mail.
  assert.ok(readOutbox(suite.site.dataDir).some((m) => m.to.includes(email) && /answered/i.test(m.subject)), 'the asker got the answer mail');
  await Promise.all([asker.close(), docCtx.close(), reader.close()]);
});

const EMERGENCY_TEXT = 'crushing chest pain and I am sweating and short of breath';

test('the ask page warns about red flags while typing (with JavaScript)', { skip, timeout: 60_000 }, async () => {
  const patient = await buildPatient(suite.site.rt);
  const ctx = await suite.browser.context();
  const page = await ctx.newPage();
  await suite.signIn(page, patient.user.email, PASSWORD);
  await page.goto(`${suite.site.url}/ask`);
  assert.equal(await page.locator('#triage-live .urgent').count(), 0, 'no warning before typing');
  await page.locator('#f-body').pressSequentially(EMERGENCY_TEXT, { delay: 5 });
  const warning = page.locator('#triage-live .urgent[role=alert]');
  await warning.waitFor({ state: 'visible', timeout: 10_000 });
  assert.match((await warning.textContent()) ?? '', /emergency/i);
  await ctx.close();
});

test('the ask page warns about red flags without JavaScript (Preview)', { skip, timeout: 60_000 }, async () => {
  const patient = await buildPatient(suite.site.rt);
  const ctx = await suite.browser.context({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await suite.signIn(page, patient.user.email, PASSWORD);
  await page.goto(`${suite.site.url}/ask`);
  await page.fill('#f-title', 'Pain in my chest right now');
  await page.fill('#f-body', EMERGENCY_TEXT);
  await clickAndWait(page, 'button[name=intent][value=preview]');
  const warning = page.locator('#triage-live .urgent[role=alert]');
  assert.equal(await warning.count(), 1, 'the server-rendered warning is on the page');
  assert.match((await warning.textContent()) ?? '', /emergency|do not wait/i);
  assert.equal(await page.inputValue('#f-body'), EMERGENCY_TEXT, 'the preview keeps what was typed');
  await ctx.close();
});
