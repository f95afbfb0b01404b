/**
 * Builds src/similarity/resources/background-df.json: how many documents of a general medical corpus
 * contain each term. scorePair uses it to weigh words when there is no archive to count in
 * (a pair on its own, `similarity pairs`), and the index adds it to its own counts. The corpus is
 * the questions and answers of the shared seed Q&A and of the MedQuAD FAQ. (Questions alone were
 * tried: MeQSum Recall@1 fell from 0.796 to 0.764.) None of the similar-question benchmark files
 * are read.
 *
 *   npx tsx scripts/train-similarity-idf.ts [../shared/data]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { indexTerms as analyse } from '../src/similarity/tokens.js';
import { englishWords } from '../src/similarity/english.js';

const dataDir = process.argv[2] ?? '../shared/data';
const out = 'src/similarity/resources/background-df.json';

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
    count(r.title);
    if (r.title !== r.question) count(r.question);
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

// A second table, for English pair comparison: words as written (stopwords and all) counted over
// questions only — MedQuAD's FAQ questions and the English seed titles. In questions, "how", "is",
// "treated" are everywhere and the disease names are rare, which is the weighting a comparison of
// two questions needs (a plain cosine on rqe_chq_faq: AUC 0.822 with it, 0.793 with the table above).
const questionDf = new Map<string, number>();
let questions = 0;
function countQuestion(text: unknown): void {
  if (typeof text !== 'string' || !text.trim()) return;
  questions++;
  for (const w of new Set(englishWords(text))) questionDf.set(w, (questionDf.get(w) ?? 0) + 1);
}
for (const r of jsonl('faq_medquad.jsonl')) countQuestion(r.question);
for (const r of jsonl('seed_qa_en.jsonl')) countQuestion(r.question);
const questionOut = 'src/similarity/resources/question-df-en.json';
const keptQ = [...questionDf].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
writeFileSync(questionOut, JSON.stringify({ docs: questions, df: Object.fromEntries(keptQ) }) + '\n');
console.log(`${questionOut}: ${questions} questions, ${keptQ.length} words`);
