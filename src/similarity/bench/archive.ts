import { join } from 'node:path';
import { readJsonl, SHARED_DATA } from './datasets.js';

/** Deterministic PRNG (mulberry32), so every bench run builds the same archive. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Seed {
  text: string;
  lang: 'en' | 'zh-Hans';
  department: string | null;
}

export function loadSeeds(): Seed[] {
  const seeds: Seed[] = [];
  for (const file of ['seed_qa_en.jsonl', 'seed_qa_zh.jsonl']) {
    for (const r of readJsonl<{ title: string | null; question: string; lang: 'en' | 'zh-Hans'; department: string | null }>(
      join(SHARED_DATA, file),
    )) {
      const text = r.title && r.title !== r.question ? `${r.title} ${r.question}` : r.question;
      seeds.push({ text, lang: r.lang, department: r.department });
    }
  }
  return seeds;
}

function clauses(text: string): string[] {
  return text.split(/(?<=[。！？；，,.!?;])\s*/).filter((c) => c.trim());
}

/**
 * A synthetic archive of `n` questions made by varying the shared seeds: each question takes a
 * seed's clauses, drops some, borrows one or two from another seed of the same language and
 * swaps neighbours, so texts differ while the vocabulary and lengths stay realistic.
 */
export function buildArchive(n: number, seed = 1): { id: string; text: string; lang: 'en' | 'zh-Hans' }[] {
  const seeds = loadSeeds();
  const byLang = { en: seeds.filter((s) => s.lang === 'en'), 'zh-Hans': seeds.filter((s) => s.lang === 'zh-Hans') };
  const rand = prng(seed);
  const out: { id: string; text: string; lang: 'en' | 'zh-Hans' }[] = [];
  for (let i = 0; i < n; i++) {
    const base = seeds[Math.floor(rand() * seeds.length)];
    const pool = byLang[base.lang];
    let parts = clauses(base.text).filter(() => rand() > 0.25);
    if (!parts.length) parts = clauses(base.text).slice(0, 1);
    const borrowed = Math.floor(rand() * 3);
    for (let b = 0; b < borrowed; b++) {
      const other = clauses(pool[Math.floor(rand() * pool.length)].text);
      if (other.length) parts.splice(Math.floor(rand() * (parts.length + 1)), 0, other[Math.floor(rand() * other.length)]);
    }
    if (parts.length > 2 && rand() < 0.5) {
      const j = Math.floor(rand() * (parts.length - 1));
      [parts[j], parts[j + 1]] = [parts[j + 1], parts[j]];
    }
    out.push({ id: `q${i}`, text: parts.join(base.lang === 'en' ? ' ' : ''), lang: base.lang });
  }
  return out;
}

/** Search-box queries: two to four consecutive words (English) or 2–6 characters (Chinese) of a seed. */
export function searchBoxQueries(n: number, seed = 7): string[] {
  const seeds = loadSeeds();
  const rand = prng(seed);
  const out: string[] = [];
  while (out.length < n) {
    const s = seeds[Math.floor(rand() * seeds.length)];
    if (s.lang === 'en') {
      const words = s.text.split(/\s+/);
      const len = 2 + Math.floor(rand() * 3);
      const start = Math.floor(rand() * Math.max(1, words.length - len));
      out.push(words.slice(start, start + len).join(' '));
    } else {
      const chars = [...s.text.replace(/[^\u4e00-\u9fff]/g, '')];
      const len = 2 + Math.floor(rand() * 5);
      const start = Math.floor(rand() * Math.max(1, chars.length - len));
      out.push(chars.slice(start, start + len).join(''));
    }
  }
  return out;
}
