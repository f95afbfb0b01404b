import { createReadStream, createWriteStream, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { createSimilarityIndex } from './engine.js';
import { scorePair } from './pair.js';
import type { Lang } from './types.js';

const LANGS = new Set(['en', 'zh-Hant', 'zh-Hans']);

function langOf(v: unknown): Lang | undefined {
  return typeof v === 'string' && LANGS.has(v) ? (v as Lang) : undefined;
}

/** Every line of a JSONL file, blank ones included, except the empty tail after the last newline. */
async function* lines(file: string): AsyncGenerator<{ n: number; line: string }> {
  const rl = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) yield { n: ++n, line };
}

function parse(line: string): Record<string, unknown> | string {
  if (!line.trim()) return 'empty line';
  try {
    const v = JSON.parse(line);
    return v && typeof v === 'object' && !Array.isArray(v) ? v : 'not a JSON object';
  } catch {
    return 'not JSON';
  }
}

function idOf(r: Record<string, unknown>): string | null {
  return typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : null;
}

async function writeLine(out: NodeJS.WritableStream, obj: unknown): Promise<void> {
  if (!out.write(JSON.stringify(obj) + '\n')) await once(out, 'drain');
}

async function close(out: NodeJS.WritableStream & { end(cb?: () => void): void }): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    out.on('error', reject);
    out.end(() => resolve());
  });
}

/**
 * `similarity pairs`: one `{"id","score","same"}` line per input line, in input order. A line that
 * cannot be read still gets its output line (score 0, not same) and a message on stderr.
 */
export async function runSimilarityPairs(opts: { in: string; out: string }): Promise<void> {
  const out = createWriteStream(opts.out, 'utf8');
  for await (const { n, line } of lines(opts.in)) {
    const r = parse(line);
    if (typeof r === 'string' || typeof r.q1 !== 'string' || typeof r.q2 !== 'string') {
      const reason = typeof r === 'string' ? r : 'q1 and q2 must be strings';
      process.stderr.write(`line ${n}: ${reason}\n`);
      await writeLine(out, { id: typeof r === 'string' ? null : idOf(r), score: 0, same: false });
      continue;
    }
    const { score, same } = scorePair(r.q1, r.q2, langOf(r.lang));
    await writeLine(out, { id: idOf(r), score, same });
  }
  await close(out);
}

/**
 * `similarity rank`: indexes the corpus, then one `{"id","results"}` line per query line. Corpus
 * and query ids are separate namespaces, so a corpus item sharing the query's id is ranked like
 * any other.
 */
export async function runSimilarityRank(opts: { corpus: string; queries: string; top: number; out: string }): Promise<void> {
  const index = createSimilarityIndex();
  const batch: { id: string; text: string; lang?: Lang }[] = [];
  readFileSync(opts.corpus, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      const r = parse(line);
      if (typeof r === 'string' || idOf(r) === null || typeof r.text !== 'string') {
        process.stderr.write(`corpus line ${i + 1}: ${typeof r === 'string' ? r : 'needs id and text'}\n`);
        return;
      }
      batch.push({ id: idOf(r)!, text: r.text, lang: langOf(r.lang) });
    });
  index.add(batch);
  // A missing or malformed --top falls back to 10 rather than silently returning empty lists.
  const top = Number.isFinite(opts.top) ? Math.max(0, Math.floor(opts.top)) : 10;
  const out = createWriteStream(opts.out, 'utf8');
  for await (const { n, line } of lines(opts.queries)) {
    const r = parse(line);
    if (typeof r === 'string' || typeof r.text !== 'string') {
      process.stderr.write(`line ${n}: ${typeof r === 'string' ? r : 'text must be a string'}\n`);
      await writeLine(out, { id: typeof r === 'string' ? null : idOf(r), results: [] });
      continue;
    }
    const hits = index.query(r.text, { k: top, lang: langOf(r.lang) });
    await writeLine(out, { id: idOf(r), results: hits.map((h) => h.id) });
  }
  await close(out);
}
