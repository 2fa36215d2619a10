import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { IdempotentResult } from '../lib/idempotency.js';
import { type ProblemResponse, problemDescriptions, problemResponse } from './problem-schema.js';

/**
 * Creating POSTs take an Idempotency-Key: a retry with the same key and body replays the first answer.
 * A key is scoped to the API key and to the method and path it was sent to (see lib/idempotency.ts).
 */
export const idempotencyHeaders = z.looseObject({
  'idempotency-key': z.string().min(1).max(255).optional().meta({
    description:
      'Scoped to your API key and to this method and path, path parameters included. A retry with the same key and body returns the first response (Idempotent-Replayed: true) and changes nothing; the same key with another body is 422 idempotency_key_reused; a retry while the first request is still running is 409 idempotency_in_progress.',
  }),
});

const idempotencyRefusals = {
  409: 'idempotency_in_progress: the first request with this Idempotency-Key is still running; retry later',
  422: 'idempotency_key_reused: this Idempotency-Key was sent to this method and path before with another body',
} as const;

/**
 * The responses of a write that takes Idempotency-Key: its 409 and 422 name the key's refusals too,
 * next to what the route answers them for, so every operation that accepts the header documents them.
 */
export function withIdempotencyRefusals<R extends Record<number, unknown>>(
  responses: R,
): Omit<R, 409 | 422> & Record<409 | 422, ProblemResponse> {
  const out: Record<number, unknown> = { ...responses };
  for (const status of [409, 422] as const) {
    const own = responses[status];
    const described =
      own && typeof own === 'object' && 'content' in own && 'description' in own
        ? String(own.description)
        : problemDescriptions[status];
    out[status] = problemResponse(`${described}; or ${idempotencyRefusals[status]}`);
  }
  return out as Omit<R, 409 | 422> & Record<409 | 422, ProblemResponse>;
}

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
