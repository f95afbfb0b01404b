import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSimilarityPairs, runSimilarityRank } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'similarity-cli-'));
const jsonl = (rows: unknown[]) => rows.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n') + '\n';
const readLines = (file: string) => readFileSync(file, 'utf8').split('\n').filter((l, i, a) => i < a.length - 1 || l);

test('similarity pairs writes one line per input line, in order, bad lines included', async () => {
  const input = join(dir, 'pairs.jsonl');
  const output = join(dir, 'pairs.out.jsonl');
  writeFileSync(
    input,
    jsonl([
      { id: 'p1', q1: 'What causes migraine headaches?', q2: 'Why do I get migraines?' },
      'not json at all',
      { id: 'p3', q1: '糖尿病有什么症状', q2: '糖尿病的症状有哪些', lang: 'zh-Hans' },
      { id: 'p4', q1: 'only one side' },
      { id: 'p5', q1: 'What causes migraine headaches?', q2: 'Is a sprained ankle broken?' },
    ]),
  );
  await runSimilarityPairs({ in: input, out: output });
  const out = readLines(output).map((l) => JSON.parse(l));
  assert.equal(out.length, 5);
  assert.deepEqual(out.map((o) => o.id), ['p1', null, 'p3', 'p4', 'p5']);
  for (const o of out) {
    assert.ok(o.score >= 0 && o.score <= 1);
    assert.equal(typeof o.same, 'boolean');
  }
  assert.ok(out[0].score > out[4].score);
});

test('similarity rank keeps a corpus item whose id equals the query id, one line per query', async () => {
  const corpus = join(dir, 'corpus.jsonl');
  const queries = join(dir, 'queries.jsonl');
  const output = join(dir, 'rank.out.jsonl');
  writeFileSync(
    corpus,
    jsonl([
      { id: 'a', text: 'How long is the flu contagious?' },
      { id: 'b', text: 'What helps a sore throat at night?' },
      { id: 'c', text: '高血压患者能吃党参吗' },
    ]),
  );
  writeFileSync(
    queries,
    jsonl([
      { id: 'a', text: 'flu contagious period' },
      { id: 'q2', text: 'sore throat remedies night' },
      '{"broken',
      { id: 'q4', text: '高血壓可以吃黨參嗎' },
    ]),
  );
  await runSimilarityRank({ corpus, queries, top: 2, out: output });
  const out = readLines(output).map((l) => JSON.parse(l));
  assert.equal(out.length, 4);
  assert.deepEqual(out[0], { id: 'a', results: out[0].results });
  assert.equal(out[0].results[0], 'a', 'the same-id corpus item is a normal result');
  assert.equal(out[1].results[0], 'b');
  assert.deepEqual(out[2].results, []);
  assert.equal(out[3].results[0], 'c');
  for (const o of out) assert.ok(o.results.length <= 2);
});
