import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import type { Database } from '../db/client.js';
import type { Queues } from '../outbox/queues.js';
import { registerDbGauges } from './db-gauges.js';
import { registerQueueGauges } from './queue-gauges.js';

export interface Metrics {
  registry: Registry;
  httpRequests: Counter<'method' | 'route' | 'status'>;
  httpDuration: Histogram<'method' | 'route' | 'status'>;
}

/** Upper bounds of the GC pause histogram (`nodejs_gc_duration_seconds`), in seconds. */
export const GC_BUCKETS = [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 1];

/**
 * One registry per app (never prom-client's global one), so a process or a test may build several
 * apps. Process figures (memory, event-loop lag, GC) come from prom-client's default collectors.
 */
export function createMetrics(sources: { database: Database; queues: Queues }): Metrics {
  const registry = new Registry();
  // GC pauses in fine buckets: a pause of a few milliseconds shows in a request's p99, so the
  // default buckets (1 ms, 10 ms, 100 ms...) are too coarse to tell a 2 ms pause from a 9 ms one.
  collectDefaultMetrics({ register: registry, gcDurationBuckets: GC_BUCKETS });
  const errors = new Counter({
    name: 'wd_metrics_collect_errors_total',
    help: 'Scrape-time figures that could not be read because their source did not answer (seen from the next scrape)',
    labelNames: ['metric'] as const,
    registers: [registry],
  });
  registerQueueGauges(registry, errors, sources.queues);
  registerDbGauges(registry, errors, sources.database);
  const labelNames = ['method', 'route', 'status'] as const;
  return {
    registry,
    httpRequests: new Counter({
      name: 'http_requests_total',
      help: 'HTTP requests answered',
      labelNames,
      registers: [registry],
    }),
    httpDuration: new Histogram({
      name: 'http_request_duration_seconds',
      help: 'Time from receiving a request to sending its response',
      labelNames,
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
  };
}
