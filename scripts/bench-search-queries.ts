/**
 * The queries `bench-search.ts` tunes and measures with: NOT the ones `bench:pages` sends (seed titles
 * i % 37 === 0) but other seeds' titles (i % 37 === 18) and the opening words of other seeds'
 * questions (i % 41 === 7), English and Chinese in about the same mix.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const SEEDS = resolve(import.meta.dirname, '..', '..', 'shared', 'data');

interface Seed {
  title: string | null;
  question: string;
}

export function tuningQueries(): string[] {
  const seeds: Seed[] = [];
  for (const f of ['seed_qa_en.jsonl', 'seed_qa_zh.jsonl']) {
    for (const line of readFileSync(join(SEEDS, f), 'utf8').split('\n')) if (line.trim()) seeds.push(JSON.parse(line));
  }
  const titles = seeds.filter((_, i) => i % 37 === 18).map((s) => (s.title ?? s.question).slice(0, 80));
  // A search box's few words: the start of a question, cut at a word (English) or after 2–8 characters (Chinese).
  const openings = seeds
    .filter((_, i) => i % 41 === 7)
    .map((s, j) => (/[\u4e00-\u9fff]/.test(s.question) ? s.question.replace(/\s+/g, '').slice(0, 2 + (j % 7)) : s.question.split(/\s+/).slice(0, 2 + (j % 4)).join(' ')));
  return [...titles.slice(0, 150), ...openings.slice(0, 100)].filter((q) => q.trim());
}

