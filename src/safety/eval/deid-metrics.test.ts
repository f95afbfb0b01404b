import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Redaction } from '../deid/kinds.js';
import { evaluateDeid } from './deid-metrics.js';
import { parseMarkedCase } from './labelled.js';

// A stand-in de-identifier that redacts exactly the given substrings, so the scorer is tested on its own.
const redacting = (...parts: string[]) => (text: string) => {
  const redactions: Redaction[] = parts.map((p) => {
    const start = text.indexOf(p);
    return { kind: 'age-over-89', start, end: start + p.length, original: p, replacement: '90+' };
  });
  return { text, redactions };
};

test('an old age counts as removed when its number is, though the writer marked "age" with it', () => {
  const cases = [parseMarkedCase('my father, <<age-over-89|age 93>>, on warfarin', 'en')];
  assert.equal(evaluateDeid(cases, redacting('93')).removed, 1);
  assert.equal(evaluateDeid(cases, redacting('age')).removed, 0);
  const zh = [parseMarkedCase('阿嬤<<age-over-89|九十二歲>>了', 'zh-Hant')];
  assert.equal(evaluateDeid(zh, redacting('九十二')).removed, 1);
});

test('other identifiers must be covered whole', () => {
  const cases = [parseMarkedCase('call <<phone|0912-345-678>> now', 'en')];
  assert.equal(evaluateDeid(cases, redacting('0912-345')).removed, 0);
  assert.equal(evaluateDeid(cases, redacting('0912-345-678')).removed, 1);
});

test('a name counts as removed when all but its leading title is, though the writer marked "Dr" with it', () => {
  const cases = [parseMarkedCase('her consultant is <<name|Dr Abernethy>>.', 'en')];
  assert.equal(evaluateDeid(cases, redacting('Abernethy')).removed, 1);
  assert.equal(evaluateDeid(cases, redacting('Dr Abernethy')).removed, 1);
  assert.equal(evaluateDeid(cases, redacting('Dr')).removed, 0);
  assert.equal(evaluateDeid(cases, redacting('Aber')).removed, 0);
  // A title only counts as one before a name: "Dr" alone must still be covered, and so must a name's own words.
  const bare = [parseMarkedCase('signed <<name|Nurse>>', 'en')];
  assert.equal(evaluateDeid(bare, redacting()).removed, 0);
});
