import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Database } from '../db/database.js';
import { queueDepth } from '../jobs/queue.js';
import type { PageCache } from './page-cache.js';

/**
 * Prometheus metrics for one app server. A registry of its own (not the
 * library's global one), so several apps in one process (tests) do not clash.
 */
export interface Metrics {
  registry: Registry;
  requestDuration: Histogram<'method' | 'route' | 'status'>;
  jobsRun: Counter<'kind' | 'outcome'>;
  jobDuration: Histogram<'kind'>;
}

export function createMetrics(deps: { database: Database; pageCache: PageCache }): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'openconsult_' });
  const requestDuration = new Histogram({
    name: 'openconsult_http_request_duration_seconds',
    help: 'HTTP request latency by route template',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const jobsRun = new Counter({ name: 'openconsult_jobs_total', help: 'Background jobs run by this server, by outcome', labelNames: ['kind', 'outcome'] as const, registers: [registry] });
  const jobDuration = new Histogram({
    name: 'openconsult_job_duration_seconds',
    help: 'Background job run time',
    labelNames: ['kind'] as const,
    buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 30, 120],
    registers: [registry],
  });
  new Gauge({
    name: 'openconsult_job_queue_depth',
    help: 'Jobs in the shared queue by status (the whole site, not this server)',
    labelNames: ['status'] as const,
    registers: [registry],
    async collect() {
      const d = await queueDepth(deps.database.db);
      for (const [status, n] of Object.entries(d)) this.set({ status }, n);
    },
  });
  const { pageCache } = deps;
  new Gauge({
    name: 'openconsult_page_cache_hits_total',
    help: 'Anonymous page requests answered from the in-process page cache',
    registers: [registry],
    collect() {
      this.set(pageCache.hits);
    },
  });
  new Gauge({
    name: 'openconsult_page_cache_misses_total',
    help: 'Cacheable anonymous page requests that had to be rendered',
    registers: [registry],
    collect() {
      this.set(pageCache.misses);
    },
  });
  new Gauge({
    name: 'openconsult_page_cache_hit_ratio',
    help: 'hits / (hits + misses) since start',
    registers: [registry],
    collect() {
      const total = pageCache.hits + pageCache.misses;
      this.set(total ? pageCache.hits / total : 0);
    },
  });
  new Gauge({
    name: 'openconsult_page_cache_bytes',
    help: 'Bytes of rendered pages held',
    registers: [registry],
    collect() {
      this.set(pageCache.stats().bytes);
    },
  });
  return { registry, requestDuration, jobsRun, jobDuration };
}
