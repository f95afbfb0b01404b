export type Lang = 'en' | 'zh-Hant' | 'zh-Hans';

export interface SimilarityDoc {
  id: string;
  text: string;
  lang?: Lang;
}

/** score is in [0,1]; higher means more alike. */
export interface SimilarityHit {
  id: string;
  score: number;
}

export interface SimilarityQueryOptions {
  /** how many hits to return (default 10) */
  k?: number;
  lang?: Lang;
  /** ids never returned, e.g. the question being shown */
  exclude?: ReadonlySet<string>;
  /** return only ids for which this is true, e.g. published questions of a department */
  filter?: (id: string) => boolean;
}

export interface SimilarityIndex {
  /** Indexes the docs; a doc whose id is already indexed replaces the old one. */
  add(docs: SimilarityDoc[]): void;
  remove(id: string): void;
  has(id: string): boolean;
  readonly size: number;
  query(text: string, opts?: SimilarityQueryOptions): SimilarityHit[];
  /** Gives back spare capacity left by many adds (for a quiet moment, e.g. after a bulk build); results are unchanged. */
  trimStorage(): void;
}
