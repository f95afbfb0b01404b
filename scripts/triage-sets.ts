// Shared by bench-triage-loso.ts and train-triage-model.ts: the labelled triage sets, the commit each held-out
// set was first measured at (docs/safety.md), and the real seed questions used as negatives.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unpackSafetyAt } from './safety-at-commit.js';
import { loadTriageSet, type TriageCase, type TriageSetName } from '../src/safety/eval/labelled.js';
import { triageByRules as triage } from '../src/safety/triage/triage.js';
import { SHARED_SIGNS } from '../src/safety/triage/reading.js';
import type { ConceptId } from '../src/safety/triage/concepts/index.js';
import { normaliseForTriage } from '../src/safety/triage/text.js';
import { questionFeatures } from '../src/safety/triage/model/features.js';
import { complementOpinion, trainComplement } from '../src/safety/triage/model/train.js';

// The sets that train the learned complement. v19, v20, v21a, v21b, v22a and v22b (triage-heldout19…22.jsonl,
// triage-heldout22b.jsonl) are left out on purpose and scored with `bench:safety -- --file`: a set in no tuning list stays
// a check on the rules. v22b, v22a's other half by the same writer, was session 12's blind estimate after round 1 and is
// round 2's development data (docs/safety.md).
export const TRIAGE_SETS: TriageSetName[] = ['dev', 'heldout', 'heldout2', 'heldout3', 'heldout4', 'heldout5', 'heldout6', 'heldout7', 'heldout8', 'heldout9', 'heldout10', 'heldout11', 'heldout12', 'heldout13', 'heldout14', 'heldout15', 'heldout16', 'heldout17', 'heldout18'];

export const FIRST_MEASURED_AT: Partial<Record<TriageSetName, string>> = {
  heldout: '8dd3a0b', heldout2: '268d3d9', heldout3: '110a669', heldout4: '0f46640', heldout5: '6e2476a',
  heldout6: '4a16c46', heldout7: '8c2c033', heldout8: '8c8fedb', heldout9: '4ea1513', heldout10: '181abfb',
  heldout11: '621f16d', heldout12: 'c8f28e4', heldout13: '7e87575', heldout14: '7130697',
  // v15 was measured once before the v14 round (f6ddeed) and once after it, on 86bd039's rules: the later rules had
  // not seen it either, so they are its "first rules" here (docs/safety.md gives both figures).
  heldout15: '86bd039',
  // v16 was measured blind on 86bd039 and on session 4's merged code (d66c5e7's rules); 86bd039 reproduces its first
  // figure, the rules that had not seen it. (Session 4's later rules had not seen it either: docs/safety.md gives both.)
  heldout16: '86bd039',
  // v17 was measured blind on d66c5e7 (session 5's base) and on session 5's merged code; d66c5e7 gives its first
  // figure, the rules that had not seen it (session 5's later rules had not seen it either: docs/safety.md gives both).
  heldout17: 'd66c5e7',
  // v18 was measured blind on c196abf (session 7's base) and on eab0972 (session 7's round 1); c196abf gives its first
  // figure, the rules that had not seen it (round 1's rules had not seen it either: docs/safety.md gives both).
  heldout18: 'c196abf',
};

/**
 * The shared seed questions (title and body). Even lines train the model as negatives, odd lines are kept
 * back to count how often it alarms on real questions. Empty when ../shared/data is missing.
 */
export function realQuestions(): { text: string; train: boolean }[] {
  const out: { text: string; train: boolean }[] = [];
  for (const file of ['../shared/data/seed_qa_en.jsonl', '../shared/data/seed_qa_zh.jsonl']) {
    if (!existsSync(file)) continue;
    readFileSync(file, 'utf8').trim().split('\n').forEach((line, i) => {
      const q = JSON.parse(line) as { title: string | null; question: string };
      out.push({ text: q.title && q.title !== q.question ? `${q.title}\n${q.question}` : q.question, train: i % 2 === 0 });
    });
  }
  return out;
}

