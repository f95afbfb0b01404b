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

const cache = new Map<string, BackgroundIdf>();

/** Counts over questions and answers of the seed Q&A and the FAQ, in the index's terms. */
export function backgroundIdf(): BackgroundIdf {
  return load('background-df.json');
}

/** Counts of English words as written (stopwords too) over FAQ and seed questions only. */
export function questionWordIdf(): BackgroundIdf {
  return load('question-df-en.json');
}

function load(file: string): BackgroundIdf {
  const hit = cache.get(file);
  if (hit) return hit;
  const raw = JSON.parse(readFileSync(new URL(`./resources/${file}`, import.meta.url), 'utf8')) as {
    docs: number;
    df: Record<string, number>;
  };
  const n = raw.docs;
  const df = new Map(Object.entries(raw.df));
  // An unseen term is rarer than anything counted: give it the weight of a term seen once.
  const maxIdf = Math.log((n + 1) / 1.5) + 1;
  const memo = new Map<string, number>();
  const table: BackgroundIdf = {
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
  cache.set(file, table);
  return table;
}
