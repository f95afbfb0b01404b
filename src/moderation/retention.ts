import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { enqueue } from '../jobs/queue.js';
import type { JobHandler } from '../jobs/worker.js';
import { purgeOriginals } from '../questions/originals.js';
import { audit } from './audit.js';

/** Deletes what askers typed before de-identification, a set time (ORIGINAL_RETENTION_DAYS) after publication. */
export const PURGE_ORIGINALS = 'purge-originals';
export const PURGE_EVERY_MS = 24 * 3600_000;

/** The job itself: idempotent, so two app servers running it on the same day do no harm. */
export async function runOriginalsPurge(database: Database, config: Pick<Config, 'originalRetentionDays'>): Promise<number> {
  return database.db.transaction().execute(async (trx) => {
    const deleted = await purgeOriginals(trx, config.originalRetentionDays);
    // A system action, recorded so the retention promise in the privacy policy can be shown to be kept.
    if (deleted > 0) await audit(trx, { actorId: null, action: 'originals.purge', targetType: 'question_originals', targetId: '*', details: { deleted, retentionDays: config.originalRetentionDays } });
    return deleted;
  });
}

/** Handlers to spread into the worker's handler map (runtime.ts). */
export function moderationJobHandlers(deps: { database: Database; config: Pick<Config, 'originalRetentionDays'>; log: Logger }): Record<string, JobHandler> {
  return {
    [PURGE_ORIGINALS]: async () => {
      const deleted = await runOriginalsPurge(deps.database, deps.config);
      if (deleted) deps.log.info({ deleted }, 'purged originals past retention');
    },
  };
}

/**
 * Queues the purge now and then once a day, for as long as the process runs.
 * The job does not re-queue itself: `cli enrich` drains every job ignoring
 * run_at, and a self-scheduling job would keep it busy forever.
 * Returns a function that stops the schedule.
 */
export function scheduleModerationJobs(database: Database, log: Logger, everyMs = PURGE_EVERY_MS): () => void {
  const queue = () =>
    enqueue(database.db, PURGE_ORIGINALS, PURGE_ORIGINALS, {}, { maxAttempts: 3 }).catch((err) => log.error({ err }, 'could not queue the originals purge'));
  void queue();
  const timer = setInterval(queue, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
