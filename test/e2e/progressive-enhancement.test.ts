/**
 * Progressive enhancement: every page renders and every form works with
 * JavaScript turned off; the script only upgrades ("Copy link" copies).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { PASSWORD } from '../helpers/factories.js';
import { clickAndWait } from './browser.js';
import { browserSuite } from './suite.js';
import { seedNeighbourhood } from './content.js';

let seeded: Awaited<ReturnType<typeof seedNeighbourhood>>;
const suite = browserSuite(async (site) => {
  seeded = await seedNeighbourhood(suite.site.rt);
});
const { skip } = suite;

const opts = { skip, timeout: 60_000 };

test('share links are real links; "Copy link" points at the canonical page and works without JavaScript', opts, async () => {
  const ctx = await suite.browser.context({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto(`${suite.site.url}/questions/${seeded.main.id}`);
  const canonical = await page.getAttribute('link[rel=canonical]', 'href');
  assert.ok(canonical, 'the page has a canonical URL');
  const hrefs = await page.$$eval('[data-section=share] a', (as) => as.map((a) => ({ text: a.textContent?.trim(), href: a.getAttribute('href') ?? '' })));
  assert.equal(hrefs.length, 6, 'Facebook, X, LINE, WhatsApp, e-mail and Copy link');
  for (const { text, href } of hrefs) assert.match(href, /^(https?:\/\/|mailto:)/, `${text} has a real href`);
  const copy = hrefs.find((h) => h.text === 'Copy link');
  assert.ok(copy, 'there is a Copy link');
  assert.equal(copy.href, canonical, 'Copy link is the canonical URL');
  for (const share of hrefs.filter((h) => h !== copy)) {
    assert.ok(share.href.includes(encodeURIComponent(canonical)), `${share.text} shares the canonical URL`);
  }
  // The test server's public URL is not its loopback address, so follow the link's path on the server.
  const path = new URL(copy.href).pathname;
  assert.equal(path, `/questions/${seeded.main.id}/regarding-involuntary-muscle-twitching`);
  const heading = await page.textContent('h1');
  const followed = await page.goto(suite.site.url + path);
  assert.equal(followed?.status(), 200);
  assert.equal(await page.textContent('h1'), heading, 'the link leads to the same question');
  await ctx.close();
});

test('with JavaScript, "Copy link" copies the URL instead of navigating', opts, async () => {
  const ctx = await suite.browser.context();
  await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: suite.site.url });
  const page = await ctx.newPage();
  await page.goto(`${suite.site.url}/questions/${seeded.main.id}/regarding-involuntary-muscle-twitching`);
  const before = page.url();
  const canonical = await page.getAttribute('link[rel=canonical]', 'href');
  await page.click('a.share-copy');
  await page.locator('a.share-copy', { hasText: 'Link copied' }).waitFor({ timeout: 3_000 });
  assert.equal(page.url(), before, 'the page did not navigate');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), canonical);
  await ctx.close();
});

test('pages render without JavaScript', opts, async () => {
  const ctx = await suite.browser.context({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  const checks: [string, string][] = [
    ['/', '.question-list li'],
    ['/departments', '.department-grid li'],
    ['/departments/neurology', '.question-list li'],
    [`/questions/${seeded.main.id}`, '[data-section=answer]'],
    ['/faq', 'main a[href^="/faq/"]'],
    ['/search?q=twitching', 'main a[href^="/questions/"]'],
    [`/doctors/${seeded.doctor.doctor.id}`, 'main a[href^="/questions/"]'],
    ['/privacy', 'main h1'],
    ['/terms', 'main h1'],
  ];
  for (const [path, selector] of checks) {
    const res = await page.goto(suite.site.url + path);
    assert.equal(res?.status(), 200, `${path} answers 200`);
    assert.ok((await page.locator(selector).count()) > 0, `${path} shows ${selector} without JavaScript`);
  }
  await ctx.close();
});

test('forms work without JavaScript: search, pagination, ask, answer with preview, sign out', opts, async () => {
  const ctx = await suite.browser.context({ javaScriptEnabled: false });
  const page = await ctx.newPage();

  // The header search box.
  await page.goto(suite.site.url);
  await page.fill('#site-search', 'twitching');
  await clickAndWait(page, 'form[role=search] button[type=submit]');
  assert.match(page.url(), /\/search\?q=twitching/);
  assert.ok((await page.locator('main a[href^="/questions/"]').count()) > 0, 'search finds the twitching questions');

  // Pagination is plain links.
  await page.goto(`${suite.site.url}/departments/neurology`);
  await clickAndWait(page, 'nav.pagination a[rel=next]');
  assert.match(page.url(), /page=2/);
  assert.ok((await page.locator('.question-list li').count()) > 0, 'page 2 lists questions');

  // A patient asks.
  await suite.signIn(page, seeded.patient.user.email);
  await page.goto(`${suite.site.url}/ask`);
  await page.selectOption('#f-department', 'neurology');
  await page.fill('#f-title', 'Hand tremor when holding a cup');
  await page.fill('#f-body', 'For a few months my right hand shakes a little when I hold a cup of tea, but not at rest. I am 45. Should I have it checked?');
  await page.fill('#f-displayName', 'TeaDrinker');
  await page.selectOption('#f-ageRange', '40~49');
  await page.selectOption('#f-sex', 'male');
  await clickAndWait(page, 'button[name=intent][value=preview]');
  assert.match((await page.textContent('section.preview')) ?? '', /Hand tremor when holding a cup/);
  await page.check('#f-consent');
  await clickAndWait(page, 'button[name=intent][value=submit]');
  const asked = page.url().match(/\/questions\/(\d+)/);
  assert.ok(asked, `asked without JavaScript, got ${page.url()}`);
  await clickAndWait(page, 'form[action="/sign-out"] button');
  assert.ok((await page.locator('a[href="/sign-in"]').count()) > 0, 'signed out');

  // The doctor answers, with the server-side preview.
  await suite.signIn(page, seeded.doctor.user.email);
  await page.goto(`${suite.site.url}/doctor/questions/${asked[1]}/answer`);
  await page.fill('#f-text', 'A slight tremor when holding things is common and often harmless, but it is worth a check in person to look at its cause.');
  await page.waitForTimeout(400); // longer than the script's live-preview debounce
  assert.equal(await page.textContent('#answer-preview'), '', 'no script ran: the live preview stays empty');
  await clickAndWait(page, 'button[name=intent][value=preview]');
  assert.match((await page.textContent('section.preview')) ?? '', /worth a check in person/);
  await clickAndWait(page, 'button[name=intent][value=publish]');
  assert.match(page.url(), new RegExp(`/questions/${asked[1]}\\b`));
  assert.match((await page.textContent('[data-section=answer]')) ?? '', /worth a check in person/);
  await ctx.close();
});
