import type { Kysely } from 'kysely';

// The index sync reads FAQ entries changed since its cursor, as it does questions (related/indexes.ts).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('faqs_updated_at').on('faqs').column('updated_at').execute();
}
