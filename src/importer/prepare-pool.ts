import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Department } from '../db/schema.js';
import { prepareSafely, type PreparedOrError } from './prepare-thread.js';
import type { QaRecord } from './qa-record.js';

export interface RawThread {
  record: QaRecord;
  department: Pick<Department, 'id'>;
}

/** Prepares chunks of threads, in the order given, on worker threads when the machine has cores to spare. */
export interface ThreadPreparer {
  prepare(chunk: RawThread[], now: string): Promise<PreparedOrError[]>;
  close(): Promise<void>;
}

interface Task {
  chunk: RawThread[];
  now: string;
  resolve(threads: PreparedOrError[]): void;
}

// Storage on the importer's own thread is the limit beyond two (each worker also holds its own
// triage model and dictionaries, ~150 MB).
const MAX_WORKERS = 2;

/**
 * One worker per core, at most MAX_WORKERS. The importer's own thread reads, validates and writes
 * (better-sqlite3 blocks it while SQLite works), so the workers take the
 * de-identification and triage. A worker that fails hands its chunks back to
 * be prepared here: an import never depends on threads being available.
 */
export function createThreadPreparer(workers = Math.min(MAX_WORKERS, availableParallelism())): ThreadPreparer {
  const inline = (chunk: RawThread[], now: string) => chunk.map((t) => prepareSafely(t.record, t.department, now));
  if (workers < 1) return { prepare: async (chunk, now) => inline(chunk, now), close: async () => {} };

  const pool = Array.from({ length: workers }, () => {
    // The project runs TypeScript through tsx; the entry registers it inside the worker.
    const worker = new Worker(new URL('./prepare-worker.mjs', import.meta.url));
    const pending = new Map<number, Task>();
    const slot = { worker, pending, alive: true };
    worker.on('message', (m: { id: number; threads: PreparedOrError[] }) => {
      const task = pending.get(m.id);
      pending.delete(m.id);
      task?.resolve(m.threads);
    });
    const fail = () => {
      if (!slot.alive) return;
      slot.alive = false;
      for (const task of pending.values()) task.resolve(inline(task.chunk, task.now));
      pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', fail);
    return slot;
  });
  let nextId = 0;
  return {
    prepare(chunk, now) {
      return new Promise((resolve) => {
        const id = nextId++;
        const slot = pool[id % pool.length];
        if (!slot.alive) return resolve(inline(chunk, now));
        slot.pending.set(id, { chunk, now, resolve });
        slot.worker.postMessage({ id, chunk, now });
      });
    },
    async close() {
      for (const slot of pool) slot.alive = false;
      await Promise.all(pool.map((s) => s.worker.terminate()));
    },
  };
}
