import { Worker } from 'bullmq';
import type { Logger } from 'pino';
import { type Config, directUrl, matchingConcurrency } from '../config.js';
import { createDatabase, type Database } from '../db/client.js';
import type { Clock } from '../lib/clock.js';
import { redisTopology } from '../lib/redis.js';
import { allQueues, type QueueName } from '../outbox/jobs.js';
import { type Queues, workerRedis } from '../outbox/queues.js';
import { buildServices, type Services } from '../services.js';
import type { JobDeps } from './job-deps.js';
import { OutboxRelay } from './outbox-relay.js';
import { processors } from './processors/index.js';
import { webhookRetryPolicy } from './processors/webhooks.js';
import { installSchedulers } from './schedulers.js';

/** Connections of the relay's own pool, on top of the workers' pool. */
export const RELAY_POOL_SIZE = 2;

export interface WorkerRuntime {
  relay: OutboxRelay;
  workers: Worker[];
  close(): Promise<void>;
}

/**
 * The worker process: the outbox relay plus one BullMQ worker per queue. Closing stops taking new
 * jobs and waits for the running ones (BullMQ's graceful close), then stops the relay.
 *
 * `database` is the workers' own pool. Matching runs at most `matchingConcurrency(config)` jobs at
 * once, below the pool's size: a burst of slow matching passes holds at most that many connections
 * and the other queues (offer expiry, webhooks, SLA timers) keep the rest.
 */
export async function startWorkers(opts: {
  config: Config;
  database: Database;
  queues: Queues;
  clock: Clock;
  log: Logger;
  only?: QueueName[];
  /** The services, when the process built them already (API and workers in one process share them). */
  services?: Services;
}): Promise<WorkerRuntime> {
  const { config, database, queues, clock, log } = opts;
  const services = opts.services ?? buildServices({ db: database.db, clock, config, queues });
  const deps: JobDeps = { config, database, queues, clock, log, services };
  // Webhook deliveries retry on their own schedule: the relay adds their jobs with the attempts and
  // backoff type of the policy, and the webhooks worker computes each delay from it.
  const webhookRetry = webhookRetryPolicy(config);
  // The relay has its own two connections (its LISTEN and its batch transaction): on the shared pool,
  // publishing queued behind up to WORKER_CONCURRENCY jobs per queue, and every job's follow-up waited.
  // They are direct sessions (DATABASE_DIRECT_URL): a transaction pooler would drop the LISTEN.
  const relayDatabase = createDatabase(directUrl(config), {
    max: RELAY_POOL_SIZE,
    preparedStatements: config.DATABASE_PREPARED_STATEMENTS,
  });
  const relay = new OutboxRelay(
    relayDatabase.db,
    relayDatabase.pool,
    queues,
    log.child({ component: 'outbox-relay' }),
    {
      pollMs: config.OUTBOX_POLL_MS,
      gatherMs: config.OUTBOX_GATHER_MS,
      jobOptions: { webhooks: webhookRetry.jobOptions },
      replicaAcks: { replicas: config.REDIS_REPLICA_ACKS, timeoutMs: config.REDIS_REPLICA_ACK_TIMEOUT_MS },
    },
  );
  await relay.start();
  const connection = workerRedis(redisTopology(config));
  connection.on('error', () => {});
  const workers = (opts.only ?? allQueues).map((name) => {
    const processor = processors[name] as (job: unknown, deps: JobDeps) => Promise<unknown>;
    const worker = new Worker(name, (job) => processor(job, deps), {
      connection,
      prefix: queues.bullPrefix,
      concurrency: name === 'matching' ? matchingConcurrency(config) : config.WORKER_CONCURRENCY,
      settings: name === 'webhooks' ? webhookRetry.settings : undefined,
      autorun: true,
    });
    worker.on('failed', (job, err) =>
      log.warn(
        {
          queue: name,
          jobId: job?.id,
          jobName: job?.name,
          attempts: job?.attemptsMade,
          err: { message: err.message },
        },
        'job failed',
      ),
    );
    worker.on('error', (err) => log.warn({ queue: name, err: { message: err.message } }, 'worker error'));
    return worker;
  });
  await installSchedulers(queues, config);
  let closing: Promise<void> | undefined;
  return {
    relay,
    workers,
    // Idempotent: a test or a signal handler may close a runtime that is closed again on shutdown.
    close() {
      closing ??= (async () => {
        await Promise.all(workers.map((w) => w.close()));
        await relay.stop();
        await relayDatabase.close();
        await connection.quit().catch(() => {});
      })();
      return closing;
    },
  };
}
