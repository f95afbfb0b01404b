import { sql } from 'kysely';
import type { FastifyRateLimitOptions, FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Database } from '../db/database.js';

/**
 * Rate-limit counters in the database (table rate_limits), so a limit holds
 * across every app server behind the load balancer rather than per process.
 * One upsert per counted request: the window restarts when it has expired.
 * Only write routes carry limits (anonymous reads never do), so the cost is
 * one small write next to the write the request makes anyway.
 */
export function databaseRateLimitStore(database: Database): FastifyRateLimitStoreCtor {
  let calls = 0;

  async function incr(key: string, timeWindow: number): Promise<{ current: number; ttl: number }> {
    const now = Date.now();
    const resetAt = now + timeWindow;
    const row = await database.db
      .insertInto('rate_limits')
      .values({ key, count: 1, reset_at: resetAt })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({
          count: sql<number>`CASE WHEN rate_limits.reset_at <= ${now} THEN 1 ELSE rate_limits.count + 1 END`,
          reset_at: sql<number>`CASE WHEN rate_limits.reset_at <= ${now} THEN ${resetAt} ELSE rate_limits.reset_at END`,
        }),
      )
      .returning(['count', 'reset_at'])
      .executeTakeFirstOrThrow();
    // Now and then, forget windows that ended long ago.
    if (++calls % 500 === 0) await database.db.deleteFrom('rate_limits').where('reset_at', '<', now - 3600_000).execute();
    return { current: Number(row.count), ttl: Math.max(0, Number(row.reset_at) - now) };
  }

  class DatabaseStore implements FastifyRateLimitStore {
    constructor(
      _options: FastifyRateLimitOptions,
      private readonly prefix = 'global',
    ) {}

    incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow: number): void {
      incr(`${this.prefix}|${key}`, timeWindow).then(
        (r) => callback(null, r),
        (err) => callback(err as Error),
      );
    }

    child(routeOptions: { method?: string | string[]; url?: string; path?: string; routeInfo?: { method?: string | string[]; url?: string } }): FastifyRateLimitStore {
      const info = routeOptions.routeInfo ?? routeOptions;
      const method = Array.isArray(info.method) ? info.method.join(',') : info.method;
      // Each limited route counts on its own, as the in-memory store does.
      return new DatabaseStore({}, `${method ?? ''} ${info.url ?? routeOptions.path ?? ''}`);
    }
  }
  return DatabaseStore as unknown as FastifyRateLimitStoreCtor;
}
