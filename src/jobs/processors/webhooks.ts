import { type JobsOptions, UnrecoverableError, type WorkerOptions } from 'bullmq';
import type { Config } from '../../config.js';
import { webhookBackoffMs } from '../../domain/webhook-backoff.js';
import { DeliveryAttemptFailed } from '../../modules/webhooks/deliver.js';
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
      // A job handed over after a first attempt made elsewhere counts on from it (attemptsBefore).
      backoffStrategy: (attemptsMade, _type, _err, job) =>
        webhookBackoffMs(attemptsBefore(job?.data) + attemptsMade, policy),
    },
  };
}

/**
 * One attempt of the job's webhook deliveries (one, or several to one endpoint); a failed attempt
 * throws so BullMQ plans the next, which attempts only the deliveries still owed.
 */
export const processWebhook: Processor<'webhooks'> = async (job, deps) => {
  const attempt = attemptsBefore(job.data) + job.attemptsMade + 1;
  const lastAttempt =
    attempt >= deps.config.WEBHOOK_MAX_ATTEMPTS || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
  const ids = 'deliveryIds' in job.data ? job.data.deliveryIds : [job.data.deliveryId];
  try {
    return await deps.services.webhookDeliveries.attempt(ids, { lastAttempt, log: deps.log });
  } catch (err) {
    // The deliveries are dead: the job is not run again, whatever attempts BullMQ has left.
    if (lastAttempt && err instanceof DeliveryAttemptFailed) throw new UnrecoverableError(err.message);
    throw err;
  }
};

/** Attempts made before the job was added (by the matching process that wrote the wave). */
function attemptsBefore(data: unknown): number {
  const before = (data as { attemptsBefore?: unknown } | undefined)?.attemptsBefore;
  return typeof before === 'number' ? before : 0;
}
