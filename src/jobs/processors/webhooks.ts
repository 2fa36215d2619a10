import type { JobsOptions, WorkerOptions } from 'bullmq';
import type { Config } from '../../config.js';
import { webhookBackoffMs } from '../../domain/webhook-backoff.js';
import type { Processor } from '../job-deps.js';

/** The custom backoff type of webhook jobs; BullMQ hands it to the webhooks worker's backoffStrategy. */
export const WEBHOOK_BACKOFF_TYPE = 'webhook';

/**
 * Retry policy of the webhooks queue: the attempts and backoff type every delivery job is added
 * with, and the worker setting that turns a backoff type into a delay.
 */
export function webhookRetryPolicy(
  config: Pick<Config, 'WEBHOOK_MAX_ATTEMPTS' | 'WEBHOOK_BACKOFF_BASE_MS' | 'WEBHOOK_BACKOFF_CAP_MS'>,
): {
  jobOptions: JobsOptions;
  settings: NonNullable<WorkerOptions['settings']>;
} {
  const policy = { baseMs: config.WEBHOOK_BACKOFF_BASE_MS, capMs: config.WEBHOOK_BACKOFF_CAP_MS };
  return {
    jobOptions: { attempts: config.WEBHOOK_MAX_ATTEMPTS, backoff: { type: WEBHOOK_BACKOFF_TYPE } },
    settings: {
      backoffStrategy: (attemptsMade: number) => webhookBackoffMs(attemptsMade, policy),
    },
  };
}

/**
 * One attempt of the job's webhook deliveries (one, or several to one endpoint); a failed attempt
 * throws so BullMQ plans the next, which attempts only the deliveries still owed.
 */
export const processWebhook: Processor<'webhooks'> = async (job, deps) => {
  const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
  const ids = 'deliveryIds' in job.data ? job.data.deliveryIds : [job.data.deliveryId];
  return deps.services.webhookDeliveries.attempt(ids, { lastAttempt, log: deps.log });
};
