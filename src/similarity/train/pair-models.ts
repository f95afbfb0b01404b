/**
 * Training and cross-validation of the two pair combiners (English, Chinese). Shared by
 * scripts/train-similarity.ts, which writes the shipped weights, and the bench, which reports
 * only out-of-fold figures from the same procedure.
 */
import { pairFeatures, type PairModelName } from '../features.js';
import { crossValidate, median, type CrossValidation } from './cross-validate.js';
import { encode, toWeights, trainEncoded, type EncodedSet, type LogisticWeights, type TrainOptions } from './logistic.js';
import { chineseTrainingPairs, englishTrainingPairs, type TrainingPair } from './sets.js';

export interface PairModel extends LogisticWeights {
  threshold: number;
}

/**
 * Each source set weighs the same in total, whatever its size: rqe_chq_faq (consumer question →
 * FAQ, the "Related FAQ" case) has 145 pairs against 3,727 clinical ones, and teaches what the
 * others do not (same topic but another kind of question is not a match). `same` is decided at
 * the threshold that suits consumer→FAQ pairs, the English task `same` is judged on.
 */
function balanced(pairs: TrainingPair[]): (p: TrainingPair) => number {
  const counts = new Map<string, number>();
  for (const p of pairs) counts.set(p.set, (counts.get(p.set) ?? 0) + 1);
  return (p) => pairs.length / (counts.size * counts.get(p.set)!);
}

const OPTIONS: Record<PairModelName, { train: TrainOptions; thresholdOn: (p: TrainingPair) => boolean }> = {
  en: { train: { l2: 1e-4, epochs: 10 }, thresholdOn: (p) => p.set === 'rqe_chq_faq' },
  zh: { train: { l2: 1e-4, epochs: 10, minCount: 2 }, thresholdOn: () => true },
};

export interface PairData {
  pairs: TrainingPair[];
  set: EncodedSet;
  labels: number[];
}

export function pairData(model: PairModelName): PairData {
  const pairs = model === 'en' ? englishTrainingPairs() : chineseTrainingPairs();
  const set = encode(pairs.map((p) => pairFeatures(p.q1, p.q2, model)));
  return { pairs, set, labels: pairs.map((p) => p.label) };
}

export function crossValidateModel(model: PairModelName, data = pairData(model)): CrossValidation {
  const o = OPTIONS[model];
  return crossValidate(data.set, data.labels, data.pairs.map((p) => p.group), {
    ...o.train,
    sampleWeights: data.pairs.map(balanced(data.pairs)),
    thresholdMask: data.pairs.map(o.thresholdOn),
  });
}

/** The shipped model: trained on every dev pair; its threshold is the median of the CV folds' thresholds. */
export function trainModel(model: PairModelName, data = pairData(model), cv = crossValidateModel(model, data)): PairModel {
  const o = OPTIONS[model];
  const all = data.pairs.map((_, i) => i);
  const weights = toWeights(data.set, trainEncoded(data.set, data.labels, all, { ...o.train, sampleWeights: data.pairs.map(balanced(data.pairs)) }));
  return { ...weights, threshold: Math.round(median(cv.thresholds) * 1e4) / 1e4 };
}
