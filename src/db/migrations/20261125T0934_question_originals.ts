import type { Kysely } from 'kysely';

// What the asker typed before de-identification: visible to moderators only
// (every view audited) and deleted a set time after publication.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('question_originals')
    .addColumn('question_id', 'integer', (c) => c.primaryKey().references('questions.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}
