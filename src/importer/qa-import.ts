import { createHash } from 'node:crypto';
import type { Database, Executor } from '../db/database.js';
import type { Insertable } from 'kysely';
import type { Department, Lang, QuestionTable } from '../db/schema.js';
import { departmentMatcher, FALLBACK_DEPARTMENT_SLUG, listDepartments } from '../departments/repository.js';
import { enqueueEnrichmentForAllPublished } from '../enrichment/jobs.js';
import { deidentify, triage } from '../safety/index.js';
import { detectLang } from '../similarity/index.js';
import { deriveTitle, searchText, textHash } from '../questions/text.js';
import { readJsonLines, type ImportCounts } from './jsonl.js';
import { answersOf, describeIssue, qaRecordSchema, type QaRecord } from './qa-record.js';

export interface ImportReporter {
  error(line: number, reason: string): void;
  warn(line: number, message: string): void;
}

const BATCH = 400;
export const IMPORTED_AUTHOR = 'Imported answer';

interface Prepared {
  line: number;
  thread: StorableThread;
}

/**
 * Imports Q&A threads from a JSON Lines file. Bad lines are reported and
 * skipped; good lines are stored in batches, each batch in one transaction,
 * so every thread is stored with all its answers or not at all. Idempotent by
 * external id: importing again updates, never duplicates.
 */
export async function importQaFile(database: Database, path: string, report: ImportReporter): Promise<ImportCounts> {
  const counts: ImportCounts = { imported: 0, updated: 0, failed: 0 };
  const departments = await listDepartments(database.db);
  const match = departmentMatcher(departments);
  const fallback = departments.find((d) => d.slug === FALLBACK_DEPARTMENT_SLUG)!;
  const doctors = new DoctorCache();
  const seenIds = new Map<string, number>();
  let batch: Prepared[] = [];
  // Random-order index inserts (external ids, text hashes) miss SQLite's default 2 MB page cache
  // once the archive outgrows it, and import time grew faster than the archive. 128 MB, for this
  // connection and this import only.
  const restoreCache = database.sqlite ? database.sqlite.pragma('cache_size', { simple: true }) : undefined;
  database.sqlite?.pragma('cache_size = -131072');

  const flush = async () => {
    if (batch.length === 0) return;
    const current = batch;
    batch = [];
    try {
      const r = await database.db.transaction().execute((trx) => storeBatch(trx, current, doctors));
      counts.imported += r.imported;
      counts.updated += r.updated;
    } catch {
      // One bad thread must not sink its neighbours: retry them one by one.
      doctors.forgetUncommitted();
      for (const p of current) {
        try {
          const r = await database.db.transaction().execute((trx) => storeBatch(trx, [p], doctors));
          counts.imported += r.imported;
          counts.updated += r.updated;
        } catch (err) {
          doctors.forgetUncommitted();
          counts.failed++;
          report.error(p.line, `could not be stored: ${(err as Error).message.split('\n')[0].slice(0, 200)}`);
        }
      }
    }
    doctors.commit();
  };

  try {
    for await (const item of readJsonLines(path)) {
      if (item.error) {
        counts.failed++;
        report.error(item.line, item.error);
        continue;
      }
      const parsed = qaRecordSchema.safeParse(item.value);
      if (!parsed.success) {
        counts.failed++;
        report.error(item.line, describeIssue(item.value, parsed.error));
        continue;
      }
      const record = parsed.data;
      const earlier = seenIds.get(record.id);
      if (earlier !== undefined) report.warn(item.line, `id "${record.id}" also on line ${earlier}; the later line wins`);
      seenIds.set(record.id, item.line);
      let department = match(record.department);
      if (!department) {
        if (record.department) report.warn(item.line, `unknown department "${record.department}", filed under ${FALLBACK_DEPARTMENT_SLUG}`);
        department = fallback;
      }
      // A repeated id inside one batch would race with itself: store what came before first.
      if (batch.some((p) => p.thread.externalId === record.id)) await flush();
      batch.push({ line: item.line, thread: prepareThread(record, department, new Date().toISOString()) });
      if (batch.length >= BATCH) await flush();
    }
    await flush();
  } finally {
    if (restoreCache !== undefined) database.sqlite?.pragma(`cache_size = ${restoreCache}`);
  }
  if (counts.imported + counts.updated > 0) {
    // The archive grew: every published question may now have better Similar Q&A.
    await enqueueEnrichmentForAllPublished(database.db);
  }
  return counts;
}

/** Imported authors by (name, department); ids created inside a rolled-back transaction are forgotten. */
class DoctorCache {
  private committed = new Map<string, number>();
  private pending = new Map<string, number>();
  get(key: string) {
    return this.pending.get(key) ?? this.committed.get(key);
  }
  set(key: string, id: number) {
    this.pending.set(key, id);
  }
  commit() {
    for (const [k, v] of this.pending) this.committed.set(k, v);
    this.pending.clear();
  }
  forgetUncommitted() {
    this.pending.clear();
  }
}

