import type { Kysely } from 'kysely';
import { REFERENCE_DEPARTMENTS } from '../../departments/reference.js';
import { now } from './util.js';

// Reference data: created with the database whatever DEMO_CONTENT says.
export async function up(db: Kysely<any>): Promise<void> {
  const createdAt = now();
  await db
    .insertInto('departments')
    .values(
      REFERENCE_DEPARTMENTS.map((d, i) => ({
        slug: d.slug,
        name_en: d.en,
        name_zh: d.zh,
        description: '',
        sort_order: (i + 1) * 10,
        created_at: createdAt,
      })),
    )
    .onConflict((oc) => oc.column('slug').doNothing())
    .execute();
}
