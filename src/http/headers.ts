import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { IdempotentResult } from '../lib/idempotency.js';

/** Creating POSTs take an Idempotency-Key: a retry with the same key and body replays the first answer. */
export const idempotencyHeaders = z.looseObject({
  'idempotency-key': z.string().min(1).max(255).optional().meta({
    description: 'A retry with the same key and body returns the first response and creates nothing',
  }),
});

/** Updates of versioned resources name the version they were read at (see etag.ts). */
export const ifMatchHeaders = z.looseObject({ 'if-match': z.string().optional() });

/** Sends an idempotent result, marking a replay so clients can tell. */
export function sendIdempotent<T>(reply: FastifyReply, result: IdempotentResult<T>) {
  if (result.replayed) reply.header('idempotent-replayed', 'true');
  return reply.status(result.status).send(result.body);
}
