import { scriptConverter } from '../lexicon/script-converters.js';
import { snippet } from '../questions/text.js';

// Made at load, not on the first Chinese search (building them takes ~0.3 s).
const toTrad = scriptConverter('cn→tw');
const toSimp = scriptConverter('tw→cn');
const HAN_RUN = /[\u3400-\u9fff]+/gu;
const ENGLISH_WORD = /[a-zA-Z][a-zA-Z'-]{2,}/g;

/** Words to highlight: English words of 3+ letters, Chinese runs in both scripts (and their bigrams). */
export function highlightTerms(q: string): string[] {
  const terms = new Set<string>();
  for (const w of q.match(ENGLISH_WORD) ?? []) terms.add(w);
  // Only Han runs go through OpenCC: an English query never pays for the conversion.
  for (const run of q.match(HAN_RUN) ?? []) {
    for (const r of [run, toTrad(run), toSimp(run)]) {
      if (r.length <= 2) terms.add(r);
      else for (let i = 0; i + 2 <= r.length; i++) terms.add(r.slice(i, i + 2));
    }
  }
  return [...terms].sort((a, b) => b.length - a.length);
}

/**
 * One regular expression for all of a query's terms, longest first so the longest match wins,
 * compiled once per request and shared by every result on the page (it was compiled again for
 * each title and snippet). Undefined when there is nothing to highlight.
 */
export function highlightPattern(terms: string[]): RegExp | undefined {
  const escaped = terms.filter((t) => t.length > 0).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return escaped.length ? new RegExp(escaped.join('|'), 'giu') : undefined;
}

/** The snippet window around the first match, so the highlighted words are visible. */
export function windowAround(text: string, pattern: RegExp | undefined, size = 220): string {
  let at = -1;
  if (pattern) {
    pattern.lastIndex = 0;
    at = pattern.exec(text)?.index ?? -1;
  }
  if (at < 0 || at < size / 2) return snippet(text, size);
  const start = Math.max(0, at - 60);
  return `…${snippet(text.slice(start), size)}`;
}
