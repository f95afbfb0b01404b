import { conceptSpans } from '../similarity/concepts.js';
import { englishWords, isEnglishStopword, stem } from '../similarity/english.js';
import { isEverydayTopic, nameRun, singleNameKind, withoutNegations, FOR_ONE_POPULATION } from '../enrichment/providers/namedTopics.js';
import { contentStems } from '../enrichment/providers/text/tokens.js';
import { TREATMENT_OR_TEST } from '../enrichment/providers/topic.js';
import { cleanFocus } from '../enrichment/providers/faqRelevance.js';
import { layComplaintMatch } from '../enrichment/providers/layTerms.js';
import { isEnglishWord } from '../enrichment/providers/text/englishDictionary.js';

/**
 * FAQ topics the asker names by another of their names: "hsv-2" names "Herpes Simplex", "conjunctivitis"
 * "Pinkeye", "lasik" "Laser Eye Surgery". The names are MedQuAD's own (each topic's focus and synonyms,
 * as the similarity engine's concept table holds them), so the bridge is exact, never a guess from
 * shared words. Only a different name counts: a part of the topic's name ("vitamin" of "Vitamin A",
 * "child" of "Children's Interstitial Lung Disease", "smoke" of "Smoking and Youth") is half a name,
 * which the naming rules already refuse.
 */
export interface SynonymNamer {
  /** Topic → the asker's words that name it, for topics named only by a synonym. */
  named(questionText: string): Map<string, string>;
}

// Words that may stand inside a name the asker writes: "blood in my urine", "infection of the kidney".
const LINKING = new Set(['in', 'of', 'the', 'my', 'his', 'her', 'their', 'your', 'a', 'an', 'both']);

const stemsOf = (text: string) => englishWords(text).filter((w) => !isEnglishStopword(w)).map(stem);

export function createSynonymNamer(fociGiven: Iterable<string>): SynonymNamer {
  const foci = new Set(fociGiven); // read twice below; an iterator would be spent after the first loop
  // Concept id → the topics whose whole name is one of that concept's phrases.
  const byConcept = new Map<number, string[]>();
  for (const focus of new Set(foci)) {
    // A test, medicine or procedure is what a doctor orders, not what was asked; an everyday topic
    // ("Fever", "Surgery") is named in passing; a page for one population fits only some askers.
    if (TREATMENT_OR_TEST.test(focus) || FOR_ONE_POPULATION.test(focus) || isEverydayTopic(nameRun(focus))) continue;
    const stems = stemsOf(focus);
    const spans = conceptSpans(stems);
    if (spans.length !== 1 || spans[0].length !== stems.length) continue;
    const list = byConcept.get(spans[0].id) ?? [];
    if (!list.length) byConcept.set(spans[0].id, list);
    list.push(focus);
  }
  // A topic's own second name, in brackets or after a colon: "Pyelonephritis: Kidney Infection",
  // "Hematuria (Blood in the Urine)". Acronyms ("Tuberculosis (TB)") are the matcher's; "Including …",
  // "Keep your …" and the like are no names.
  const secondNames: { focus: string; stems: string[] }[] = [];
  const byName = new Map<string, string[]>();
  for (const focus of new Set(foci)) {
    const key = stemsOf(focus).join(' ');
    byName.set(key, [...(byName.get(key) ?? []), focus]);
    const second = /\(([^()]+)\)\s*$/.exec(cleanFocus(focus))?.[1].replace(/^also known as\s+/i, '');
    if (!second || /^[A-Z0-9-]+$/.test(second) || /^(?:including|keep|choosing|information|recreational)\b/i.test(second)) continue;
    const stems = stemsOf(second);
    if (stems.length >= 2) secondNames.push({ focus, stems });
  }
  return {
    named(questionText) {
      const out = new Map<string, string>();
      const words = englishWords(withoutNegations(questionText.replace(/’/g, "'")));
      const kept = words.map((w, i) => ({ w, i })).filter((x) => !isEnglishStopword(x.w));
      const stems = kept.map((x) => stem(x.w));
      // "blood in my urine" says the second name "Blood in the Urine"; "blood or urine" does not.
      const together = (from: number, length: number) =>
        kept.slice(from + 1, from + length).every((x, k) => words.slice(kept[from + k].i + 1, x.i).every((gap) => LINKING.has(gap)));
      for (const name of secondNames) {
        for (let at = 0; at + name.stems.length <= stems.length; at++) {
          if (!name.stems.every((s, k) => stems[at + k] === s) || !together(at, name.stems.length)) continue;
          const asked = words.slice(kept[at].i, kept[at + name.stems.length - 1].i + 1).join(' ');
          if (!out.has(name.focus)) out.set(name.focus, asked);
        }
      }
      // The hand-written lay terms that carry a medical name: "ringing in both ears" → Tinnitus.
      const lay = layComplaintMatch(withoutNegations(questionText));
      const medical = lay && /\(([^()]+)\)$/.exec(lay.name)?.[1];
      for (const focus of (medical && byName.get(stemsOf(medical).join(' '))) || []) if (!out.has(focus)) out.set(focus, lay!.words);
      for (const span of conceptSpans(stems)) {
        const at = kept.slice(span.start, span.start + span.length);
        // The words must stand together: "Alzheimers or dementia" is two names, not one.
        if (at.some((x, k) => k > 0 && x.i !== at[k - 1].i + 1)) continue;
        const phraseWords = at.map((x) => x.w);
        const phrase = stems.slice(span.start, span.start + span.length);
        if (phraseWords.length === 1 && !mayBridgeAlone(phraseWords[0], questionText)) continue;
        // "urine test" → "Urinalysis": what the doctor ordered, not what was asked.
        if (TREATMENT_OR_TEST.test(phraseWords.join(' '))) continue;
        for (const focus of byConcept.get(span.id) ?? []) {
          const focusStems = new Set(stemsOf(focus));
          const phraseStems = new Set(phrase);
          // The same name, or one part of the other: not a synonym.
          if ([...phraseStems].every((s) => focusStems.has(s)) || [...focusStems].every((s) => phraseStems.has(s))) continue;
          if (!out.has(focus)) out.set(focus, phraseWords.join(' '));
        }
      }
      return out;
    },
  };
}

/**
 * One word alone is a riskier bridge than a phrase: the concept table also holds slang and rare
 * abbreviations ("battery" for Domestic Violence, "flake" for Cocaine, "car" for Carney complex, "pap"
 * for pulmonary alveolar proteinosis). A short one counts only as an acronym (in capitals, or no
 * English word: "hsv", "ivf"); an everyday word or a body part never. A longer one must also be used
 * by the page itself (`mustAppearOnPage`), which the caller checks against the entries' text.
 */
function mayBridgeAlone(word: string, questionText: string): boolean {
  if (singleNameKind(contentStems(word)[0] ?? word) !== 'specific') return false;
  if (word.length <= 5) return new RegExp(`\\b${word.toUpperCase()}s?\\b`).test(questionText) || !isEnglishWord(word);
  return true;
}

/** Whether a bridge by this phrase needs the page's own text to use the word ("Menstruation, or period, is …"). */
export function mustAppearOnPage(phrase: string): boolean {
  return !phrase.includes(' ') && phrase.length > 5;
}

/** Whether an entry's text uses the asker's word, in any inflection ("sunburned" → "Sunburns are …"). */
export function pageUses(text: string, phrase: string): boolean {
  const target = stem(phrase);
  return englishWords(text).some((w) => w.length >= phrase.length - 3 && stem(w) === target);
}
