import type { FastifyRequest } from 'fastify';
import type { Caller } from '../auth/scope.js';
import { authOf } from '../plugins/auth.js';

/** The key behind a request, and how the changes it makes are written in the audit trail. */
export function callerOf(request: FastifyRequest): Caller {
  const auth = authOf(request);
  return { auth, actor: { type: 'api_key', id: auth.keyId, requestId: request.id } };
}
