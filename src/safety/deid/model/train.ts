import { trainLogistic, type Example } from '../../triage/model/logistic.js';
import type { NameModel } from './complement.js';
import { isCandidate, tokenFeatures, type Token } from './features.js';

/** A text prepared once for training: its tokens, which the rules found inside names, and which are names. */
export interface PreparedText {
  scan: string;
  tokens: Token[];
  ruleMask: boolean[];
  /** Per token: inside a labelled name (always false for real text, which nobody labelled). */
  isName: boolean[];
  /** Labelled texts count 1; real text, a few of whose tokens are names nobody marked, counts less. */
  weight: number;
}

// Set before the leave-one-set-out runs and not tuned on them (as triage's TRAINING): 12 passes over the tokens, a
// feature must appear in two tokens; a real-text token counts 0.3 of a labelled one.
export const TRAINING = { epochs: 12, l2: 1e-4, minCount: 2 };
export const REAL_TEXT_WEIGHT = 0.3;
/** How much a labelled name token counts against a non-name one (1: as set before the first run; see docs/safety.md). */
export const POSITIVE_WEIGHT = Number(process.env.DEID_POSITIVE_WEIGHT ?? 1);
/** Weights smaller than this are dropped from the committed model, which keeps the file small. */
export const KEEP_ABOVE = 0.05;

export function examplesOf(texts: readonly PreparedText[], medical: ReadonlySet<string>): Example[] {
  const examples: Example[] = [];
  for (const t of texts) {
    const classes: (string[] | undefined)[] = [];
    for (let i = 0; i < t.tokens.length; i++) {
      if (!isCandidate(t.scan, t.tokens, i)) continue;
      examples.push({ features: tokenFeatures(t.scan, t.tokens, i, t.ruleMask, { medical }, classes), label: t.isName[i] ? 1 : 0, weight: t.isName[i] ? t.weight * POSITIVE_WEIGHT : t.weight });
    }
  }
  return examples;
}

export function trainNameModel(texts: readonly PreparedText[], medical: ReadonlySet<string>, keepAbove = KEEP_ABOVE): NameModel {
  const model = trainLogistic(examplesOf(texts, medical), TRAINING);
  return { bias: model.bias, weights: new Map([...model.weights].filter(([, w]) => Math.abs(w) >= keepAbove)), medical };
}

/** Lower-case words of medical text that are no English words: what a medical vocabulary adds to the dictionary. */
export function medicalWords(phrases: Iterable<string>, isWord: (lower: string) => boolean): Set<string> {
  const out = new Set<string>();
  for (const phrase of phrases) {
    for (const m of phrase.toLowerCase().matchAll(/\p{L}[\p{L}\p{M}'’-]*/gu)) {
      const w = m[0].replace(/['’]s$/, '');
      if (w.length >= 3 && !isWord(w)) out.add(w);
    }
  }
  return out;
}
