import type { FastifyReply, FastifyRequest } from 'fastify';
import { resolveKey } from '../../plugins/auth.js';
import type { ServiceDeps } from '../deps.js';
import { keyStanding } from './ops.repo.js';

const SESSION_COOKIE = 'wd_admin_session';
const SESSION_TTL_S = 8 * 3600;

export interface DashboardSession {
  keyId: string;
  role: 'ops' | 'admin';
}

const isDashboardRole = (role: string): role is DashboardSession['role'] =>
  role === 'ops' || role === 'admin';

/**
 * The queue dashboard's login session: a signed cookie (HMAC by @fastify/cookie) naming the API key
 * and an expiry. The key is looked up on every request, so revoking it ends its sessions at once.
 */
export function createDashboardSessions(deps: Pick<ServiceDeps, 'db' | 'clock'>) {
  return {
    /** The key posted to the login form, if it may open the dashboard; else why not. */
    async signIn(apiKey: string): Promise<{ keyId: string } | { refused: 'unknownKey' | 'wrongRole' }> {
      const auth = await resolveKey(deps.db, apiKey, deps.clock.now());
      if (!auth) return { refused: 'unknownKey' };
      if (!isDashboardRole(auth.role)) return { refused: 'wrongRole' };
      return { keyId: auth.keyId };
    },

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
      const key = await keyStanding(deps.db, m[1]!);
      if (!key || !isDashboardRole(key.role)) return null;
      if ((key.revokedAt && key.revokedAt <= now) || (key.expiresAt && key.expiresAt <= now)) return null;
      return { keyId: m[1]!, role: key.role };
    },
  };
}
