import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One labelled pair of a similar-question benchmark file (see ../shared/data/README.md). */
export interface BenchPair {
  id: string;
  q1: string;
  q2: string;
  label: 0 | 1;
  lang: 'en' | 'zh-Hans';
  group: number;
}

export const SHARED_DATA = process.env.SHARED_DATA ?? join(process.cwd(), '..', 'shared', 'data');

export function sharedDataAvailable(): boolean {
  return existsSync(join(SHARED_DATA, 'similar_questions', 'meqsum_dev.jsonl'));
}

export function readJsonl<T = Record<string, unknown>>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

export type BenchSet = 'meqsum_dev' | 'rqe_chq_faq_dev' | 'cmedqq_dev' | 'rqe_clinical_dev';

export function loadPairs(name: BenchSet): BenchPair[] {
  return readJsonl<BenchPair>(join(SHARED_DATA, 'similar_questions', `${name}.jsonl`));
}
