import { toSimplified } from '../script.js';

/**
 * One comparable form for every pattern: NFKC (full-width digits and punctuation to ASCII),
 * lower case, straight apostrophes, and Simplified Chinese so Traditional input meets the same patterns.
 */
export function normaliseForTriage(text: string): string {
  const folded = text.normalize('NFKC').toLowerCase().replace(/[\u2018\u2019\u02bc`´]/g, "'");
  return toSimplified(folded).replace(/\s+/g, ' ');
}

/**
 * Clauses bound the reach of a negation or of a "years ago": "no fever, but now my chest hurts"
 * holds two clauses, and the "no" must not cancel the chest pain.
 * A decimal point ("38.5") and a thousands comma ("120,000") do not end a clause.
 */
const CLAUSE_BREAK = new RegExp(
  [
    '[!?;。！？；\\n]+',
    '\\.(?=\\s|$)',
    ',(?!\\d)',
    '\\b(?:but|however|though|although|except|yet|whereas|now|then)\\b',
    '但是|可是|不过|然而|但|现在|后来',
  ].join('|'),
  'g',
);

export function splitClauses(normalised: string): string[] {
  return normalised
    .split(CLAUSE_BREAK)
    .map((c) => (c ?? '').trim())
    .filter((c) => c.length > 0);
}
