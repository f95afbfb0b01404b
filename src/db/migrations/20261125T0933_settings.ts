import type { Kysely } from 'kysely';

// Site-wide settings shared by every app server (e.g. the cookie-signing secret).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
}
