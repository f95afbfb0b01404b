import { englishTerms } from './english.js';
import { chineseTerms, HAN_RUN } from './chinese.js';
import { conceptSpans, conceptsIn } from './concepts.js';

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

/**
 * What the similarity index stores: the search tokens plus two bridging terms that never reach
 * the database — `~c<id>` for a medical concept named in any wording (hypertension / high blood
 * pressure), and `~p<prefix>` for each word's first five letters (testis / testicles, typos).
 */
export function indexTerms(text: string): string[] {
  const terms = analyse(text);
  const extra: string[] = [];
  for (const t of terms) {
    if (t.length >= 6 && t.charCodeAt(0) < 128) extra.push(`~p${t.slice(0, 5)}`);
  }
  const english = terms.filter((t) => t.charCodeAt(0) < 128);
  for (const c of conceptsIn(english)) extra.push(`~c${c}`);
  return extra.length ? terms.concat(extra) : terms;
}

/**
 * The bridging terms each plain term of a text may be matched through: its prefix term and the
 * concept of any phrase it is part of (so "hypertens" is also matched by a document saying
 * "high blood pressure").
 */
export function alternateTerms(terms: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (t: string, alt: string) => out.set(t, [...(out.get(t) ?? []), alt]);
  for (const t of terms) if (t.length >= 6 && t.charCodeAt(0) < 128 && !out.has(t)) add(t, `~p${t.slice(0, 5)}`);
  const english = terms.filter((t) => t.charCodeAt(0) < 128 && !t.startsWith('~'));
  for (const span of conceptSpans(english)) {
    for (let i = span.start; i < span.start + span.length; i++) add(english[i], `~c${span.id}`);
  }
  return out;
}
