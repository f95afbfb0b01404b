/**
 * Builds src/similarity/data/background-df.json: how many documents of a general medical corpus
 * contain each term. scorePair uses it to weigh words when there is no archive to count in
 * (a pair on its own, `similarity pairs`). The corpus is the shared seed Q&A (questions and answers)
 * and the MedQuAD FAQ; none of the similar-question benchmark files are read.
 *
 *   npx tsx scripts/train-similarity-idf.ts [../shared/data]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../src/similarity/tokens.js';

const dataDir = process.argv[2] ?? '../shared/data';
const out = 'src/similarity/data/background-df.json';

function* jsonl(file: string): Generator<Record<string, unknown>> {
  for (const line of readFileSync(join(dataDir, file), 'utf8').split('\n')) if (line.trim()) yield JSON.parse(line);
}

const df = new Map<string, number>();
let docs = 0;
function count(text: unknown): void {
  if (typeof text !== 'string' || !text.trim()) return;
  docs++;
  for (const t of new Set(analyse(text))) df.set(t, (df.get(t) ?? 0) + 1);
}

for (const file of ['seed_qa_en.jsonl', 'seed_qa_zh.jsonl']) {
  for (const r of jsonl(file)) {
    count(r.title === r.question ? r.question : `${r.title ?? ''} ${r.question}`);
    for (const a of (r.answers as string[] | undefined) ?? []) count(a);
  }
}
for (const r of jsonl('faq_medquad.jsonl')) {
  count(r.question);
  count(r.answer);
}

// Terms seen once carry no more information than unseen ones, which get the same ceiling weight.
const kept = [...df].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
writeFileSync(out, JSON.stringify({ docs, df: Object.fromEntries(kept) }) + '\n');
console.log(`${out}: ${docs} documents, ${kept.length} terms (of ${df.size})`);
