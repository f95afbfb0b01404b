import type { Executor } from '../db/database.js';

/** Append-only record of every moderator and admin action. Nothing updates or deletes these rows. */
export async function audit(
  db: Executor,
  entry: { actorId: number | null; action: string; targetType: string; targetId: string | number; reason?: string | null; details?: object },
): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      actor_user_id: entry.actorId,
      action: entry.action,
      target_type: entry.targetType,
      target_id: String(entry.targetId),
      reason: entry.reason ?? null,
      details: entry.details ? JSON.stringify(entry.details) : null,
      created_at: new Date().toISOString(),
    })
    .execute();
}
