import pino from 'pino';
import type { Config } from './config.js';
import type { AppDeps } from './context.js';
import { openDatabase } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { optimizeDatabase } from './db/optimize.js';
import { enrichQuestion } from './enrichment/pipeline.js';
import { ENRICH_QUESTION } from './enrichment/jobs.js';
import { providerFromConfig } from './enrichment/provider.js';
import { createWorker, type Worker } from './jobs/worker.js';
import { createMailer } from './notifications/mailer.js';
import { SEND_MAIL } from './notifications/notify.js';
import { moderationJobHandlers } from './moderation/retention.js';
import { createRelatedIndexes } from './related/indexes.js';
import { createOps, type Ops } from './ops/ops.js';

export interface Runtime extends AppDeps {
  worker: Worker;
  /** This server's page cache, cache freshness and metrics (shared by its app and its worker). */
  ops: Ops;
  close(): Promise<void>;
}

/**
 * Opens the database (applying pending migrations), and wires the services
 * and background job handlers. Used by the server and every CLI command.
 */
export async function openRuntime(config: Config, opts: { logDestination?: pino.DestinationStream; jobLeaseMs?: number } = {}): Promise<Runtime> {
  const log = pino({ level: config.logLevel, redact: ['req.headers.authorization', 'req.headers.cookie'] }, opts.logDestination as pino.DestinationStream);
  const database = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrateToLatest(database.db);
  optimizeDatabase(database, 'open');
  const mailer = createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, dataDir: config.dataDir });
  const related = createRelatedIndexes({ cachedQueries: config.searchCacheQueries });
  const deps: AppDeps = { config, database, mailer, log, related };
  const provider = providerFromConfig(config, log);
  const ops = createOps(deps);
  const worker = createWorker(
    database,
    {
      [ENRICH_QUESTION]: async (_job, payload: { questionId: number }) => {
        await enrichQuestion(deps, provider, payload.questionId);
      },
      [SEND_MAIL]: async (_job, payload: { to: string; subject: string; text: string }) => {
        await mailer.send(payload);
      },
      ...moderationJobHandlers(deps),
    },
    log,
    {
      leaseMs: opts.jobLeaseMs,
      onJobEnd(job, outcome, ms) {
        ops.metrics.jobsRun.inc({ kind: job.kind, outcome });
        ops.metrics.jobDuration.observe({ kind: job.kind }, ms / 1000);
      },
    },
  );
  return {
    ...deps,
    worker,
    ops,
    async close() {
      await worker.stop();
      await ops.freshness.stop();
      await database.close();
      await related.close();
    },
  };
}
