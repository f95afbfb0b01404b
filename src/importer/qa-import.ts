import type { Database, Executor } from '../db/database.js';
import { departmentMatcher, FALLBACK_DEPARTMENT_SLUG, listDepartments } from '../departments/repository.js';
import { enqueueEnrichmentForAllPublished } from '../enrichment/jobs.js';
import { readValidRecords, type ImportCounts } from './jsonl.js';
import { createThreadPreparer, type RawThread, type ThreadPreparer } from './prepare-pool.js';
import type { PreparedOrError, StorableThread } from './prepare-thread.js';
import { describeIssue, qaRecordSchema } from './qa-record.js';

export interface ImportReporter {
  error(line: number, reason: string): void;
  warn(line: number, message: string): void;
}

const BATCH = 400;
// Batches prepared ahead of the one being stored.
const PREPARED_AHEAD = 2;

interface Prepared {
  line: number;
  thread: PreparedOrError;
}

interface Storable {
  line: number;
  thread: StorableThread;
}

/**
 * Imports Q&A threads from a JSON Lines file. Bad lines are reported and
 * skipped; good lines are stored in batches, each batch in one transaction,
 * so every thread is stored with all its answers or not at all. Idempotent by
 * external id: importing again updates, never duplicates.
 *
 * Reading, preparing (worker threads) and storing overlap: while one batch is
 * written, the next ones are being de-identified and triaged. Batches are
 * stored in file order, so a later line still wins over an earlier one.
 */
export async function importQaFile(database: Database, path: string, report: ImportReporter, opts: { workers?: number } = {}): Promise<ImportCounts> {
  const counts: ImportCounts = { imported: 0, updated: 0, failed: 0 };
  const departments = await listDepartments(database.db);
  const match = departmentMatcher(departments);
  const fallback = departments.find((d) => d.slug === FALLBACK_DEPARTMENT_SLUG)!;
  const doctors = new DoctorCache();
  const seenIds = new Map<string, number>();
  // Starting workers costs about a second and a half; a file of one batch is prepared here.
  const inline = createThreadPreparer(0);
  let pool: ThreadPreparer | undefined;
  let chunksSent = 0;
  // Batches handed to the preparer and not stored yet, oldest first.
  const inFlight: Promise<Prepared[]>[] = [];
  let chunk: { line: number; raw: RawThread }[] = [];
  // The ids in `chunk`, so that a repeated id is found without reading the whole chunk on every line.
  let chunkIds = new Set<string>();
  // Random-order index inserts (external ids, text hashes) miss SQLite's default 2 MB page cache
  // once the archive outgrows it, and import time grew faster than the archive. 128 MB, for this
  // connection and this import only.
  const restoreCache = database.sqlite ? database.sqlite.pragma('cache_size', { simple: true }) : undefined;
  database.sqlite?.pragma('cache_size = -131072');

  const store = async (prepared: Prepared[]) => {
    const batch: Storable[] = [];
    for (const p of prepared) {
      if ('error' in p.thread) {
        counts.failed++;
        report.error(p.line, p.thread.error);
      } else batch.push({ line: p.line, thread: p.thread });
    }
    if (batch.length === 0) return;
    try {
      const r = await database.db.transaction().execute((trx) => storeBatch(trx, batch, doctors));
      counts.imported += r.imported;
      counts.updated += r.updated;
    } catch {
      // One bad thread must not sink its neighbours: retry them one by one.
      doctors.forgetUncommitted();
      for (const p of batch) {
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

  const send = async () => {
    if (chunk.length === 0) return;
    const lines = chunk.map((c) => c.line);
    const preparer = chunksSent++ === 0 ? inline : (pool ??= createThreadPreparer(opts.workers));
    const sent = preparer.prepare(chunk.map((c) => c.raw), new Date().toISOString());
    inFlight.push(sent.then((threads) => threads.map((thread, i) => ({ line: lines[i], thread }))));
    chunk = [];
    chunkIds = new Set();
    // Keep every worker busy, and no more than that in memory.
    while (inFlight.length > PREPARED_AHEAD) await store(await inFlight.shift()!);
  };

  try {
    for await (const { line, record } of readValidRecords(path, qaRecordSchema, describeIssue, counts, report)) {
      const earlier = seenIds.get(record.id);
      if (earlier !== undefined) report.warn(line, `id "${record.id}" also on line ${earlier}; the later line wins`);
      seenIds.set(record.id, line);
      let department = match(record.department);
      if (!department) {
        if (record.department) report.warn(line, `unknown department "${record.department}", filed under ${FALLBACK_DEPARTMENT_SLUG}`);
        department = fallback;
      }
      // A repeated id inside one batch would race with itself: the earlier line goes in an earlier batch.
      if (chunkIds.has(record.id)) await send();
      chunk.push({ line, raw: { record, department: { id: department.id } } });
      chunkIds.add(record.id);
      if (chunk.length >= BATCH) await send();
    }
    await send();
    while (inFlight.length) await store(await inFlight.shift()!);
  } finally {
    // Settle what is still being prepared (after an error), so no promise is left to reject unheard.
    await Promise.allSettled(inFlight);
    await pool?.close();
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

// Rows per multi-row INSERT: well under SQLite's 32,766 and PostgreSQL's 65,535 bound parameters.
const ANSWER_ROWS_PER_INSERT = 1000;

/**
 * Stores a batch with a handful of statements, not one per thread: new
 * questions in one multi-row INSERT, their answers in a few more. Statement
 * preparation was a fifth of import time when every thread had its own.
 */
async function storeBatch(db: Executor, batch: Storable[], doctors: DoctorCache): Promise<{ imported: number; updated: number }> {
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
