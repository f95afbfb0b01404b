import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { deidentify } from './deidentify.js';
import { parseMarkedCase, readJsonl, TESTDATA } from '../eval/labelled.js';
import { evaluateDeid } from '../eval/deid-metrics.js';
import type { SafetyLang } from '../script.js';

// deid-heldout4 (v4) was written blind by another writer and measured once on cd6cd91: 116/241 identifiers
// (48.1%), 0/391 medical spans removed (docs/safety.md). The code was then extended by classes of wording it
// exposed (kin words, titles, signatures, postal addresses…), so from here on it is a regression set, not an
// estimate: the targets below are met on it after fixing.
const cases = readJsonl<{ lang: SafetyLang; text: string }>(join(TESTDATA, 'deid-heldout4.jsonl')).map((r) =>
  parseMarkedCase(r.text, r.lang),
);

test('de-identification on heldout4: phones, e-mails and ID numbers 100%, all ≥ 95%, medical content ≤ 2% removed', () => {
  assert.equal(cases.length, 100);
  const r = evaluateDeid(cases, deidentify);
  const detail = r.missed.map((m) => `missed ${m.kind} «${m.value}»`).join('\n');
  for (const kind of ['phone', 'email', 'national-id', 'ssn'] as const) {
    const k = r.byKind[kind];
    assert.ok(k && k.total > 0, `the set has ${kind} cases`);
    assert.equal(k.removed, k.total, `${kind}: ${k.removed}/${k.total}\n${detail}`);
  }
  assert.ok(r.removed / r.identifiers >= 0.95, `all identifiers: ${r.removed}/${r.identifiers}\n${detail}`);
  assert.ok(r.keepRemoved / r.keepSpans <= 0.02, `medical content removed: ${r.keepRemoved}/${r.keepSpans}`);
});
