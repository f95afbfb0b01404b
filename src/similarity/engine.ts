import { Bm25Index } from './bm25-index.js';
import { backgroundIdf } from './background.js';
import { indexTerms } from './tokens.js';
import type { SimilarityDoc, SimilarityHit, SimilarityIndex, SimilarityQueryOptions } from './types.js';

/**
 * The archive index behind Similar Q&A, Related FAQ and site search: BM25 over stemmed English
 * words and Simplified-script Chinese unigrams and bigrams.
 */
export function createSimilarityIndex(): SimilarityIndex {
  const bm25 = new Bm25Index(backgroundIdf());
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
      const top = bm25.search(terms, k, accept);
      const ceiling = bm25.selfScore(terms) || 1;
      return top.map((h) => ({ id: bm25.idOf(h.slot), score: Math.min(1, h.score / ceiling) }));
    },
  };
}
