import type { Database } from './database.js';

/**
 * Keeps SQLite's query planner informed. Without statistics it guesses, and
 * at 100,000 questions it guessed wrong: `id IN (…) AND status = ?` scanned
 * the status index (every published question, ~20 ms) instead of looking the
 * ids up. `PRAGMA optimize` gathers statistics only for tables that need
 * them, sampling (analysis_limit) so it takes a fraction of a second; SQLite
 * recommends it when a connection opens (0x10002: also tables this
 * connection has not used yet), when it closes, and now and then.
 * PostgreSQL's autovacuum keeps its own statistics.
 */
export function optimizeDatabase(database: Database, when: 'open' | 'periodic' | 'close'): void {
  if (!database.sqlite) return;
  database.sqlite.pragma('analysis_limit = 1000');
  database.sqlite.pragma(when === 'open' ? 'optimize = 0x10002' : 'optimize');
}
