import type { Kysely } from 'kysely';
import { isPostgres, sql } from './util.js';

/*
 * Change signals for caches kept by every app server (rendered pages, the
 * in-memory similarity indexes), enforced by the database so that no writer,
 * present or future, can forget them:
 *
 * - questions.updated_at is the time anything on the question's page last
 *   changed: a change to its answers, More Info, Similar Q&A or Related FAQ
 *   touches it, and an UPDATE that leaves it alone gets the current time.
 * - content_versions holds two counters: 'questions' moves with every
 *   question change, 'site' with anything shown on many pages (departments,
 *   doctors, FAQ entries) and with deletions. Reading them is one primary-key
 *   lookup, so a server can check before serving a cached page.
 * - On PostgreSQL the same statements NOTIFY channel oc_changes with
 *   'q:<ids>' (or 'q:*' for large batches) or 's', so other servers react
 *   at once without polling.
 */
const CHILD_TABLES = ['answers', 'more_info', 'question_similar', 'question_faqs'];
const SITE_TABLES = ['faqs', 'departments', 'doctors'];

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('content_versions')
    .addColumn('scope', 'text', (c) => c.primaryKey())
    .addColumn('version', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.insertInto('content_versions').values([{ scope: 'questions', version: 0 }, { scope: 'site', version: 0 }]).execute();
  // The index sync reads questions changed since its cursor.
  await db.schema.createIndex('questions_updated_at').on('questions').column('updated_at').execute();
  if (isPostgres(db)) await postgres(db);
  else await sqlite(db);
}

async function sqlite(db: Kysely<any>) {
  const nowIso = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;
  const bump = (scope: string) => `UPDATE content_versions SET version = version + 1 WHERE scope = '${scope}';`;
  await sql.raw(`CREATE TRIGGER questions_version_ai AFTER INSERT ON questions BEGIN ${bump('questions')} END`).execute(db);
  await sql.raw(`CREATE TRIGGER questions_version_au AFTER UPDATE ON questions BEGIN ${bump('questions')} END`).execute(db);
  await sql.raw(`CREATE TRIGGER questions_version_ad AFTER DELETE ON questions BEGIN ${bump('site')} END`).execute(db);
  // SQLite cannot assign NEW in a BEFORE trigger; recursive triggers are off, so this UPDATE does not re-fire itself.
  await sql
    .raw(`CREATE TRIGGER questions_touch_au AFTER UPDATE ON questions WHEN NEW.updated_at = OLD.updated_at BEGIN
      UPDATE questions SET updated_at = ${nowIso} WHERE id = NEW.id; END`)
    .execute(db);
  for (const t of CHILD_TABLES) {
    const touch = (ref: string) => `UPDATE questions SET updated_at = ${nowIso} WHERE id = ${ref}.question_id;`;
    await sql.raw(`CREATE TRIGGER ${t}_touch_ai AFTER INSERT ON ${t} BEGIN ${touch('NEW')} END`).execute(db);
    await sql.raw(`CREATE TRIGGER ${t}_touch_au AFTER UPDATE ON ${t} BEGIN ${touch('NEW')} ${touch('OLD')} END`).execute(db);
    await sql.raw(`CREATE TRIGGER ${t}_touch_ad AFTER DELETE ON ${t} BEGIN ${touch('OLD')} END`).execute(db);
  }
  for (const t of SITE_TABLES) {
    for (const [suffix, op] of [['ai', 'INSERT'], ['au', 'UPDATE'], ['ad', 'DELETE']]) {
      await sql.raw(`CREATE TRIGGER ${t}_version_${suffix} AFTER ${op} ON ${t} BEGIN ${bump('site')} END`).execute(db);
    }
  }
}

async function postgres(db: Kysely<any>) {
  await sql`CREATE FUNCTION oc_now_iso() RETURNS text LANGUAGE sql VOLATILE AS
    $$ SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') $$`.execute(db);

  await sql`CREATE FUNCTION oc_questions_touch() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.updated_at = OLD.updated_at THEN NEW.updated_at := oc_now_iso(); END IF;
      RETURN NEW;
    END $$`.execute(db);
  await sql`CREATE TRIGGER questions_touch BEFORE UPDATE ON questions FOR EACH ROW EXECUTE FUNCTION oc_questions_touch()`.execute(db);

  // Statement level with transition tables: one counter bump and one notification per statement, not per row.
  await sql`CREATE FUNCTION oc_questions_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE ids text; n integer;
    BEGIN
      IF TG_OP = 'DELETE' THEN
        UPDATE content_versions SET version = version + 1 WHERE scope = 'site';
        PERFORM pg_notify('oc_changes', 's');
        RETURN NULL;
      END IF;
      UPDATE content_versions SET version = version + 1 WHERE scope = 'questions';
      SELECT count(*), string_agg(id::text, ',') INTO n, ids FROM (SELECT id FROM changed LIMIT 101) c;
      IF n > 0 THEN
        PERFORM pg_notify('oc_changes', 'q:' || CASE WHEN n > 100 THEN '*' ELSE ids END);
      END IF;
      RETURN NULL;
    END $$`.execute(db);
  await sql`CREATE TRIGGER questions_changed_ai AFTER INSERT ON questions REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION oc_questions_changed()`.execute(db);
  await sql`CREATE TRIGGER questions_changed_au AFTER UPDATE ON questions REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION oc_questions_changed()`.execute(db);
  await sql`CREATE TRIGGER questions_changed_ad AFTER DELETE ON questions REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION oc_questions_changed()`.execute(db);

  await sql`CREATE FUNCTION oc_touch_question() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP <> 'INSERT' THEN UPDATE questions SET updated_at = oc_now_iso() WHERE id = OLD.question_id; END IF;
      IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.question_id <> OLD.question_id) THEN
        UPDATE questions SET updated_at = oc_now_iso() WHERE id = NEW.question_id;
      END IF;
      RETURN NULL;
    END $$`.execute(db);
  for (const t of CHILD_TABLES) {
    await sql`CREATE TRIGGER ${sql.raw(`${t}_touch`)} AFTER INSERT OR UPDATE OR DELETE ON ${sql.table(t)} FOR EACH ROW EXECUTE FUNCTION oc_touch_question()`.execute(db);
  }

  await sql`CREATE FUNCTION oc_site_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE content_versions SET version = version + 1 WHERE scope = 'site';
      PERFORM pg_notify('oc_changes', 's');
      RETURN NULL;
    END $$`.execute(db);
  for (const t of SITE_TABLES) {
    await sql`CREATE TRIGGER ${sql.raw(`${t}_changed`)} AFTER INSERT OR UPDATE OR DELETE ON ${sql.table(t)} FOR EACH STATEMENT EXECUTE FUNCTION oc_site_changed()`.execute(db);
  }
}
