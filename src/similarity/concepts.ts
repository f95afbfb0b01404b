import { readFileSync } from 'node:fs';

/**
 * Lay ↔ medical bridging: phrases (as stemmed content words) that name one medical concept,
 * built by scripts/train-similarity-concepts.ts from MedQuAD's foci and synonyms.
 */
let table: Map<string, number> | undefined;
let longest = 1;

function load(): Map<string, number> {
  if (table) return table;
  const raw = JSON.parse(readFileSync(new URL('./resources/concepts.json', import.meta.url), 'utf8')) as { phrases: Record<string, number> };
  table = new Map(Object.entries(raw.phrases));
  for (const k of table.keys()) longest = Math.max(longest, k.split(' ').length);
  return table;
}

export interface ConceptSpan {
  id: number;
  start: number;
  length: number;
}

/** Concepts named in a sequence of stems, with where; longest phrase first at each position. */
export function conceptSpans(stems: string[]): ConceptSpan[] {
  const t = load();
  const out: ConceptSpan[] = [];
  for (let i = 0; i < stems.length; i++) {
    for (let len = Math.min(longest, stems.length - i); len >= 1; len--) {
      const id = t.get(len === 1 ? stems[i] : stems.slice(i, i + len).join(' '));
      if (id !== undefined) {
        out.push({ id, start: i, length: len });
        i += len - 1;
        break;
      }
    }
  }
  return out;
}

/** Concept ids named in a sequence of stems. */
export function conceptsIn(stems: string[]): number[] {
  return conceptSpans(stems).map((s) => s.id);
}
