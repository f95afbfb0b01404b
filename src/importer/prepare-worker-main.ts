import { parentPort } from 'node:worker_threads';
import type { RawThread } from './prepare-pool.js';
import { prepareSafely } from './prepare-thread.js';

parentPort!.on('message', ({ id, chunk, now }: { id: number; chunk: RawThread[]; now: string }) => {
  parentPort!.postMessage({ id, threads: chunk.map((t) => prepareSafely(t.record, t.department, now)) });
});
