import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { createHash } from 'node:crypto';
import { Kysely, PostgresDialect, SqliteDialect, sql, type Transaction } from 'kysely';
import type { DB } from './schema.js';
import { StripNulPlugin } from './strip-nul.js';
import { optimizeDatabase } from './optimize.js';

export type Dialect = 'sqlite' | 'postgres';

export interface Database {
  db: Kysely<DB>;
  dialect: Dialect;
  /** The raw SQLite handle (backup, FTS maintenance); undefined on PostgreSQL. */
  sqlite?: SQLite.Database;
  pool?: pg.Pool;
  /** The PostgreSQL connection string, for connections outside the pool (LISTEN). */
  url?: string;
  close(): Promise<void>;
}

/** A database handle or an open transaction: repository functions take either. */
export type Executor = Kysely<DB> | Transaction<DB>;

export function sqlitePath(dataDir: string): string {
  return join(dataDir, 'openconsult.sqlite');
}

export function openDatabase(opts: { databaseUrl?: string; dataDir: string }): Database {
  if (opts.databaseUrl) {
    // Timestamps are stored as ISO text and counts come back as strings from pg;
    // parse bigint counts as numbers (they never exceed 2^53 here).
    pg.types.setTypeParser(20, (v) => Number(v));
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 10 });
    // An idle connection closed by the server (restart, failover, an administrator) is an 'error'
    // event on the pool; unhandled, it would crash the process. The pool drops that client and the
    // next query opens a new one, so there is nothing else to do.
    pool.on('error', () => {});
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), plugins: [new StripNulPlugin()] });
    return registered({ db, dialect: 'postgres', pool, url: opts.databaseUrl, close: () => db.destroy() });
  }
  mkdirSync(opts.dataDir, { recursive: true });
  const sqlite = new SQLite(sqlitePath(opts.dataDir));
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return registered({
    db,
    dialect: 'sqlite',
    sqlite,
    async close() {
      // Statistics for what this connection changed (an import, say), so the next process plans well.
      if (sqlite.open) optimizeDatabase({ dialect: 'sqlite', sqlite } as Database, 'close');
      await db.destroy();
    },
  });
}

// Which Database a Kysely handle belongs to, so a read given only the handle can reach its driver.
const databases = new WeakMap<Executor, Database>();
function registered(database: Database): Database {
  databases.set(database.db, database);
  return database;
}

export interface ReadQuery<R> {
  /** Every row, for the `?` placeholders in order. */
  rows(db: Executor, params: readonly unknown[]): Promise<R[]>;
}

/**
 * A read written once in SQL that SQLite and PostgreSQL both accept, with `?` placeholders. The
 * hottest pages (a question page runs several per render) spent more time in Kysely building,
 * compiling and queueing the same queries than in the database; this runs the statement as
 * prepared: better-sqlite3's compiled statement, or a named PostgreSQL statement (parsed and
 * planned once per connection). Inside a transaction (an Executor that is not a database's own
 * handle, or an SQLite connection with a transaction open) it goes through Kysely, so it sees
 * what the transaction sees and waits its turn on the single SQLite connection.
 */
export function readQuery<R>(text: string): ReadQuery<R> {
  const parts = text.split('?');
  let n = 0;
  const pgText = text.replace(/\?/g, () => `$${++n}`);
  const name = `oc_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
  const statements = new WeakMap<SQLite.Database, SQLite.Statement>();
  const strings = Object.assign([...parts], { raw: parts }) as unknown as TemplateStringsArray;
  return {
    async rows(db, params) {
      const database = databases.get(db);
      const handle = database?.sqlite;
      if (handle && !handle.inTransaction) {
        let statement = statements.get(handle);
        if (!statement) statements.set(handle, (statement = handle.prepare(text)));
        return statement.all(...params) as R[];
      }
      if (database?.pool) return (await database.pool.query({ name, text: pgText, values: params as unknown[] })).rows as R[];
      return (await sql<R>(strings, ...params).execute(db)).rows;
    },
  };
}

/**
 * Kysely prepares every query it runs, and better-sqlite3 compiles SQL on every prepare(): on a
 * cold question page that compilation was 13% of the server's CPU. The queries are a few hundred
 * fixed shapes, so compiled statements are kept by their SQL text (least recently used out). A
 * statement stays reusable across schema changes: SQLite recompiles it itself. Nothing here
 * streams a query (Kysely's stream() iterates a statement and would lock it until done).
 */
function withStatementCache(sqlite: SQLite.Database, size = 500): SQLite.Database {
  const cache = new Map<string, SQLite.Statement>();
  const prepare = (source: string): SQLite.Statement => {
    let statement = cache.get(source);
    if (statement) {
      cache.delete(source);
    } else {
      statement = sqlite.prepare(source);
      if (cache.size >= size) cache.delete(cache.keys().next().value!);
    }
    cache.set(source, statement);
    return statement;
  };
  return new Proxy(sqlite, {
    get(target, prop) {
      if (prop === 'prepare') return prepare;
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
