/**
 * One site and one Chromium per browser test file: `browserSuite()` registers the
 * before/after hooks (skipped when Chromium is missing) and signs people in
 * through the real sign-in form.
 */
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { startSite, type TestSite } from '../helpers/runtime.js';
import { PASSWORD } from '../helpers/factories.js';
import { chromiumMissing, clickAndWait, launchBrowser, type LaunchedBrowser } from './browser.js';

export interface BrowserSuite {
  /** Why the file's tests skip, or undefined when Chromium is there. */
  readonly skip: string | undefined;
  readonly site: TestSite;
  readonly browser: LaunchedBrowser;
  /** Signs in through the form and checks the browser left the sign-in page. */
  signIn(page: Page, email: string, password?: string): Promise<void>;
}

/** `prepare` runs once on the started site, before the browser launches (seeding, jobs). */
export function browserSuite(prepare?: (site: TestSite) => Promise<void>): BrowserSuite {
  const skip = chromiumMissing();
  let site: TestSite | undefined;
  let browser: LaunchedBrowser | undefined;
  before(async () => {
    if (skip) return;
    site = await startSite();
    await prepare?.(site);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });
  const started = <T>(x: T | undefined, what: string): T => {
    if (x === undefined) throw new Error(`${what} is not started (read it inside a test, after before())`);
    return x;
  };
  return {
    skip,
    get site() {
      return started(site, 'site');
    },
    get browser() {
      return started(browser, 'browser');
    },
    async signIn(page, email, password = PASSWORD) {
      await page.goto(`${started(site, 'site').url}/sign-in`);
      await page.fill('#f-email', email);
      await page.fill('#f-password', password);
      await clickAndWait(page, 'main form button[type=submit]');
      assert.ok(!page.url().includes('/sign-in'), `sign-in as ${email} should leave the sign-in page, got ${page.url()}`);
    },
  };
}
