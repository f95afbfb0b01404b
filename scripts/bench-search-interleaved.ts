/**
 * Search cost per request of two checkouts in ONE process, their requests interleaved: on the shared
 * 2-core machine the load moves by 2× within a minute, so two processes run one after the other
 * (bench-search.ts --compare) often differ by more than a change does. Here both apps are built on
 * the same archive, and blocks of 25 requests (app.inject, one at a time) alternate between them,
 * the order flipped every block; each block's CPU time (process.cpuUsage) is charged to its app.
 *
 *   tsx scripts/bench-search-interleaved.ts --data /tmp/oc-search-s5/data-sqlite --base /tmp/oc-search-base [--passes 6]
 *   ... --pages cold     (cold question pages instead: ids 41001…, each rendered once per app)
 *
 * Figures: the ratio of the summed CPU (garbage made by one app may be collected during the other's
 * block, and a collection lands in one block, so the sum is the noisier figure) and the median of
 * the per-block ratios. Queries are bench-search's tuning queries, not those bench:pages reports on.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { tuningQueries } from './bench-search-queries.js';

const HERE = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    data: { type: 'string' },
    base: { type: 'string' },
    passes: { type: 'string', default: '6' },
    pages: { type: 'string', default: 'search' },
  },
});

const BLOCK = 25;

/**
 * tsx applies the project's tsconfig (JSX through preact) only to files under its own folder, so the
 * other checkout's .tsx would be compiled for React: rerun this script with a tsconfig covering both.
 */
function rerunWithBothCheckouts(base: string): never {
  const dir = mkdtempSync(join(tmpdir(), 'oc-interleave-'));
  const tsconfig = join(dir, 'tsconfig.json');
  writeFileSync(
    tsconfig,
    JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, esModuleInterop: true, skipLibCheck: true, resolveJsonModule: true, isolatedModules: true, jsx: 'react-jsx', jsxImportSource: 'preact', noEmit: true },
      include: [join(HERE, 'src'), join(HERE, 'scripts'), join(base, 'src')],
    }),
  );
  const r = spawnSync(process.execPath, ['--import', 'tsx', ...process.argv.slice(1)], { stdio: 'inherit', env: { ...process.env, TSX_TSCONFIG_PATH: tsconfig } });
  process.exit(r.status ?? 1);
}

async function openApp(root: string, dataDir: string) {
  const { loadConfig } = await import(join(root, 'src/config.ts'));
  const { openRuntime } = await import(join(root, 'src/runtime.ts'));
  const { createApp } = await import(join(root, 'src/app.ts'));
  const rt = await openRuntime(loadConfig({ DATA_DIR: dataDir, DEMO_CONTENT: '0', RATE_LIMIT: '0', JOBS: '0', LOG_LEVEL: 'warn' }));
  await rt.ops.freshness.ensureFresh();
  return { rt, app: await createApp(rt) };
}

async function main() {
  if (!args.data || !args.base) throw new Error('--data DIR (an imported archive) and --base CHECKOUT are required');
  const base = resolve(args.base);
  if (!process.env.TSX_TSCONFIG_PATH) rerunWithBothCheckouts(base);
  const apps = { base: await openApp(base, resolve(args.data)), this: await openApp(HERE, resolve(args.data)) };
  const cold = args.pages === 'cold';
  const urls = cold ? Array.from({ length: 3000 }, (_, i) => `/questions/${41_001 + i}`) : tuningQueries().map((q) => `/search?q=${encodeURIComponent(q)}`);
  const passes = cold ? 1 : Number(args.passes);
  // Warm-up (JIT, statement caches) on requests that are not measured when pages are cold.
  for (const { app } of Object.values(apps)) for (const u of cold ? Array.from({ length: 250 }, (_, i) => `/questions/${40_001 + i}`) : urls) await app.inject({ method: 'GET', url: u });
  const cpu = { base: 0, this: 0 };
  let requests = 0;
  const ratios: number[] = [];
  for (let p = 0; p < passes; p++) {
    for (let b = 0; b < urls.length; b += BLOCK) {
      const block = urls.slice(b, b + BLOCK);
      const spent = { base: 0, this: 0 };
      for (const name of (b / BLOCK) % 2 ? (['this', 'base'] as const) : (['base', 'this'] as const)) {
        const c0 = process.cpuUsage();
        for (const u of block) {
          const res = await apps[name].app.inject({ method: 'GET', url: u });
          if (res.statusCode !== 200) throw new Error(`${name} ${u}: ${res.statusCode}`);
        }
        const c = process.cpuUsage(c0);
        spent[name] = (c.user + c.system) / 1000;
        cpu[name] += spent[name];
      }
      requests += block.length;
      ratios.push(spent.this / spent.base);
    }
  }
  ratios.sort((a, b) => a - b);
  const per = (ms: number) => (ms / requests).toFixed(3);
  console.log(
    `${cold ? 'cold question pages' : 'search requests'}: base ${per(cpu.base)} ms, this ${per(cpu.this)} ms CPU per request; ` +
      `ratio of sums ${(cpu.this / cpu.base).toFixed(3)}, median block ratio ${ratios[ratios.length >> 1].toFixed(3)} ` +
      `(${ratios.length} block pairs, ${requests} requests each; load ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')})`,
  );
  for (const { app, rt } of Object.values(apps)) {
    await app.close();
    await rt.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
