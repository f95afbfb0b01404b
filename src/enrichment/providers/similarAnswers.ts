import type { Passage } from './types.js';

// Below this similarity (the index's score, 0–1) another asker's question was on another subject
// even where it shared a complaint word. Decided on the dev split only (session 11): of the 16 dev
// texts that quoted a similar answer, the 8 below 0.3 quoted "Fever headaches and dizziness can also be
// caused due to pelvic inflammation" for a concussion, "Sinus irregular tachycardia causes low heart
// rate" for a low resting pulse, "Swollen lymph nodes are due to infection and should go away with
// antibiotics" for a lymph-node cancer; the sentences above it were on the asker's subject ("Leg pains can
// be caused by pinched nerves in the back due to spondylitis or disc prolapse" for back and leg pain).
export const MIN_SIMILAR_ANSWER_SCORE = 0.3;

/**
 * Whether an answer of another question may be quoted at all: a similar question the caller scored
 * below the floor is not on this question's subject. A passage without a score (a caller that does not
 * pass one) is judged by its sentences alone, as before.
 */
export function similarEnough(p: Passage): boolean {
  return p.kind !== 'similar-answer' || p.similarity === undefined || p.similarity >= MIN_SIMILAR_ANSWER_SCORE;
}
