// Load-generation helpers shared by bench-pages.ts and bench-search-ab.ts.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// autocannon ships no type declarations.
const autocannon = createRequire(import.meta.url)('autocannon') as (opts: object) => Promise<any>;

export const CONNECTIONS = 32;
export const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);

export interface Measure {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

/** Resident and peak resident memory of a process, in MB. */
export function memoryMb(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (k: string) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) };
}

/** `connections` (CONNECTIONS) for SECONDS (or `amount` requests), each request's path from `paths`. */
export async function cannon(url: string, paths?: () => string, amount?: number, connections = CONNECTIONS): Promise<Measure> {
  const r = await autocannon({
    url,
    connections,
    ...(amount ? { amount } : { duration: SECONDS }),
    ...(paths ? { requests: [{ setupRequest: (req: any) => ({ ...req, path: paths() }) }] } : {}),
  });
  // Total over elapsed time: autocannon's per-second average is coarse for short fixed-amount runs.
  return { rps: Math.round(r.requests.total / Math.max(0.001, r.duration)), p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx };
}