/**
 * Rebuilds the rules as they stood at a commit (`unpackSafetyAt`, into a temporary folder)
 * and returns a function that says whether they alarm. Used to score each held-out set on the rules that
 * had not seen it.
 */
export interface OldRules {
  alarms: (text: string, lang?: string) => boolean;
  /** The concepts those rules found present and current. */
  signs: (text: string) => Set<string>;
}

export async function withRulesAt<T>(commits: string[], use: (rulesAt: (commit: string) => Promise<OldRules>) => Promise<T>): Promise<T> {
  const root = mkdtempSync(join(tmpdir(), 'triage-first-'));
  const loaded = new Map<string, OldRules>();
  try {
    return await use(async (commit) => {
      if (!commits.includes(commit)) throw new Error(`unexpected commit ${commit}`);
      const known = loaded.get(commit);
      if (known) return known;
      const dir = join(root, commit);
      unpackSafetyAt(commit, dir);
      const { triage } = (await import(join(dir, 'src/safety/index.ts'))) as { triage: (t: string, l?: string) => { emergency: boolean } };
      const { findConcepts, triageByRules } = (await import(join(dir, 'src/safety/triage/triage.ts'))) as {
        findConcepts: (t: string) => Set<string>;
        triageByRules?: (t: string, l?: string) => { emergency: boolean };
      };
      // Since the learned complement, triage() is rules and model; the first rules are triageByRules then.
      const rulesAlone = triageByRules ?? triage;
      const rules: OldRules = { alarms: (text, lang) => rulesAlone(text, lang).emergency, signs: findConcepts };
      loaded.set(commit, rules);
      return rules;
    });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

export interface LabelledRow {
  set: TriageSetName;
  c: TriageCase;
  features: string[];
  emergency: boolean;
  categories: TriageCase['categories'];
  /** The rules before this set was written; undefined for dev, which was iterated on from the start. */
  firstRules?: boolean;
  /** Whether those rules found a sign specific to some category (see SHARED_SIGNS in triage/reading.ts). */
  firstSawSign?: boolean;
  rulesNow: boolean;
}

export async function labelledRows(): Promise<LabelledRow[]> {
  const rows: LabelledRow[] = [];
  await withRulesAt(Object.values(FIRST_MEASURED_AT) as string[], async (rulesAt) => {
    for (const set of TRIAGE_SETS) {
      const commit = FIRST_MEASURED_AT[set];
      const first = commit ? await rulesAt(commit) : undefined;
      for (const c of loadTriageSet(set)) {
        rows.push({
          set, c, features: questionFeatures(normaliseForTriage(c.text)), emergency: c.emergency, categories: c.categories,
          firstRules: first?.alarms(c.text, c.lang), firstSawSign: first ? [...first.signs(c.text)].some((id) => !SHARED_SIGNS.has(id as ConceptId)) : undefined,
          rulesNow: triage(c.text, c.lang).emergency,
        });
      }
    }
  });
  return rows;
}

/** Real questions as negatives: the even seeds that the rules do not flag (some flagged ones are real emergencies). */
export function realNegatives(): string[][] {
  return realQuestions().filter((s) => s.train && !triage(s.text).emergency).map((s) => questionFeatures(normaliseForTriage(s.text)));
}

/** The model's opinion on every labelled question, each from a model trained without that question's set. */
export function outOfSetOpinions(rows: readonly LabelledRow[], negatives: readonly string[][], sets: readonly TriageSetName[] = TRIAGE_SETS): Map<LabelledRow, ReturnType<typeof complementOpinion>> {
  const out = new Map<LabelledRow, ReturnType<typeof complementOpinion>>();
  for (const held of sets) {
    const model = trainComplement(rows.filter((r) => r.set !== held), negatives);
    for (const r of rows) if (r.set === held) out.set(r, complementOpinion(model, r.features));
  }
  return out;
}
