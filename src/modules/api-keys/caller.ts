import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Actor } from '../../audit/audit.js';
import type { AuthContext } from '../../auth/scope.js';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../lib/clock.js';
import type { IdempotentResult } from '../../lib/idempotency.js';
import { authOf } from '../../plugins/auth.js';

/** What the foundation services need: Postgres and the clock (never `new Date()` in rules). */
export interface ServiceDeps {
  db: Db;
  clock: Clock;
}

/** The key behind a request, and how its changes are written in the audit trail. */
export interface Caller {
  auth: AuthContext;
  actor: Actor;
}

export function callerOf(request: FastifyRequest): Caller {
  const auth = authOf(request);
  return { auth, actor: { type: 'api_key', id: auth.keyId, requestId: request.id } };
}

/** A pairing or report-in is judged by calendar day; days are counted in UTC. */
export const todayOf = (clock: Clock): string => clock.now().toISOString().slice(0, 10);

/** Creating POSTs take an Idempotency-Key: a retry with the same key and body replays the first answer. */
export const idempotencyHeaders = z.looseObject({
  'idempotency-key': z.string().min(1).max(255).optional().meta({
    description: 'A retry with the same key and body returns the first response and creates nothing',
  }),
});

/** Sends an idempotent result, marking a replay so clients can tell. */
export function sendIdempotent<T>(reply: FastifyReply, result: IdempotentResult<T>) {
  if (result.replayed) reply.header('idempotent-replayed', 'true');
  return reply.status(result.status).send(result.body);
}
