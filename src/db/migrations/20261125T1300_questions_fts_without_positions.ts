import type { Kysely } from 'kysely';
import { isPostgres, sql } from './util.js';

/*
 * Questions are searched through the in-memory similarity index (search/,
 * related/); the SQLite FTS5 table over questions is kept for term lookups
 * only (phrase and NEAR queries are never made). Its default `detail=full`
 * stored every token's position, and keeping those up to date was a third of
 * the time of importing 40,000 questions (scripts/bench-pages.ts). With
 * `detail=none` it records which rows hold a term, as the PostgreSQL GIN
 * index over the same text does. The FAQ's FTS table, which the FAQ search
 * ranks with, is unchanged.
 */
export async function up(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) return;
  for (const trigger of ['questions_fts_ai', 'questions_fts_ad', 'questions_fts_au']) await sql.raw(`DROP TRIGGER IF EXISTS ${trigger}`).execute(db);
  await sql`DROP TABLE IF EXISTS questions_fts`.execute(db);
  await sql`CREATE VIRTUAL TABLE questions_fts USING fts5(search_text, content='questions', content_rowid='id', tokenize='unicode61 remove_diacritics 2', detail=none)`.execute(db);
  await sql`INSERT INTO questions_fts(questions_fts) VALUES ('rebuild')`.execute(db);
  await sql`CREATE TRIGGER questions_fts_ai AFTER INSERT ON questions BEGIN
    INSERT INTO questions_fts(rowid, search_text) VALUES (new.id, new.search_text); END`.execute(db);
  // With detail=none a 'delete' must still be given the old text, exactly as it was indexed.
  await sql`CREATE TRIGGER questions_fts_ad AFTER DELETE ON questions BEGIN
    INSERT INTO questions_fts(questions_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); END`.execute(db);
  await sql`CREATE TRIGGER questions_fts_au AFTER UPDATE OF search_text ON questions BEGIN
    INSERT INTO questions_fts(questions_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    INSERT INTO questions_fts(rowid, search_text) VALUES (new.id, new.search_text); END`.execute(db);
}
