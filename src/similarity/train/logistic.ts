import type { Features } from '../features.js';

/** Weights of a logistic-regression combiner, as committed in resources/*.json. */
export interface LogisticWeights {
  bias: number;
  weights: Record<string, number>;
}

export function predict(model: LogisticWeights, x: Features): number {
  let z = model.bias;
  for (const [name, v] of x) {
    const w = model.weights[name];
    if (w !== undefined) z += w * v;
  }
  return 1 / (1 + Math.exp(-z));
}

/** Examples with feature names turned into integer ids once, so training loops touch arrays only. */
export interface EncodedSet {
  names: string[];
  rows: { ids: Int32Array; vals: Float64Array }[];
}

export function encode(xs: Features[]): EncodedSet {
  const ids = new Map<string, number>();
  const names: string[] = [];
  const rows = xs.map((x) => {
    const r = { ids: new Int32Array(x.size), vals: new Float64Array(x.size) };
    let i = 0;
    for (const [k, v] of x) {
      let id = ids.get(k);
      if (id === undefined) {
        id = names.length;
        ids.set(k, id);
        names.push(k);
      }
      r.ids[i] = id;
      r.vals[i++] = v;
    }
    return r;
  });
  return { names, rows };
}

export interface TrainOptions {
  epochs?: number;
  l2?: number;
  learningRate?: number;
  seed?: number;
  /** per-example weights, e.g. to balance data sets of different sizes */
  sampleWeights?: number[];
  /**
   * Features seen in fewer training examples than this keep weight 0: a word pair met once says
   * nothing reliable, and dropping them shrinks the Chinese model from ~240k to ~40k weights.
   */
  minCount?: number;
}

/** Raw weights by feature id, for fast scoring of encoded rows. */
export interface DenseModel {
  bias: number;
  w: Float64Array;
}

export function predictEncoded(m: DenseModel, r: { ids: Int32Array; vals: Float64Array }): number {
  let z = m.bias;
  for (let j = 0; j < r.ids.length; j++) z += m.w[r.ids[j]] * r.vals[j];
  return 1 / (1 + Math.exp(-z));
}

/**
 * L2-regularised logistic regression by AdaGrad over sparse features: deterministic (a fixed
 * shuffle seed), a second or two for ten thousand pairs. `subset` lists the rows to train on.
 */
export function trainEncoded(set: EncodedSet, ys: number[], subset: number[], opts: TrainOptions = {}): DenseModel {
  const epochs = opts.epochs ?? 10;
  const l2 = opts.l2 ?? 1e-4;
  const lr = opts.learningRate ?? 0.2;
  const w = new Float64Array(set.names.length);
  const g2 = new Float64Array(set.names.length).fill(1e-8);
  const usable = new Uint8Array(set.names.length);
  const counts = new Int32Array(set.names.length);
  for (const i of subset) for (const id of set.rows[i].ids) counts[id]++;
  for (let k = 0; k < counts.length; k++) usable[k] = counts[k] >= (opts.minCount ?? 1) ? 1 : 0;
  let bias = 0;
  let gBias = 1e-8;
  let seed = opts.seed ?? 12345;
  const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
  const order = [...subset];
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) {
      const r = set.rows[i];
      const p = predictEncoded({ bias, w }, r);
      const err = (p - ys[i]) * (opts.sampleWeights?.[i] ?? 1);
      gBias += err * err;
      bias -= (lr * err) / Math.sqrt(gBias);
      for (let j = 0; j < r.ids.length; j++) {
        const k = r.ids[j];
        if (!usable[k]) continue;
        const g = err * r.vals[j] + l2 * w[k];
        g2[k] += g * g;
        w[k] -= (lr * g) / Math.sqrt(g2[k]);
      }
    }
  }
  return { bias, w };
}

/** The committed form: named, rounded, near-zero weights dropped. */
export function toWeights(set: EncodedSet, m: DenseModel): LogisticWeights {
  const weights: Record<string, number> = {};
  const order = set.names.map((_, i) => i).sort((a, b) => (set.names[a] < set.names[b] ? -1 : 1));
  for (const i of order) if (Math.abs(m.w[i]) > 1e-4) weights[set.names[i]] = Math.round(m.w[i] * 1e5) / 1e5;
  return { bias: Math.round(m.bias * 1e5) / 1e5, weights };
}
