import { sql } from 'kysely';
import type { Executor } from '../db/database.js';
import { createSimilarityIndex, type SimilarityIndex } from '../similarity/index.js';
import { createRemoteIndex, type RemoteSimilarityIndex } from '../similarity/worker/remote-index.js';
import { DomainError } from '../errors.js';

/**
 * In-memory similarity indexes over published questions and FAQ entries,
 * rebuilt from the database at start-up and kept current by `sync`, which
 * reads rows changed since the last sync. Any process (another app server,
 * the CLI) may have written them, so the database is the source of truth.
 *
 * The question index (100,000 documents and more; site search, Similar Q&A, look-alike) lives in a
 * worker thread so its queries do not hold up the pages this thread serves; each question is sent
 * with its department id as its group, so the department filter runs there too. The FAQ index is
 * small and stays here.
 */
export interface RelatedIndexes {
  questions: RemoteSimilarityIndex;
  faqs: SimilarityIndex;
  /** text_hash of each indexed question, so copies of one text are never both suggested. */
  questionHash: Map<string, string>;
  /** Display title (headline or asker's title) of each indexed question, for suggestion lists. */
  titles: Map<string, string>;
  /**
   * Reads what changed since the last sync. `changedQuestions` lists every
   * question whose row changed (published or not), so page caches can drop
   * what they hold for it; `faqsChanged` says whether any FAQ entry did.
   */
  sync(db: Executor): Promise<SyncResult>;
  /** Called after every sync with what it found (page caches drop what changed). */
  onSync(listener: (r: SyncResult) => void): void;
  /** False once the question index's worker has died or been closed (search then answers 503). */
  readonly available: boolean;
  /** Ends the question index's worker. */
  close(): Promise<void>;
}

export interface SyncResult {
  questions: number;
  faqs: number;
  changedQuestions: number[];
  faqsChanged: boolean;
}

// Rows written by a transaction that committed just after our last read can
// carry an earlier timestamp; re-reading a short overlap is harmless (add replaces).
const OVERLAP_MS = 10_000;
/** Rows per page of a sync's reads; bodies are read for at most this many ids at once. */
const SYNC_PAGE = 5000;
/** Ids per body read: well under SQLite's bound-parameter limit. */
const BODY_BATCH = 500;

/**
 * The bodies of these questions, read by id (only the rows a sync has not seen carry theirs).
 * A row changed between a sync's two reads gives its newer body with the older updated_at; the
 * next sync reads the row again under its new updated_at, so the index ends up with the newest.
 */
async function bodiesOf(db: Executor, ids: number[]): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  for (let i = 0; i < ids.length; i += BODY_BATCH) {
    const rows = await db.selectFrom('questions').select(['id', 'body']).where('id', 'in', ids.slice(i, i + BODY_BATCH)).execute();
    for (const r of rows) out.set(r.id, r.body);
  }
  return out;
}

export const questionDocText = (title: string, body: string) => (title && !body.startsWith(title) ? `${title}\n${body}` : body);
export const faqDocText = (question: string, focus: string) => (focus && !question.toLowerCase().includes(focus.toLowerCase()) ? `${question} (${focus})` : question);

