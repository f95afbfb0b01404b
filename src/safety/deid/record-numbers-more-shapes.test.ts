import { test } from 'node:test';
import assert from 'node:assert/strict';
import { removedSpans } from './redaction-probes.js';

// Probe sentences written for this test (session 7 round 2, not taken from any labelled set) for the number shapes
// blind set v10 showed missing. Readings and counts of the same shape must stay.

test('a phone with its last digits spaced, an SSN a few words after its word, record numbers with lettered or spaced prefixes', () => {
  assert.deepEqual(removedSpans('call or text whenever: 312 555 01 8 7 thanks', 'phone'), ['312 555 01 8 7']);
  assert.deepEqual(removedSpans('dads SSN was printed on the bill: 614 22 9087, is that allowed', 'ssn'), ['614 22 9087']);
  assert.deepEqual(removedSpans('Invoice below. Acct#: K07 3318 442 Amount due', 'mrn'), ['Acct#: K07 3318 442']);
  assert.deepEqual(removedSpans('the patient number on his bracelet is QEH 4410287, does it matter', 'mrn'), ['QEH 4410287']);
  assert.deepEqual(removedSpans('My implant ID is BSC-ICD-2210478 if anyone asks', 'mrn'), ['BSC-ICD-2210478']);
  for (const keep of ['my readings were 120 118 1 2 3 at home', 'her SSN is something I never share.', 'the hospital number on the website is outdated', 'clinic ID is on the card', 'pain was 7 8 9 all week']) {
    assert.deepEqual(removedSpans(keep), [], keep);
  }
});
