import { sql } from 'kysely';
import type { Database } from '../db/database.js';
import { searchTokens } from '../similarity/index.js';

/** Full-text search over FAQ entries with the database's own index (FTS5 bm25 / PostgreSQL ts_rank). */
export async function searchFaqs(database: Database, query: string, limit: number, offset: number) {
  const tokens = [...new Set(searchTokens(query))].slice(0, 32);
  if (tokens.length === 0) return [];
  const { db } = database;
  if (database.dialect === 'sqlite') {
    const match = tokens.map((t) => `"${t.replace(/"/g, '')}"`).join(' OR ');
    return db
      .selectFrom(sql<{ rowid: number; rank: number }>`(SELECT rowid, bm25(faqs_fts) AS rank FROM faqs_fts WHERE faqs_fts MATCH ${match})`.as('m'))
      .innerJoin('faqs', 'faqs.id', 'm.rowid')
      .select(['faqs.id', 'faqs.question', 'faqs.answer', 'faqs.focus', 'faqs.source'])
      .orderBy('m.rank')
      .limit(limit)
      .offset(offset)
      .execute();
  }
  const tsq = tokens.map((t) => t.replace(/[^\p{L}\p{N}]/gu, '')).filter(Boolean).join(' | ');
  return db
    .selectFrom('faqs')
    .select(['faqs.id', 'faqs.question', 'faqs.answer', 'faqs.focus', 'faqs.source'])
    .where(sql<boolean>`to_tsvector('simple', search_text) @@ to_tsquery('simple', ${tsq})`)
    .orderBy(sql`ts_rank(to_tsvector('simple', search_text), to_tsquery('simple', ${tsq}))`, 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
}

export const FAQ_LICENSES: Record<string, string> = {
  MedQuAD: 'MedQuAD (Ben Abacha & Demner-Fushman, 2019), from U.S. National Institutes of Health websites, CC BY 4.0',
};

export function attribution(source: string, license: string | null): string {
  if (license) return license;
  const key = Object.keys(FAQ_LICENSES).find((k) => source.startsWith(k));
  return key ? FAQ_LICENSES[key] : source;
}