function hashText(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Where the previous page of changed rows ended: (updated_at, id), the order of the updated_at index. */
interface Keyset {
  at: string;
  id: number;
}

/** `cachedQueries`: how many queries' hits the question index keeps until it next changes (remote-index.ts). */
export function createRelatedIndexes(opts: { cachedQueries?: number } = {}): RelatedIndexes {
  const questions = createRemoteIndex({
    cachedQueries: opts.cachedQueries,
    // Mapped to 503 at the HTTP edge; the message is what a reader sees.
    unavailable: () => new DomainError('unavailable', 'Search is unavailable right now. Please try again in a minute.'),
  });
  const faqs = createSimilarityIndex();
  const questionHash = new Map<string, string>();
  const titles = new Map<string, string>();
  let questionCursor = '';
  let faqCursor = '';
  let running: Promise<SyncResult> | undefined;
  let queued: Promise<SyncResult> | undefined;
  const listeners: ((r: SyncResult) => void)[] = [];
  const run = (db: Executor) => {
    const p: Promise<SyncResult> = syncOnce(db)
      .then((r) => {
        for (const l of listeners) l(r);
        return r;
      })
      .finally(() => {
        if (running === p) running = undefined;
      });
    return p;
  };
  // updated_at of rows read inside the overlap window, so re-reading them is not mistaken for a change.
  const seenQuestions = new Map<number, string>();
  const seenFaqs = new Map<number, string>();
  // A fingerprint of each indexed question's text (FNV-1a), so a row touched without a text change is
  // not re-indexed. Its keys are the questions in the index (the worker's index cannot be asked synchronously).
  const indexedText = new Map<number, number>();
  const prune = (seen: Map<number, string>, before: string) => {
    for (const [id, at] of seen) if (at < before) seen.delete(id);
  };

  async function syncOnce(db: Executor) {
    const startedAt = new Date(Date.now() - OVERLAP_MS).toISOString();
    let nq = 0;
    let nf = 0;
    const changedQuestions: number[] = [];
    let faqsChanged = false;
    // Page through changes so a first build over 100k rows does not hold one giant result. The
    // pages follow the updated_at index: paging by id alone made SQLite walk the whole table on every
    // sync (180 ms at 100k questions), as `id > ?` with ORDER BY id looked cheaper than the index.
    let after: Keyset = { at: questionCursor, id: 0 };
    for (;;) {
      // Without the body: most rows a sync reads are ones it has seen (the overlap window is read
      // again by every sync, and syncs run back to back while readers' pages store Similar Q&A, each
      // write touching its question). Reading every body again made each sync carry all the text of
      // that window through an await, i.e. into the old generation, only to skip it.
      const rows = await db
        .selectFrom('questions')
        .select(['id', 'title', 'headline', 'lang', 'status', 'text_hash', 'department_id', 'updated_at'])
        .where(sql<boolean>`(updated_at, id) > (${after.at}, ${after.id})`)
        .orderBy('updated_at')
        .orderBy('id')
        .limit(SYNC_PAGE)
        .execute();
      if (rows.length === 0) break;
      const fresh = rows.filter((r) => seenQuestions.get(r.id) !== r.updated_at);
      const bodies = await bodiesOf(db, fresh.filter((r) => r.status === 'published').map((r) => r.id));
      const add = [];
      for (const r of fresh) {
        const id = String(r.id);
        if (r.status === 'published') {
          const body = bodies.get(r.id);
          // Deleted since the first read: nothing to index, and not marked seen.
          if (body === undefined) continue;
          seenQuestions.set(r.id, r.updated_at);
          changedQuestions.push(r.id);
          // Answers, More Info or Similar Q&A changing touch updated_at too; the indexed text is the
          // same then, and re-adding it would only make every query recompute its length norms.
          const text = questionDocText(r.title, body);
          // A department change alone re-sends the doc too (the worker holds the group).
          const fingerprint = hashText(`${r.lang}\n${r.department_id}\n${text}`);
          if (indexedText.get(r.id) !== fingerprint) add.push({ id, text, lang: r.lang, group: r.department_id });
          indexedText.set(r.id, fingerprint);
          questionHash.set(id, r.text_hash);
          titles.set(id, r.headline ?? r.title);
        } else {
          seenQuestions.set(r.id, r.updated_at);
          changedQuestions.push(r.id);
          if (indexedText.has(r.id)) {
            indexedText.delete(r.id);
            questions.remove(id);
            questionHash.delete(id);
            titles.delete(id);
          }
        }
      }
      // Sent a page (at most SYNC_PAGE rows) at a time; the worker applies them in order.
      questions.add(add);
      nq += rows.length;
      after = { at: rows[rows.length - 1].updated_at, id: rows[rows.length - 1].id };
    }
    after = { at: faqCursor, id: 0 };
    for (;;) {
      const rows = await db
        .selectFrom('faqs')
        .select(['id', 'question', 'focus', 'lang', 'updated_at'])
        .where(sql<boolean>`(updated_at, id) > (${after.at}, ${after.id})`)
        .orderBy('updated_at')
        .orderBy('id')
        .limit(5000)
        .execute();
      if (rows.length === 0) break;
      const fresh = rows.filter((r) => seenFaqs.get(r.id) !== r.updated_at);
      for (const r of fresh) seenFaqs.set(r.id, r.updated_at);
      if (fresh.length) faqsChanged = true;
      faqs.add(fresh.map((r) => ({ id: String(r.id), text: faqDocText(r.question, r.focus), lang: r.lang })));
      nf += rows.length;
      after = { at: rows[rows.length - 1].updated_at, id: rows[rows.length - 1].id };
    }
    // Everything sent is applied before the sync resolves, so a caller waiting for its own write
    // finds it. A worker that has died is not waited for: search answers 503 (available is false),
    // and the rest of the site keeps its fresh pages.
    try {
      await questions.flush();
    } catch (err) {
      if (questions.available) throw err;
    }
    questionCursor = startedAt;
    faqCursor = startedAt;
    prune(seenQuestions, startedAt);
    prune(seenFaqs, startedAt);
    return { questions: nq, faqs: nf, changedQuestions, faqsChanged };
  }

  return {
    questions,
    faqs,
    questionHash,
    titles,
    get available() {
      return questions.available;
    },
    close() {
      return questions.close();
    },
    sync(db) {
      // A caller must get a sync that started after it was called (it may be
      // waiting for its own write): if one is running, queue exactly one more
      // behind it and let every caller arriving meanwhile share that one.
      if (!running) return (running = run(db));
      queued ??= running
        .catch(() => undefined)
        .then(() => {
          queued = undefined;
          // One started by someone else since then also started after our callers arrived.
          return running ?? (running = run(db));
        });
      return queued;
    },
    onSync(listener) {
      listeners.push(listener);
    },
  };
}
