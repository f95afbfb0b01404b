import type { Kysely } from 'kysely';
import { isPostgres, sql } from './util.js';

/*
 * On PostgreSQL a change to a question's answers, More Info, Similar Q&A or
 * Related FAQ touched the question once per row: every answer of an imported
 * batch was its own UPDATE of the question, each firing the statement-level
 * change trigger (a counter bump and a NOTIFY) and, as updated_at is indexed,
 * writing a new version of the row into every index. The same signal is now
 * given once per statement, from transition tables: one UPDATE of the
 * questions concerned, one bump, one NOTIFY. SQLite has no statement-level
 * triggers and no row versions; its row triggers stay.
 */
const CHILD_TABLES = ['answers', 'more_info', 'question_similar', 'question_faqs'];

export async function up(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  const fn = (name: string, rows: string) =>
    sql.raw(`CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE questions SET updated_at = oc_now_iso() WHERE id IN (${rows});
        RETURN NULL;
      END $$`);
  await fn('oc_touch_questions_inserted', 'SELECT question_id FROM new_rows').execute(db);
  await fn('oc_touch_questions_updated', 'SELECT question_id FROM new_rows UNION SELECT question_id FROM old_rows').execute(db);
  await fn('oc_touch_questions_deleted', 'SELECT question_id FROM old_rows').execute(db);
  for (const t of CHILD_TABLES) {
    await sql.raw(`DROP TRIGGER ${t}_touch ON ${t}`).execute(db);
    await sql.raw(`CREATE TRIGGER ${t}_touch_ai AFTER INSERT ON ${t} REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION oc_touch_questions_inserted()`).execute(db);
    await sql.raw(`CREATE TRIGGER ${t}_touch_au AFTER UPDATE ON ${t} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION oc_touch_questions_updated()`).execute(db);
    await sql.raw(`CREATE TRIGGER ${t}_touch_ad AFTER DELETE ON ${t} REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION oc_touch_questions_deleted()`).execute(db);
  }
  await sql`DROP FUNCTION oc_touch_question()`.execute(db);
}
