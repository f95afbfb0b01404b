import { Bm25Index } from './bm25-index.js';
import { backgroundIdf } from './background.js';
import { indexTerms } from './tokens.js';
import { ASKING_WORDS } from './question-shape.js';
import type { SimilarityDoc, SimilarityHit, SimilarityIndex, SimilarityQueryOptions } from './types.js';

/**
 * How much a query's asking words ("treatments", "causes", "information") count against its topic
 * words. Chosen by 5-fold cross-validation on MeQSum dev (the bench recomputes the choice fold by
 * fold and reports only held-out figures); 1 would treat them as any other word.
 */
export const ASKING_WORD_WEIGHT = 0.3;

const ASKING_PREFIXES = new Set([...ASKING_WORDS].filter((w) => w.length >= 6).map((w) => `~p${w.slice(0, 5)}`));

export interface IndexOptions {
  /** override ASKING_WORD_WEIGHT (the bench's cross-validation uses this) */
  askingWordWeight?: number;
}

/**
 * The archive index behind Similar Q&A, Related FAQ and site search: BM25 over stemmed English
 * words, Simplified-script Chinese unigrams and bigrams, and lay/medical bridging terms; the
 * words a question uses to say what it asks weigh less than the words saying what it is about.
 */
export function createSimilarityIndex(options: IndexOptions = {}): SimilarityIndex {
  const bm25 = new Bm25Index(backgroundIdf());
  const askingWeight = options.askingWordWeight ?? ASKING_WORD_WEIGHT;
  const queryWeights = (terms: string[]) => {
    if (askingWeight === 1) return undefined;
    const w = new Map<string, number>();
    for (const t of terms) if (ASKING_WORDS.has(t) || ASKING_PREFIXES.has(t)) w.set(t, askingWeight);
    return w.size ? w : undefined;
  };
  return {
    add(docs: SimilarityDoc[]): void {
      for (const d of docs) bm25.add(d.id, indexTerms(d.text));
    },
    remove(id: string): void {
      bm25.remove(id);
    },
    has(id: string): boolean {
      return bm25.has(id);
    },
    get size(): number {
      return bm25.size;
    },
    query(text: string, opts: SimilarityQueryOptions = {}): SimilarityHit[] {
      const k = opts.k ?? 10;
      const terms = indexTerms(text);
      if (!terms.length) return [];
      const { exclude, filter } = opts;
      const accept =
        exclude || filter
          ? (slot: number) => {
              const id = bm25.idOf(slot);
              return !(exclude && exclude.has(id)) && (!filter || filter(id));
            }
          : undefined;
      const weights = queryWeights(terms);
      const top = bm25.search(terms, k, accept, weights);
      const ceiling = bm25.selfScore(terms, weights) || 1;
      return top.map((h) => ({ id: bm25.idOf(h.slot), score: Math.min(1, h.score / ceiling) }));
    },
  };
}
