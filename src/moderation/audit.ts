import type { Transaction } from 'kysely';
import type { Executor } from '../db/database.js';
import type { DB } from '../db/schema.js';

export interface AuditEntry {
  actorId: number | null;
  action: string;
  targetType: string;
  targetId: string | number;
  reason?: string | null;
  details?: object;
}

/*
 * Some audited actions live in other modules and take no reason (releaseHeld
 * in questions/editing.ts). The moderation tools still require one: they run
 * the action in a transaction registered here, and audit() records that
 * reason for entries that bring none. Keyed by the transaction object, so it
 * can never leak into another request.
 */
const reasonForTransaction = new WeakMap<object, string>();

export async function withAuditReason<T>(trx: Transaction<DB>, reason: string, fn: () => Promise<T>): Promise<T> {
  reasonForTransaction.set(trx, reason);
  try {
    return await fn();
  } finally {
    reasonForTransaction.delete(trx);
  }
}

/**
 * Append-only record of every moderator and admin action. Nothing updates or
 * deletes these rows (the database refuses it too: see the audit_log_append_only migration).
 */
export async function audit(db: Executor, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      actor_user_id: entry.actorId,
      action: entry.action,
      target_type: entry.targetType,
      target_id: String(entry.targetId),
      reason: entry.reason ?? reasonForTransaction.get(db) ?? null,
      details: entry.details ? JSON.stringify(entry.details) : null,
      created_at: new Date().toISOString(),
    })
    .execute();
}

export const AUDIT_PAGE_SIZE = 50;

export interface AuditFilter {
  targetType?: string;
  targetId?: string;
  action?: string;
  actorId?: number;
}

/** Newest first, with the actor's name; read-only by design. */
export async function listAudit(db: Executor, filter: AuditFilter, page = 1) {
  let q = db.selectFrom('audit_log').leftJoin('users', 'users.id', 'audit_log.actor_user_id');
  if (filter.targetType) q = q.where('audit_log.target_type', '=', filter.targetType);
  if (filter.targetId) q = q.where('audit_log.target_id', '=', filter.targetId);
  if (filter.action) q = q.where('audit_log.action', '=', filter.action);
  if (filter.actorId) q = q.where('audit_log.actor_user_id', '=', filter.actorId);
  const [rows, total] = await Promise.all([
    q
      .selectAll('audit_log')
      .select(['users.display_name as actor_name', 'users.email as actor_email'])
      .orderBy('audit_log.id', 'desc')
      .limit(AUDIT_PAGE_SIZE)
      .offset((page - 1) * AUDIT_PAGE_SIZE)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}
