import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../audit/audit.js';
import type { AuthContext } from '../../auth/scope.js';
import type { Db } from '../../db/client.js';
import type { Clock } from '../../lib/clock.js';
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
