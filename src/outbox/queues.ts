import { Queue, type QueueOptions } from 'bullmq';
import type { Redis, RedisOptions } from 'ioredis';
import { bullPrefixOf, createRedis, type RedisClient, type RedisTopology } from '../lib/redis.js';
import { allQueues, type QueueName } from '../outbox/jobs.js';

/** A topology, or the URL of a single server. */
type RedisTarget = RedisTopology | string;
const topologyOf = (target: RedisTarget): RedisTopology =>
  typeof target === 'string' ? { mode: 'standalone', url: target } : target;

/** Producers fail fast when Redis is away (the outbox keeps the work); workers wait for it. */
export function producerRedis(url: string, extra?: RedisOptions): Redis;
export function producerRedis(target: RedisTarget, extra?: RedisOptions): RedisClient;
export function producerRedis(target: RedisTarget, extra: RedisOptions = {}): RedisClient {
  return createRedis(topologyOf(target), {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    lazyConnect: false,
    // Named, so CLIENT LIST on a server shows which of the service's connections it holds.
    connectionName: 'wd-producer',
    ...extra,
  });
}

export function workerRedis(url: string, extra?: RedisOptions): Redis;
export function workerRedis(target: RedisTarget, extra?: RedisOptions): RedisClient;
export function workerRedis(target: RedisTarget, extra: RedisOptions = {}): RedisClient {
  return createRedis(topologyOf(target), {
    maxRetriesPerRequest: null,
    connectionName: 'wd-worker',
    ...extra,
  });
}

/** The prefix of BullMQ's keys on a single server or behind Sentinel (a cluster's: `bullPrefixOf`). */
export const bullPrefix = (redisPrefix: string) => bullPrefixOf(redisPrefix, { mode: 'standalone' });

/** One BullMQ Queue per queue name, sharing one producer connection. */
export class Queues {
  private readonly queues = new Map<QueueName, Queue>();
  /** The prefix of BullMQ's keys (hash-tagged in a cluster), for the workers of these queues. */
  readonly bullPrefix: string;

  constructor(
    readonly connection: RedisClient,
    /** REDIS_PREFIX: the service's own keys (rate limits, stream slots) start with it. */
    readonly prefix: string,
    topology: Pick<RedisTopology, 'mode'> = { mode: 'standalone' },
  ) {
    this.bullPrefix = bullPrefixOf(prefix, topology);
    const options: QueueOptions = {
      connection,
      prefix: this.bullPrefix,
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
