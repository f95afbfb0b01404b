import assert from 'node:assert/strict';
import { triageByRules } from './triage.js';

// Helpers for the probe tests (voices, new-writers, more-voices): they check the readable rules alone, so the
// learned complement is never what makes a probe pass.
export const rulesAlarm = (text: string) => triageByRules(text).emergency;
export const category = (text: string) => triageByRules(text).categories;

export function alarmAll(texts: string[]) {
  for (const text of texts) assert.equal(rulesAlarm(text), true, text);
}
export function quietAll(texts: string[]) {
  for (const text of texts) assert.equal(rulesAlarm(text), false, text);
}
