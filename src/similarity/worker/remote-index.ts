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
export function createRemoteIndex(opts: { entry?: URL; unavailable?: () => Error; cachedQueries?: number } = {}): RemoteSimilarityIndex {
  const unavailable = opts.unavailable ?? (() => new IndexUnavailableError());
  const cache = createQueryCache(opts.cachedQueries ?? 0);
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
      if (!docs.length) return;
      cache.clear();
      write({ id: nextId++, op: 'add', docs });
    },
    remove(id) {
      cache.clear();
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
      const opts = { k: o.k, lang: o.lang, group: o.group, exclude };
      // Only queries without exclusions are kept: those are site search's (the same words typed
      // by many readers); Similar Q&A excludes the question itself and rarely repeats.
      const key = exclude?.length ? undefined : cache.key(text, opts);
      const cached = key === undefined ? undefined : cache.get(key);
      if (cached) return cached.slice();
      const generation = cache.generation;
      const r = await send({ id: nextId++, op: 'query', text, opts });
      const hits = r.hits ?? [];
      if (key !== undefined) cache.set(key, hits, generation);
      return hits.slice();
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

/**
 * Hits of recent queries, so a query asked again is answered without the worker. Exact: cleared
 * whenever a document is added or removed (the only changes to the worker's index, sent in order
 * with the queries), and a reply to a query sent before a clear is not kept. Sized in queries
 * (0: no cache); the least recently asked goes first.
 */
function createQueryCache(size: number) {
  const entries = new Map<string, SimilarityHit[]>();
  const cache = {
    /** Moves on every clear: a reply that left the worker before it must not be kept after it. */
    generation: 0,
    key(text: string, opts: RemoteQueryOptions): string | undefined {
      return size > 0 ? `${opts.k ?? ''}\u0000${opts.lang ?? ''}\u0000${opts.group ?? ''}\u0000${text}` : undefined;
    },
    get(key: string): SimilarityHit[] | undefined {
      const hits = entries.get(key);
      if (hits) {
        entries.delete(key);
        entries.set(key, hits);
      }
      return hits;
    },
    set(key: string, hits: SimilarityHit[], generation: number) {
      if (generation !== cache.generation) return;
      entries.delete(key);
      // Hit objects are shared by every later caller: none may change them.
      entries.set(key, hits.map((h) => Object.freeze({ ...h })));
      if (entries.size > size) entries.delete(entries.keys().next().value!);
    },
    clear() {
      cache.generation++;
      entries.clear();
    },
  };
  return cache;
}
