import pg from 'pg';
import type { Logger } from 'pino';

/** What the database announced (migration 20261125T1202_content_versions). */
export type ContentChange = { kind: 'questions'; ids: number[] | 'all' } | { kind: 'site' };

export const CHANGE_CHANNEL = 'oc_changes';

export function parseChange(payload: string | undefined): ContentChange | undefined {
  if (payload === 's') return { kind: 'site' };
  if (!payload?.startsWith('q:')) return undefined;
  const rest = payload.slice(2);
  if (rest === '*') return { kind: 'questions', ids: 'all' };
  const ids = rest.split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
  return { kind: 'questions', ids };
}

export interface ChangeFeed {
  close(): Promise<void>;
}

/**
 * Listens on PostgreSQL's oc_changes channel with a connection of its own
 * (LISTEN needs one that is never returned to a pool). When the connection
 * drops it reconnects and reports `reconnected`, because notifications sent
 * meanwhile are lost and the caller must catch up by reading.
 */
export function listenForChanges(
  databaseUrl: string,
  log: Logger,
  on: { change(c: ContentChange): void; reconnected(): void },
): ChangeFeed {
  let client: pg.Client | undefined;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;
  let first = true;

  const connect = async () => {
    const c = new pg.Client({ connectionString: databaseUrl });
    c.on('notification', (n) => {
      const change = parseChange(n.payload);
      if (change) on.change(change);
    });
    c.on('error', (err) => {
      log.warn({ err: err.message }, 'change feed connection lost');
      schedule();
    });
    c.on('end', () => schedule());
    try {
      await c.connect();
      await c.query(`LISTEN ${CHANGE_CHANNEL}`);
      if (closed) return void (await c.end().catch(() => undefined));
      client = c;
      if (!first) on.reconnected();
      first = false;
    } catch (err) {
      log.warn({ err: (err as Error).message }, 'change feed could not connect; retrying');
      c.end().catch(() => undefined);
      schedule();
    }
  };

  const schedule = () => {
    if (closed || retry) return;
    client = undefined;
    retry = setTimeout(() => {
      retry = undefined;
      void connect();
    }, 1000);
    retry.unref();
  };

  void connect();
  return {
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      await client?.end().catch(() => undefined);
    },
  };
}
