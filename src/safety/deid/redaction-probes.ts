import { deidentify } from './deidentify.js';

// Helpers for the probe tests (mentioned-people, framed-names, unmarked-names, new-wording, written-out-identifiers,
// names-without-a-frame): what de-identification removes from a sentence, as the original text of each span.
/** The spans removed, of one kind or of any kind. */
export const removedSpans = (text: string, kind?: string) =>
  deidentify(text).redactions.filter((r) => kind === undefined || r.kind === kind).map((r) => r.original);
/** The names removed. */
export const removedNames = (text: string) => removedSpans(text, 'name');
