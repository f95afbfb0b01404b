import type { SafetyLang } from '../script.js';
import type { TriageResult } from '../triage/categories.js';
import type { TriageCase } from './labelled.js';

export interface TriageReport {
  cases: number;
  emergencies: number;
  recall: number;
  falseAlarmRate: number;
  /** Share of expected categories that were named among the found ones (emergencies that were caught). */
  categoryRecall: number;
  byLang: Record<string, { recall: number; falseAlarmRate: number; cases: number }>;
  misses: TriageCase[];
  falseAlarms: (TriageCase & { found: TriageResult })[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function evaluateTriage(cases: TriageCase[], triage: (text: string, lang?: SafetyLang) => TriageResult): TriageReport {
  const misses: TriageCase[] = [];
  const falseAlarms: TriageReport['falseAlarms'] = [];
  const tally = new Map<string, { tp: number; pos: number; fp: number; neg: number }>();
  let expectedCategories = 0;
  let namedCategories = 0;
  for (const c of cases) {
    const found = triage(c.text, c.lang);
    for (const key of ['all', c.lang]) {
      const t = tally.get(key) ?? { tp: 0, pos: 0, fp: 0, neg: 0 };
      if (c.emergency) {
        t.pos++;
        if (found.emergency) t.tp++;
      } else {
        t.neg++;
        if (found.emergency) t.fp++;
      }
      tally.set(key, t);
    }
    if (c.emergency && !found.emergency) misses.push(c);
    if (!c.emergency && found.emergency) falseAlarms.push({ ...c, found });
    if (c.emergency && found.emergency) {
      expectedCategories += c.categories.length;
      namedCategories += c.categories.filter((k) => found.categories.includes(k)).length;
    }
  }
  const all = tally.get('all') ?? { tp: 0, pos: 0, fp: 0, neg: 0 };
  const byLang: TriageReport['byLang'] = {};
  for (const [key, t] of tally) {
    if (key !== 'all') byLang[key] = { recall: ratio(t.tp, t.pos), falseAlarmRate: t.neg === 0 ? 0 : t.fp / t.neg, cases: t.pos + t.neg };
  }
  return {
    cases: cases.length,
    emergencies: all.pos,
    recall: ratio(all.tp, all.pos),
    falseAlarmRate: all.neg === 0 ? 0 : all.fp / all.neg,
    categoryRecall: ratio(namedCategories, expectedCategories),
    byLang,
    misses,
    falseAlarms,
  };
}
