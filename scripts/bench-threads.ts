// Shared by bench-prepare-vs-commit.ts and bench-prepare-parts-vs-commit.ts: the threads both prepare, and the node
// flags both pass to each side's process.
import { existsSync, readFileSync } from 'node:fs';
import { qaRecordSchema, type QaRecord } from '../src/importer/qa-record.js';

/** BENCH_NODE_FLAGS: node/V8 flags for both sides' processes, e.g. "--no-regexp-tier-up" as the CLI sets (src/cli/regexp-tiering.ts). */
export const NODE_FLAGS = (process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean);

/** The first `limit` valid threads of an archive file, or of the shared seed files when none is given. */
export function readRecords(file: string | undefined, limit: number): QaRecord[] {
  const records: QaRecord[] = [];
  const files = file ? [file] : ['../shared/data/seed_qa_en.jsonl', '../shared/data/seed_qa_zh.jsonl'];
  for (const f of files) {
    if (!existsSync(f)) continue;
    for (const line of readFileSync(f, 'utf8').split('\n')) {
      if (records.length >= limit) break;
      if (!line.trim()) continue;
      const parsed = qaRecordSchema.safeParse(JSON.parse(line));
      if (parsed.success) records.push(parsed.data);
    }
  }
  if (records.length === 0) throw new Error(`no threads in ${files.join(', ')}`);
  return records;
}
