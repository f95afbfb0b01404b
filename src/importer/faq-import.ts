import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Database } from '../db/database.js';
import { enqueueEnrichmentForAllPublished } from '../enrichment/jobs.js';
import { detectLang } from '../similarity/index.js';
import { searchText } from '../questions/text.js';
import { readValidRecords, type ImportCounts } from './jsonl.js';
import type { ImportReporter } from './qa-import.js';

// Consumer-health FAQ answers can be long (MedQuAD has a few of 20–27k characters).
const MAX = 100_000;

export const faqRecordSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String).pipe(z.string().trim().min(1).max(300)),
  question: z.string().trim().min(1, '"question" is empty').max(2000),
  answer: z.string().trim().min(1, '"answer" is empty').max(MAX, `"answer" is longer than ${MAX.toLocaleString('en')} characters`),
  focus: z.string().max(500).nullish(),
  qtype: z.string().max(100).nullish(),
  url: z.string().max(2000).nullish(),
  source: z.string().max(200).nullish(),
  license: z.string().max(500).nullish(),
  lang: z.enum(['en', 'zh-Hant', 'zh-Hans']).nullish().catch(null),
});

/**
 * An FAQ entry's identity. MedQuAD reuses the same `id` across its
 * collections and even within one document (one id per question type, shared
 * by several foci), so the id alone would merge different entries. The source
 * and the question text make it unique; re-importing the same file updates.
 */
export function faqKey(r: { id: string; source?: string | null; question: string }): string {
  const q = createHash('sha1').update(r.question.trim().toLowerCase()).digest('hex').slice(0, 12);
  return `${r.source ?? 'import'}|${r.id}|${q}`;
}

function describe(value: unknown, error: z.ZodError): string {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 'not a JSON object';
  const v = value as Record<string, unknown>;
  for (const f of ['id', 'question', 'answer']) if (v[f] === undefined || v[f] === null) return `missing "${f}"`;
  const issue = error.issues[0];
  return `${issue.path.join('.') || 'record'}: ${issue.message}`;
}

/** Imports FAQ entries (the shape of MedQuAD's JSONL); idempotent by id, bad lines reported and skipped. */
export async function importFaqFile(database: Database, path: string, report: ImportReporter): Promise<ImportCounts> {
  const counts: ImportCounts = { imported: 0, updated: 0, failed: 0 };
  let batch: { line: number; r: z.infer<typeof faqRecordSchema> }[] = [];
  const flush = async () => {
    if (!batch.length) return;
    const current = batch;
    batch = [];
    await database.db.transaction().execute(async (trx) => {
      const existing = new Map(
        (await trx.selectFrom('faqs').select(['id', 'external_id']).where('external_id', 'in', current.map((c) => faqKey(c.r))).execute()).map((e) => [e.external_id!, e.id]),
      );
      const now = new Date().toISOString();
      for (const { r } of current) {
        const values = {
          source: r.source ?? 'import',
          focus: r.focus ?? '',
          qtype: r.qtype ?? '',
          question: r.question,
          answer: r.answer,
          url: r.url ?? null,
          lang: r.lang ?? detectLang(`${r.question}\n${r.answer.slice(0, 500)}`),
          license: r.license ?? null,
          search_text: searchText(r.question, r.focus ?? ''),
          updated_at: now,
        };
        const key = faqKey(r);
        const id = existing.get(key);
        if (id) {
          await trx.updateTable('faqs').set(values).where('id', '=', id).execute();
          counts.updated++;
        } else {
          await trx.insertInto('faqs').values({ ...values, external_id: key, created_at: now }).execute();
          counts.imported++;
        }
      }
    });
  };
  for await (const { line, record } of readValidRecords(path, faqRecordSchema, describe, counts, report)) {
    const key = faqKey(record);
    if (batch.some((b) => faqKey(b.r) === key)) await flush();
    batch.push({ line, r: record });
    if (batch.length >= 500) await flush();
  }
  await flush();
  // Related FAQ must not depend on import order: questions imported earlier get theirs now.
  if (counts.imported + counts.updated > 0) await enqueueEnrichmentForAllPublished(database.db);
  return counts;
}
