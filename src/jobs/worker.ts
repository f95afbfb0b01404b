import { hostname } from 'node:os';
import type { Logger } from 'pino';
import type { Database } from '../db/database.js';
import type { Job } from '../db/schema.js';
import { claimNext, LEASE_MS, markDone, markFailed, renewLease } from './queue.js';

export type JobHandler = (job: Job, payload: any) => Promise<void>;

export type JobOutcome = 'done' | 'failed' | 'retry';

export interface WorkerOptions {
  /** How long a claim holds without renewal; the worker renews it every third of that while a job runs. */
  leaseMs?: number;
  /** Called after every job, whatever its outcome (metrics, cache catch-up). */
  onJobEnd?: (job: Job, outcome: JobOutcome, ms: number) => void;
}

export interface Worker {
  readonly id: string;
  /** Runs due jobs until none are left (or the worker is stopping); resolves with how many ran. */
  drain(opts?: { ignoreSchedule?: boolean }): Promise<{ done: number; failed: number; retried: number }>;
  start(pollMs?: number): void;
  /** Stops polling and waits for the job in hand to finish; no new job is claimed after this is called. */
  stop(): Promise<void>;
}

/**
 * Handlers write their results in one transaction and are idempotent, so a
 * job that is claimed again after a crash simply recomputes them.
 */
export function createWorker(database: Database, handlers: Record<string, JobHandler>, log: Logger, opts: WorkerOptions = {}): Worker {
  const workerId = `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
  const leaseMs = opts.leaseMs ?? LEASE_MS;
  let polling = false;
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<unknown> = Promise.resolve();

  async function runOne(ignoreSchedule = false): Promise<JobOutcome | 'idle'> {
    const job = await claimNext(database, workerId, { kinds: Object.keys(handlers), ignoreSchedule, leaseMs });
    if (!job) return 'idle';
    const started = Date.now();
    // A job that outlives its lease would be claimed by a second worker: keep the claim fresh while it runs.
    const heartbeat = setInterval(() => {
      renewLease(database.db, job).catch((err) => log.warn({ err, job: job.id }, 'could not renew a job lease'));
    }, Math.max(50, Math.floor(leaseMs / 3)));
    heartbeat.unref();
    let outcome: JobOutcome;
    try {
      await handlers[job.kind](job, JSON.parse(job.payload));
      clearInterval(heartbeat);
      await markDone(database.db, job);
      outcome = 'done';
    } catch (err) {
      clearInterval(heartbeat);
      outcome = await markFailed(database.db, job, err);
      const level = outcome === 'failed' ? 'error' : 'warn';
      log[level]({ job: job.id, kind: job.kind, attempts: job.attempts, err: (err as Error)?.message }, outcome === 'failed' ? 'job failed for good' : 'job failed, will retry');
    }
    opts.onJobEnd?.(job, outcome, Date.now() - started);
    return outcome;
  }

  async function drain(drainOpts: { ignoreSchedule?: boolean } = {}) {
    const counts = { done: 0, failed: 0, retried: 0 };
    while (!stopping) {
      const r = await runOne(drainOpts.ignoreSchedule);
      if (r === 'idle') break;
      if (r === 'done') counts.done++;
      else if (r === 'failed') counts.failed++;
      else counts.retried++;
    }
    return counts;
  }

  return {
    id: workerId,
    drain,
    start(pollMs = 1000) {
      polling = true;
      stopping = false;
      const tick = async () => {
        if (!polling) return;
        current = drain().catch((err) => log.error({ err }, 'worker loop error'));
        await current;
        if (polling) timer = setTimeout(tick, pollMs);
      };
      timer = setTimeout(tick, 50);
    },
    async stop() {
      polling = false;
      stopping = true;
      if (timer) clearTimeout(timer);
      await current;
    },
  };
}
