/**
 * Training and cross-validation of the two pair combiners (English, Chinese). Shared by
 * scripts/train-similarity.ts, which writes the shipped weights, and the bench, which reports
 * only out-of-fold figures from the same procedure.
 *
 * English: one logistic regression. Chinese: a logistic regression over ~40k sparse character
 * features, then boosted trees over the dense features plus that regression's score (stacking:
 * the trees are trained on scores the regression gave to pairs it had not seen).
 */
import type { Features, PairModelName } from '../features.js';
import { pairFeatures } from '../features.js';
import { crossValidate, foldOf, median, type CrossValidation } from './cross-validate.js';
import { encode, predictEncoded, toWeights, trainEncoded, type EncodedSet, type LogisticWeights, type TrainOptions } from './logistic.js';
import { predictTrees, trainTrees, type BoostedTrees, type BoostOptions } from './boosted-trees.js';
import { chineseTrainingPairs, englishTrainingPairs, type TrainingPair } from './sets.js';
import { predict } from './logistic.js';

export interface PairModel extends LogisticWeights {
  threshold: number;
  /** the stacked second stage, when the model has one */
  stack?: { features: string[]; trees: BoostedTrees };
}

/** The model's probability for one pair's features. */
export function predictPair(model: PairModel, x: Features): number {
  const linear = predict(model, x);
  if (!model.stack) return linear;
  return predictTrees(model.stack.trees, stackRow(model.stack.features, x, linear));
}

function stackRow(names: string[], x: Features, linear: number): number[] {
  const row = names.map((n) => x.get(n) ?? 0);
  row.push(linear);
  return row;
}

/**
 * Each source set weighs the same in total, whatever its size: rqe_chq_faq (consumer question →
 * FAQ, the "Related FAQ" case) has 145 pairs against 3,727 clinical ones, and teaches what the
 * others do not (same topic but another kind of question is not a match). English `same` is
 * decided at the threshold that suits consumer→FAQ pairs, the English task it is judged on.
 * The stacked Chinese model's output is a probability fitted on a balanced set: `same` at 0.5,
 * fixed in advance.
 */
function balanced(pairs: TrainingPair[]): number[] {
  const counts = new Map<string, number>();
  for (const p of pairs) counts.set(p.set, (counts.get(p.set) ?? 0) + 1);
  return pairs.map((p) => pairs.length / (counts.size * counts.get(p.set)!));
}

interface ModelOptions {
  train: TrainOptions;
  thresholdOn: (p: TrainingPair) => boolean;
  stack?: BoostOptions;
}

// English has ~4,000 pairs and 24 features: train it to convergence (AdaGrad's steps shrink, and
// at 10 epochs it was still underfitting: consumer→FAQ AUC 0.877 then, 0.894 at 100).
const OPTIONS: Record<PairModelName, ModelOptions> = {
  en: { train: { l2: 1e-4, epochs: 100, learningRate: 0.5 }, thresholdOn: (p) => p.set === 'rqe_chq_faq' },
  zh: { train: { l2: 1e-4, epochs: 10, minCount: 2 }, thresholdOn: () => true, stack: { trees: 200, depth: 3, rate: 0.1, minLeaf: 20 } },
};

const STACK_THRESHOLD = 0.5;

export interface PairData {
  pairs: TrainingPair[];
  features: Features[];
  set: EncodedSet;
  labels: number[];
}

export function pairData(model: PairModelName): PairData {
  const pairs = model === 'en' ? englishTrainingPairs() : chineseTrainingPairs();
  const features = pairs.map((p) => pairFeatures(p.q1, p.q2, model));
  return { pairs, features, set: encode(features), labels: pairs.map((p) => p.label) };
}

/** Dense features (no ':' in the name) and the Chinese intent indicators feed the trees. */
function stackFeatureNames(set: EncodedSet): string[] {
  return set.names.filter((n) => !n.includes(':') || /^zi_(both|one):/.test(n)).sort();
}

/** Fits a model on the given rows (threshold left for the caller). */
function fit(name: PairModelName, data: PairData, rows: number[]): PairModel {
  const o = OPTIONS[name];
  const weights = balanced(data.pairs);
  const linear = trainEncoded(data.set, data.labels, rows, { ...o.train, sampleWeights: weights });
  const model: PairModel = { ...toWeights(data.set, linear), threshold: STACK_THRESHOLD };
  if (!o.stack) return model;
  // The trees must learn from regression scores on pairs the regression did not train on.
  const inner = new Map(rows.map((i) => [i, foldOf(`${data.pairs[i].group}#stack`, 5)]));
  const heldOut = new Map<number, number>();
  for (let h = 0; h < 5; h++) {
    const m = trainEncoded(data.set, data.labels, rows.filter((i) => inner.get(i) !== h), { ...o.train, sampleWeights: weights });
    for (const i of rows) if (inner.get(i) === h) heldOut.set(i, predictEncoded(m, data.set.rows[i]));
  }
  const names = stackFeatureNames(data.set);
  const trees = trainTrees(
    rows.map((i) => stackRow(names, data.features[i], heldOut.get(i)!)),
    rows.map((i) => data.labels[i]),
    o.stack,
  );
  return { ...model, stack: { features: names, trees } };
}

export function crossValidateModel(name: PairModelName, data = pairData(name)): CrossValidation {
  const o = OPTIONS[name];
  const groups = data.pairs.map((p) => p.group);
  if (!o.stack) {
    return crossValidate(data.set, data.labels, groups, {
      ...o.train,
      sampleWeights: balanced(data.pairs),
      thresholdMask: data.pairs.map(o.thresholdOn),
    });
  }
  const n = data.labels.length;
  const fold = groups.map((g) => foldOf(g, 5));
  const oof = new Array<number>(n).fill(0);
  for (let f = 0; f < 5; f++) {
    const model = fit(name, data, [...Array(n).keys()].filter((i) => fold[i] !== f));
    for (let i = 0; i < n; i++) if (fold[i] === f) oof[i] = predictPair(model, data.features[i]);
  }
  return { oof, oofSame: oof.map((p) => p >= STACK_THRESHOLD), thresholds: [STACK_THRESHOLD] };
}

/** The shipped model: trained on every dev pair; an English threshold is the median of the CV folds'. */
export function trainModel(name: PairModelName, data = pairData(name), cv = crossValidateModel(name, data)): PairModel {
  const model = fit(name, data, data.pairs.map((_, i) => i));
  return { ...model, threshold: Math.round(median(cv.thresholds) * 1e4) / 1e4 };
}
