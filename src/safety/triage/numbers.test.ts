import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCount } from './numbers.js';

test('parseCount reads digits, English words and Chinese numerals', () => {
  assert.equal(parseCount('38.5'), 38.5);
  assert.equal(parseCount('six'), 6);
  assert.equal(parseCount('五十'), 50);
  assert.equal(parseCount('十二'), 12);
  assert.equal(parseCount('两'), 2);
  assert.equal(parseCount('二十三'), 23);
  assert.equal(parseCount('一百零五'), 105);
  assert.equal(parseCount('banana'), undefined);
});

test('parseCount reads 十几 as a number above ten', () => {
  assert.equal(parseCount('十几'), 13);
  assert.equal(parseCount('几'), 3);
});
