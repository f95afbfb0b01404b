// The similarity engine's public surface. Pure and database-free: callers feed it texts and ids.
export type { Lang, SimilarityDoc, SimilarityHit, SimilarityIndex, SimilarityQueryOptions } from './types.js';
export { createSimilarityIndex } from './engine.js';
export { scorePair } from './pair.js';
export { detectLang, toSimplified } from './lang.js';
export { searchTokens } from './tokens.js';
export { runSimilarityPairs, runSimilarityRank } from './cli.js';
