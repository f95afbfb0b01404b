import { backgroundIdf } from './background.js';
import { analyse } from './tokens.js';
import { cosine, tfidfVector } from './vectors.js';
import type { Lang } from './types.js';

/** Decision threshold on `score` for `same`; fixed in advance, never fitted on the pairs scored. */
export const SAME_THRESHOLD = 0.5;

/** How alike two questions are, on their own (no archive): a score in [0,1] and a yes/no. */
export function scorePair(q1: string, q2: string, _lang?: Lang): { score: number; same: boolean } {
  const idf = backgroundIdf();
  const score = cosine(tfidfVector(analyse(q1), idf.idf), tfidfVector(analyse(q2), idf.idf));
  return { score, same: score >= SAME_THRESHOLD };
}
