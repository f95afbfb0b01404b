import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SafetyLang } from '../script.js';
import type { TriageCategory } from '../triage/categories.js';
import type { IdentifierKind } from '../deid/kinds.js';

export const TESTDATA = fileURLToPath(new URL('../testdata/', import.meta.url));

export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as T);
}

export interface TriageCase {
  text: string;
  lang: SafetyLang;
  emergency: boolean;
  categories: TriageCategory[];
}

export interface Span {
  start: number;
  end: number;
  value: string;
}

export interface DeidCase {
  lang: SafetyLang;
  text: string;
  identifiers: (Span & { kind: IdentifierKind })[];
  /** Medical content that must survive de-identification. */
  keep: Span[];
}

const MARK = /<<([a-z0-9-]+)\|([^>]*)>>|\[\[([^\]]*)\]\]/g;

/**
 * A case is written with its answers inline: `<<phone|0912-345-678>>` is an identifier to remove,
 * `[[500 mg]]` medical content to keep. The markers are stripped to give the text under test.
 */
export function parseMarkedCase(marked: string, lang: SafetyLang): DeidCase {
  const identifiers: DeidCase['identifiers'] = [];
  const keep: Span[] = [];
  let text = '';
  let at = 0;
  for (const m of marked.matchAll(MARK)) {
    text += marked.slice(at, m.index);
    at = (m.index ?? 0) + m[0].length;
    const value = m[2] ?? m[3];
    const span = { start: text.length, end: text.length + value.length, value };
    if (m[1] !== undefined) identifiers.push({ ...span, kind: m[1] as IdentifierKind });
    else keep.push(span);
    text += value;
  }
  return { lang, text: text + marked.slice(at), identifiers, keep };
}

export type TriageSetName = 'dev' | 'heldout' | 'heldout2' | 'heldout3' | 'heldout4' | 'heldout5' | 'heldout6' | 'heldout7' | 'heldout8' | 'heldout9' | 'heldout10' | 'heldout11' | 'heldout12' | 'heldout13' | 'heldout14' | 'heldout15' | 'heldout16' | 'heldout17' | 'heldout18';

export function loadTriageSet(name: TriageSetName): TriageCase[] {
  return readJsonl<TriageCase>(`${TESTDATA}triage-${name}.jsonl`);
}

export function loadDeidSet(name: 'dev' | 'heldout' | 'heldout2' | 'heldout3' | 'heldout4' | 'heldout5' | 'heldout6' | 'heldout7' | 'heldout8' | 'heldout9' | 'heldout10' | 'heldout11' | 'heldout12' | 'heldout13' | 'heldout14' | 'heldout14b' | 'heldout15' | 'heldout15b'): DeidCase[] {
  return loadDeidFile(`${TESTDATA}deid-${name}.jsonl`);
}

/** Any file in the labelled de-identification format (scripts/score-deid-file.ts scores blind sets with it). */
export function loadDeidFile(path: string): DeidCase[] {
  return readJsonl<{ lang: SafetyLang; text: string }>(path).map((r) => parseMarkedCase(r.text, r.lang));
}
