/**
 * Where a thread's time went, from a `node --cpu-prof` profile (one file per thread: the page
 * thread and each worker): busy and idle time, then the functions by self time and by inclusive
 * time (each function counted once per sample, however deep it recurses). `--last SECONDS` keeps
 * only the end of the profile, e.g. the load window after a server's start-up.
 *
 *   node scripts/profile-summary.mjs CPU.…cpuprofile [--top 40] [--last 10]
 *
 * Under tsx every function's line is 1 (its output is one line); `--cpu-prof` of a bundle
 * (`npx esbuild src/similarity/engine.ts --bundle --platform=node --format=esm`) gives real lines,
 * and each node's positionTicks then say which lines of a function the samples fell on.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values: args, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '40' }, last: { type: 'string', default: '0' } } });
const profile = JSON.parse(readFileSync(positionals[0], 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const name = (n) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber + 1}`;

const from = Number(args.last) ? profile.endTime - Number(args.last) * 1e6 : -Infinity;
const timeOf = new Map();
let t = profile.startTime;
profile.samples.forEach((id, i) => {
  t += profile.timeDeltas[i] ?? 0;
  if (t >= from) timeOf.set(id, (timeOf.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
});
const self = new Map();
const inclusive = new Map();
let total = 0;
let idle = 0;
for (const [id, us] of timeOf) {
  const n = byId.get(id);
  total += us;
  if (n.callFrame.functionName === '(idle)') idle += us;
  self.set(name(n), (self.get(name(n)) ?? 0) + us);
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const key = name(byId.get(cur));
    if (seen.has(key)) continue;
    seen.add(key);
    inclusive.set(key, (inclusive.get(key) ?? 0) + us);
  }
}
const ms = (us) => (us / 1000).toFixed(0).padStart(8);
console.log(`total ${ms(total)} ms, idle ${ms(idle)} ms, busy ${ms(total - idle)} ms`);
for (const [title, table] of [['self', self], ['inclusive', inclusive]]) {
  console.log(`--- ${title} (ms)`);
  for (const [key, us] of [...table].sort((a, b) => b[1] - a[1]).slice(0, Number(args.top))) console.log(`${ms(us)}  ${key}`);
}
