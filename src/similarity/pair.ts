import { readFileSync } from 'node:fs';
import { modelFor, pairFeatures, type PairModelName } from './features.js';
import { predictPair, type PairModel } from './train/pair-models.js';
import type { Lang } from './types.js';

const models = new Map<PairModelName, PairModel>();

/** The committed combiner for a language (see scripts/train-similarity.ts). */
export function pairModel(name: PairModelName): PairModel {
  let m = models.get(name);
  if (!m) {
    m = JSON.parse(readFileSync(new URL(`./resources/pair-model-${name}.json`, import.meta.url), 'utf8')) as PairModel;
    models.set(name, m);
  }
  return m;
}

/**
 * How alike two questions are, on their own (no archive): the combiner's probability that they
 * ask the same thing, and `same` at the threshold fixed when the model was trained.
 */
export function scorePair(q1: string, q2: string, lang?: Lang): { score: number; same: boolean } {
  const name = modelFor(q1, q2, lang);
  const model = pairModel(name);
  const score = predictPair(model, pairFeatures(q1, q2, name));
  return { score, same: score >= model.threshold };
}
