/**
 * The labelled pairs each combiner is trained on, with the group key that keeps related pairs in
 * one cross-validation fold. Built only from the development halves in ../shared/data.
 */
import { loadPairs, type BenchPair } from '../bench/datasets.js';
import { Bm25Index } from '../bm25-index.js';
import { backgroundIdf } from '../background.js';
import { indexTerms } from '../tokens.js';

export interface TrainingPair {
  q1: string;
  q2: string;
  label: number;
  /** the benchmark the pair comes from, for per-set reporting and weighting */
  set: 'rqe_chq_faq' | 'rqe_clinical' | 'meqsum' | 'cmedqq';
  group: string;
  /** for meqsum pairs: the row whose summary q1 is */
  row?: number;
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

const ASKED = ['treatments', 'causes', 'symptoms', 'complications', 'side effects', 'risk factors', 'prognosis', 'tests'];
const ASKED_RE = new RegExp(`\\b(${ASKED.join('|')})\\b`, 'gi');

/**
 * "What are the treatments for X?" made to ask something else about the same X ("… the causes of
 * X?"): a same-topic question of another kind, which must not match the consumer question. The
 * other sets rarely show such pairs; the consumer→FAQ task is full of them.
 */
export function askSomethingElse(summary: string, row: number): string | null {
  const found = summary.match(ASKED_RE);
  if (!found || found.length !== 1) return null;
  const others = ASKED.filter((a) => a !== found[0].toLowerCase());
  return summary.replace(ASKED_RE, others[row % others.length]);
}

/** MeQSum has only matching pairs; the non-matching ones are the summaries' strongest wrong BM25 hits. */
export function meqsumPairs(rows: BenchPair[], negativesPerRow = 3): TrainingPair[] {
  const index = new Bm25Index(backgroundIdf());
  rows.forEach((p, i) => index.add(String(i), indexTerms(p.q2)));
  const out: TrainingPair[] = [];
  rows.forEach((p, i) => {
    const group = `meq:${norm(p.q2)}`;
    out.push({ q1: p.q1, q2: p.q2, label: 1, set: 'meqsum', group, row: i });
    const wrong = index
      .search(indexTerms(p.q1), negativesPerRow + 1)
      .filter((h) => h.slot !== i)
      .slice(0, negativesPerRow);
    for (const h of wrong) out.push({ q1: p.q1, q2: rows[h.slot].q2, label: 0, set: 'meqsum', group, row: i });
    const other = askSomethingElse(p.q1, i);
    if (other) out.push({ q1: other, q2: p.q2, label: 0, set: 'meqsum', group, row: i });
  });
  return out;
}

export function englishTrainingPairs(): TrainingPair[] {
  const chq = loadPairs('rqe_chq_faq_dev').map((p) => ({ q1: p.q1, q2: p.q2, label: p.label, set: 'rqe_chq_faq' as const, group: `chq:${norm(p.q1)}` }));
  const clinical = loadPairs('rqe_clinical_dev').map((p) => ({ q1: p.q1, q2: p.q2, label: p.label, set: 'rqe_clinical' as const, group: `clin:${norm(p.q1)}` }));
  return [...chq, ...clinical, ...meqsumPairs(loadPairs('meqsum_dev'))];
}

export function chineseTrainingPairs(): TrainingPair[] {
  return loadPairs('cmedqq_dev').map((p) => ({ q1: p.q1, q2: p.q2, label: p.label, set: 'cmedqq' as const, group: `cmedqq:${p.group}` }));
}
