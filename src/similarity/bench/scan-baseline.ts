import { baselineTokens } from './tfidf-baseline.js';

/**
 * The latency baseline: an exhaustive TF-IDF cosine scan over the whole archive (what one gets
 * without an inverted index), stored as a compact CSR matrix so its memory is comparable.
 */
export class ScanBaseline {
  private vocab = new Map<string, number>();
  private idf: Float32Array;
  private rowStart: Int32Array;
  private cols: Int32Array;
  private vals: Float32Array;
  private dense: Float32Array;

  constructor(docs: { text: string; lang: 'en' | 'zh-Hans' }[]) {
    const rows: Int32Array[] = [];
    const counts: Float32Array[] = [];
    const df: number[] = [];
    for (const d of docs) {
      const tf = new Map<number, number>();
      for (const w of baselineTokens(d.text, d.lang)) {
        let id = this.vocab.get(w);
        if (id === undefined) {
          id = df.length;
          this.vocab.set(w, id);
          df.push(0);
        }
        tf.set(id, (tf.get(id) ?? 0) + 1);
      }
      for (const id of tf.keys()) df[id]++;
      rows.push(Int32Array.from(tf.keys()));
      counts.push(Float32Array.from(tf.values()));
    }
    const n = docs.length;
    this.idf = Float32Array.from(df, (d) => Math.log((1 + n) / (1 + d)) + 1);
    const total = rows.reduce((s, r) => s + r.length, 0);
    this.rowStart = new Int32Array(n + 1);
    this.cols = new Int32Array(total);
    this.vals = new Float32Array(total);
    let at = 0;
    rows.forEach((r, i) => {
      this.rowStart[i] = at;
      let norm = 0;
      for (let j = 0; j < r.length; j++) norm += (counts[i][j] * this.idf[r[j]]) ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let j = 0; j < r.length; j++) {
        this.cols[at] = r[j];
        this.vals[at++] = (counts[i][j] * this.idf[r[j]]) / norm;
      }
    });
    this.rowStart[n] = at;
    this.dense = new Float32Array(df.length);
  }

  top(text: string, lang: 'en' | 'zh-Hans', k: number): number[] {
    const q = new Map<number, number>();
    for (const w of baselineTokens(text, lang)) {
      const id = this.vocab.get(w);
      if (id !== undefined) q.set(id, (q.get(id) ?? 0) + 1);
    }
    for (const [id, c] of q) this.dense[id] = c * this.idf[id];
    const n = this.rowStart.length - 1;
    const best: { i: number; s: number }[] = [];
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = this.rowStart[i]; j < this.rowStart[i + 1]; j++) s += this.vals[j] * this.dense[this.cols[j]];
      if (s > 0 && (best.length < k || s > best[best.length - 1].s)) {
        best.push({ i, s });
        best.sort((a, b) => b.s - a.s);
        if (best.length > k) best.pop();
      }
    }
    for (const id of q.keys()) this.dense[id] = 0;
    return best.map((b) => b.i);
  }
}
