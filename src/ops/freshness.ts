import type { Logger } from 'pino';
import type { Database } from '../db/database.js';
import type { RelatedIndexes } from '../related/indexes.js';
import { listenForChanges, type ChangeFeed } from './change-feed.js';
import { createVersionReader, type ContentVersions } from './content-versions.js';
import type { PageCache } from './page-cache.js';

/**
 * Keeps this server's caches (rendered pages, similarity indexes) in step
 * with the database, whoever wrote to it: this server, another app server,
 * or the CLI.
 *
 * - `ensureFresh()` is the guarantee: it reads the content version counters
 *   and, when they moved since the last look, syncs the indexes (which drops
 *   the changed questions' pages) before returning. Requests call it first,
 *   so a change committed anywhere is visible to the next request here.
 * - On PostgreSQL, LISTEN/NOTIFY makes the work happen ahead of requests:
 *   pages are dropped the moment a change is announced and the indexes are
 *   synced right after. On SQLite a timer does the same for other processes.
 */
export interface Freshness {
  ensureFresh(): Promise<void> | void;
  start(): void;
  stop(): Promise<void>;
  /** Whether the indexes have been built from the database at least once and the question index's worker is running. */
  readonly indexesBuilt: boolean;
}

export function createFreshness(deps: { database: Database; related: RelatedIndexes; pageCache: PageCache; log: Logger }, opts: { pollMs?: number } = {}): Freshness {
  const { database, related, pageCache, log } = deps;
  const readVersions = createVersionReader(database);
  let seen: ContentVersions | undefined;
  let built = false;
  let feed: ChangeFeed | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  /** The background catch-up under way, awaited by stop() so the database is not closed under it. */
  let inFlight: Promise<void> | undefined;

  related.onSync((r) => {
    built = true;
    if (r.faqsChanged) pageCache.clear();
    else if (r.changedQuestions.length) pageCache.invalidateQuestions(r.changedQuestions);
  });

  async function catchUp(v: ContentVersions) {
    if (seen && v.site !== seen.site) pageCache.clear();
    await related.sync(database.db);
    // Only move forward: a slower reader finishing late must not rewind what a faster one saw.
    if (!seen || (v.questions >= seen.questions && v.site >= seen.site)) seen = v;
  }

  const moved = (v: ContentVersions) => !seen || v.questions !== seen.questions || v.site !== seen.site;

  function ensureFresh(): Promise<void> | void {
    const v = readVersions();
    if (v instanceof Promise) return v.then((read) => (moved(read) ? catchUp(read) : undefined));
    return moved(v) ? catchUp(v) : undefined;
  }

  let again = false;
  const background = () => {
    if (stopped) return;
    // One catch-up at a time; a signal that comes meanwhile runs one more after it.
    if (inFlight) {
      again = true;
      return;
    }
    inFlight = Promise.resolve()
      .then(ensureFresh)
      .catch((err) => log.error({ err }, 'cache catch-up failed'))
      .finally(() => {
        inFlight = undefined;
        if (again) {
          again = false;
          background();
        }
      });
  };

  return {
    ensureFresh,
    get indexesBuilt() {
      return built && related.available;
    },
    start() {
      const pollMs = opts.pollMs ?? (database.dialect === 'postgres' ? 10_000 : 1000);
      if (database.dialect === 'postgres') {
        const url = database.url;
        if (url)
          feed = listenForChanges(url, log, {
            change(c) {
              // Drop pages at once (synchronously); the index sync follows.
              if (c.kind === 'site' || c.ids === 'all') pageCache.clear();
              else pageCache.invalidateQuestions(c.ids);
              background();
            },
            reconnected: background,
          });
      }
      // A safety net under NOTIFY, and the only signal between processes on SQLite.
      timer = setInterval(background, pollMs);
      timer.unref();
      background();
    },
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      await feed?.close();
      await inFlight;
    },
  };
}
