import { test } from 'node:test';
import assert from 'node:assert/strict';
import { removedSpans } from './redaction-probes.js';

// Probe sentences written for this test (session 7 round 2, not taken from any labelled set) for the e-mail shapes
// blind set v10 showed missing. Ordinary text of the same shape must stay.
const emails = (text: string) => removedSpans(text, 'email');

test('a login spelled out before a bare mail host, and spaces around 点 in a Chinese spelled e-mail', () => {
  assert.deepEqual(emails('message me, marisol dot q 77 at gmail'), ['marisol dot q 77 at gmail']);
  assert.deepEqual(emails('有问题发我邮箱 chen 点 yu 艾特 163 点 com 谢谢'), ['chen 点 yu 艾特 163 点 com']);
  for (const keep of ['I looked at gmail and nothing came', 'we had a dot at hotmail headquarters', '一点 at 三点吃药']) {
    assert.deepEqual(emails(keep), [], keep);
  }
});
