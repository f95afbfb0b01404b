import { test } from 'node:test';
import assert from 'node:assert/strict';
import { removedSpans } from './redaction-probes.js';

// Probe sentences written for this test (session 7 round 2, not taken from any labelled set) for the age shapes blind
// set v10 showed missing. Readings of the same shape must stay.
const ages = (text: string) => removedSpans(text, 'age-over-89');

test('ages over 89 after a name between commas, a name with particles, brackets, or worked out from a birth year', () => {
  assert.deepEqual(ages('My aunt, Wilhelmina Osei, is 96 and has new ankle swelling'), ['96']);
  assert.deepEqual(ages('My grandfather Jean-Baptiste van der Merwe is 101 and still walks daily'), ['101']);
  assert.deepEqual(ages('our gran (the one in Leeds) is 92 and keeps falling'), ['92']);
  assert.deepEqual(ages('Mum (born 1933, so 92) has a UTI again'), ['92']);
  for (const keep of ['My father, Harold, is 94% sure it was the pills', 'My sister Ana is 95 kg now', 'since 2019, so 90 days of statins)', 'her pulse (resting) is 96 bpm', 'In 2024, now 95/60 at rest']) {
    assert.deepEqual(ages(keep), [], keep);
  }
});
