import type { Kysely } from 'kysely';
import { isPostgres, sql } from './util.js';

/*
 * Full-text search over pre-tokenised text (similarity/searchTokens): English
 * stems and Chinese character bigrams in one script, so one plain tokenizer
 * serves both languages. SQLite keeps an external-content FTS5 table in step
 * with triggers; PostgreSQL indexes a 'simple' tsvector expression.
 */
export async function up(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) {
    await sql`CREATE INDEX questions_fts ON questions USING GIN (to_tsvector('simple', search_text))`.execute(db);
    await sql`CREATE INDEX faqs_fts ON faqs USING GIN (to_tsvector('simple', search_text))`.execute(db);
    return;
  }
  for (const table of ['questions', 'faqs']) {
    const fts = sql.raw(`${table}_fts`);
    const t = sql.raw(table);
    await sql`CREATE VIRTUAL TABLE ${fts} USING fts5(search_text, content='${t}', content_rowid='id', tokenize='unicode61 remove_diacritics 2')`.execute(db);
    await sql`CREATE TRIGGER ${sql.raw(`${table}_fts_ai`)} AFTER INSERT ON ${t} BEGIN
      INSERT INTO ${fts}(rowid, search_text) VALUES (new.id, new.search_text); END`.execute(db);
    await sql`CREATE TRIGGER ${sql.raw(`${table}_fts_ad`)} AFTER DELETE ON ${t} BEGIN
      INSERT INTO ${fts}(${fts}, rowid, search_text) VALUES ('delete', old.id, old.search_text); END`.execute(db);
    await sql`CREATE TRIGGER ${sql.raw(`${table}_fts_au`)} AFTER UPDATE OF search_text ON ${t} BEGIN
      INSERT INTO ${fts}(${fts}, rowid, search_text) VALUES ('delete', old.id, old.search_text);
      INSERT INTO ${fts}(rowid, search_text) VALUES (new.id, new.search_text); END`.execute(db);
  }
}
