import type { QueueName } from '../outbox/jobs.js';
import type { Queues } from '../outbox/queues.js';

export interface QueueFigures {
  queue: QueueName;
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
  completed: number;
  /** Seconds the oldest waiting job has been ready to run; 0 when nothing waits. */
  oldestWaitingSeconds: number;
}

/**
 * Reads the figures of every queue from Redis. Ages are measured against the wall clock, not the
 * injected Clock, because BullMQ stamps its jobs with the producer's wall clock.
 */
export async function queueFigures(queues: Queues): Promise<QueueFigures[]> {
  return Promise.all(
    queues.all().map(async (q) => {
      const [counts, [oldest]] = await Promise.all([
        q.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed'),
        // asc = true reads the waiting list from its tail, where the oldest job sits.
        q.getJobs(['waiting'], 0, 0, true),
      ]);
      // A delayed job becomes ready at timestamp + delay; its wait starts there.
      const readySince = oldest ? oldest.timestamp + (oldest.delay ?? 0) : null;
      return {
        queue: q.name as QueueName,
        waiting: counts.waiting ?? 0,
        active: counts.active ?? 0,
        delayed: counts.delayed ?? 0,
        failed: counts.failed ?? 0,
        completed: counts.completed ?? 0,
        oldestWaitingSeconds: readySince === null ? 0 : Math.max(0, (Date.now() - readySince) / 1000),
      };
    }),
  );
}
