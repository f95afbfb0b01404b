import type { Lang, SimilarityDoc, SimilarityHit } from '../types.js';

/**
 * Messages between the main thread (remote-index.ts) and the index worker (index-worker.ts).
 * Every request carries an id and gets exactly one reply with that id. The worker handles
 * requests one at a time, in the order sent, so a query sent after an add sees that add.
 */

/** A document with the group it belongs to (a question's department id), for filtered queries. */
export interface GroupedDoc extends SimilarityDoc {
  group?: number;
}

export interface RemoteQueryOptions {
  /** how many hits to return (default 10) */
  k?: number;
  lang?: Lang;
  /** ids never returned */
  exclude?: string[];
  /** only docs added with this group */
  group?: number;
}

export type IndexRequest =
  | { id: number; op: 'add'; docs: GroupedDoc[] }
  | { id: number; op: 'remove'; ids: string[] }
  | { id: number; op: 'query'; text: string; opts: RemoteQueryOptions }
  /** Replies once every request before it has been applied, with the index size. */
  | { id: number; op: 'flush' };

export type IndexReply =
  | { id: number; ok: true; hits?: SimilarityHit[]; size?: number }
  | { id: number; ok: false; error: string };
