import { test } from 'node:test';
import assert from 'node:assert/strict';
import { removedSpans } from './redaction-probes.js';

// Probe sentences written for this test (session 7 round 2, not taken from any labelled set) for the address shape
// blind set v10 showed missing. Ordinary text of the same shape must stay.

test('a unit and a flat right after a Chinese house number', () => {
  assert.deepEqual(removedSpans('快递寄到南京市鼓楼区中山北路２６号３单元５０２，谢谢', 'address'), ['南京市鼓楼区中山北路２６号３单元５０２']);
  assert.deepEqual(removedSpans('住在成都市武侯区人民南路88号1单元1203室', 'address'), ['成都市武侯区人民南路88号1单元1203室']);
  assert.deepEqual(removedSpans('中山北路26号附近有药店吗，3单元的邻居也咳嗽', 'address'), ['中山北路26号']);
});
