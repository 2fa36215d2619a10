import type { Job } from 'bullmq';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Database } from '../db/client.js';
import type { Clock } from '../lib/clock.js';
import type { InlineAttempts } from '../modules/webhooks/inline-attempts.js';
import type { JobPayloads, QueueName } from '../outbox/jobs.js';
import type { Queues } from '../outbox/queues.js';
import type { Services } from '../services.js';

/** What a job processor may use: Postgres through services, the clock, and (for re-planning) the queues. */
export interface JobDeps {
  config: Config;
  database: Database;
  queues: Queues;
  clock: Clock;
  log: Logger;
  /** The services of the process, built once by the composition root (`src/services.ts`). */
  services: Services;
  /** The first webhook attempts of matching waves this process makes itself. */
  inlineWebhooks: InlineAttempts;
}

export type Processor<Q extends QueueName> = (job: Job<JobPayloads[Q]>, deps: JobDeps) => Promise<unknown>;
