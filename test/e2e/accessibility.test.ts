/**
 * axe-core in Chromium: no serious or critical violations on the pages
 * people use most, each filled with real content.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'playwright-core';
import { enqueueEnrichment } from '../../src/enrichment/jobs.js';
import { startSite, type TestSite } from '../helpers/runtime.js';
import { PASSWORD } from '../helpers/factories.js';
import { chromiumMissing, clickAndWait, formatViolations, launchBrowser, runAxe, type AxeViolation, type LaunchedBrowser } from './browser.js';
import { seedNeighbourhood } from './content.js';

const skip = chromiumMissing();
let site: TestSite;
let browser: LaunchedBrowser;
let seeded: Awaited<ReturnType<typeof seedNeighbourhood>>;
const contexts: Record<'anonymous' | 'patient' | 'doctor', BrowserContext> = {} as never;
/** Minor and moderate findings do not fail the suite; they are printed once at the end. */
const advisories: string[] = [];

before(async () => {
  if (skip) return;
  site = await startSite();
  seeded = await seedNeighbourhood(site.rt);
  await enqueueEnrichment(site.rt.database.db, seeded.main.id);
  await site.rt.worker.drain();
  browser = await launchBrowser();
  contexts.anonymous = await browser.context({ bypassCSP: true });
  for (const [who, email] of [['patient', seeded.patient.user.email], ['doctor', seeded.doctor.user.email]] as const) {
    contexts[who] = await browser.context({ bypassCSP: true });
    const page = await contexts[who].newPage();
    await page.goto(`${site.url}/sign-in`);
    await page.fill('#f-email', email);
    await page.fill('#f-password', PASSWORD);
    await clickAndWait(page, 'main form button[type=submit]');
    await page.close();
  }
});
after(async () => {
  if (advisories.length) console.log(`# axe advisories (minor/moderate, not failing):\n${advisories.join('\n')}`);
  await browser?.close();
  await site?.close();
});

const BLOCKING = new Set(['serious', 'critical']);

function blocking(path: string, violations: AxeViolation[]): AxeViolation[] {
  const rest = violations.filter((v) => !BLOCKING.has(v.impact ?? ''));
  if (rest.length) advisories.push(formatViolations(path, rest));
  return violations.filter((v) => BLOCKING.has(v.impact ?? ''));
}

async function audit(who: keyof typeof contexts, path: string, expect: { selector: string }, prepare?: (page: Page) => Promise<void>) {
  const page = await contexts[who].newPage();
  try {
    const res = await page.goto(site.url + path);
    assert.equal(res?.status(), 200, `${path} answers 200`);
    if (prepare) await prepare(page);
    // Audit the page with its content, not an empty shell or an error page.
    assert.ok((await page.locator(expect.selector).count()) > 0, `${path} shows ${expect.selector}`);
    const violations = blocking(path, await runAxe(page));
    assert.equal(violations.length, 0, `axe found serious/critical violations on ${path} (as ${who}):\n${formatViolations(path, violations)}`);
  } finally {
    await page.close();
  }
}

const opts = { skip, timeout: 60_000 };

test('the audit itself catches violations (an image without alt, an unlabelled input)', opts, async () => {
  const page = await contexts.anonymous.newPage();
  await page.setContent('<!doctype html><html lang="en"><head><title>t</title></head><body><main><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><input type="text"></main></body></html>');
  const ids = blocking('fixture', await runAxe(page)).map((v) => v.id);
  assert.ok(ids.includes('image-alt') && ids.includes('label'), `expected image-alt and label, got ${ids.join(', ')}`);
  advisories.length = 0;
  await page.close();
});

test('home page', opts, () => audit('anonymous', '/', { selector: '.question-list li' }));
test('department page', opts, () => audit('anonymous', '/departments/neurology', { selector: '.question-list li' }));
test('question page', opts, () => audit('anonymous', `/questions/${seeded.main.id}/regarding-involuntary-muscle-twitching`, { selector: '[data-section=answer]' }));
test('Chinese question page', opts, () => audit('anonymous', `/questions/${seeded.chinese.id}`, { selector: 'article[lang=zh-Hant] [data-section=answer]' }));
test('ask page (signed in as a patient)', opts, () => audit('patient', '/ask', { selector: 'form.ask-form' }));
test('ask page showing validation errors', opts, () =>
  audit('patient', '/ask', { selector: '.form-errors [href="#f-consent"]' }, async (page) => {
    await page.fill('#f-title', 'Hi');
    await clickAndWait(page, 'button[name=intent][value=submit]');
  }),
);
test('doctor queue (signed in as a doctor)', opts, () => audit('doctor', '/doctor/queue', { selector: '.question-list li' }));
test('answer editor (signed in as a doctor)', opts, () => audit('doctor', `/doctor/questions/${seeded.waiting.id}/answer`, { selector: '#f-text' }));
test('sign-in page', opts, () => audit('anonymous', '/sign-in', { selector: 'form #f-email' }));
test('sign-up page', opts, () => audit('anonymous', '/sign-up', { selector: 'form #f-email' }));
test('search results page', opts, () => audit('anonymous', '/search?q=twitching', { selector: 'main a[href^="/questions/"]' }));

// WCAG 1.4.10 Reflow: content fits a 320 px wide screen without scrolling sideways.
test('pages reflow to a 320 px wide screen without horizontal scrolling', opts, async () => {
  const pages: [keyof typeof contexts, string][] = [
    ['anonymous', '/'],
    ['anonymous', '/departments/neurology'],
    ['anonymous', `/questions/${seeded.main.id}`],
    ['anonymous', '/search?q=twitching'],
    ['patient', '/ask'],
    ['doctor', '/doctor/queue'],
    ['doctor', `/doctor/questions/${seeded.waiting.id}/answer`],
  ];
  const overflowing: string[] = [];
  for (const [who, path] of pages) {
    const page = await contexts[who].newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(site.url + path);
    const { scroll, client, culprits } = await page.evaluate(() => {
      const root = document.documentElement;
      const wide = [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1);
      return { scroll: root.scrollWidth, client: root.clientWidth, culprits: wide.slice(0, 3).map((el) => `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}">`) };
    });
    if (scroll > client + 1) overflowing.push(`${path} (as ${who}): ${scroll}px wide in a ${client}px screen; widest: ${culprits.join(', ')}`);
    await page.close();
  }
  assert.deepEqual(overflowing, [], `pages that scroll sideways at 320 px:\n${overflowing.join('\n')}`);
});
