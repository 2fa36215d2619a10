import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hashKey, keyMatches, keyPrefix } from '../auth/keys.js';
import { findKeyById, findKeyByPrefix, type KeyOnFile, recordKeyUse } from '../auth/keys.repo.js';
import type { AuthContext } from '../auth/scope.js';
import { verifyStreamToken } from '../auth/stream-tokens.js';
import type { Db } from '../db/client.js';
import { Errors } from '../errors.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Resolved API keys; cleared when a key changes (see KeyCache). */
    keyCache: KeyCache;
  }
  interface FastifyRequest {
    authContext: AuthContext | null;
  }
  interface FastifyContextConfig {
    /** Routes that answer without an API key (health, docs, the Open311 gateway's own key check). */
    public?: boolean;
    /** Routes a browser opens with a stream token in `?access_token=` instead of Authorization (EventSource). */
    streamToken?: boolean;
  }
}

/** The caller's key, resolved; a route that is not public never runs without one. */
export function authOf(request: FastifyRequest): AuthContext {
  if (!request.authContext) throw Errors.unauthorized();
  return request.authContext;
}

/** A live key, with what decides when it stops being one. */
interface ResolvedKey {
  auth: AuthContext;
  revokedAt: Date | null;
  expiresAt: Date | null;
}

export async function resolveKey(db: Db, presented: string, now: Date): Promise<AuthContext | null> {
  return (await lookupKey(db, presented, now))?.auth ?? null;
}

async function lookupKey(db: Db, presented: string, now: Date): Promise<ResolvedKey | null> {
  const row = await findKeyByPrefix(db, keyPrefix(presented));
  if (!row || !keyMatches(presented, row.secretHash)) return null;
  return liveKey(db, row, now);
}

/** The key a stream token stands for, if the token is genuine and unexpired and the key still live. */
async function lookupStreamToken(db: Db, secret: string, token: string, now: Date) {
  const keyId = verifyStreamToken(secret, token, now);
  const row = keyId ? await findKeyById(db, keyId) : undefined;
  return row ? liveKey(db, row, now) : null;
}

async function liveKey(db: Db, row: KeyOnFile, now: Date): Promise<ResolvedKey | null> {
  if (row.revokedAt && row.revokedAt <= now) return null;
  if (row.expiresAt && row.expiresAt <= now) return null;
  // last_used_at is kept to the minute, so a busy key does not write on every request.
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000)
    await recordKeyUse(db, row.id, now);
  return {
    auth: {
      keyId: row.id,
      role: row.role,
      regionId: row.regionId,
      regionPath: row.regionPath,
      unitId: row.unitId,
      memberId: row.memberId,
    },
    revokedAt: row.revokedAt,
    expiresAt: row.expiresAt,
  };
}

/**
 * Keys resolved in the last `ttlMs`, by the SHA-256 of the presented key (the key itself is not
 * kept). A hit still honours the key's expiry and revocation times as they were read; a revocation
 * made through this process clears the cache at once (`clear`), one made elsewhere takes effect here
 * within `ttlMs`. Failures are never cached. `ttlMs` 0 turns it off.
 */
export class KeyCache {
  private readonly entries = new Map<string, ResolvedKey & { until: number }>();
  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
  ) {}

  get(presented: string, now: Date): AuthContext | null | undefined {
    if (this.ttlMs <= 0) return undefined;
    const hit = this.entries.get(hashKey(presented));
    if (!hit || hit.until <= now.getTime()) return undefined;
    if ((hit.revokedAt && hit.revokedAt <= now) || (hit.expiresAt && hit.expiresAt <= now)) return null;
    return hit.auth;
  }

  set(presented: string, key: ResolvedKey, now: Date): void {
    if (this.ttlMs <= 0) return;
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(hashKey(presented), { ...key, until: now.getTime() + this.ttlMs });
  }

  clear(): void {
    this.entries.clear();
  }
}

export function bearerToken(header: string | undefined): string | null {
  if (!header) return null;
  const m = /^Bearer\s+(\S+)$/i.exec(header);
  return m ? m[1]! : null;
}

/** A stream token in `?access_token=`, on the routes that take one. */
function streamTokenOf(request: FastifyRequest): string | null {
  if (!request.routeOptions.config?.streamToken) return null;
  const token = (request.query as { access_token?: unknown } | undefined)?.access_token;
  return typeof token === 'string' && token.length > 0 ? token : null;
}

/**
 * A browser's CORS preflight (OPTIONS with Access-Control-Request-Method): browsers never send
 * credentials with one, so it is answered by the CORS plugin, from the allow-list, without a key.
 */
const isCorsPreflight = (request: FastifyRequest) =>
  request.method === 'OPTIONS' && request.headers['access-control-request-method'] !== undefined;

/** Authenticates every request that is not marked public (nor a CORS preflight): 401 without a valid, live key. */
export const authPlugin = fp(
  async (
    app: FastifyInstance,
    opts: { db: Db; now: () => Date; cacheTtlMs: number; streamTokenSecret: string },
  ) => {
    const cache = new KeyCache(opts.cacheTtlMs);
    app.decorate('keyCache', cache);
    app.decorateRequest('authContext', null);
    app.addHook('onRequest', async (request) => {
      if (
        request.routeOptions.config?.public ||
        request.is404 ||
        request.routeOptions.url?.startsWith('/docs') ||
        isCorsPreflight(request)
      )
        return;
      // The queue dashboard (bull-board, its login form) authenticates by its own session cookie.
      if (request.routeOptions.url?.startsWith('/admin/')) return;
      const token = bearerToken(request.headers.authorization);
      const now = opts.now();
      let auth: AuthContext | null | undefined;
      if (token) {
        auth = cache.get(token, now);
        if (auth === undefined) {
          const key = await lookupKey(opts.db, token, now);
          if (key) cache.set(token, key, now);
          auth = key?.auth ?? null;
        }
      } else {
        // Not cached: a stream token expires on its own, and streams are opened rarely.
        const streamToken = streamTokenOf(request);
        if (!streamToken) throw Errors.unauthorized('Send Authorization: Bearer <api key>');
        auth = (await lookupStreamToken(opts.db, opts.streamTokenSecret, streamToken, now))?.auth ?? null;
        if (!auth)
          throw Errors.unauthorized('The stream token is malformed or expired, or its key is no longer live');
      }
      if (!auth) throw Errors.unauthorized('The API key is unknown, revoked or expired');
      request.authContext = auth;
    });
  },
);
