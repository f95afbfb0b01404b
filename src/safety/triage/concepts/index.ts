import { CHEST_PAIN } from './chest-pain.js';
import { STROKE } from './stroke.js';
import { SUICIDE } from './suicide.js';
import { BLEEDING } from './bleeding.js';
import { ANAPHYLAXIS } from './anaphylaxis.js';
import { POISONING } from './poisoning.js';
import { BREATHING } from './breathing.js';
import { SEIZURE } from './seizure.js';
import { INFANT_FEVER } from './infant-fever.js';
import { PREGNANCY } from './pregnancy.js';
import { HEAD_INJURY } from './head-injury.js';
import { MIXED_IN } from './mixed-in.js';
import type { Concept, ConceptId } from './types.js';
import type { TriageCategory } from '../categories.js';

export type { Concept, ConceptId } from './types.js';

/** A concept with the words of the languages mixed into English for it (mixed-in.ts), in its second pattern. */
function withMixedIn(c: Concept): Concept {
  const extra = MIXED_IN[c.id];
  if (extra) c.morePattern = new RegExp([...(c.morePattern ? [c.morePattern.source] : []), ...extra].join('|'), 'g');
  return c;
}

/** Every concept, one lexicon per category; rules.ts combines them. */
export const CONCEPTS: Concept[] = ([
  ...CHEST_PAIN,
  ...STROKE,
  ...SUICIDE,
  ...BLEEDING,
  ...ANAPHYLAXIS,
  ...POISONING,
  ...BREATHING,
  ...SEIZURE,
  ...INFANT_FEVER,
  ...PREGNANCY,
  ...HEAD_INJURY,
] as Concept[]).map(withMixedIn);

/** The category whose lexicon holds each concept (a shared sign such as breathlessness belongs to one). */
export const CONCEPT_CATEGORY: ReadonlyMap<ConceptId, TriageCategory> = new Map(
  (
    [
      ['chest-pain', CHEST_PAIN], ['stroke', STROKE], ['suicide-self-harm', SUICIDE], ['severe-bleeding', BLEEDING],
      ['anaphylaxis', ANAPHYLAXIS], ['poisoning-overdose', POISONING], ['breathing-difficulty', BREATHING], ['seizure', SEIZURE],
      ['infant-fever', INFANT_FEVER], ['pregnancy-bleeding', PREGNANCY], ['head-injury', HEAD_INJURY],
    ] as const
  ).flatMap(([category, lexicon]) => lexicon.map((c) => [c.id, category] as const)),
);
