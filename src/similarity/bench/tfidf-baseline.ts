/**
 * The lexical baseline, computed in the same run as the engine: a TF-IDF cosine in the
 * style of scikit-learn's TfidfVectorizer (lowercase, words of two or more word characters,
 * smooth idf, l2 norm). Of the simple variants tried, the strongest on these files is kept, so the
 * engine is compared with a fair opponent: sublinear tf for English (MeQSum R@1 0.737 vs 0.711
 * with raw tf) and single characters for Chinese (cMedQQ AUC 0.798 vs 0.773 with character
 * bigrams; 0.798 is also the figure the issue quotes). Like the figures, it fits idf on the
 * texts of the file being scored — that flatters the baseline.
 */
export type BaselineVector = Map<string, number>;

export function baselineTokens(text: string, lang: 'en' | 'zh-Hans'): string[] {
  if (lang === 'en') return text.toLowerCase().match(/[\p{L}\p{N}_]{2,}/gu) ?? [];
  return [...text.replace(/\s+/g, ' ')];
}

export class TfidfBaseline {
  private idf = new Map<string, number>();
  constructor(texts: string[], private lang: 'en' | 'zh-Hans') {
    const df = new Map<string, number>();
    for (const t of texts) for (const w of new Set(baselineTokens(t, lang))) df.set(w, (df.get(w) ?? 0) + 1);
    const n = texts.length;
    for (const [w, d] of df) this.idf.set(w, Math.log((1 + n) / (1 + d)) + 1);
  }

  vector(text: string): BaselineVector {
    const v: BaselineVector = new Map();
    for (const w of baselineTokens(text, this.lang)) v.set(w, (v.get(w) ?? 0) + 1);
    let norm = 0;
    for (const [w, c] of v) {
      const x = (this.lang === 'en' ? 1 + Math.log(c) : c) * (this.idf.get(w) ?? 0);
      v.set(w, x);
      norm += x * x;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [w, x] of v) v.set(w, x / norm);
    return v;
  }

  static cosine(a: BaselineVector, b: BaselineVector): number {
    let dot = 0;
    const [small, big] = a.size < b.size ? [a, b] : [b, a];
    for (const [w, x] of small) {
      const y = big.get(w);
      if (y !== undefined) dot += x * y;
    }
    return dot;
  }
}
