import { eq } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../db/client.js';
import { apiKeys } from '../../db/schema/index.js';
import type { Clock } from '../../lib/clock.js';

export const SESSION_COOKIE = 'wd_admin_session';
const SESSION_TTL_S = 8 * 3600;

export interface DashboardSession {
  keyId: string;
  role: 'ops' | 'admin';
}

export const isDashboardRole = (role: string): role is DashboardSession['role'] =>
  role === 'ops' || role === 'admin';

/**
 * The queue dashboard's login session: a signed cookie (HMAC by @fastify/cookie) naming the API key
 * and an expiry. The key is looked up on every request, so revoking it ends its sessions at once.
 */
export function createDashboardSessions(deps: { db: Db; clock: Clock }) {
  return {
    start(request: FastifyRequest, reply: FastifyReply, keyId: string): void {
      const expiresAt = deps.clock.now().getTime() + SESSION_TTL_S * 1000;
      reply.setCookie(SESSION_COOKIE, `${keyId}.${expiresAt}`, {
        signed: true,
        httpOnly: true,
        sameSite: 'strict',
        secure: request.protocol === 'https',
        path: '/admin',
        maxAge: SESSION_TTL_S,
      });
    },

    async verify(request: FastifyRequest): Promise<DashboardSession | null> {
      const raw = request.cookies[SESSION_COOKIE];
      if (!raw) return null;
      const { valid, value } = request.unsignCookie(raw);
      const m = valid && value ? /^([0-9a-f-]{36})\.(\d+)$/.exec(value) : null;
      if (!m) return null;
      const now = deps.clock.now();
      if (Number(m[2]) <= now.getTime()) return null;
      const [key] = await deps.db
        .select({ role: apiKeys.role, revokedAt: apiKeys.revokedAt, expiresAt: apiKeys.expiresAt })
        .from(apiKeys)
        .where(eq(apiKeys.id, m[1]!));
      if (!key || !isDashboardRole(key.role)) return null;
      if ((key.revokedAt && key.revokedAt <= now) || (key.expiresAt && key.expiresAt <= now)) return null;
      return { keyId: m[1]!, role: key.role };
    },
  };
}
