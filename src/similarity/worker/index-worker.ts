import { parentPort } from 'node:worker_threads';
import { createSimilarityIndex } from '../engine.js';
import type { SimilarityHit } from '../types.js';
import type { IndexReply, IndexRequest } from './protocol.js';

/**
 * The question index's own thread: it owns a SimilarityIndex and each document's group (department),
 * so queries, and the department filter, run here instead of on the thread serving pages.
 */
const port = parentPort!;
const index = createSimilarityIndex();
const groupOf = new Map<string, number>();

function handle(m: IndexRequest): IndexReply {
  switch (m.op) {
    case 'add':
      index.add(m.docs);
      for (const d of m.docs) {
        if (d.group === undefined) groupOf.delete(d.id);
        else groupOf.set(d.id, d.group);
      }
      return { id: m.id, ok: true };
    case 'remove':
      for (const id of m.ids) {
        index.remove(id);
        groupOf.delete(id);
      }
      return { id: m.id, ok: true };
    case 'query': {
      const { k, lang, exclude, group } = m.opts;
      const hits: SimilarityHit[] = index.query(m.text, {
        k,
        lang,
        exclude: exclude?.length ? new Set(exclude) : undefined,
        filter: group === undefined ? undefined : (id) => groupOf.get(id) === group,
      });
      return { id: m.id, ok: true, hits };
    }
    case 'flush':
      // A flush ends every sync, the first one after building the whole index.
      index.trimStorage();
      return { id: m.id, ok: true, size: index.size };
  }
}

port.on('message', (m: IndexRequest) => {
  let reply: IndexReply;
  try {
    reply = handle(m);
  } catch (err) {
    reply = { id: m.id, ok: false, error: (err as Error).message };
  }
  port.postMessage(reply);
});
