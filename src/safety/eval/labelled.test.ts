import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadDeidSet, loadTriageSet, parseMarkedCase } from './labelled.js';
import { TRIAGE_CATEGORIES } from '../triage/categories.js';
import { IDENTIFIER_KINDS } from '../deid/kinds.js';

test('marked cases give the plain text and the offsets of identifiers and medical content', () => {
  const c = parseMarkedCase('Call <<phone|0912-345-678>>, BP [[140/90]].', 'en');
  assert.equal(c.text, 'Call 0912-345-678, BP 140/90.');
  assert.deepEqual(c.identifiers, [{ kind: 'phone', start: 5, end: 17, value: '0912-345-678' }]);
  assert.deepEqual(c.keep, [{ start: 22, end: 28, value: '140/90' }]);
});

test('the triage sets hold at least 200 questions in three scripts, about half emergencies, with valid labels', () => {
  const all = (['dev', 'heldout', 'heldout2', 'heldout3', 'heldout4', 'heldout5'] as const).flatMap((n) => loadTriageSet(n));
  assert.ok(all.length >= 200);
  for (const lang of ['en', 'zh-Hant', 'zh-Hans']) assert.ok(all.filter((c) => c.lang === lang).length >= 40, lang);
  const share = all.filter((c) => c.emergency).length / all.length;
  assert.ok(share > 0.4 && share < 0.6, `emergency share ${share}`);
  for (const c of all) {
    assert.equal(c.emergency, c.categories.length > 0, c.text);
    for (const k of c.categories) assert.ok(TRIAGE_CATEGORIES.includes(k), k);
  }
  // No question appears in two sets.
  const seen = new Set<string>();
  for (const name of ['dev', 'heldout', 'heldout2', 'heldout3', 'heldout4', 'heldout5'] as const) {
    for (const c of loadTriageSet(name)) {
      assert.ok(!seen.has(c.text), `${name} repeats: ${c.text}`);
      seen.add(c.text);
    }
  }
});

test('the de-identification sets hold at least 120 cases with known identifier kinds', () => {
  const all = (['dev', 'heldout', 'heldout2', 'heldout3'] as const).flatMap((n) => loadDeidSet(n));
  assert.ok(all.length >= 120);
  for (const c of all) for (const id of c.identifiers) assert.ok(IDENTIFIER_KINDS.includes(id.kind), id.kind);
});
