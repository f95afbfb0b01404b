import { readFileSync } from 'node:fs';

/**
 * Document frequencies from a general medical corpus (see scripts/train-similarity-idf.ts), for
 * weighing words when two texts are compared without an archive around them.
 */
export interface BackgroundIdf {
  idf(term: string): number;
  /** documents of the background corpus containing the term (0 when unseen or seen once) */
  df(term: string): number;
  readonly docs: number;
  readonly maxIdf: number;
}

let cached: BackgroundIdf | undefined;

export function backgroundIdf(): BackgroundIdf {
  if (cached) return cached;
  const raw = JSON.parse(readFileSync(new URL('./data/background-df.json', import.meta.url), 'utf8')) as {
    docs: number;
    df: Record<string, number>;
  };
  const n = raw.docs;
  const df = new Map(Object.entries(raw.df));
  // An unseen term is rarer than anything counted: give it the weight of a term seen once.
  const maxIdf = Math.log((n + 1) / 1.5) + 1;
  const memo = new Map<string, number>();
  cached = {
    maxIdf,
    docs: n,
    df: (term: string) => df.get(term) ?? 0,
    idf(term: string): number {
      let v = memo.get(term);
      if (v === undefined) {
        const d = df.get(term);
        v = d === undefined ? maxIdf : Math.log((n + 1) / (d + 1)) + 1;
        memo.set(term, v);
      }
      return v;
    },
  };
  return cached;
}
