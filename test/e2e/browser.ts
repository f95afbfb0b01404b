/**
 * Launches Debian's Chromium through playwright-core (never a downloaded
 * browser). One browser per test file, reused across its tests; each test
 * opens its own context so cookies never leak between users.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The reason browser tests skip, or undefined when Chromium is there. */
export function chromiumMissing(): string | undefined {
  return existsSync(CHROMIUM_PATH) ? undefined : `Chromium not found at ${CHROMIUM_PATH}: browser tests skipped (set CHROMIUM_PATH)`;
}

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export interface LaunchedBrowser {
  /** A fresh, isolated context: its own cookies, storage and JavaScript setting. */
  /**
   * `bypassCSP` is for audits only: the site's CSP (script-src 'self') rightly
   * blocks the inline script tag that injects axe-core. Every other context
   * keeps the CSP, so a page script that breaks it fails the tests.
   */
  context(opts?: { javaScriptEnabled?: boolean; width?: number; height?: number; bypassCSP?: boolean }): Promise<BrowserContext>;
  close(): Promise<void>;
}

/**
 * A plain launch (not launchPersistentContext, which allows one context only)
 * makes Chromium start on a fresh temporary user-data-dir that playwright
 * deletes on close, so nothing of a previous run or a desktop profile is read.
 * Temporary files go under our own directory, removed on close as well.
 */
export async function launchBrowser(): Promise<LaunchedBrowser> {
  const scratch = mkdtempSync(join(tmpdir(), 'openconsult-chromium-'));
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ARGS,
    downloadsPath: scratch,
    tracesDir: scratch,
    timeout: 30_000,
  });
  return {
    async context(opts = {}) {
      const ctx = await browser.newContext({
        javaScriptEnabled: opts.javaScriptEnabled ?? true,
        bypassCSP: opts.bypassCSP ?? false,
        viewport: { width: opts.width ?? 1200, height: opts.height ?? 900 },
        // The app's pages are English; fixing the locale keeps runs deterministic.
        locale: 'en-US',
        timezoneId: 'UTC',
      });
      // Generous: CI shares two cores with the server under test and the rest of the suite; a
      // preview POST on PostgreSQL once took over 10 s on a loaded machine.
      ctx.setDefaultTimeout(30_000);
      return ctx;
    },
    async close() {
      await browser.close().catch(() => {});
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}

const require = createRequire(import.meta.url);

/** axe-core's browser bundle, injected as an inline script (needs a context made with `bypassCSP`). */
export function axeSource(): string {
  return (require('axe-core') as { source: string }).source;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string[]; html: string; failureSummary?: string }[];
}

/** Runs axe on the page as it is now and returns every violation. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axeSource() });
  return page.evaluate(async () => {
    const axe = (window as any).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n: any) => ({ target: n.target, html: n.html, failureSummary: n.failureSummary })),
    }));
  });
}

/** A readable report of violations, for assertion messages. */
export function formatViolations(url: string, violations: AxeViolation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 5)
        .map((n) => `      at ${n.target.join(' ')}\n         ${n.html.slice(0, 200)}\n         ${(n.failureSummary ?? '').replace(/\n/g, '\n         ')}`)
        .join('\n');
      return `  [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl}) on ${url}\n${nodes}`;
    })
    .join('\n');
}

/** Submits a page form with a native click and waits for the resulting navigation. */
export async function clickAndWait(page: Page, selector: string): Promise<void> {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click(selector)]);
}