async function importedDoctor(db: Executor, cache: DoctorCache, name: string, departmentId: number, hospital: string): Promise<number> {
  const key = `${name}\u0000${departmentId}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const existing = await db
    .selectFrom('doctors')
    .select('id')
    .where('name', '=', name)
    .where('department_id', '=', departmentId)
    .where('source', '=', 'imported')
    .executeTakeFirst();
  const id =
    existing?.id ??
    (
      await db
        .insertInto('doctors')
        .values({ user_id: null, name, department_id: departmentId, hospital, sign_off: '', bio: '', verified: 0, source: 'imported', created_at: new Date().toISOString() })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  cache.set(key, id);
  return id;
}

/** Archives without dates get stable made-up ones (the same id always gets the same date). */
function syntheticDate(id: string, offsetDays = 0): string {
  const h = createHash('sha1').update(id).digest().readUInt32BE(0);
  const start = Date.UTC(2019, 0, 1);
  const span = Date.UTC(2025, 11, 31) - start;
  return new Date(start + (h % span) + offsetDays * 86400_000).toISOString();
}

const DEFAULT_ASKER: Record<Lang, string> = { en: 'Anonymous', 'zh-Hant': '匿名', 'zh-Hans': '匿名' };

/** A thread made ready for storage: de-identified, triaged and tokenised. Pure, so it can run anywhere. */
export interface StorableThread {
  externalId: string;
  question: Omit<Insertable<QuestionTable>, 'external_id' | 'asker_user_id' | 'headline' | 'headline_edited' | 'consent_at' | 'created_at'>;
  answers: { text: string; doctorName: string; hospital: string; answeredAt: string }[];
}

export function prepareThread(r: QaRecord, department: Department, now: string): StorableThread {
  const lang: Lang = r.lang ?? detectLang(`${r.title ?? ''}\n${r.question}`);
  const title = deidentify(r.title?.trim() || deriveTitle(r.question), lang).text;
  const body = deidentify(r.question, lang).text;
  const answers = answersOf(r);
  const askedAt = r.asked_at ?? syntheticDate(r.id);
  const red = triage(`${title}\n${body}`, lang);
  const status = answers.length ? 'published' : 'pending';
  const answeredDates = answers.map((a, i) => a.answeredAt ?? syntheticDate(`${r.id}#${i}`, 0));
  // Made-up reply dates must come after the ask date.
  const replyDates = answeredDates.map((d, i) => (d > askedAt ? d : new Date(new Date(askedAt).getTime() + (i + 1) * 86400_000).toISOString()));
  return {
    externalId: r.id,
    question: {
      source: r.source ?? 'import',
      source_url: r.url ?? null,
      department_id: department.id,
      title,
      body,
      lang,
      asker_name: r.asker?.name?.trim() || DEFAULT_ASKER[lang],
      asker_age_range: r.asker?.age_range ?? null,
      asker_sex: r.asker?.sex ?? null,
      status,
      urgent: red.emergency ? 1 : 0,
      triage_categories: red.categories.length ? JSON.stringify(red.categories) : null,
      asked_at: askedAt,
      published_at: status === 'published' ? replyDates[0] : null,
      updated_at: now,
      search_text: searchText(title, body),
      text_hash: textHash(title, body),
      tags: r.tags?.length ? JSON.stringify(r.tags) : null,
    },
    answers: answers.map((a, i) => ({ text: a.text, doctorName: a.doctor?.name ?? IMPORTED_AUTHOR, hospital: a.doctor?.hospital ?? '', answeredAt: replyDates[i] })),
  };
}

// Rows per multi-row INSERT: well under SQLite's 32,766 and PostgreSQL's 65,535 bound parameters.
const ANSWER_ROWS_PER_INSERT = 1000;

/**
 * Stores a batch with a handful of statements, not one per thread: new
 * questions in one multi-row INSERT, their answers in a few more. Statement
 * preparation was a fifth of import time when every thread had its own.
 */
async function storeBatch(db: Executor, batch: Prepared[], doctors: DoctorCache): Promise<{ imported: number; updated: number }> {
  const now = new Date().toISOString();
  const threads = batch.map((p) => p.thread);
  const existingRows = await db
    .selectFrom('questions')
    .select(['id', 'external_id'])
    .where('external_id', 'in', threads.map((t) => t.externalId))
    .execute();
  const idOf = new Map(existingRows.map((r) => [r.external_id!, r.id]));
  const fresh = threads.filter((t) => !idOf.has(t.externalId));
  const updates = threads.filter((t) => idOf.has(t.externalId));
  for (const t of updates) {
    const id = idOf.get(t.externalId)!;
    await db.updateTable('questions').set(t.question).where('id', '=', id).execute();
    await db.deleteFrom('answers').where('question_id', '=', id).execute();
  }
  if (fresh.length) {
    const inserted = await db
      .insertInto('questions')
      .values(fresh.map((t) => ({ ...t.question, external_id: t.externalId, asker_user_id: null, headline: null, headline_edited: 0, consent_at: null, created_at: now })))
      .returning(['id', 'external_id'])
      .execute();
    // RETURNING's row order is not promised by SQLite: match on the external id.
    for (const r of inserted) idOf.set(r.external_id!, r.id);
  }
  const rows = [];
  for (let i = 0; i < threads.length; i++) {
    const t = threads[i];
    for (const a of t.answers) {
      const doctorId = await importedDoctor(db, doctors, a.doctorName, t.question.department_id, a.hospital);
      rows.push({ question_id: idOf.get(t.externalId)!, doctor_id: doctorId, text: a.text, answered_at: a.answeredAt, created_at: now, updated_at: now });
    }
  }
  for (let i = 0; i < rows.length; i += ANSWER_ROWS_PER_INSERT) await db.insertInto('answers').values(rows.slice(i, i + ANSWER_ROWS_PER_INSERT)).execute();
  return { imported: fresh.length, updated: updates.length };
}
