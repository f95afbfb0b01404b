import assert from 'node:assert/strict';
import { triage, triageByRules } from './triage.js';

// Helpers for the probe tests (voices, new-writers, more-voices): they check the readable rules alone, so the
// learned complement is never what makes a probe pass (quietEvenWithModel checks both).
export const rulesAlarm = (text: string) => triageByRules(text).emergency;
export const category = (text: string) => triageByRules(text).categories;

export function alarmAll(texts: string[]) {
  for (const text of texts) assert.equal(rulesAlarm(text), true, text);
}
export function quietAll(texts: string[]) {
  for (const text of texts) assert.equal(rulesAlarm(text), false, text);
}
/** Quiet with the learned complement too: a class the rules set aside must not be alarmed on by the model either. */
export function quietEvenWithModel(texts: string[]) {
  quietAll(texts);
  for (const text of texts) assert.equal(triage(text).emergency, false, `complement: ${text}`);
}
