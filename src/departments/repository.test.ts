import { test } from 'node:test';
import assert from 'node:assert/strict';
import { departmentMatcher } from './repository.js';
import { REFERENCE_DEPARTMENTS } from './reference.js';

const departments = REFERENCE_DEPARTMENTS.map((d, i) => ({
  id: i + 1, slug: d.slug, name_en: d.en, name_zh: d.zh, description: '', sort_order: i, created_at: '',
}));

test('maps slugs, English names and Chinese names in either script to departments', () => {
  const match = departmentMatcher(departments);
  assert.equal(match('cardiology')?.slug, 'cardiology');
  assert.equal(match('Hepatology')?.slug, 'hepatology');
  // The shared Chinese seed uses Simplified sub-department names.
  assert.equal(match('肝病科')?.slug, 'hepatology');
  assert.equal(match('消化科')?.slug, 'gastroenterology');
  assert.equal(match('神经科')?.slug, 'neurology');
  assert.equal(match('心血管科')?.slug, 'cardiology');
  assert.equal(match('内分泌科')?.slug, 'endocrinology');
  assert.equal(match('呼吸科')?.slug, 'pulmonology');
  assert.equal(match('肾内科')?.slug, 'nephrology');
  assert.equal(match('感染科')?.slug, 'infectious-diseases');
  assert.equal(match('血液科')?.slug, 'hematology-oncology');
  assert.equal(match('普通内科')?.slug, 'internal-medicine');
  assert.equal(match('风湿免疫科')?.slug, 'rheumatology');
  assert.equal(match('皮膚科')?.slug, 'dermatology');
});

test('unknown or empty names match nothing', () => {
  const match = departmentMatcher(departments);
  assert.equal(match('astrology'), undefined);
  assert.equal(match(null), undefined);
  assert.equal(match('  '), undefined);
});
