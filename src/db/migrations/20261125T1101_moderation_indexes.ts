import type { Kysely } from 'kysely';

// The moderation queue reads open reports and the audit page filters by target.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('reports_status_created').on('reports').columns(['status', 'created_at']).execute();
  await db.schema.createIndex('audit_log_target').on('audit_log').columns(['target_type', 'target_id']).execute();
}
