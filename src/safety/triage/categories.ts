export type TriageCategory =
  | 'chest-pain'
  | 'stroke'
  | 'suicide-self-harm'
  | 'severe-bleeding'
  | 'anaphylaxis'
  | 'poisoning-overdose'
  | 'breathing-difficulty'
  | 'seizure'
  | 'infant-fever'
  | 'pregnancy-bleeding'
  | 'head-injury';

/** Display and evaluation order: the most time-critical first. */
export const TRIAGE_CATEGORIES: readonly TriageCategory[] = [
  'chest-pain',
  'stroke',
  'suicide-self-harm',
  'severe-bleeding',
  'anaphylaxis',
  'poisoning-overdose',
  'breathing-difficulty',
  'seizure',
  'infant-fever',
  'pregnancy-bleeding',
  'head-injury',
];

export interface TriageResult {
  emergency: boolean;
  categories: TriageCategory[];
}
