import type { SafetyLang } from '../script.js';
import { TRIAGE_CATEGORIES, type TriageCategory, type TriageResult } from './categories.js';
import { CONCEPTS, CONCEPT_CATEGORY, type Concept, type ConceptId } from './concepts/index.js';
import { frameClauses, isExperiencedBefore, isNegatedInside, isNegated, isSpeculative } from './context.js';
import { RULES } from './rules.js';
import { learnedOpinion } from './model/complement.js';
import { loosen } from './prefilter.js';
import { normaliseForTriage, splitSentences } from './text.js';

// Red flags show in the first lines of a question; bounding the input keeps a huge paste cheap.
const MAX_CHARS = 20_000;
// "a little bit of light brown spotting": a quantity word sits within a few words before the sign.
const MINOR_WINDOW = 24;

/** The concepts mentioned as present and current: not negated, not past history, not hypothetical. */
export function findConcepts(text: string): Set<ConceptId> {
  return read(normaliseForTriage(text.slice(0, MAX_CHARS))).found;
}

/**
 * What the rules read in a question: the signs found present and current, and the signs they saw but set
 * aside on purpose (negated, past, hypothetical, habitual, a minor amount, under a threshold such as a
 * two-minute fit). The second list lets the rules overrule the learned complement on what they understand.
 */
interface Reading {
  found: Set<ConceptId>;
  setAside: Set<ConceptId>;
}

function read(normalised: string, framed = frameClauses(splitSentences(normalised))): Reading {
  const reading: Reading = { found: new Set(), setAside: new Set() };
  const candidates = CLAUSE_CONCEPTS.filter((c) => LOOSE.get(c)!.test(normalised));
  for (const sentence of framed) {
    for (const { clause, offFrame, habitual } of sentence) collect(clause, reading, offFrame, habitual, candidates);
    // Read over the whole sentence, commas included, whatever its frame: "想去陪她妈妈，她妈妈上个月过世了".
    collect(sentence.map((c) => c.clause).join('，'), reading, false, false, PAST_FRAME_CONCEPTS);
  }
  return reading;
}

const PAST_FRAME_CONCEPTS = CONCEPTS.filter((c) => c.evenInPastFrame);
const CLAUSE_CONCEPTS = CONCEPTS.filter((c) => !c.evenInPastFrame);
const LOOSE = new Map(CLAUSE_CONCEPTS.map((c) => [c, loosen(c.pattern)]));

function collect(clause: string, { found, setAside }: Reading, offFrame: boolean, habitual: boolean, concepts: Concept[]): void {
  for (const concept of concepts) {
    if (found.has(concept.id)) continue;
    const aside = offFrame || (habitual && !concept.evenIfHabitual) || concept.unlessClause?.test(clause) === true;
    for (const m of clause.matchAll(concept.pattern)) {
      const start = m.index ?? 0;
      if (
        aside ||
        isNegated(clause, start) || isNegatedInside(m[0]) || isSpeculative(clause, start) || isExperiencedBefore(clause, start + m[0].length) ||
        (concept.accept && !concept.accept(m)) ||
        concept.minorAmount?.test(clause.slice(Math.max(0, start - MINOR_WINDOW), start + m[0].length))
      ) {
        setAside.add(concept.id);
        continue;
      }
      found.add(concept.id);
      break;
    }
  }
}

/** Whether the rules set aside a sign of this category on purpose, so that the model may not alarm for it. */
export function rulesOverrule(text: string, category: TriageCategory): boolean {
  return overruled(category, read(normaliseForTriage(text.slice(0, MAX_CHARS))));
}

/** The readable rules alone, without the learned complement: for the benches and the model's training. */
export function triageByRules(text: string, _lang?: SafetyLang): TriageResult {
  const { emergency, categories } = rulesOn(normaliseForTriage(text.slice(0, MAX_CHARS)));
  return { emergency, categories };
}

function rulesOn(normalised: string, framed = frameClauses(splitSentences(normalised))): TriageResult & { reading: Reading } {
  const reading = read(normalised, framed);
  const categories = TRIAGE_CATEGORIES.filter((c) => RULES[c](reading.found));
  return { emergency: categories.length > 0, categories, reading };
}

/**
 * Red-flag triage of a question while it is written and on submit.
 * The readable rules decide first; when they find nothing, the learned complement (model/) may still
 * alarm, on wording the rules have no pattern for ("writing this from the car park roof. I'm done").
 * English and Chinese patterns both run whatever `lang` says, because questions mix languages;
 * `lang` is accepted for the API's sake.
 */
export function triage(text: string, _lang?: SafetyLang): TriageResult {
  const normalised = normaliseForTriage(text.slice(0, MAX_CHARS));
  const framed = frameClauses(splitSentences(normalised));
  const { emergency, categories, reading } = rulesOn(normalised, framed);
  if (emergency) return { emergency, categories };
  const learned = learnedOpinion(framed);
  return learned.alarm && !overruled(learned.category, reading) ? { emergency: true, categories: [learned.category] } : { emergency, categories };
}

/**
 * The rules overrule the model on a sign of its category that they saw and set aside on purpose:
 * "a few drops of pinkish blood" at 10 weeks, "抽搐了两分钟，已经好了", "胸口也不痛".
 */
function overruled(category: TriageCategory, reading: Reading): boolean {
  for (const id of reading.setAside) if (!reading.found.has(id) && CONCEPT_CATEGORY.get(id) === category) return true;
  return false;
}
