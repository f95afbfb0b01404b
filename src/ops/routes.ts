import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { AppDeps } from '../context.js';
import { pendingMigrations } from '../db/migrate.js';
import type { Ops } from './ops.js';

/** /readyz and /metrics, plus the per-request latency histogram. */
export function registerOpsRoutes(app: FastifyInstance, deps: AppDeps, ops: Ops) {
  // One histogram child per (method, route template, status), kept: observing through a label
  // object makes prom-client build and hash a key from it on every request. The set is small
  // (route templates, not URLs), so the map stays bounded.
  const series = new Map<string, { observe(seconds: number): void }>();
  app.addHook('onResponse', (req, reply, next) => {
    const route = req.routeOptions.url ?? 'unmatched';
    if (route !== '/metrics') {
      const key = `${req.method} ${reply.statusCode} ${route}`;
      let child = series.get(key);
      if (!child) series.set(key, (child = ops.metrics.requestDuration.labels(req.method, route, String(reply.statusCode))));
      child.observe(reply.elapsedTime / 1000);
    }
    next();
  });

  // Ready = this server can serve correctly: the database answers, its schema is current, the in-memory indexes are built.
  app.get('/readyz', async (_req, reply) => {
    const checks: Record<string, string> = {};
    try {
      await sql`SELECT 1`.execute(deps.database.db);
      checks.database = 'ok';
      const pending = await pendingMigrations(deps.database.db);
      checks.migrations = pending.length ? `pending: ${pending.join(', ')}` : 'ok';
    } catch (err) {
      checks.database = `unreachable: ${(err as Error).message}`;
    }
    checks.indexes = ops.freshness.indexesBuilt ? 'ok' : 'building';
    if (ops.draining) checks.server = 'shutting down';
    const ready = Object.values(checks).every((v) => v === 'ok');
    return reply.code(ready ? 200 : 503).header('cache-control', 'no-store').send({ status: ready ? 'ready' : 'not ready', checks });
  });

  app.get('/metrics', async (_req, reply) => {
    const body = await ops.metrics.registry.metrics();
    return reply.header('cache-control', 'no-store').type(ops.metrics.registry.contentType).send(body);
  });
}
