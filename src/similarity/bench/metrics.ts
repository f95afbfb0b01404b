/** ROC-AUC with tied scores counted as half (the Mann-Whitney statistic). */
export function rocAuc(scores: number[], labels: number[]): number {
  const idx = scores.map((_, i) => i).sort((a, b) => scores[a] - scores[b]);
  let rankSumPos = 0;
  let pos = 0;
  let i = 0;
  while (i < idx.length) {
    let j = i;
    while (j + 1 < idx.length && scores[idx[j + 1]] === scores[idx[i]]) j++;
    const avgRank = (i + j) / 2 + 1;
    for (let t = i; t <= j; t++) if (labels[idx[t]] === 1) {
      rankSumPos += avgRank;
      pos++;
    }
    i = j + 1;
  }
  const neg = labels.length - pos;
  if (!pos || !neg) return NaN;
  return (rankSumPos - (pos * (pos + 1)) / 2) / (pos * neg);
}

export function accuracy(predicted: boolean[], labels: number[]): number {
  let ok = 0;
  predicted.forEach((p, i) => (ok += Number(p === (labels[i] === 1))));
  return ok / labels.length;
}

/**
 * The threshold on `scores` with the best accuracy on these labels. Used for the baseline's
 * (optimistic) best-threshold accuracy, and inside training folds for the engine's own threshold.
 */
export function bestThreshold(scores: number[], labels: number[]): { threshold: number; accuracy: number } {
  const idx = scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a]);
  const negTotal = labels.filter((l) => l !== 1).length;
  // Predict "same" for everything scoring ≥ threshold; walk the threshold down through the scores.
  let tp = 0;
  let fp = 0;
  let best = { threshold: Infinity, accuracy: negTotal / labels.length };
  for (let i = 0; i < idx.length; i++) {
    if (labels[idx[i]] === 1) tp++;
    else fp++;
    if (i + 1 < idx.length && scores[idx[i + 1]] === scores[idx[i]]) continue;
    const acc = (tp + (negTotal - fp)) / labels.length;
    if (acc > best.accuracy) {
      const next = i + 1 < idx.length ? scores[idx[i + 1]] : scores[idx[i]] - 1e-6;
      best = { threshold: (scores[idx[i]] + next) / 2, accuracy: acc };
    }
  }
  return best;
}

/** Recall@1 and mean reciprocal rank from the 1-based rank of each query's own answer. */
export function rankMetrics(ranks: number[]): { recallAt1: number; mrr: number } {
  const n = ranks.length;
  return {
    recallAt1: ranks.filter((r) => r === 1).length / n,
    mrr: ranks.reduce((s, r) => s + 1 / r, 0) / n,
  };
}

export function quantile(values: number[], q: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}
