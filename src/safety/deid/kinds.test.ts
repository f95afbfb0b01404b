import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { allMatches } from './kinds.js';

// allMatches stands in for String.prototype.matchAll at every detector, so it must give exactly what matchAll gives.
const viaMatchAll = (text: string, pattern: RegExp) => [...text.matchAll(pattern)];
const same = (text: string, pattern: RegExp) => {
  const expected = viaMatchAll(text, pattern).map((m) => ({ all: [...m], index: m.index, indices: m.indices?.map((s) => s && [...s]), groups: m.groups }));
  const got = allMatches(text, pattern).map((m) => ({ all: [...m], index: m.index, indices: m.indices?.map((s) => s && [...s]), groups: m.groups }));
  assert.deepEqual(got, expected, `/${pattern.source}/${pattern.flags} on ${JSON.stringify(text)}`);
};

test('allMatches gives what matchAll gives, empty matches and surrogate pairs included', () => {
  for (const pattern of [/a*/g, /a*/gu, /(?:)/gu, /(?:)/g, /\p{L}?/gu, /(?<w>\w+)|/gd, /(\d)(x)?/gd, /^|$/gm, /b*/gy]) {
    for (const text of ['', 'aab', '😀a😀', '\ud83d', 'x\ud83dy', '12x3', 'line\nline']) same(text, pattern);
  }
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), fc.constantFrom(/a|/gu, /[\ud800-\udfff]?/g, /.?/gu, /\d+/g, /(?=a)/gu), (text, pattern) => same(text, pattern)),
  );
});

test('allMatches starts where the pattern stands and leaves it there, as matchAll does', () => {
  const pattern = /\d/g;
  pattern.lastIndex = 2;
  assert.deepEqual(allMatches('1234', pattern).map((m) => m[0]), ['3', '4']);
  assert.equal(pattern.lastIndex, 2);
  pattern.lastIndex = 0;
  // The same pattern may be used again while its matches are read.
  const outer = allMatches('1 2', pattern).map((m) => `${m[0]}:${allMatches('789', pattern).length}`);
  assert.deepEqual(outer, ['1:3', '2:3']);
  assert.throws(() => allMatches('1', /\d/), TypeError);
});
