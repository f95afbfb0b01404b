import type { Database } from '../db/database.js';

export interface ContentVersions {
  questions: number;
  site: number;
}

/**
 * Reads the content_versions counters. Every caller gets a reading taken
 * after it asked (it may be checking for a write it just saw commit), yet
 * on PostgreSQL concurrent callers share one query: while one is in flight,
 * at most one more is queued behind it for everyone who arrives meanwhile.
 * On SQLite the read is a synchronous primary-key lookup (microseconds).
 */
export function createVersionReader(database: Database): () => Promise<ContentVersions> | ContentVersions {
  if (database.sqlite) {
    const stmt = database.sqlite.prepare('SELECT scope, version FROM content_versions');
    return () => {
      const v = { questions: 0, site: 0 };
      for (const r of stmt.all() as { scope: string; version: number }[]) if (r.scope === 'questions' || r.scope === 'site') v[r.scope] = Number(r.version);
      return v;
    };
  }
  const query = async (): Promise<ContentVersions> => {
    const rows = await database.db.selectFrom('content_versions').select(['scope', 'version']).execute();
    const v = { questions: 0, site: 0 };
    for (const r of rows) if (r.scope === 'questions' || r.scope === 'site') v[r.scope] = Number(r.version);
    return v;
  };
  let inflight: Promise<ContentVersions> | undefined;
  let queued: Promise<ContentVersions> | undefined;
  const start = () => {
    const p: Promise<ContentVersions> = query().finally(() => {
      if (inflight === p) inflight = undefined;
    });
    return (inflight = p);
  };
  return () => {
    if (!inflight) return start();
    queued ??= inflight
      .catch(() => undefined)
      .then(() => {
        queued = undefined;
        return inflight ?? start();
      });
    return queued;
  };
}
