import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the old generation grow past what the last full collection left alive, in
 * percent, for this process's threads (the page thread and the question index's worker).
 *
 * Why: left to itself V8 picks the growth factor from how fast the program allocates against how
 * fast it collects, up to 4× when the heap limit is large (this machine's default is ~4 GB). Under
 * load the server allocates fast, so the page thread, with ~150-180 MB alive, was let grow to
 * 400+ MB before the next full collection (Node diagnostic reports, PostgreSQL, 100k questions):
 * two servers running the same code and load peaked at 603 and 854 MB resident, depending only
 * on when their collections fell. A fixed factor bounds the heap to (1 + p/100) × what is alive,
 * whatever the timing, and unlike a heap limit (--max-old-space-size) it can never make the
 * process run out of memory: a larger archive only moves the bound up with what it keeps alive.
 * The price is more frequent full collections (docs/benchmarks.md, Session 10, for the figures).
 *
 * 0 leaves V8's own policy. The flag is read by V8 each time it sets the next collection's limit,
 * so setting it at start-up, before the indexes are built, covers the whole run.
 */
export const DEFAULT_HEAP_GROWING_PERCENT = 50;

export function applyHeapPolicy(growingPercent: number): void {
  if (growingPercent > 0) setFlagsFromString(`--heap-growing-percent=${Math.round(growingPercent)}`);
}
