import { englishTerms } from './english.js';
import { chineseTerms, HAN_RUN } from './chinese.js';

/**
 * The terms the engine indexes and matches: English content words stemmed, Chinese unigrams and
 * bigrams in Simplified script. Every term is [a-z0-9]+ or Han characters only, so the same list
 * serves a database full-text index.
 */
export function analyse(text: string): string[] {
  const normalised = text.normalize('NFKC');
  HAN_RUN.lastIndex = 0;
  const latin = normalised.replace(HAN_RUN, ' ');
  const terms = englishTerms(latin);
  const han = chineseTerms(normalised);
  return han.length ? terms.concat(han) : terms;
}

/**
 * Normalised tokens for the app's full-text index (SQLite FTS5 unicode61 / PostgreSQL 'simple'):
 * store them space-joined and pass a search box's text through the same function.
 */
export function searchTokens(text: string): string[] {
  return analyse(text);
}
