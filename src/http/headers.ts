import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { IdempotentResult } from '../lib/idempotency.js';

/** Creating POSTs take an Idempotency-Key: a retry with the same key and body replays the first answer. */
export const idempotencyHeaders = z.looseObject({
  'idempotency-key': z.string().min(1).max(255).optional().meta({
    description: 'A retry with the same key and body returns the first response and creates nothing',
  }),
});

/**
 * Updates of versioned resources name the version they were read at (see etag.ts). The header is
 * required, and documented so; the check is expectedVersion's, which answers 428 when it is missing
 * (a validation error would be 400).
 */
export const ifMatchHeaders = z
  .looseObject({
    'if-match': z.string().optional().meta({
      description:
        'The ETag of the version the change is based on, as the last read answered it: 428 without it, 412 when the resource has changed since',
    }),
  })
  .meta({ required: ['if-match'] });

/** Sends an idempotent result, marking a replay so clients can tell. */
export function sendIdempotent<T>(reply: FastifyReply, result: IdempotentResult<T>) {
  if (result.replayed) reply.header('idempotent-replayed', 'true');
  return reply.status(result.status).send(result.body);
}
