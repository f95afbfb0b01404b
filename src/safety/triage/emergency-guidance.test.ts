import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_EMERGENCY_NUMBERS, emergencyGuidance } from './emergency-guidance.js';

test('the default numbers are Taiwan 119 and 1925, United States 911 and 988', () => {
  assert.deepEqual(
    DEFAULT_EMERGENCY_NUMBERS.map((n) => n.number),
    ['119', '1925', '911', '988'],
  );
});

test('guidance tells the reader to call the operator numbers now and not to wait', () => {
  const g = emergencyGuidance(['chest-pain'], DEFAULT_EMERGENCY_NUMBERS);
  const all = g.paragraphs.join(' ');
  assert.match(g.title, /emergency/i);
  assert.match(g.paragraphs[0], /119/);
  assert.match(g.paragraphs[0], /911/);
  assert.match(g.paragraphs[0], /do not wait/i);
  // Crisis lines are not ambulance numbers.
  assert.doesNotMatch(g.paragraphs[0], /1925|988/);
  assert.match(all, /chest/i);
});

test('suicide guidance names the crisis lines', () => {
  const all = emergencyGuidance(['suicide-self-harm'], DEFAULT_EMERGENCY_NUMBERS).paragraphs.join(' ');
  assert.match(all, /1925/);
  assert.match(all, /988/);
});

test('operator numbers replace the defaults; no numbers still gives advice', () => {
  const all = emergencyGuidance(['stroke'], [{ label: 'Emergency (UK)', number: '999' }]).paragraphs.join(' ');
  assert.match(all, /999/);
  assert.doesNotMatch(all, /119|911/);
  assert.match(emergencyGuidance(['stroke'], []).paragraphs[0], /local emergency number/);
});

test('guidance never reads as a diagnosis', () => {
  const every = emergencyGuidance(
    ['chest-pain', 'stroke', 'suicide-self-harm', 'severe-bleeding', 'anaphylaxis', 'poisoning-overdose',
      'breathing-difficulty', 'seizure', 'infant-fever', 'pregnancy-bleeding', 'head-injury'],
    DEFAULT_EMERGENCY_NUMBERS,
  );
  const all = every.paragraphs.join(' ');
  assert.match(all, /not a diagnosis/);
  assert.doesNotMatch(all, /\byou have (?:a |an )?(?:heart attack|stroke|anaphylaxis)/i);
  assert.doesNotMatch(all, /\btake \d|\bmg\b/i);
});
