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
import type { Concept } from './types.js';

export type { Concept, ConceptId } from './types.js';

/** Every concept, one lexicon per category; rules.ts combines them. */
export const CONCEPTS: Concept[] = [
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
];
