import { Queue, type QueueOptions } from 'bullmq';
import { Redis, type RedisOptions } from 'ioredis';
import { allQueues, type QueueName } from '../outbox/jobs.js';

/** Producers fail fast when Redis is away (the outbox keeps the work); workers wait for it. */
export function producerRedis(url: string, extra: RedisOptions = {}): Redis {
  return new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false, ...extra });
}

export function workerRedis(url: string, extra: RedisOptions = {}): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, ...extra });
}

export const bullPrefix = (redisPrefix: string) => `${redisPrefix}:bull`;

/** One BullMQ Queue per queue name, sharing one producer connection. */
export class Queues {
  private readonly queues = new Map<QueueName, Queue>();

  constructor(
    readonly connection: Redis,
    readonly prefix: string,
  ) {
    const options: QueueOptions = {
      connection,
      prefix: bullPrefix(prefix),
      defaultJobOptions: {
        attempts: 8,
        backoff: { type: 'exponential', delay: 1000 },
        removeOnComplete: { age: 3600, count: 10_000 },
        // Failed jobs are kept for inspection and replay (GET /v1/ops/failed-jobs).
        removeOnFail: false,
      },
    };
    for (const name of allQueues) {
      const q = new Queue(name, options);
      q.on('error', () => {});
      this.queues.set(name, q);
    }
  }

  get(name: QueueName): Queue {
    const q = this.queues.get(name);
    if (!q) throw new Error(`unknown queue ${name}`);
    return q;
  }

  all(): Queue[] {
    return [...this.queues.values()];
  }

  async close(): Promise<void> {
    await Promise.all(this.all().map((q) => q.close()));
  }
}
