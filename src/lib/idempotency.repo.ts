import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { execute } from '../db/exec.js';
import { idempotencyKeys } from '../db/schema/index.js';

export type IdempotencyKeyRow = typeof idempotencyKeys.$inferSelect;

/** (API key, route, Idempotency-Key): what a stored answer is found by. */
export interface KeyRef {
  apiKeyId: string;
  /** The method and the path of the resource, e.g. `POST /v1/orders/<id>/claims`. */
  route: string;
  key: string;
}

const byRef = (ref: KeyRef) =>
  and(
    eq(idempotencyKeys.apiKeyId, ref.apiKeyId),
    eq(idempotencyKeys.route, ref.route),
    eq(idempotencyKeys.key, ref.key),
  );

/**
 * Takes the key for a write, with no answer yet. False when the key is already taken: a concurrent
 * holder is made to wait here until its transaction ends. The table is partitioned by month of
 * `created_at`, which its primary key must hold, so the key alone is not unique in it: the key is
 * taken under a transaction lock on (API key, route, key), then inserted only if no partition holds
 * it. The lock and the insert are two statements, so the insert's snapshot sees a holder that
 * committed while this one waited.
 */
export async function claimKey(tx: Db, ref: KeyRef & { requestHash: string }): Promise<boolean> {
  await execute(
    tx,
    sql`select pg_advisory_xact_lock(hashtextextended(${ref.apiKeyId}::text || ' ' || ${ref.route}::text || ' ' || ${ref.key}::text, 1))`,
  );
  const { rows } = await execute<{ key: string }>(
    tx,
    sql`insert into idempotency_keys (api_key_id, key, route, request_hash)
        select ${ref.apiKeyId}::uuid, ${ref.key}::text, ${ref.route}::text, ${ref.requestHash}::text
         where not exists (select 1 from idempotency_keys
                            where api_key_id = ${ref.apiKeyId}::uuid and route = ${ref.route}::text and key = ${ref.key}::text)
        returning key`,
  );
  return rows.length > 0;
}

export async function findKey(tx: Db, ref: KeyRef): Promise<IdempotencyKeyRow | undefined> {
  const [stored] = await tx.select().from(idempotencyKeys).where(byRef(ref));
  return stored;
}

/** Stores the answer to replay for the key. */
export async function storeAnswer(
  tx: Db,
  ref: KeyRef,
  answer: { status: number; body: unknown },
): Promise<void> {
  await tx
    .update(idempotencyKeys)
    .set({ statusCode: answer.status, response: JSON.parse(JSON.stringify(answer.body)) })
    .where(byRef(ref));
}
