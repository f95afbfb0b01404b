/**
 * The vocabulary of red flags, in English and Chinese (Simplified; Traditional text is converted first).
 * A concept is one clinical sign; rules.ts decides which combinations make an emergency.
 */
export type ConceptId =
  | 'chestPain' | 'severeChestPain' | 'heartAttackNow' | 'heartStopped' | 'breathlessAny' | 'sweating' | 'radiating' | 'faint'
  | 'chestPainEquivalent'
  | 'faceDroop' | 'speechTrouble' | 'limbWeakness' | 'limbInjury' | 'visionLoss' | 'strokeNow' | 'sudden' | 'confusion' | 'thunderclapHeadache' | 'worstHeadache' | 'headacheRedFlag' | 'localAnaesthetic'
  | 'suicidal' | 'severeBleeding' | 'blackStool' | 'menstrual' | 'bloodMeasuredOnly' | 'benignDrainage'
  | 'anaphylaxisWord' | 'airwaySwelling' | 'voiceChange' | 'hives' | 'allergen' | 'wheeze'
  | 'poisoning' | 'pillCount' | 'foundMedicine' | 'ingestedAny' | 'joinTheDead' | 'atDangerPlace' | 'farewell' | 'heavyDrinking' | 'coSource' | 'coSymptoms' | 'opioidSigns' | 'streetDrug' | 'unrousable' | 'unreachable' | 'givingAway' | 'meansAtHand' | 'noLongerBurden' | 'hopeless' | 'timeChosen' | 'chokingObject' | 'noVoice' | 'child' | 'medicineTaken' | 'toxicSubstance' | 'ingestedSome' | 'doubleDose' | 'toxicEffect'
  | 'severeBreathing' | 'breathingFine' | 'lowOxygen' | 'relieverFails' | 'wordsAtATime' | 'asthmaContext' | 'stridor' | 'seizure' | 'seizureAgain' | 'seizurePersists' | 'firstSeizure' | 'knownEpilepsy'
  | 'youngInfant' | 'youngInfantInPast' | 'fever' | 'notTheBabysTemperature'
  | 'pregnant' | 'pregnancyBleed' | 'miscarriageNow' | 'earlyPregnancy' | 'oneSidedPain' | 'shoulderTipPain'
  | 'headHit' | 'knockedOut' | 'unconscious' | 'headRedFlag';

export interface Concept {
  id: ConceptId;
  pattern: RegExp;
  /**
   * More wording for the same sign, read like `pattern` (words of languages mixed into English, mixed-in.ts; newer
   * wording). Kept apart because joined into a large pattern it made that pattern several times slower to run when
   * two copies of triage share a process (bench-triage-vs-commit), though not alone.
   */
  morePattern?: RegExp;
  /** Still current when described as a habit: thoughts of suicide that come "every day" need help now. */
  evenIfHabitual?: boolean;
  /**
   * Read over the whole sentence and even in a past or hypothetical frame, because the sign is told
   * through a past event in another clause ("to join her dad, who died last year").
   */
  evenInPastFrame?: boolean;
  /**
   * For a concept read over whole sentences (no whole-text pre-test, prefilter.ts): words one of which every match
   * contains, tried on the whole text first so that most questions are not read sentence by sentence.
   */
  needsWord?: RegExp;
  /**
   * Exertion or panic, not an emergency, when it passes with rest or within minutes ("喘到讲不出话，休息两三分钟就好了");
   * not set for signs that are a call even when they pass (a stroke sign that comes and goes).
   */
  settlesWithRest?: boolean;
  /** Extra check on a match, e.g. an infant's age really is under three months. */
  accept?: (m: RegExpMatchArray, text: string) => boolean;
  /**
   * A match refused by `accept` is a first-aid threshold not reached (a fit under five minutes, a baby of
   * three months or more), so it overrules the learned complement too. Not set where the threshold is a
   * rough proxy: "好几颗" of grandma's diabetes tablets is under ten and still dangerous.
   */
  belowThresholdIsSafe?: boolean;
  /**
   * Wording around a match that makes it a look-alike of the sign, not the sign: a hotline asked for
   * ("自杀防治专线", "suicide hotline"), hyperbole ("累到想死", "want to die of embarrassment"), a blocked nose
   * ("can't breathe through it"). `before` is tried on the clause up to the match, `after` on the rest.
   */
  lookAlike?: { before?: RegExp; after?: RegExp };
  /** A clause containing this is about something else (heavy *periods*, a *nose*bleed in pregnancy). */
  unlessClause?: RegExp;
  /**
   * A match that this finds in the match itself or the few characters before it is a minor amount
   * ("light spotting", "少量出血", "一点点咖啡色"), which does not count.
   */
  minorAmount?: RegExp;
}
