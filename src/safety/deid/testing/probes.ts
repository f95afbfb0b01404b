import assert from 'node:assert/strict';
import { removedSpans } from '../redaction-probes.js';

// The assert loops the probe tests share: each probe sentence with what must go, and ordinary sentences of the same
// shape that must stay. The sentence is the assertion's message, so a failure names the probe.

/** Each text loses exactly the spans listed (of `kind`, or of any kind when it is undefined). */
export function assertRemoves(kind: string | undefined, probes: readonly (readonly [text: string, removed: readonly string[]])[]): void {
  for (const [text, removed] of probes) assert.deepEqual(removedSpans(text, kind), removed, text);
}

/** Each text loses nothing (of `kind`, or of any kind when it is undefined). */
export function assertKeeps(kind: string | undefined, texts: readonly string[]): void {
  for (const text of texts) assert.deepEqual(removedSpans(text, kind), [], text);
}
