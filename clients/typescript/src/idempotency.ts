import type { Middleware } from 'openapi-fetch';
import { idempotentPosts } from './generated/operations.js';

const keyed: ReadonlySet<string> = new Set(idempotentPosts);

/** True when the POST on this path (the template) accepts an Idempotency-Key. */
export const acceptsIdempotencyKey = (path: string): boolean => keyed.has(path);

/**
 * Gives every POST whose operation accepts an Idempotency-Key a random one, unless the caller sent
 * its own. The key is set once, before the first attempt, so retries of the request replay it.
 * Send your own key (`headers: { 'idempotency-key': … }`) to make a POST safe across restarts of
 * your process, e.g. one derived from the offer you are accepting.
 */
export const idempotencyKeys: Middleware = {
  onRequest({ request, schemaPath }) {
    if (request.method !== 'POST' || !keyed.has(schemaPath) || request.headers.has('idempotency-key')) return;
    request.headers.set('idempotency-key', crypto.randomUUID());
    return request;
  },
};
