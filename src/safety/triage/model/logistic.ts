/**
 * Logistic regression over sparse binary features, trained with AdaGrad and an L2 penalty.
 * Small enough to read: a few hundred lines of data, a few thousand features, a second to train.
 */
export interface LogisticModel {
  bias: number;
  weights: ReadonlyMap<string, number>;
}

export interface Example {
  features: readonly string[];
  label: 0 | 1;
  /** How much this example counts; 1 unless set. */
  weight?: number;
}

export interface TrainOptions {
  epochs?: number;
  rate?: number;
  l2?: number;
  /** A feature seen in fewer examples than this is left out: a word seen once says nothing general. */
  minCount?: number;
  seed?: number;
}

export function score(model: LogisticModel, features: Iterable<string>): number {
  let z = model.bias;
  for (const f of new Set(features)) z += model.weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

export function trainLogistic(examples: readonly Example[], options: TrainOptions = {}): LogisticModel {
  const { epochs = 25, rate = 0.2, l2 = 1e-4, minCount = 2, seed = 1 } = options;
  const counts = new Map<string, number>();
  const unique = examples.map((e) => [...new Set(e.features)]);
  for (const fs of unique) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, n] of counts) if (n >= minCount) index.set(f, index.size);
  const rows = unique.map((fs) => fs.map((f) => index.get(f)).filter((i): i is number => i !== undefined));

  const w = new Float64Array(index.size);
  const g2 = new Float64Array(index.size).fill(1e-8);
  let bias = 0;
  let biasG2 = 1e-8;
  const order = examples.map((_, i) => i);
  let state = seed >>> 0 || 1;
  const random = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const k of order) {
      const row = rows[k];
      let z = bias;
      for (const i of row) z += w[i];
      const p = 1 / (1 + Math.exp(-z));
      const err = (p - examples[k].label) * (examples[k].weight ?? 1);
      for (const i of row) {
        const g = err + l2 * w[i];
        g2[i] += g * g;
        w[i] -= (rate * g) / Math.sqrt(g2[i]);
      }
      biasG2 += err * err;
      bias -= (rate * err) / Math.sqrt(biasG2);
    }
  }
  const weights = new Map<string, number>();
  for (const [f, i] of index) if (Math.abs(w[i]) >= 1e-3) weights.set(f, w[i]);
  return { bias, weights };
}
