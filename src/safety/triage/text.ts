import { toSimplified } from '../script.js';

/**
 * One comparable form for every pattern: NFKC (full-width digits and punctuation to ASCII),
 * lower case, straight apostrophes, and Simplified Chinese so Traditional input meets the same patterns.
 */
export function normaliseForTriage(text: string): string {
  const folded = text.normalize('NFKC').toLowerCase().replace(/[\u2018\u2019\u02bc`´]/g, "'");
  // OpenCC keeps 著 where it could be the word "notable"; in symptoms it is always the particle 着.
  return toSimplified(folded).replace(/著/g, '着').replace(/\s+/g, ' ');
}

// A decimal point ("38.5") does not end a sentence.
const SENTENCE_BREAK = /[!?;。！？；\n]+|\.(?=\s|$)/;

/**
 * Clauses bound the reach of a negation: in "no fever, but my chest hurts" the "no" must not cancel
 * the chest pain. Contrast words are dropped; "now"/"现在" open a new clause and stay in it, because
 * they mark a return to the present. A thousands comma ("120,000") does not split.
 */
const CLAUSE_BREAK = new RegExp(
  [',(?!\\d)', '、', '\\b(?:but|however|though|although|except|yet|whereas)\\b', '但是|可是|不过|然而|但', '(?=\\bnow\\b|现在|后来)'].join('|'),
);

export function splitSentences(normalised: string): string[][] {
  return normalised
    .split(SENTENCE_BREAK)
    .map((sentence) =>
      sentence
        .split(CLAUSE_BREAK)
        .map((c) => (c ?? '').trim())
        .filter((c) => c.length > 0),
    )
    .filter((clauses) => clauses.length > 0);
}
