/**
 * `npm run screenshot`: the README's picture of a question page.
 *
 * Starts the site on a temporary DATA_DIR with the demo content, runs the
 * background work (headlines, More Info, Similar Q&A, Related FAQ) so the page
 * is complete, and saves a full-page PNG of the English demo question
 * "Regarding involuntary muscle twitching?" at 1200 px wide.
 *
 * Usage: npm run screenshot [-- --out PATH] [--width N]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { seedDemoContentIfEmpty } from '../src/demo/seed.js';
import { openRuntime } from '../src/runtime.js';
import { chromiumMissing, launchBrowser } from '../test/e2e/browser.js';

const TITLE = 'Regarding involuntary muscle twitching?';

async function main() {
  const { values } = parseArgs({ options: { out: { type: 'string', default: 'docs/screenshot-question.png' }, width: { type: 'string', default: '1200' } } });
  const missing = chromiumMissing();
  if (missing) {
    console.error(missing.replace('browser tests skipped', 'no screenshot taken'));
    process.exit(1);
  }
  if (!hasChineseFont()) console.warn('no CJK font found (fc-list :lang=zh): Chinese text will show as boxes; install one, e.g. apt-get install fonts-wqy-microhei');
  const out = resolve(values.out!);
  const width = Number(values.width);
  const dataDir = mkdtempSync(join(tmpdir(), 'openconsult-screenshot-'));
  // The public URL of `npm start`, so canonical and share links read as they would on a fresh install.
  const config = loadConfig({ DATA_DIR: dataDir, DEMO_CONTENT: '1', JOBS: '0', LOG_LEVEL: 'warn', RATE_LIMIT: '0', PORT: '3000', HOST: '127.0.0.1', PUBLIC_URL: 'http://localhost:3000' });
  const rt = await openRuntime(config);
  const app = await createApp(rt);
  const browser = await launchBrowser();
  try {
    await seedDemoContentIfEmpty(rt);
    await rt.related.sync(rt.database.db);
    const jobs = await rt.worker.drain({ ignoreSchedule: true });
    if (jobs.failed) console.warn(`${jobs.failed} background job(s) failed; the page may lack some sections`);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

    const q = await rt.database.db.selectFrom('questions').select('id').where('title', '=', TITLE).where('lang', '=', 'en').executeTakeFirst();
    if (!q) throw new Error(`demo question "${TITLE}" not found: has the demo content changed?`);
    const ctx = await browser.context({ width, height: 900 });
    const page = await ctx.newPage();
    const res = await page.goto(`${base}/questions/${q.id}`, { waitUntil: 'networkidle' });
    if (res?.status() !== 200) throw new Error(`question page answered ${res?.status()}`);
    const sections = await page.$$eval('[data-section]', (els) => els.map((e) => e.getAttribute('data-section')));
    await page.screenshot({ path: out, fullPage: true, type: 'png' });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    console.log(`wrote ${out} (${width}x${height}; sections: ${sections.join(', ')})`);
  } finally {
    await browser.close();
    await app.close();
    await rt.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The demo content is partly Traditional Chinese; without a CJK font Chromium draws empty boxes. */
function hasChineseFont(): boolean {
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return true; // no fontconfig to ask: do not guess
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
