import type { Executor } from '../db/database.js';
import type { Department } from '../db/schema.js';
import { listDepartments } from '../departments/repository.js';
import type { RelatedIndexes } from '../related/indexes.js';

/**
 * The department list for the search form and result lines, read once instead of on every search.
 * Departments change only by admin edits, and every change to them moves the database's 'site'
 * content version; every request checks that version before its handler runs and, when it moved,
 * syncs the indexes first (ops/freshness.ts), whichever server made the change. So dropping the
 * list on each sync means no request after a change can see the list from before it.
 */
export function cachedDepartments(db: Executor, related: Pick<RelatedIndexes, 'onSync'>): () => Promise<Department[]> {
  // The promise is kept, not its result: a read that started before a change and ends after it
  // was dropped cannot put the old list back.
  let list: Promise<Department[]> | undefined;
  related.onSync(() => {
    list = undefined;
  });
  return () => {
    if (!list) {
      const reading = listDepartments(db);
      list = reading;
      reading.catch(() => {
        if (list === reading) list = undefined;
      });
    }
    return list;
  };
}
