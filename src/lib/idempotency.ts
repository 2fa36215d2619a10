import { createHash } from 'node:crypto';
import type { Db } from '../db/client.js';
import { transaction } from '../db/transaction.js';
import { Errors } from '../errors.js';
import { canonicalJson } from './canonical-json.js';
import { claimKey, findKey, storeAnswer } from './idempotency.repo.js';

export interface IdempotentResult<T> {
  status: number;
  body: T;
  replayed: boolean;
}

/**
 * Runs a creating write at most once per (API key, route, Idempotency-Key). `route` is the method and
 * the path of the resource, path parameters filled in (`POST /v1/offers/<id>/accept`): a key is
 * scoped to who sent it and to the resource it was sent to, as the IETF Idempotency-Key draft scopes
 * it, so the same key on another route, or on another order's claims, is another operation. The key
 * row is inserted in the same transaction as the write: a concurrent retry waits on it, then replays
 * the stored response (409 idempotency_in_progress while the first is still running). The same key
 * on the same route with a different body is refused with 422 idempotency_key_reused.
 */
export async function idempotent<T>(
  db: Db,
  opts: { apiKeyId: string; key: string | undefined; route: string; request: unknown },
  work: (tx: Db) => Promise<{ status: number; body: T }>,
): Promise<IdempotentResult<T>> {
  if (!opts.key) {
    const r = await transaction(db, work);
    return { ...r, replayed: false };
  }
  if (opts.key.length > 255) throw Errors.validationFailed('Idempotency-Key is longer than 255 characters');
  const requestHash = createHash('sha256')
    .update(`${opts.route}\n${canonicalJson(opts.request)}`)
    .digest('hex');
  const ref = { apiKeyId: opts.apiKeyId, route: opts.route, key: opts.key };
  return transaction(db, async (tx) => {
    if (!(await claimKey(tx, { ...ref, requestHash }))) {
      const stored = await findKey(tx, ref);
      if (!stored || stored.requestHash !== requestHash) throw Errors.idempotencyKeyReused();
      if (stored.statusCode === null) throw Errors.idempotencyInProgress();
      return { status: stored.statusCode, body: stored.response as T, replayed: true };
    }
    const result = await work(tx);
    await storeAnswer(tx, ref, result);
    return { ...result, replayed: false };
  });
}
