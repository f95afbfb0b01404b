// What de-identification removes differently from the code at an earlier commit, over real text nobody labelled:
// the shared seed questions and doctor answers and the MedQuAD FAQ answers.
// `npx tsx scripts/diff-deid-vs-commit.ts [commit]`. Every redaction only one side makes is printed with its context,
// so a new rule's false alarms (an ordinary word read as a name) show before any labelled set is scored. Like
// bench-deid-vs-commit.ts, the earlier src/safety and src/lexicon are taken from git into a temporary folder.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withSafetyAt } from './safety-at-commit.js';
import { deidentify as current } from '../src/safety/index.js';

type Deidentify = (t: string) => { redactions: { kind: string; start: number; end: number; original: string }[] };

const commit = process.argv[2] ?? 'd66c5e7';
const texts: { source: string; text: string }[] = [];
for (const file of ['../shared/data/seed_qa_en.jsonl', '../shared/data/seed_qa_zh.jsonl']) {
  if (!existsSync(file)) continue;
  for (const line of readFileSync(file, 'utf8').trim().split('\n')) {
    const t = JSON.parse(line) as { title: string | null; question: string; answers?: string[] };
    texts.push({ source: `${file} question`, text: t.title && t.title !== t.question ? `${t.title}\n${t.question}` : t.question });
    for (const a of t.answers ?? []) texts.push({ source: `${file} answer`, text: a });
  }
}
const faq = '../shared/data/faq_medquad.jsonl';
if (existsSync(faq)) {
  for (const line of readFileSync(faq, 'utf8').trim().split('\n')) texts.push({ source: 'medquad answer', text: (JSON.parse(line) as { answer: string }).answer });
}
if (texts.length === 0) throw new Error('../shared/data is needed');

await withSafetyAt(commit, async (dir) => {
  const earlier = ((await import(join(dir, 'src/safety/index.ts'))) as { deidentify: Deidentify }).deidentify;
  const counts = { added: 0, dropped: 0, outputs: 0 };
  const key = (r: { kind: string; start: number; end: number }) => `${r.kind}:${r.start}:${r.end}`;
  for (const { source, text } of texts) {
    const before = new Map(earlier(text).redactions.map((r) => [key(r), r]));
    const after = new Map((current as Deidentify)(text).redactions.map((r) => [key(r), r]));
    const show = (sign: string, r: { kind: string; start: number; end: number; original: string }) =>
      console.log(`${sign} ${r.kind} «${r.original}» [${source}] …${text.slice(Math.max(0, r.start - 30), r.end + 30).replace(/\s+/g, ' ')}…`);
    for (const [k, r] of after) if (!before.has(k)) (counts.added++, show('+', r));
    for (const [k, r] of before) if (!after.has(k)) (counts.dropped++, show('-', r));
    // A change meant to keep the output (a speed-up) must keep all of it: the text and every redaction's fields.
    if (JSON.stringify(earlier(text)) !== JSON.stringify((current as Deidentify)(text))) counts.outputs++;
  }
  console.log(`${texts.length} texts: ${counts.added} redactions only on the current code, ${counts.dropped} only on ${commit}; ${counts.outputs} texts whose whole output (text and redactions) differs`);
});
