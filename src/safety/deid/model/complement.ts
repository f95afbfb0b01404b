import type { Candidate } from '../kinds.js';
import { givenNames } from '../given-names.js';
import { isCandidate, tokenFeatures, tokenize, type FeatureContext, type Token } from './features.js';

/** A trained name model: a logistic regression over token features, and the medical words its features read. */
export interface NameModel extends FeatureContext {
  bias: number;
  weights: ReadonlyMap<string, number>;
}

/** Which tokens lie inside a name the rules found. */
export function ruleNameMask(tokens: readonly Token[], ruleNames: readonly { start: number; end: number }[]): boolean[] {
  const mask = tokens.map(() => false);
  let j = 0;
  const sorted = [...ruleNames].sort((a, b) => a.start - b.start);
  for (let i = 0; i < tokens.length; i++) {
    while (j < sorted.length && sorted[j].end <= tokens[i].start) j++;
    for (let k = j; k < sorted.length && sorted[k].start < tokens[i].end; k++) if (sorted[k].end > tokens[i].start) mask[i] = true;
  }
  return mask;
}

function probability(model: NameModel, features: readonly string[]): number {
  let z = model.bias;
  for (const f of features) z += model.weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** The model's probability that each candidate token is part of a person's name (NaN for tokens never scored). */
export function scoreTokens(scan: string, tokens: readonly Token[], mask: readonly boolean[], model: NameModel): number[] {
  const classes: (string[] | undefined)[] = [];
  return tokens.map((_, i) => (isCandidate(scan, tokens, i) ? probability(model, tokenFeatures(scan, tokens, i, mask, model, classes)) : Number.NaN));
}

// Tokens of one name stand next to each other: Latin words apart by spaces or one hyphen, Han characters side by side.
const JOINS_LATIN = /^[ \t]$|^[ \t]?-[ \t]?$/;

/**
 * A name is seeded by a token scored at or above the threshold and extends over the adjacent tokens scored at or
 * above this lower level: the usual two-level decoding of taggers, so that "王俊杰" is not cut to "王俊" because its
 * last character alone is less sure.
 */
export const EXTEND_AT = 0.5;

const CAPITALISED = /^\p{Lu}\p{Ll}/u;
const SPACES_ONLY = /^[ \t]+$/;
const POSSESSIVE = /['’]s$/;
const UPPER_FIRST = /^\p{Lu}/u;
/**
 * Whether a Latin name the model found runs on, with spaces only, into a capitalised English word within the next
 * four capitalised words: a Title-Case heading or the name of an institution or a test ("Chest X Ray This painless
 * test", "California Davis Alzheimer's Disease Center", "Eunice Kennedy Shriver National Institute"), not a person
 * named in a sentence. The rules judge those; the model leaves them.
 */
function inTitleCaseRun(scan: string, tokens: readonly Token[], last: number): boolean {
  const { isWord } = givenNames();
  for (let j = last + 1; j < tokens.length && j <= last + 4; j++) {
    if (tokens[j].han || !CAPITALISED.test(tokens[j].text) || !SPACES_ONLY.test(scan.slice(tokens[j - 1].end, tokens[j].start))) return false;
    if (isWord(tokens[j].text.toLowerCase().replace(POSSESSIVE, ''))) return true;
  }
  return false;
}

/**
 * Whether a run of Latin words the model believes may stand as a name on the model's word alone. Not in a Title-Case
 * heading (inTitleCaseRun); not one English word ("Values: Grace, Hope and Joy", "Lee brand syrup": given names that are
 * words need a cue, as in the rules) unless a neighbour is a name the rules found; and not the tail of a capitalised
 * run whose first, non-English word the model rejects ("Hồ Chí Minh", a place as often as a man; "Sugar-free Lee"): the
 * run is one unit, and the model does not believe it whole.
 */
function latinNameStands(scan: string, tokens: readonly Token[], first: number, last: number, ruleName: readonly boolean[], p: readonly number[]): boolean {
  if (inTitleCaseRun(scan, tokens, last)) return false;
  const { isWord } = givenNames();
  const lower = (j: number) => tokens[j].text.toLowerCase().replace(POSSESSIVE, '');
  const ruleNeighbour = (first > 0 && ruleName[first - 1]) || (last + 1 < tokens.length && ruleName[last + 1]);
  if (first === last && isWord(lower(first)) && !ruleNeighbour) return false;
  const before = first - 1;
  if (before >= 0 && !ruleName[before] && !tokens[before].han && UPPER_FIRST.test(tokens[before].text) && SPACES_ONLY.test(scan.slice(tokens[before].end, tokens[first].start)) && !isWord(lower(before))) return false;
  return listBelieved(scan, tokens, first, last, ruleName, p);
}

const LIST_COMMA = /^[ \t]*,[ \t]*$/;
const LIST_AND = /^(?:and|or|&)$/i;

/**
 * A one-word name in a list ("Family: Amara, Joseph, Keflex", "Tom, Ava and Li") is believed only if every capitalised
 * one-word item of the list is a name to the model (scored at least EXTEND_AT) or to the rules: a list with a drug or
 * a place in it is no list of people, and the rules' list reading (names-session12.ts) judges the rest.
 */
function listBelieved(scan: string, tokens: readonly Token[], first: number, last: number, ruleName: readonly boolean[], p: readonly number[]): boolean {
  if (first !== last) return true;
  const items: number[] = [];
  const walk = (from: number, step: 1 | -1) => {
    for (let at = from; ; ) {
      const sep = step === 1 ? at + 1 : at - 1;
      if (sep < 0 || sep >= tokens.length) return;
      const gap = step === 1 ? scan.slice(tokens[at].end, tokens[sep].start) : scan.slice(tokens[sep].end, tokens[at].start);
      let next = sep;
      if (!LIST_COMMA.test(gap)) {
        if (!LIST_AND.test(tokens[sep].text) || !SPACES_ONLY.test(gap)) return;
        next = sep + step;
        if (next < 0 || next >= tokens.length) return;
        const gap2 = step === 1 ? scan.slice(tokens[sep].end, tokens[next].start) : scan.slice(tokens[next].end, tokens[sep].start);
        if (!SPACES_ONLY.test(gap2)) return;
      }
      if (tokens[next].han || !UPPER_FIRST.test(tokens[next].text)) return;
      items.push(next);
      at = next;
    }
  };
  walk(first, 1);
  walk(first, -1);
  return items.every((j) => ruleName[j] || p[j] >= EXTEND_AT);
}

/**
 * Names the model finds that the rules did not: runs of adjacent tokens scored at or above EXTEND_AT holding one at or
 * above `threshold`, outside every span the rules found (`found`, of any kind). It only adds; it never takes a rule's
 * finding away.
 */
export function complementNames(scan: string, found: readonly { kind: string; start: number; end: number }[], model: NameModel, threshold: number): Candidate[] {
  const tokens = tokenize(scan);
  if (tokens.length === 0) return [];
  const mask = ruleNameMask(tokens, found.filter((c) => c.kind === 'name'));
  const covered = ruleNameMask(tokens, found);
  const p = scoreTokens(scan, tokens, mask, model);
  const joins = (a: number, b: number) =>
    tokens[a].han === tokens[b].han && (tokens[a].han ? tokens[b].start === tokens[a].end : JOINS_LATIN.test(scan.slice(tokens[a].end, tokens[b].start)));
  const usable = (i: number) => p[i] >= Math.min(EXTEND_AT, threshold) && !covered[i];
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!usable(i)) continue;
    let end = i;
    while (end + 1 < tokens.length && usable(end + 1) && joins(end, end + 1)) end++;
    let seeded = false;
    for (let k = i; k <= end; k++) if (p[k] >= threshold) seeded = true;
    // A Chinese name is a surname and a given name: one character alone is a word's part ("横陈") or a bare surname.
    const oneHan = tokens[i].han && end === i;
    if (seeded && !oneHan && (tokens[i].han || latinNameStands(scan, tokens, i, end, mask, p))) out.push({ kind: 'name', start: tokens[i].start, end: tokens[end].end });
    i = end;
  }
  return out;
}
