import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { openRuntime, type Runtime } from '../../src/runtime.js';

export interface TestSite {
  rt: Runtime;
  app: FastifyInstance;
  url: string;
  dataDir: string;
  env: Record<string, string>;
  close(): Promise<void>;
}

/**
 * A fresh database for one test: a SQLite file in a temporary directory, or,
 * with TEST_DATABASE_URL, a new PostgreSQL database created for the test and
 * dropped afterwards.
 */
export async function freshDatabaseEnv(): Promise<{ env: Record<string, string>; dataDir: string; drop(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'openconsult-test-'));
  const base = process.env.TEST_DATABASE_URL;
  if (!base) return { env: { DATA_DIR: dataDir }, dataDir, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
  const name = `oc_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(base);
  u.pathname = `/${name}`;
  return {
    env: { DATA_DIR: dataDir, DATABASE_URL: u.toString() },
    dataDir,
    async drop() {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const TEST_ENV = { DEMO_CONTENT: '0', RATE_LIMIT: '0', LOG_LEVEL: 'silent', JOBS: '0' };

/** A real server on a loopback port with its own database. */
export async function startSite(extraEnv: Record<string, string> = {}): Promise<TestSite> {
  const fresh = await freshDatabaseEnv();
  const env: Record<string, string> = { ...TEST_ENV, ...fresh.env, PORT: '0', HOST: '127.0.0.1', ...extraEnv };
  const config = loadConfig(env);
  const rt = await openRuntime(config);
  const app = await createApp(rt);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}`;
  return {
    rt,
    app,
    url,
    dataDir: fresh.dataDir,
    env,
    async close() {
      await app.close();
      // Handlers of requests whose client hung up may still be running.
      await rt.ops.inFlight?.settled(5000);
      await rt.close();
      await fresh.drop();
    },
  };
}

/** The same services without HTTP, for use-case tests. */
export async function openTestRuntime(extraEnv: Record<string, string> = {}): Promise<{ rt: Runtime; dataDir: string; env: Record<string, string>; close(): Promise<void> }> {
  const fresh = await freshDatabaseEnv();
  const env = { ...TEST_ENV, ...fresh.env, ...extraEnv };
  const rt = await openRuntime(loadConfig(env));
  return {
    rt,
    dataDir: fresh.dataDir,
    env,
    async close() {
      await rt.close();
      await fresh.drop();
    },
  };
}
