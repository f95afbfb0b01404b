import { CONCEPTS, CONCEPT_CATEGORY, type Concept, type ConceptId } from './concepts/index.js';
import type { TriageCategory } from './categories.js';
import { isAbsence, isExperiencedBefore, isNegatedInside, isNegated, isSpeculative, type FramedClause } from './context.js';
import { loosen } from './prefilter.js';

// "a little bit of light brown spotting": a quantity word sits within a few words before the sign.
const MINOR_WINDOW = 24;

const BY_ID = new Map(CONCEPTS.map((c) => [c.id, c]));
// Ordinary words several rules lean on ("ate", "a child", "sweating", "suddenly", "unconscious", "bleeding",
// "vomiting" after a blow): they say nothing about which category it is.
export const SHARED_SIGNS: ReadonlySet<ConceptId> = new Set<ConceptId>(['pregnancyBleed', 'fever', 'allergen', 'child', 'ingestedAny', 'medicineTaken', 'sudden', 'confusion', 'sweating', 'faint', 'breathlessAny', 'menstrual', 'wheeze', 'voiceChange', 'hives', 'unconscious', 'unrousable', 'seizurePersists', 'noVoice', 'radiating', 'ingestedSome', 'headacheRedFlag', 'firstSeizure', 'toxicEffect', 'opioidSigns', 'coSymptoms', 'knownEpilepsy', 'headRedFlag', 'oneSidedPain', 'shoulderTipPain', 'earlyPregnancy', 'localAnaesthetic', 'breathingFine', 'bloodMeasuredOnly', 'benignDrainage', 'seizureAgain', 'youngInfantInPast', 'asthmaContext', 'stridor', 'notTheBabysTemperature']);
// Concepts that are no sign at all but an explanation or an all-clear: one set aside sets nothing aside.
const NOT_SIGNS: ReadonlySet<ConceptId> = new Set<ConceptId>(['localAnaesthetic', 'breathingFine', 'bloodMeasuredOnly', 'benignDrainage', 'notTheBabysTemperature']);
/**
 * A stated all-clear for a category ("I can breathe fine", 呼吸正常; blood named only as a measurement), present and current, sets the category aside
 * as a negated sign does: the learned complement may not alarm for it. The rules do not read it.
 */
const ALL_CLEAR: Partial<Record<TriageCategory, ConceptId>> = { 'breathing-difficulty': 'breathingFine', 'severe-bleeding': 'bloodMeasuredOnly' };
const LOOSE = new Map(CONCEPTS.map((c) => [c.id, loosen(c.pattern)]));
const LOOSE_MORE = new Map(CONCEPTS.filter((c) => c.morePattern).map((c) => [c.id, loosen(c.morePattern!)]));

/**
 * What the rules read in one question: whether each sign is present and current, and which signs they saw
 * but set aside on purpose (negated, past, hypothetical, habitual, a minor amount, under a threshold such as
 * a two-minute fit). A sign is looked for only when a rule asks about it ("is there sweating?" only once
 * there is chest pain), which is most of triage's speed; the answer is kept for the next rule.
 */
export class Reading {
  private readonly known = new Map<ConceptId, boolean>();
  private readonly aside = new Set<ConceptId>();

  constructor(
    private readonly normalised: string,
    private readonly framed: FramedClause[][],
  ) {}

  has(id: ConceptId): boolean {
    let found = this.known.get(id);
    if (found === undefined) {
      found = this.look(BY_ID.get(id)!);
      this.known.set(id, found);
    }
    return found;
  }

  /** Every sign found, looking for all of them. */
  all(): Set<ConceptId> {
    return new Set(CONCEPTS.filter((c) => this.has(c.id)).map((c) => c.id));
  }

  /** Some sign of this category found present and current, though not enough for its rule. */
  sawSignOf(category: TriageCategory): boolean {
    return CONCEPTS.some((c) => CONCEPT_CATEGORY.get(c.id) === category && !SHARED_SIGNS.has(c.id) && this.has(c.id));
  }

  /** A sign of this category seen and set aside on purpose, and no other mention of it found. */
  setAsideFor(category: TriageCategory): boolean {
    const clear = ALL_CLEAR[category];
    if (clear !== undefined && this.has(clear) && !this.sawSignOf(category)) return true;
    // Mucus named as what runs down the throat explains the flow for every category the rules saw no sign of.
    if (this.has('benignDrainage') && !this.sawSignOf(category)) return true;
    // A room's or a feed's temperature asked about, with no fever read: a baby's age is a sign of the category, so the
    // all-clear above would not apply.
    if (category === 'infant-fever' && this.has('notTheBabysTemperature') && !this.has('fever')) return true;
    for (const c of CONCEPTS) if (CONCEPT_CATEGORY.get(c.id) === category && !NOT_SIGNS.has(c.id) && !this.has(c.id) && this.aside.has(c.id)) return true;
    return false;
  }

  private look(concept: Concept): boolean {
    // A pattern that cannot match anywhere in the text cannot match in any clause (prefilter.ts). A sentence
    // read whole is joined back with commas, so it is not a piece of the text and is not pre-tested.
    if (concept.needsWord?.test(this.normalised) === false) return false;
    if (!concept.evenInPastFrame && !LOOSE.get(concept.id)!.test(this.normalised) && LOOSE_MORE.get(concept.id)?.test(this.normalised) !== true) return false;
    for (const sentence of this.framed) {
      if (concept.evenInPastFrame) {
        // Read over the whole sentence, commas included, whatever its frame: "想去陪她妈妈，她妈妈上个月过世了".
        if (this.inClause(concept, sentence.map((c) => c.clause).join('，'), false)) return true;
        continue;
      }
      for (const { clause, offFrame, habitual, settles } of sentence) {
        const aside = offFrame || (habitual && !concept.evenIfHabitual) || (settles && concept.settlesWithRest === true) || concept.unlessClause?.test(clause) === true;
        if (this.inClause(concept, clause, aside)) return true;
      }
    }
    return false;
  }

  private inClause(concept: Concept, clause: string, aside: boolean): boolean {
    return this.matchIn(concept, concept.pattern, clause, aside) || (concept.morePattern !== undefined && this.matchIn(concept, concept.morePattern, clause, aside));
  }

  private matchIn(concept: Concept, pattern: RegExp, clause: string, aside: boolean): boolean {
    for (const m of clause.matchAll(pattern)) {
      const start = m.index ?? 0;
      if (
        aside ||
        (isNegated(clause, start) && !isAbsence(m[0])) || isNegatedInside(m[0]) || isSpeculative(clause, start) || isExperiencedBefore(clause, start + m[0].length) ||
        concept.minorAmount?.test(clause.slice(Math.max(0, start - MINOR_WINDOW), start + m[0].length)) ||
        concept.lookAlike?.before?.test(clause.slice(0, start)) === true ||
        concept.lookAlike?.after?.test(clause.slice(start + m[0].length)) === true
      ) {
        this.aside.add(concept.id);
        continue;
      }
      if (concept.accept && !concept.accept(m, this.normalised)) {
        if (concept.belowThresholdIsSafe) this.aside.add(concept.id);
        continue;
      }
      return true;
    }
    return false;
  }
}
