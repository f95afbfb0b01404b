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

/**
 * The commit each labelled set was first scored blind on (docs/safety.md, "measured once"): the rules that had not
 * seen it. dev was never blind (today's rules stand in); heldout15b is still unfixed, so today's rules are fresh to it.
 */
export const FIRST_MEASURED_AT: Partial<Record<DeidSet, string>> = {
  heldout: '8dd3a0b', heldout2: '7d683d1', heldout3: '3cc2c22', heldout4: 'cd6cd91', heldout5: '7813b64', heldout6: 'f6ddeed',
  heldout7: '86bd039', heldout8: 'd66c5e7', heldout9: 'c196abf', heldout10: 'c196abf', heldout11: '47949be', heldout12: 'd9e4eb7',
  heldout13: '4fc8fd7', heldout14: '0268a62', heldout14b: 'b42bc7d', heldout15: '474444e',
};

type Found = { kind: string; start: number; end: number; original: string; replacement: string }[];

/**
 * Each labelled text's redactions by the rules as they stood before its set was written (FIRST_MEASURED_AT), rebuilt
 * from git like scripts/triage-sets.ts does; and the texts with their rule masks taken from those rules. Training on
 * these, the model learns the names a fresh writer's text makes the rules miss, not the ones today's rules were fixed on.
 */
export async function withFreshRules(texts: readonly LabelledText[]): Promise<{ texts: LabelledText[]; rulesOf: Map<LabelledText, Found> }> {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { unpackSafetyAt } = await import('./safety-at-commit.js');
  const root = mkdtempSync(join(tmpdir(), 'deid-first-'));
  const rulesOf = new Map<LabelledText, Found>();
  const out: LabelledText[] = [];
  try {
    const loaded = new Map<string, (t: string, l?: string) => { redactions: Found }>();
    for (const t of texts) {
      const commit = FIRST_MEASURED_AT[t.set];
      let found: Found;
      if (!commit) found = deidentifyByRules(t.c.text, t.c.lang).redactions;
      else {
        let old = loaded.get(commit);
        if (!old) {
          const dir = join(root, commit);
          unpackSafetyAt(commit, dir);
          old = ((await import(join(dir, 'src/safety/index.ts'))) as { deidentify: (t: string, l?: string) => { redactions: Found } }).deidentify;
          loaded.set(commit, old);
        }
        found = old(t.c.text, t.c.lang).redactions;
      }
      const fresh = { ...t, ruleMask: ruleNameMask(t.tokens, found.filter((r) => r.kind === 'name')) };
      rulesOf.set(fresh, found);
      out.push(fresh);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  return { texts: out, rulesOf };
}
