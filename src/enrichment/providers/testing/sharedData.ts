// Loads the shared public data for tests and the bench; callers skip when it is absent.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SHARED_DATA = join(dirname(fileURLToPath(import.meta.url)), '../../../../../shared/data');

export function sharedDataPresent(...files: string[]): boolean {
  return files.every((f) => existsSync(join(SHARED_DATA, f)));
}

export function readJsonl<T>(file: string, limit = Infinity): T[] {
  const out: T[] = [];
  for (const line of readFileSync(join(SHARED_DATA, file), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    out.push(JSON.parse(line) as T);
    if (out.length >= limit) break;
  }
  return out;
}

export interface SeedThread {
  id: string;
  title: string | null;
  question: string;
  answers: string[];
  department: string | null;
  lang: 'en' | 'zh-Hans';
}

export interface FaqEntry {
  id: string;
  document_id?: string;
  focus: string;
  qtype: string;
  question: string;
  answer: string;
  url: string;
}
