/** Sparse term-weight vectors and their cosine, the workhorse of pair comparison. */
export type SparseVector = Map<string, number>;

export function termCounts(terms: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of terms) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

/** Sublinear tf × idf, so a word repeated in a long question does not swamp the rest. */
export function tfidfVector(terms: string[], idf: (t: string) => number): SparseVector {
  const v: SparseVector = new Map();
  for (const [t, c] of termCounts(terms)) v.set(t, (1 + Math.log(c)) * idf(t));
  return v;
}

export function cosine(a: SparseVector, b: SparseVector): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [t, w] of a) {
    na += w * w;
    const o = b.get(t);
    if (o !== undefined) dot += w * o;
  }
  for (const w of b.values()) nb += w * w;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/** idf-weighted share of a's distinct terms that b also has (0 when a is empty). */
export function coverage(a: Set<string>, b: Set<string>, idf: (t: string) => number): number {
  let num = 0;
  let den = 0;
  for (const t of a) {
    const w = idf(t);
    den += w;
    if (b.has(t)) num += w;
  }
  return den ? num / den : 0;
}
