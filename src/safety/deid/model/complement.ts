import type { Candidate } from '../kinds.js';
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
  return tokens.map((t, i) => (isCandidate(t) ? probability(model, tokenFeatures(scan, tokens, i, mask, model)) : Number.NaN));
}

// Tokens of one name stand next to each other: Latin words apart by spaces or one hyphen, Han characters side by side.
const JOINS_LATIN = /^[ \t]$|^[ \t]?-[ \t]?$/;

/**
 * Names the model finds that the rules did not: runs of tokens scored at or above `threshold`, outside every
 * span the rules found (`found`, of any kind). It only adds; it never takes a rule's finding away.
 */
export function complementNames(scan: string, found: readonly { kind: string; start: number; end: number }[], model: NameModel, threshold: number): Candidate[] {
  const tokens = tokenize(scan);
  if (tokens.length === 0) return [];
  const mask = ruleNameMask(tokens, found.filter((c) => c.kind === 'name'));
  const covered = ruleNameMask(tokens, found);
  const p = scoreTokens(scan, tokens, mask, model);
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!(p[i] >= threshold) || covered[i]) continue;
    let end = i;
    while (end + 1 < tokens.length && p[end + 1] >= threshold && !covered[end + 1] && tokens[end + 1].han === tokens[i].han &&
      (tokens[i].han ? tokens[end + 1].start === tokens[end].end : JOINS_LATIN.test(scan.slice(tokens[end].end, tokens[end + 1].start)))) end++;
    out.push({ kind: 'name', start: tokens[i].start, end: tokens[end].end });
    i = end;
  }
  return out;
}
