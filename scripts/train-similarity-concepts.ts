/**
 * Builds src/similarity/resources/concepts.json: phrases that name the same medical concept, for bridging
 * lay and medical wording ("high blood pressure" ↔ "hypertension", "heart attack" ↔ "myocardial
 * infarction"). Source: the focus, focus synonyms and UMLS CUIs of ../shared/data/faq_medquad.jsonl
 * (a focus and its synonyms are one concept; foci sharing their only CUI are merged). Phrases are stored as
 * the engine's stemmed content words, space-joined.
 *
 *   npx tsx scripts/train-similarity-concepts.ts [../shared/data]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { englishTerms, englishWords } from '../src/similarity/english.js';

const dataDir = process.argv[2] ?? '../shared/data';
const out = 'src/similarity/resources/concepts.json';

const parent = new Map<string, string>();
const find = (x: string): string => {
  let p = parent.get(x) ?? x;
  if (p !== x) {
    p = find(p);
    parent.set(x, p);
  }
  return p;
};
const union = (a: string, b: string) => {
  const ra = find(a);
  const rb = find(b);
  if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
};

/** Words so common in questions that a "synonym" made of them alone would match everything. */
const TOO_GENERIC = new Set(['pain', 'diseas', 'disord', 'syndrom', 'cancer', 'infect', 'problem', 'health', 'care', 'test', 'drug']);

function phraseKey(text: string): string | null {
  // Parenthesised asides ("(Adult)") and bracketed qualifiers are not part of the name.
  const cleaned = text.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ');
  const stems = englishTerms(cleaned);
  if (!stems.length || stems.length > 5) return null;
  if (stems.length === 1) {
    const s = stems[0];
    // One short token is an acronym at best ("MI", "ALL"): keep only all-capital ones of 3+ letters.
    const words = englishWords(cleaned);
    if (TOO_GENERIC.has(s) || s.length < 3 || /^[0-9]+$/.test(s)) return null;
    if (s.length <= 4 && !(words.length === 1 && /^[A-Z0-9]{3,4}$/.test(cleaned.trim()))) return null;
  }
  return stems.join(' ');
}

type FaqRecord = { focus: string; focus_synonyms: string[]; umls_cuis: string[] };
const records: FaqRecord[] = readFileSync(join(dataDir, 'faq_medquad.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));

// A phrase claimed by two different foci ("GBS", "IRD") is ambiguous: it would chain them together.
const claimedBy = new Map<string, Set<string>>();
for (const r of records) {
  const focusKey = phraseKey(r.focus) ?? r.focus;
  for (const n of [r.focus, ...r.focus_synonyms]) {
    const k = phraseKey(n);
    if (k === null) continue;
    const set = claimedBy.get(k) ?? new Set();
    set.add(focusKey);
    claimedBy.set(k, set);
  }
}
const unambiguous = (k: string | null): k is string => k !== null && claimedBy.get(k)!.size === 1;

const phrases = new Set<string>();
for (const r of records) {
  const names = [r.focus, ...r.focus_synonyms].map(phraseKey).filter(unambiguous);
  if (!names.length) continue;
  for (const n of names) phrases.add(n);
  const anchor = `p:${names[0]}`;
  for (const n of names) union(anchor, `p:${n}`);
  // A focus tagged with several CUIs is a topic page (diabetes, heart disease and stroke at once):
  // joining through its CUIs would chain unrelated diseases into one concept.
  if (r.umls_cuis.length === 1) union(anchor, `cui:${r.umls_cuis[0]}`);
}

// Number concepts densely, keep only those with at least two distinct phrases (else nothing to bridge).
const members = new Map<string, string[]>();
for (const p of phrases) {
  const root = find(`p:${p}`);
  const list = members.get(root) ?? [];
  list.push(p);
  members.set(root, list);
}
const table: Record<string, number> = {};
let id = 0;
for (const list of [...members.values()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  if (list.length < 2) continue;
  for (const p of list.sort()) table[p] = id;
  id++;
}
writeFileSync(out, JSON.stringify({ source: 'MedQuAD focus, focus_synonyms and UMLS CUIs', concepts: id, phrases: table }) + '\n');
console.log(`${out}: ${id} concepts, ${Object.keys(table).length} phrases`);
