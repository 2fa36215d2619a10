import { setTimeout as sleep } from 'node:timers/promises';
import { Worker } from 'bullmq';
import type { Logger } from 'pino';
import { type Config, directUrl, matchingConcurrency } from '../config.js';
import { createDatabase, type Database } from '../db/client.js';
import type { Clock } from '../lib/clock.js';
import { redisTopology } from '../lib/redis.js';
import { InlineAttempts } from '../modules/webhooks/inline-attempts.js';
import { allQueues, type JobPayloads, type QueueName } from '../outbox/jobs.js';
import { type Queues, workerRedis } from '../outbox/queues.js';
import { buildServices, type Services } from '../services.js';
import type { JobDeps } from './job-deps.js';
import { MatchingSlots } from './matching-slots.js';
import { type LocalJobs, OutboxRelay } from './outbox-relay.js';
import { processors } from './processors/index.js';
import { matchPass } from './processors/matching.js';
import { webhookRetryPolicy } from './processors/webhooks.js';
import { installSchedulers } from './schedulers.js';

/** Connections of the relay's own pool, on top of the workers' pool. */
export const RELAY_POOL_SIZE = 2;

/**
 * A matching pass the relay runs itself that has not finished after this long is added to the
 * matching queue as well, and the relay goes on with the outbox. Passes take milliseconds (tens at a
 * million members); one this slow waits on a lock or a struggling Postgres.
 */
const LOCAL_MATCHING_BUDGET_MS = 1_000;

/**
 * How long BullMQ's close may take once no job of this process runs any more. It takes milliseconds
 * when Redis answers; a blocking connection caught waiting between two reconnect attempts (Redis away,
 * or just back) never ends (bullmq#4656), and the process would not stop.
 */
const CLOSE_AFTER_LAST_JOB_MS = 2_000;

/** The jobs this process is running, and a promise for the moment none is. */
class RunningJobs {
  private count = 0;
  private waiters: (() => void)[] = [];

  async track<T>(run: () => Promise<T>): Promise<T> {
    this.count += 1;
    try {
      return await run();
    } finally {
      this.count -= 1;
      if (this.count === 0) for (const wake of this.waiters.splice(0)) wake();
    }
  }

  get idle(): boolean {
    return this.count === 0;
  }

  whenIdle(): Promise<void> {
    return this.idle ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve));
  }
}

/**
 * Closes the BullMQ workers: they take no new job and the running ones finish. Once none runs, the
 * close gets CLOSE_AFTER_LAST_JOB_MS more; past that it is abandoned (false). A job whose completion
 * could not be recorded meanwhile runs again elsewhere when its lock expires, as after a crash.
 */
async function closeWorkers(workers: Worker[], running: RunningJobs): Promise<boolean> {
  const closed = Promise.all(workers.map((w) => w.close())).then(() => true);
  for (;;) {
    await running.whenIdle();
    // Unreferenced: when the close wins, its timer does not keep the process up.
    const done = await Promise.race([closed, sleep(CLOSE_AFTER_LAST_JOB_MS, false, { ref: false })]);
    if (done) return true;
    if (running.idle) return false;
  }
}

export interface WorkerRuntime {
  relay: OutboxRelay;
  workers: Worker[];
  close(): Promise<void>;
}

/**
 * The worker process: the outbox relay plus one BullMQ worker per queue. Closing stops taking new
 * jobs and waits for the running ones (BullMQ's graceful close, bounded: see `closeWorkers`) and for
 * the webhook attempts of the waves they wrote, then stops the relay.
 *
 * `database` is the workers' own pool. Matching runs at most `matchingConcurrency(config)` passes at
 * once, below the pool's size: a burst of slow matching passes holds at most that many connections
 * and the other queues (offer expiry, webhooks, SLA timers) keep the rest.
 *
 * A process that runs matching runs the matching jobs it relays itself while it has room in its
 * slots (the relay's `LocalJobs`, `MatchingSlots.tryRun`): an order's pass starts as its outbox row
 * is claimed, without a trip through Redis. The others, and those that fail, go through the matching
 * queue.
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
  // Only a process that runs matching writes waves whose first attempts are its own.
  const inlineWebhooks = new InlineAttempts(
    (opts.only ?? allQueues).includes('matching') ? config.WEBHOOK_INLINE_ATTEMPTS : 0,
    (ids) => services.webhookDeliveries.attemptInline(ids, log),
    log,
  );
  const deps: JobDeps = { config, database, queues, clock, log, services, inlineWebhooks };
  const running = new RunningJobs();
  const matching = new MatchingSlots(matchingConcurrency(config));
  const local: LocalJobs | undefined = (opts.only ?? allQueues).includes('matching')
    ? {
        queue: 'matching',
        tryRun: (payload) =>
          matching.tryRun(() => running.track(() => matchPass(payload as JobPayloads['matching'], deps))),
        budgetMs: LOCAL_MATCHING_BUDGET_MS,
      }
    : undefined;
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
      local,
    },
  );
  await relay.start();
  const connection = workerRedis(redisTopology(config));
  connection.on('error', () => {});
  const workers = (opts.only ?? allQueues).map((name) => {
    const processor = processors[name] as (job: unknown, deps: JobDeps) => Promise<unknown>;
    const run =
      name === 'matching'
        ? (job: unknown) => matching.run(() => running.track(() => processor(job, deps)))
        : (job: unknown) => running.track(() => processor(job, deps));
    const worker = new Worker(name, run, {
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
        // The relay runs no more passes itself: the queue keeps them for a process that stays.
        matching.close();
        if (!(await closeWorkers(workers, running)))
          log.warn(
            { afterMs: CLOSE_AFTER_LAST_JOB_MS },
            'the queue workers did not close after their last job (Redis away or just back); stopping without them',
          );
        await inlineWebhooks.close();
        await relay.stop();
        await relayDatabase.close();
        // QUIT waits in the offline queue while Redis is away; then the connection is only dropped.
        if (connection.status === 'ready') await connection.quit().catch(() => {});
        else connection.disconnect();
      })();
      return closing;
    },
  };
}
