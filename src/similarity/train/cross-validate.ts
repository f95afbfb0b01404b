import { bestThreshold } from '../bench/metrics.js';
import { predictEncoded, trainEncoded, type EncodedSet, type TrainOptions } from './logistic.js';

/** A stable fold for a group key (FNV-1a), so related pairs always fall in the same fold. */
export function foldOf(key: string, folds: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h >>> 0) % folds;
}

export interface CrossValidation {
  /** out-of-fold probability for every example: from a model that never saw its fold */
  oof: number[];
  /** out-of-fold `same` decisions, each with a threshold chosen on its training folds only */
  oofSame: boolean[];
  /** per-fold thresholds (their median is what the shipped model uses) */
  thresholds: number[];
}

/**
 * K-fold cross-validation by group. Each fold's threshold is chosen by an inner cross-validation
 * of its training folds (the best-accuracy threshold on the inner out-of-fold predictions), never
 * on the fold being scored. `thresholdMask` limits the threshold search to examples of the task judged.
 */
export function crossValidate(
  set: EncodedSet,
  ys: number[],
  groups: string[],
  opts: TrainOptions & { folds?: number; innerFolds?: number; thresholdMask?: boolean[]; trainMask?: boolean[] } = {},
): CrossValidation {
  const k = opts.folds ?? 5;
  const fold = groups.map((g) => foldOf(g, k));
  const n = ys.length;
  const oof = new Array<number>(n).fill(0);
  const oofSame = new Array<boolean>(n).fill(false);
  const thresholds: number[] = [];
  const usable = (i: number) => !opts.trainMask || opts.trainMask[i];
  for (let f = 0; f < k; f++) {
    const train = [...Array(n).keys()].filter((i) => fold[i] !== f && usable(i));
    const model = trainEncoded(set, ys, train, opts);
    // An inner cross-validation of the training folds gives out-of-fold scores to pick the threshold on.
    const innerFolds = opts.innerFolds ?? 5;
    const inner = new Map(train.map((i) => [i, foldOf(groups[i] + '#inner', innerFolds)]));
    const innerScores: number[] = [];
    const innerLabels: number[] = [];
    for (let h = 0; h < innerFolds; h++) {
      const half = trainEncoded(set, ys, train.filter((i) => inner.get(i) !== h), opts);
      for (const i of train) {
        if (inner.get(i) === h && (!opts.thresholdMask || opts.thresholdMask[i])) {
          innerScores.push(predictEncoded(half, set.rows[i]));
          innerLabels.push(ys[i]);
        }
      }
    }
    const t = innerScores.length ? bestThreshold(innerScores, innerLabels).threshold : 0.5;
    thresholds.push(Number.isFinite(t) ? t : 0.5);
    for (let i = 0; i < n; i++) {
      if (fold[i] !== f) continue;
      oof[i] = predictEncoded(model, set.rows[i]);
      oofSame[i] = oof[i] >= thresholds[f];
    }
  }
  return { oof, oofSame, thresholds };
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
