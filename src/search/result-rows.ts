import { readQuery, type Executor, type ReadQuery } from '../db/database.js';
import type { ResultRow } from './result-list.js';

export interface SearchResultRow extends ResultRow {
  department_id: number;
}

// One prepared statement per number of ids (a page holds at most 20): built with Kysely, the
// same read was made from a fresh query tree and compiled to SQL on every search (about a
// quarter of the read's time in a profile). Status is checked at read time, as the index may
// lag a hide by one sync.
const byCount = new Map<number, ReadQuery<SearchResultRow>>();

function statementFor(n: number): ReadQuery<SearchResultRow> {
  let q = byCount.get(n);
  if (!q) {
    const marks = Array.from({ length: n }, () => '?').join(', ');
    q = readQuery<SearchResultRow>(`SELECT id, title, headline, body, published_at, department_id FROM questions WHERE id IN (${marks}) AND status = 'published'`);
    byCount.set(n, q);
  }
  return q;
}

/** The published questions among `ids`, in the order of `ids`. */
export async function resultRows(db: Executor, ids: number[]): Promise<SearchResultRow[]> {
  if (!ids.length) return [];
  const rows = await statementFor(ids.length).rows(db, ids);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const out: SearchResultRow[] = [];
  for (const id of ids) {
    const r = byId.get(id);
    if (r) out.push(r);
  }
  return out;
}
