import type { IncomingMessage, ServerResponse } from 'node:http';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import helmet from 'helmet';
import type { Config } from '../config.js';
import type { Role } from '../db/schema/index.js';
import { type AppError, Errors } from '../errors.js';
import type { RedisClient } from '../lib/redis.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A tighter budget per member on routes that bots race for (claims, offer accepts). */
    memberBudget?: boolean;
  }
}

/** Requests per window by role; anonymous callers (public routes) are counted per IP. */
export function budgetOf(config: Config, role: Role | null): number {
  switch (role) {
    case null:
      return config.RATE_LIMIT_ANONYMOUS;
    case 'admin':
    case 'ops':
      return config.RATE_LIMIT_ADMIN;
    case 'member':
      return config.RATE_LIMIT_MEMBER;
    default:
      return config.RATE_LIMIT_STAFF;
  }
}

/** Who a racing claim is for: the member in the body, or the member behind the key. */
function memberOf(request: FastifyRequest): string {
  const body = request.body as { memberId?: unknown } | undefined;
  if (body && typeof body.memberId === 'string') return body.memberId;
  const params = request.params as { id?: string };
  return request.authContext?.memberId ?? `offer:${params.id ?? ''}`;
}

function tooMany(after: string, max: number): AppError {
  return Errors.rateLimited(`Rate limit of ${max} requests exceeded; retry in ${after}`, { limit: max });
}

/**
 * The security headers (helmet) every answer carries, with a CSP that lets the HTML pages (/docs, the
 * queue dashboard) load their own scripts and styles. They are the same for every response (no
 * per-request nonces), so they are worked out once, here, for fastify's replies and for the answers
 * written before fastify has a request (see client-errors.ts).
 */
export const securityHeaders: Readonly<Record<string, string>> = (() => {
  const headers: Record<string, string> = {};
  const collect = {
    setHeader: (name: string, value: string) => {
      headers[name.toLowerCase()] = value;
    },
    removeHeader: () => {},
  };
  helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'unsafe-inline'"],
        styleSrc: ["'self'", "'unsafe-inline'", 'https:'],
        imgSrc: ["'self'", 'data:', 'validator.swagger.io'],
        connectSrc: ["'self'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  })({} as IncomingMessage, collect as unknown as ServerResponse, () => {});
  return headers;
})();

/**
 * Security headers; CORS only for configured origins; rate limits counted in Redis so every replica
 * shares them, on every route but those that opt out (`config: { rateLimit: false }`: the health
 * probes). Limits fail open when Redis is away: intake must keep working.
 */
export const securityPlugin = fp(
  async (app: FastifyInstance, opts: { config: Config; redis: RedisClient }) => {
    const { config, redis } = opts;
    app.addHook('onRequest', (_request, reply, done) => {
      reply.headers(securityHeaders);
      done();
    });
    await app.register(cors, {
      origin: config.CORS_ORIGINS.length > 0 ? config.CORS_ORIGINS : false,
      credentials: false,
    });
    if (!config.RATE_LIMIT_ENABLED) return;

    const window = config.RATE_LIMIT_WINDOW_S * 1000;
    await app.register(rateLimit, {
      global: true,
      hook: 'preHandler',
      redis,
      nameSpace: `${config.REDIS_PREFIX}:rl:`,
      skipOnError: true,
      timeWindow: window,
      keyGenerator: (request) =>
        request.authContext ? `key:${request.authContext.keyId}` : `ip:${request.ip}`,
      max: (request) => budgetOf(config, request.authContext?.role ?? null),
      errorResponseBuilder: (_request, context) => tooMany(context.after, context.max),
    });
    // Routes bots race for get a second, per-member budget on top of the key's.
    const perMember = app.createRateLimit({
      timeWindow: window,
      max: config.RATE_LIMIT_CLAIMS_PER_MEMBER,
      keyGenerator: (request) => `member:${memberOf(request)}`,
    });
    app.addHook('preHandler', async (request, reply) => {
      if (!request.routeOptions.config?.memberBudget) return;
      const result = await perMember(request);
      if (result.isAllowed || !result.isExceeded) return;
      reply.header('retry-after', String(result.ttlInSeconds));
      throw tooMany(`${result.ttlInSeconds} seconds`, result.max);
    });
  },
);
