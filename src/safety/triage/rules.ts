import type { TriageCategory } from './categories.js';
import type { ConceptId } from './concepts/index.js';

/** Which concepts were found, affirmed and current, somewhere in the text. */
export type Findings = { has(id: ConceptId): boolean };

/**
 * When a category is an emergency. Single signs that are rarely benign (a drooping face, suicidal
 * thoughts) alarm alone; signs that are common and usually harmless (chest pain, a swollen lip, a fever)
 * alarm only in the combination the brief names (chest pain *with* breathlessness or sweating…).
 */
/**
 * Each is ordinary alone ("she said goodbye", "he is at the river", "not answering her phone"); any two
 * together read as a farewell before a suicide attempt.
 */
const FAREWELL_SIGNS: ConceptId[] = ['farewell', 'atDangerPlace', 'unreachable', 'givingAway', 'meansAtHand', 'noLongerBurden', 'hopeless', 'timeChosen'];

export const RULES: Record<TriageCategory, (f: Findings) => boolean> = {
  'chest-pain': (f) =>
    f.has('heartAttackNow') || f.has('heartStopped') || f.has('severeChestPain') || (f.has('chestPain') && (f.has('breathlessAny') || f.has('sweating') || f.has('radiating') || f.has('faint'))) ||
    (f.has('chestPainEquivalent') && f.has('breathlessAny') && (f.has('sweating') || f.has('faint'))),
  stroke: (f) => {
    if (f.has('strokeNow') || f.has('thunderclapHeadache')) return true;
    // A lip, face or speech numbed for dental work explains itself; any other sign still counts.
    const numbed = f.has('localAnaesthetic') && !f.has('limbWeakness') && !f.has('visionLoss') && !f.has('confusion') && !f.has('worstHeadache');
    if (numbed) return false;
    if (f.has('faceDroop')) return true;
    if (f.has('worstHeadache') && (f.has('headacheRedFlag') || f.has('sudden') || f.has('confusion') || f.has('faint'))) return true;
    const signs = Number(f.has('speechTrouble')) + Number(f.has('limbWeakness'));
    if (f.has('visionLoss') && (f.has('sudden') || signs >= 1)) return true;
    // A limb sign alone that an injury or a strain to the limb explains is not made a stroke by a sudden start.
    if (signs === 1 && !f.has('speechTrouble') && f.has('limbInjury')) return false;
    return signs >= 2 || (signs === 1 && (f.has('sudden') || f.has('confusion')));
  },
  'suicide-self-harm': (f) =>
    f.has('suicidal') || f.has('joinTheDead') || FAREWELL_SIGNS.filter((c) => f.has(c)).length >= 2,
  'severe-bleeding': (f) => f.has('severeBleeding') || (f.has('blackStool') && f.has('faint')),
  anaphylaxis: (f) =>
    f.has('anaphylaxisWord') ||
    (f.has('airwaySwelling') && (f.has('allergen') || f.has('hives') || f.has('breathlessAny') || f.has('wheeze'))) ||
    (f.has('hives') && f.has('allergen') && (f.has('breathlessAny') || f.has('wheeze') || f.has('faint') || f.has('voiceChange'))),
  'poisoning-overdose': (f) =>
    f.has('poisoning') || f.has('pillCount') || (f.has('toxicSubstance') && f.has('ingestedSome')) ||
    (f.has('child') && f.has('foundMedicine') && f.has('ingestedAny')) ||
    // A poison named and someone who will not wake: "passed out after a nicotine pouch, now not waking up properly".
    (f.has('toxicSubstance') && f.has('unrousable')) ||
    (f.has('heavyDrinking') && f.has('unrousable')) ||
    (f.has('coSource') && f.has('coSymptoms')) ||
    (f.has('opioidSigns') && (f.has('unrousable') || f.has('unconscious'))) ||
    (f.has('streetDrug') && (f.has('confusion') || f.has('unconscious') || f.has('unrousable') || f.has('seizure'))) ||
    (f.has('doubleDose') && f.has('toxicEffect')),
  'breathing-difficulty': (f) =>
    f.has('severeBreathing') || f.has('lowOxygen') || (f.has('chokingObject') && (f.has('noVoice') || f.has('stridor'))) ||
    (f.has('wordsAtATime') && (f.has('relieverFails') || f.has('breathlessAny') || f.has('asthmaContext'))) ||
    (f.has('relieverFails') && f.has('breathlessAny')),
  // A fit in pregnancy without known epilepsy (eclampsia) is a call whatever its length. A fit told as past history
  // and "now again" (seizureAgain) counts only when it goes on; asked last, since it is read over whole sentences.
  seizure: (f) =>
    (f.has('seizure') && (f.has('seizurePersists') || f.has('firstSeizure') || (f.has('pregnant') && !f.has('knownEpilepsy')))) ||
    (f.has('seizurePersists') && f.has('seizureAgain')),
  'infant-fever': (f) => (f.has('youngInfant') || f.has('youngInfantInPast')) && f.has('fever'),
  // An ectopic pregnancy: early pregnancy, pain on one side, and faintness, shoulder-tip pain or bleeding.
  'pregnancy-bleeding': (f) =>
    (f.has('pregnant') && f.has('pregnancyBleed')) || f.has('miscarriageNow') ||
    // oneSidedPain first: earlyPregnancy is read whole sentence by sentence (evenInPastFrame), with no cheap pre-test.
    (f.has('oneSidedPain') && (f.has('pregnant') || f.has('earlyPregnancy')) && (f.has('faint') || f.has('shoulderTipPain') || f.has('pregnancyBleed'))),
  'head-injury': (f) => f.has('knockedOut') || (f.has('headHit') && (f.has('unconscious') || f.has('headRedFlag'))),
};
