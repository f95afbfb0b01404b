/**
 * What the learned complement reads: pieces of wording, not whole phrases, so that a sign told in new
 * words still shares something with the questions it was trained on.
 *
 * - Chinese: runs of Han characters give character 1-, 2- and 3-grams ("割手", "关机", "喘得").
 * - English: whole words, word pairs ("phone off", "car park"), and the 4-letter pieces inside each
 *   longer word, so "seizing", "seizure" and a typo like "seizng" still share "seiz".
 *
 * The text is the one triage has already normalised (lower case, NFKC, Simplified).
 */
import { frameClauses, type FramedClause } from '../context.js';
import { splitSentences } from '../text.js';

const HAN_RUN = /[\u3400-\u4dbf\u4e00-\u9fff]+/g;
const EN_WORD = /[a-z][a-z']*|\d+/g;
const EN_NEGATOR = /^(?:no|not|never|without|don't|dont|doesn't|didn't|haven't|hasn't|isn't|wasn't|aren't|weren't|none|nor)$/;
const NEGATION_REACH = 4;

/**
 * The features of a question read the way the rules read it: a clause in a past or hypothetical frame
 * ("years ago…", "if a child swallows…") gives its features with an "off:" prefix, one told as earlier
 * ("last night", "昨晚", until a clause comes back to now) with "ago:", and English words
 * just after a negation ("wasn't knocked out", "no fever") with "no:", so the model learns them apart
 * from the same words told as happening now.
 */
export function questionFeatures(normalised: string): string[] {
  const out: string[] = [];
  visitFeatures(frameClauses(splitSentences(normalised)), (f) => out.push(f));
  return out;
}

/** The same features, handed one by one to `visit` (triage scores them without building a list). */
export function visitFeatures(framed: FramedClause[][], visit: (feature: string) => void): void {
  for (const sentence of framed) for (const { clause, offFrame, earlier } of sentence) clauseFeatures(clause, offFrame ? 'off:' : earlier ? 'ago:' : '', visit);
}

function clauseFeatures(clause: string, frame: string, visit: (feature: string) => void): void {
  for (const m of clause.matchAll(HAN_RUN)) {
    const run = m[0];
    for (let i = 0; i < run.length; i++) {
      visit(frame + run[i]);
      if (i + 1 < run.length) visit(frame + run.slice(i, i + 2));
      if (i + 2 < run.length) visit(frame + run.slice(i, i + 3));
    }
  }
  let previous = '';
  let negatedFor = 0;
  for (const m of clause.matchAll(EN_WORD)) {
    const word = /^\d+$/.test(m[0]) ? '#' : m[0].replace(/'/g, '');
    const tag = negatedFor-- > 0 ? `${frame}no:` : frame;
    visit(`${tag}w:${word}`);
    if (previous) visit(`${tag}w:${previous} ${word}`);
    previous = word;
    if (word.length > 4) {
      const padded = `<${word}>`;
      for (let i = 0; i + 4 <= padded.length; i++) visit(`${tag}p:${padded.slice(i, i + 4)}`);
    }
    if (EN_NEGATOR.test(m[0])) negatedFor = NEGATION_REACH;
  }
}
