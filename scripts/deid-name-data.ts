// The data the learned name complement (src/safety/deid/model/) is trained and estimated on, shared by
// scripts/train-deid-names.ts and scripts/bench-deid-loso.ts: the labelled de-identification sets (their
// <<name|…>> spans are the positives) and real unlabelled text from ../shared/data where the rules find no name.
import { existsSync, readFileSync } from 'node:fs';
import { deidentifyByRules } from '../src/safety/deid/deidentify.js';
import { TESTDATA, loadDeidFile, type DeidCase } from '../src/safety/eval/labelled.js';
import { foldWidth } from '../src/safety/script.js';
import { tokenize } from '../src/safety/deid/model/features.js';
import { ruleNameMask } from '../src/safety/deid/model/complement.js';
import { REAL_TEXT_WEIGHT, medicalWords, type PreparedText } from '../src/safety/deid/model/train.js';
import { givenNames } from '../src/safety/deid/given-names.js';

export const DEID_SETS = ['dev', 'heldout', 'heldout2', 'heldout3', 'heldout4', 'heldout5', 'heldout6', 'heldout7', 'heldout8', 'heldout9', 'heldout10', 'heldout11', 'heldout12', 'heldout13', 'heldout14', 'heldout14b', 'heldout15', 'heldout15b'] as const;
export type DeidSet = (typeof DEID_SETS)[number];
/** The sets the threshold is chosen on (written before session 11); the later ones report with it, untouched. */
export const OLDER_SETS: readonly DeidSet[] = DEID_SETS.slice(0, DEID_SETS.indexOf('heldout12') + 1);

export interface LabelledText extends PreparedText {
  set: DeidSet;
  c: DeidCase;
}

export function prepare(text: string, names: readonly { start: number; end: number }[], weight: number): PreparedText {
  const scan = foldWidth(text);
  const tokens = tokenize(scan);
  const rules = deidentifyByRules(text).redactions.filter((r) => r.kind === 'name');
  return { scan, tokens, ruleMask: ruleNameMask(tokens, rules), isName: ruleNameMask(tokens, names), weight };
}

export function labelledTexts(): LabelledText[] {
  const out: LabelledText[] = [];
  for (const set of DEID_SETS) {
    for (const c of loadDeidFile(`${TESTDATA}deid-${set}.jsonl`)) {
      out.push({ ...prepare(c.text, c.identifiers.filter((i) => i.kind === 'name'), 1), set, c });
    }
  }
  return out;
}

const DATA = '../shared/data/';
const read = (file: string) => (existsSync(DATA + file) ? readFileSync(DATA + file, 'utf8').trim().split('\n').map((l) => JSON.parse(l)) : []);

// Every n-th text of each source, cut to its first 1,200 characters: enough negatives to learn what ordinary
// capitalised words, brands and eponyms look like, and a training run of seconds.
const REAL_PER_SOURCE = 1500;
const REAL_CHARS = 1200;

/** Real text where the rules find no name, as negatives (weighted REAL_TEXT_WEIGHT). */
export function realTexts(): PreparedText[] {
  const sources: string[][] = [[], [], []];
  for (const [k, file] of ['seed_qa_en.jsonl', 'seed_qa_zh.jsonl'].entries()) {
    for (const r of read(file) as { question: string; answers?: string[] }[]) sources[k].push(r.question, ...(r.answers ?? []));
  }
  for (const r of read('faq_medquad.jsonl') as { answer: string }[]) sources[2].push(r.answer);
  const out: PreparedText[] = [];
  for (const texts of sources) {
    const step = Math.max(1, Math.floor(texts.length / REAL_PER_SOURCE));
    for (let i = 0; i < texts.length; i += step) {
      const t = prepare(texts[i].slice(0, REAL_CHARS), [], REAL_TEXT_WEIGHT);
      if (!t.ruleMask.some(Boolean)) out.push(t);
    }
  }
  return out;
}

/** Phrases of medical text: MedQuAD's question focuses and questions. The labelled sets' [[…]] spans are added per fold. */
export function medquadPhrases(): string[] {
  return (read('faq_medquad.jsonl') as { focus?: string; question: string }[]).flatMap((r) => [r.focus ?? '', r.question]);
}

export function medicalVocabulary(training: readonly LabelledText[]): Set<string> {
  const spans = training.flatMap((t) => t.c.keep.map((k) => k.value));
  return medicalWords([...medquadPhrases(), ...spans], givenNames().isWord);
}
