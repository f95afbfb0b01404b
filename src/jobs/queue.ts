import { sql } from 'kysely';
import type { Database, Executor } from '../db/database.js';
import type { Job } from '../db/schema.js';

/**
 * A durable job queue in our own database. A job is claimed by setting
 * status=running with a lease; a worker that dies mid-job leaves the lease to
 * expire, and the job is claimed again. Handlers write all their results in
 * one transaction and are idempotent, so a crash never leaves half a result.
 */

export const LEASE_MS = 5 * 60_000;

export interface EnqueueOptions {
  runAt?: Date;
  maxAttempts?: number;
}

/** A new job's row: queued, never tried, unlocked. */
function queuedRow(kind: string, key: string, payload: object, now: string, opts: EnqueueOptions = {}) {
  return {
    kind,
    key,
    payload: JSON.stringify(payload),
    status: 'queued' as const,
    attempts: 0,
    max_attempts: opts.maxAttempts ?? 5,
    run_at: opts.runAt?.toISOString() ?? now,
    locked_at: null,
    locked_by: null,
    last_error: null,
    created_at: now,
    updated_at: now,
  };
}

/** At most one queued job per key: enqueueing again while one waits is a no-op. */
export async function enqueue(db: Executor, kind: string, key: string, payload: object = {}, opts: EnqueueOptions = {}): Promise<void> {
  const now = new Date().toISOString();
  const existing = await db.selectFrom('jobs').select('id').where('key', '=', key).where('status', '=', 'queued').executeTakeFirst();
  if (existing) return;
  await db.insertInto('jobs').values(queuedRow(kind, key, payload, now, opts)).execute();
}

export async function enqueueMany(db: Executor, jobs: { kind: string; key: string; payload: object }[]): Promise<void> {
  if (jobs.length === 0) return;
  const now = new Date().toISOString();
  for (let i = 0; i < jobs.length; i += 500) {
    const chunk = jobs.slice(i, i + 500);
    const waiting = new Set(
      (await db.selectFrom('jobs').select('key').where('status', '=', 'queued').where('key', 'in', chunk.map((j) => j.key)).execute()).map((r) => r.key),
    );
    const fresh = chunk.filter((j) => !waiting.has(j.key) && (waiting.add(j.key), true));
    if (fresh.length === 0) continue;
    await db
      .insertInto('jobs')
      .values(fresh.map((j) => queuedRow(j.kind, j.key, j.payload, now)))
      .execute();
  }
}

export interface ClaimOptions {
  kinds?: string[];
  /** The `enrich` command runs everything to completion, retries included, without waiting out backoffs. */
  ignoreSchedule?: boolean;
  /** How long a claim holds before another worker may take the job over (tests shorten it). */
  leaseMs?: number;
}

/**
 * Claims the next due job, or a running job whose lease expired. On
 * PostgreSQL, FOR UPDATE SKIP LOCKED lets many workers claim without
 * blocking; on SQLite one UPDATE … WHERE id = (SELECT …) RETURNING is atomic
 * under the single writer lock (a read-then-write transaction could lose a
 * race between two processes and fail with SQLITE_BUSY instead of waiting).
 */
export async function claimNext(database: Database, workerId: string, opts: ClaimOptions = {}): Promise<Job | undefined> {
  const now = new Date();
  const nowIso = now.toISOString();
  const dueBy = opts.ignoreSchedule ? '9999' : nowIso;
  const leaseExpired = new Date(now.getTime() - (opts.leaseMs ?? LEASE_MS)).toISOString();
  const { db } = database;
  const claimable = (qb: Executor) => {
    let q = qb
      .selectFrom('jobs')
      .select('id')
      .where((eb) =>
        eb.or([
          eb.and([eb('status', '=', 'queued'), eb('run_at', '<=', dueBy)]),
          eb.and([eb('status', '=', 'running'), eb('locked_at', '<', leaseExpired)]),
        ]),
      )
      .orderBy('run_at')
      .orderBy('id')
      .limit(1);
    if (opts.kinds?.length) q = q.where('kind', 'in', opts.kinds);
    return q;
  };
  const claim = { status: 'running' as const, locked_at: nowIso, locked_by: workerId, attempts: sql<number>`attempts + 1`, updated_at: nowIso };
  if (database.dialect === 'sqlite') {
    return db
      .updateTable('jobs')
      .set(claim)
      .where('id', '=', claimable(db))
      .returningAll()
      .executeTakeFirst();
  }
  return db.transaction().execute(async (trx) => {
    const next = await claimable(trx).forUpdate().skipLocked().executeTakeFirst();
    if (!next) return undefined;
    return trx.updateTable('jobs').set(claim).where('id', '=', next.id).returningAll().executeTakeFirst();
  });
}

/** Keeps a long job's claim alive; false when another worker has taken it over (the lease had expired). */
export async function renewLease(db: Executor, job: Job): Promise<boolean> {
  const r = await db
    .updateTable('jobs')
    .set({ locked_at: new Date().toISOString() })
    .where('id', '=', job.id)
    .where('status', '=', 'running')
    .where('locked_by', '=', job.locked_by)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function markDone(db: Executor, job: Job): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ status: 'done', locked_at: null, locked_by: null, updated_at: new Date().toISOString() })
    .where('id', '=', job.id)
    .where('locked_by', '=', job.locked_by)
    .execute();
}

/** Exponential backoff: 10 s, 40 s, 160 s, … capped at an hour. */
export function backoffMs(attempts: number): number {
  return Math.min(3600_000, 10_000 * 4 ** Math.max(0, attempts - 1));
}

export async function markFailed(db: Executor, job: Job, error: unknown): Promise<'retry' | 'failed'> {
  const message = error instanceof Error ? error.message : String(error);
  const final = job.attempts >= job.max_attempts;
  await db
    .updateTable('jobs')
    .set({
      status: final ? 'failed' : 'queued',
      run_at: new Date(Date.now() + backoffMs(job.attempts)).toISOString(),
      locked_at: null,
      locked_by: null,
      last_error: message.slice(0, 2000),
      updated_at: new Date().toISOString(),
    })
    .where('id', '=', job.id)
    // A worker whose lease expired no longer owns the job: its failure must not undo the new owner's claim.
    .where('locked_by', '=', job.locked_by)
    .execute();
  return final ? 'failed' : 'retry';
}

export async function queueDepth(db: Executor): Promise<{ queued: number; running: number; failed: number }> {
  const rows = await db.selectFrom('jobs').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('status').execute();
  const by = Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
  return { queued: by.queued ?? 0, running: by.running ?? 0, failed: by.failed ?? 0 };
}
