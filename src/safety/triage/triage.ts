import type { SafetyLang } from '../script.js';
import { TRIAGE_CATEGORIES, type TriageCategory, type TriageResult } from './categories.js';
import type { ConceptId } from './concepts/index.js';
import { frameClauses } from './context.js';
import { RULES } from './rules.js';
import { SURE_WITHOUT_SIGNS, learnedOpinion } from './model/complement.js';
import { Reading } from './reading.js';
import { normaliseForTriage, splitSentences } from './text.js';

// Red flags show in the first lines of a question; bounding the input keeps a huge paste cheap.
const MAX_CHARS = 20_000;

/** The concepts mentioned as present and current: not negated, not past history, not hypothetical. */
export function findConcepts(text: string): Set<ConceptId> {
  const normalised = normaliseForTriage(text.slice(0, MAX_CHARS));
  return new Reading(normalised, frameClauses(splitSentences(normalised))).all();
}

/** Whether the rules set aside a sign of this category on purpose, so that the model may not alarm for it. */
export function rulesOverrule(text: string, category: TriageCategory): boolean {
  const normalised = normaliseForTriage(text.slice(0, MAX_CHARS));
  return new Reading(normalised, frameClauses(splitSentences(normalised))).setAsideFor(category);
}

/** Whether the rules found some sign of this category, present and current (it names a model alarm's category). */
export function rulesSawSignOf(text: string, category: TriageCategory): boolean {
  const normalised = normaliseForTriage(text.slice(0, MAX_CHARS));
  return new Reading(normalised, frameClauses(splitSentences(normalised))).sawSignOf(category);
}

/** Whether the rules found a sign of any category, present and current (a model alarm under 0.9 needs one). */
export function rulesSawAnySign(text: string): boolean {
  const normalised = normaliseForTriage(text.slice(0, MAX_CHARS));
  const reading = new Reading(normalised, frameClauses(splitSentences(normalised)));
  return TRIAGE_CATEGORIES.some((c) => reading.sawSignOf(c));
}

/** The readable rules alone, without the learned complement: for the benches and the model's training. */
export function triageByRules(text: string, _lang?: SafetyLang): TriageResult {
  const { emergency, categories } = rulesOn(normaliseForTriage(text.slice(0, MAX_CHARS)));
  return { emergency, categories };
}

function rulesOn(normalised: string, framed = frameClauses(splitSentences(normalised))): TriageResult & { reading: Reading } {
  const reading = new Reading(normalised, framed);
  const categories = TRIAGE_CATEGORIES.filter((c) => RULES[c](reading));
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
  // The rules' own reading names the category when it can: a blow to the head they saw makes a model alarm
  // a head injury, whatever else the wording resembles.
  // With no sign seen, a sign set aside names it, so that "isn't answering her phone… worried about her blood
  // pressure" is the farewell sign the rules set aside, and stays overruled.
  const learned = learnedOpinion(framed, (category) => reading.sawSignOf(category), (category) => reading.setAsideFor(category));
  if (!learned.alarm) return { emergency, categories };
  // Rare from here on, so every sign may be looked for.
  const backed = learned.p >= SURE_WITHOUT_SIGNS || TRIAGE_CATEGORIES.some((c) => reading.sawSignOf(c));
  return backed && !reading.setAsideFor(learned.category) ? { emergency: true, categories: [learned.category] } : { emergency, categories };
}


