import type { Counter, Registry } from 'prom-client';
import type { Queues } from '../outbox/queues.js';
import { queueFigures } from './queue-figures.js';
import { scrapeGauge, shared } from './scrape-gauge.js';

const states = ['waiting', 'active', 'delayed', 'failed', 'completed'] as const;

/** BullMQ figures per queue, read from Redis at scrape time. */
export function registerQueueGauges(registry: Registry, errors: Counter<'metric'>, queues: Queues): void {
  const figures = shared(() => queueFigures(queues));
  scrapeGauge(
    registry,
    errors,
    {
      name: 'wd_queue_jobs',
      help: 'Jobs per queue and state (completed jobs are kept for an hour)',
      labelNames: ['queue', 'state'],
    },
    async () =>
      (await figures()).flatMap((f) =>
        states.map((state) => ({ labels: { queue: f.queue, state }, value: f[state] })),
      ),
  );
  scrapeGauge(
    registry,
    errors,
    {
      name: 'wd_queue_oldest_waiting_seconds',
      help: 'How long the oldest waiting job of each queue has been ready to run',
      labelNames: ['queue'],
    },
    async () => (await figures()).map((f) => ({ labels: { queue: f.queue }, value: f.oldestWaitingSeconds })),
  );
}
