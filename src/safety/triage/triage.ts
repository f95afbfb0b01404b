import type { SafetyLang } from '../script.js';
import { TRIAGE_CATEGORIES, type TriageResult } from './categories.js';
import { CONCEPTS, type Concept, type ConceptId } from './concepts/index.js';
import { isExperiencedBefore, isHabitual, isNegatedInside, isHistoricalOrHypothetical, isNegated, isSpeculative, returnsToPresent } from './context.js';
import { RULES } from './rules.js';
import { loosen } from './prefilter.js';
import { normaliseForTriage, splitSentences } from './text.js';

// Red flags show in the first lines of a question; bounding the input keeps a huge paste cheap.
const MAX_CHARS = 20_000;
// "a little bit of light brown spotting": a quantity word sits within a few words before the sign.
const MINOR_WINDOW = 24;

/** The concepts mentioned as present and current: not negated, not past history, not hypothetical. */
export function findConcepts(text: string): Set<ConceptId> {
  const found = new Set<ConceptId>();
  const normalised = normaliseForTriage(text.slice(0, MAX_CHARS));
  const candidates = CLAUSE_CONCEPTS.filter((c) => LOOSE.get(c)!.test(normalised));
  for (const sentence of splitSentences(normalised)) {
    // A past or hypothetical frame carries over the commas of its sentence ("years ago, his face drooped")
    // until a clause returns to the present ("…, now he cannot speak").
    let offFrame = false;
    let habitual = false;
    for (const clause of sentence) {
      if (returnsToPresent(clause)) offFrame = habitual = false;
      if (isHistoricalOrHypothetical(clause)) offFrame = true;
      if (isHabitual(clause)) habitual = true;
      if (!offFrame) collect(clause, found, habitual, candidates);
    }
    // Read over the whole sentence, commas included, whatever its frame: "想去陪她妈妈，她妈妈上个月过世了".
    collect(sentence.join('，'), found, false, PAST_FRAME_CONCEPTS);
  }
  return found;
}

const PAST_FRAME_CONCEPTS = CONCEPTS.filter((c) => c.evenInPastFrame);
const CLAUSE_CONCEPTS = CONCEPTS.filter((c) => !c.evenInPastFrame);
const LOOSE = new Map(CLAUSE_CONCEPTS.map((c) => [c, loosen(c.pattern)]));

function collect(clause: string, found: Set<ConceptId>, habitual: boolean, concepts: Concept[]): void {
  for (const concept of concepts) {
    if (found.has(concept.id) || concept.unlessClause?.test(clause)) continue;
    if (habitual && !concept.evenIfHabitual) continue;
    for (const m of clause.matchAll(concept.pattern)) {
      const start = m.index ?? 0;
      if (isNegated(clause, start) || isNegatedInside(m[0]) || isSpeculative(clause, start) || isExperiencedBefore(clause, start + m[0].length)) continue;
      if (concept.accept && !concept.accept(m)) continue;
      if (concept.minorAmount?.test(clause.slice(Math.max(0, start - MINOR_WINDOW), start + m[0].length))) continue;
      found.add(concept.id);
      break;
    }
  }
}

/**
 * Red-flag triage of a question while it is written and on submit.
 * English and Chinese patterns both run whatever `lang` says, because questions mix languages;
 * `lang` is accepted for the API's sake.
 */
export function triage(text: string, _lang?: SafetyLang): TriageResult {
  const found = findConcepts(text);
  const categories = TRIAGE_CATEGORIES.filter((c) => RULES[c](found));
  return { emergency: categories.length > 0, categories };
}
