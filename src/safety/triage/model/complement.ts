import type { TriageCategory } from '../categories.js';
import type { FramedClause } from '../context.js';
import { visitFeatures } from './features.js';
import { score, type LogisticModel } from './logistic.js';
import { TRAINED } from './weights.js';

/**
 * The learned complement at run time: weights trained by `npm run train:triage` (scripts/train-triage-model.ts)
 * and committed in weights.ts, so nothing is downloaded or trained when the app starts.
 */
/**
 * Below this probability the model alarms only where the rules saw some sign of a category themselves
 * (reading.ts). On real questions this holds back most of its alarms on wording alone ("donated plasma…
 * bad headaches", "when will bleeding stop after a depo shot"), at a cost of one emergency in 295 on the
 * sets left out (docs/safety.md).
 */
export const SURE_WITHOUT_SIGNS = 0.9;

const toModel = (m: { bias: number; weights: Record<string, number> }): LogisticModel => ({ bias: m.bias, weights: new Map(Object.entries(m.weights)) });
const EMERGENCY = toModel(TRAINED.emergency);
// Scoring runs on every question the rules let through, so it avoids a Set per call: each weighted feature
// has a slot, and a slot stamped with this call's number has already been counted.
const SLOT = new Map([...EMERGENCY.weights.keys()].map((f, i) => [f, i]));
const WEIGHT = Float64Array.from(EMERGENCY.weights.values());
const STAMP = new Uint32Array(WEIGHT.length);
let call = 0;
const CATEGORIES = Object.entries(TRAINED.categories).map(([category, m]) => [category as TriageCategory, toModel(m)] as const);

/**
 * Whether the model alone would alarm on a question (its clauses as the rules framed them), and for which
 * category. Only features with a weight are kept: most pieces of an ordinary question have none.
 */
export function learnedOpinion(
  framed: FramedClause[][],
  /** Categories the rules saw a sign of; when there are some, the category is chosen among them. */
  preferred: (category: TriageCategory) => boolean = () => false,
  /** Failing those, categories whose sign the rules saw and set aside (so that their overrule applies). */
  setAside: (category: TriageCategory) => boolean = () => false,
): { alarm: boolean; p: number; category: TriageCategory } {
  if (++call === 0xffffffff) {
    STAMP.fill(0);
    call = 1;
  }
  let z = EMERGENCY.bias;
  visitFeatures(framed, (f) => {
    const slot = SLOT.get(f);
    if (slot !== undefined && STAMP[slot] !== call) {
      STAMP[slot] = call;
      z += WEIGHT[slot];
    }
  });
  const p = 1 / (1 + Math.exp(-z));
  let category = CATEGORIES[0][0];
  if (p >= TRAINED.threshold) {
    // Rare enough to list every feature again for the category models.
    const features: string[] = [];
    visitFeatures(framed, (f) => features.push(f));
    const ranked = CATEGORIES.map(([c, m]) => ({ c, p: score(m, features) })).sort((a, b) => b.p - a.p);
    category = (ranked.find((r) => preferred(r.c)) ?? ranked.find((r) => setAside(r.c)) ?? ranked[0]).c;
  }
  return { alarm: p >= TRAINED.threshold, p, category };
}
