import { hostname } from 'node:os';
import type { Logger } from 'pino';
import type { Database } from '../db/database.js';
import type { Job } from '../db/schema.js';
import { claimNext, markDone, markFailed } from './queue.js';

export type JobHandler = (job: Job, payload: any) => Promise<void>;

export interface Worker {
  /** Runs due jobs until none are left; resolves with how many ran. */
  drain(opts?: { ignoreSchedule?: boolean }): Promise<{ done: number; failed: number; retried: number }>;
  start(pollMs?: number): void;
  stop(): Promise<void>;
}

/**
 * Handlers write their results in one transaction and are idempotent, so a
 * job that is claimed again after a crash simply recomputes them.
 */
export function createWorker(database: Database, handlers: Record<string, JobHandler>, log: Logger): Worker {
  const workerId = `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
  let running = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<unknown> = Promise.resolve();

  async function runOne(ignoreSchedule = false): Promise<'done' | 'failed' | 'retry' | 'idle'> {
    const job = await claimNext(database, workerId, Object.keys(handlers), ignoreSchedule);
    if (!job) return 'idle';
    const handler = handlers[job.kind];
    try {
      await handler(job, JSON.parse(job.payload));
      await markDone(database.db, job);
      return 'done';
    } catch (err) {
      const outcome = await markFailed(database.db, job, err);
      const level = outcome === 'failed' ? 'error' : 'warn';
      log[level]({ job: job.id, kind: job.kind, attempts: job.attempts, err: (err as Error)?.message }, outcome === 'failed' ? 'job failed for good' : 'job failed, will retry');
      return outcome;
    }
  }

  async function drain(opts: { ignoreSchedule?: boolean } = {}) {
    const counts = { done: 0, failed: 0, retried: 0 };
    for (;;) {
      const r = await runOne(opts.ignoreSchedule);
      if (r === 'idle') return counts;
      if (r === 'done') counts.done++;
      else if (r === 'failed') counts.failed++;
      else counts.retried++;
    }
  }

  return {
    drain,
    start(pollMs = 1000) {
      running = true;
      const tick = async () => {
        if (!running) return;
        current = drain().catch((err) => log.error({ err }, 'worker loop error'));
        await current;
        if (running) timer = setTimeout(tick, pollMs);
      };
      timer = setTimeout(tick, 50);
    },
    async stop() {
      running = false;
      if (timer) clearTimeout(timer);
      await current;
    },
  };
}
