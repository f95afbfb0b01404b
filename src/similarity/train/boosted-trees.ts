/**
 * Small gradient-boosted regression trees on logistic loss, over dense features: they combine
 * signals non-linearly (high overlap but a different intent) where the linear combiner cannot.
 * Deterministic; features are bucketed into at most 32 quantile bins.
 */
export interface TreeNode {
  f?: number; // feature index; absent on leaves
  t?: number; // go left when x[f] <= t
  l?: TreeNode;
  r?: TreeNode;
  v?: number; // leaf value
}

export interface BoostedTrees {
  base: number;
  rate: number;
  trees: TreeNode[];
}

export interface BoostOptions {
  trees?: number;
  depth?: number;
  rate?: number;
  minLeaf?: number;
  l2?: number;
}

export function predictTrees(m: BoostedTrees, x: ArrayLike<number>): number {
  let z = m.base;
  for (const t of m.trees) {
    let n = t;
    while (n.v === undefined) n = x[n.f!] <= n.t! ? n.l! : n.r!;
    z += m.rate * n.v;
  }
  return 1 / (1 + Math.exp(-z));
}

export function trainTrees(xs: number[][], ys: number[], opts: BoostOptions = {}): BoostedTrees {
  const nTrees = opts.trees ?? 150;
  const depth = opts.depth ?? 3;
  const rate = opts.rate ?? 0.1;
  const minLeaf = opts.minLeaf ?? 20;
  const l2 = opts.l2 ?? 1;
  const n = xs.length;
  const d = xs[0]?.length ?? 0;
  // Candidate thresholds per feature (quantiles of its values), and each value's bin, computed once.
  const cuts: number[][] = [];
  const bins: Uint8Array[] = [];
  for (let f = 0; f < d; f++) {
    const vals = xs.map((x) => x[f]).sort((a, b) => a - b);
    const c = new Set<number>();
    for (let q = 1; q < 32; q++) c.add(vals[Math.floor((q / 32) * (n - 1))]);
    const cs = [...c].sort((a, b) => a - b);
    cuts.push(cs);
    const b = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const v = xs[i][f];
      let lo = 0;
      let hi = cs.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (v <= cs[mid]) hi = mid;
        else lo = mid + 1;
      }
      b[i] = lo;
    }
    bins.push(b);
  }
  const pos = ys.reduce((a, b) => a + b, 0);
  const base = Math.log((pos + 1) / (n - pos + 1));
  const z = new Float64Array(n).fill(base);
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  const gl = new Float64Array(33);
  const hl = new Float64Array(33);
  const nl = new Int32Array(33);
  const trees: TreeNode[] = [];
  for (let t = 0; t < nTrees; t++) {
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-z[i]));
      g[i] = p - ys[i];
      h[i] = Math.max(p * (1 - p), 1e-6);
    }
    const build = (rows: Int32Array, level: number): TreeNode => {
      let G = 0;
      let H = 0;
      for (const i of rows) {
        G += g[i];
        H += h[i];
      }
      const leaf = { v: -G / (H + l2) };
      if (level >= depth || rows.length < 2 * minLeaf) return leaf;
      let best = { gain: 0, f: -1, bin: 0 };
      const parent = (G * G) / (H + l2);
      for (let f = 0; f < d; f++) {
        const b = bins[f];
        const nc = cuts[f].length;
        gl.fill(0, 0, nc + 1);
        hl.fill(0, 0, nc + 1);
        nl.fill(0, 0, nc + 1);
        for (const i of rows) {
          gl[b[i]] += g[i];
          hl[b[i]] += h[i];
          nl[b[i]]++;
        }
        let gs = 0;
        let hs = 0;
        let ns = 0;
        for (let c = 0; c < nc; c++) {
          gs += gl[c];
          hs += hl[c];
          ns += nl[c];
          if (ns < minLeaf || rows.length - ns < minLeaf) continue;
          const gain = (gs * gs) / (hs + l2) + ((G - gs) * (G - gs)) / (H - hs + l2) - parent;
          if (gain > best.gain) best = { gain, f, bin: c };
        }
      }
      if (best.f < 0) return leaf;
      const b = bins[best.f];
      const left = rows.filter((i) => b[i] <= best.bin);
      const right = rows.filter((i) => b[i] > best.bin);
      return { f: best.f, t: cuts[best.f][best.bin], l: build(left, level + 1), r: build(right, level + 1) };
    };
    const tree = build(Int32Array.from({ length: n }, (_, i) => i), 0);
    trees.push(tree);
    for (let i = 0; i < n; i++) {
      let node = tree;
      while (node.v === undefined) node = xs[i][node.f!] <= node.t! ? node.l! : node.r!;
      z[i] += rate * node.v;
    }
  }
  return { base, rate, trees };
}
