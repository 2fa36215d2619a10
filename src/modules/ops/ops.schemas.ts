import { z } from 'zod';
import { QueueName } from '../../outbox/jobs.js';

export const queueName = z.enum(QueueName);

export const queueFiguresSchema = z
  .object({
    queue: queueName,
    waiting: z.number().int(),
    active: z.number().int(),
    delayed: z.number().int(),
    failed: z.number().int(),
    completed: z.number().int().meta({ description: 'Completed jobs kept (an hour, at most 10,000)' }),
    oldestWaitingSeconds: z
      .number()
      .meta({ description: 'How long the oldest waiting job has been ready to run; 0 when none waits' }),
  })
  .meta({ id: 'QueueFigures' });

export const queuesResponse = z.object({ items: z.array(queueFiguresSchema) });

export const failedJobsQuery = z.strictObject({
  queue: queueName.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const failedJobSchema = z
  .object({
    id: z.string().meta({ description: '`<queue>:<job id>`: the id to retry the job with' }),
    queue: queueName,
    jobId: z.string(),
    name: z.string(),
    failedReason: z.string(),
    attemptsMade: z.number().int(),
    timestamp: z.iso.datetime().meta({ description: 'When the job was created' }),
    failedAt: z.iso.datetime().nullable().meta({ description: 'When it last failed' }),
    data: z.unknown().meta({ description: 'The job payload: ids only' }),
  })
  .meta({ id: 'FailedJob' });

export const failedJobsResponse = z.object({
  items: z.array(failedJobSchema).meta({ description: 'Most recent failures first' }),
  total: z.number().int().meta({ description: 'Failed jobs kept in the queues listed' }),
});

export const failedJobParams = z.object({
  id: z.string().max(300).meta({
    description:
      '`<queue>:<job id>` as listed by GET /v1/ops/failed-jobs (URL-encode it; `:` may stay as is)',
  }),
});

export const retriedJobSchema = z.object({
  id: z.string(),
  queue: queueName,
  jobId: z.string(),
  state: z
    .string()
    .meta({ description: 'The state after the retry: waiting, or already active when a worker took it' }),
});
