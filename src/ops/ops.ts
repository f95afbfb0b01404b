import type { AppDeps } from '../context.js';
import { createFreshness, type Freshness } from './freshness.js';
import { createMetrics, type Metrics } from './metrics.js';
import { PageCache } from './page-cache.js';
import type { InFlight } from './inflight.js';

/** What one app server keeps for operations: its page cache, cache freshness, metrics, and whether it is draining. */
export interface Ops {
  pageCache: PageCache;
  freshness: Freshness;
  metrics: Metrics;
  /** Set when shutdown begins: /readyz answers 503 so the load balancer stops sending requests. */
  draining: boolean;
  /** Handlers still running in the app (set when the app is built); shutdown waits for them before closing the database. */
  inFlight?: InFlight;
}

export function createOps(deps: Pick<AppDeps, 'database' | 'related' | 'log'>): Ops {
  const pageCache = new PageCache();
  const freshness = createFreshness({ ...deps, pageCache });
  const metrics = createMetrics({ database: deps.database, pageCache });
  return { pageCache, freshness, metrics, draining: false };
}
