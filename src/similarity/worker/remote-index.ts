import { Worker } from 'node:worker_threads';
import type { SimilarityHit } from '../types.js';
import type { GroupedDoc, IndexReply, IndexRequest, RemoteQueryOptions } from './protocol.js';

export interface RemoteQueryOpts extends Omit<RemoteQueryOptions, 'exclude'> {
  exclude?: ReadonlySet<string> | readonly string[];
}

/**
 * A similarity index held by a worker thread: the same ranking as createSimilarityIndex (the worker
 * runs it), with queries answered by Promise so the main thread serves pages meanwhile.
 * Writes are sent in order and need no waiting: a query sent after them sees them; `flush()`
 * resolves once everything sent before it is applied (and rejects if any of it failed).
 */
export interface RemoteSimilarityIndex {
  add(docs: GroupedDoc[]): void;
  remove(id: string): void;
  flush(): Promise<number>;
  query(text: string, opts?: RemoteQueryOpts): Promise<SimilarityHit[]>;
  /** False once the worker has died or been closed: every call then rejects (IndexUnavailableError by default). */
  readonly available: boolean;
  /** Ends the worker; calls still waiting are rejected. */
  close(): Promise<void>;
}

interface Pending {
  resolve(r: IndexReply & { ok: true }): void;
  reject(e: Error): void;
}

export class IndexUnavailableError extends Error {
  constructor() {
    super('the similarity index worker is not running');
    this.name = 'IndexUnavailableError';
  }
}

/**
 * `entry`: the worker's module (tests give one that fails); the default registers tsx and loads
 * index-worker.ts. `unavailable`: the error calls reject with once the worker is gone (the app
 * passes its own domain error, as this module imports nothing from the app).
 */
export function createRemoteIndex(opts: { entry?: URL; unavailable?: () => Error } = {}): RemoteSimilarityIndex {
  const unavailable = opts.unavailable ?? (() => new IndexUnavailableError());
  const pending = new Map<number, Pending>();
  let nextId = 0;
  let alive = true;
  let closing: Promise<void> | undefined;
  // A write (add/remove) that failed in the worker, reported by the next flush.
  let writeError: Error | undefined;

  const die = () => {
    if (!alive) return;
    alive = false;
    const err = unavailable();
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  // Started on first use: a CLI command that never touches the index starts no thread.
  let started: Worker | undefined;
  const worker = () => {
    if (started) return started;
    const w = (started = new Worker(opts.entry ?? new URL('./index-worker.mjs', import.meta.url)));
    w.on('message', (m: IndexReply) => {
      const p = pending.get(m.id);
      if (!p) return;
      pending.delete(m.id);
      if (pending.size === 0) w.unref();
      if (m.ok) p.resolve(m);
      else p.reject(new Error(`similarity worker: ${m.error}`));
    });
    w.on('error', die);
    w.on('exit', die);
    // The worker keeps the process alive only while a call waits for it: an idle index must not hold
    // open a process that has nothing else to do (a CLI command, a test).
    w.unref();
    return w;
  };

  const send = (m: IndexRequest) => {
    if (!alive) return Promise.reject(unavailable());
    return new Promise<IndexReply & { ok: true }>((resolve, reject) => {
      const w = worker();
      if (pending.size === 0) w.ref();
      pending.set(m.id, { resolve, reject });
      try {
        w.postMessage(m);
      } catch (err) {
        // A message that cannot be cloned: this call fails, nothing was sent.
        pending.delete(m.id);
        if (pending.size === 0) w.unref();
        reject(err);
      }
    });
  };
  const write = (m: IndexRequest) => {
    if (!alive) return;
    send(m).catch((err) => {
      if (alive) writeError ??= err;
    });
  };

  return {
    add(docs) {
      if (docs.length) write({ id: nextId++, op: 'add', docs });
    },
    remove(id) {
      write({ id: nextId++, op: 'remove', ids: [id] });
    },
    async flush() {
      const r = await send({ id: nextId++, op: 'flush' });
      if (writeError) {
        const err = writeError;
        writeError = undefined;
        throw err;
      }
      return r.size ?? 0;
    },
    async query(text, o = {}) {
      const exclude = o.exclude ? [...o.exclude] : undefined;
      const r = await send({ id: nextId++, op: 'query', text, opts: { k: o.k, lang: o.lang, group: o.group, exclude } });
      return r.hits ?? [];
    },
    get available() {
      return alive;
    },
    close() {
      closing ??= (async () => {
        die();
        await started?.terminate();
      })();
      return closing;
    },
  };
}
