import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
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
 * holder is made to wait here until its transaction ends.
 */
export async function claimKey(tx: Db, ref: KeyRef & { requestHash: string }): Promise<boolean> {
  const inserted = await tx
    .insert(idempotencyKeys)
    .values({ apiKeyId: ref.apiKeyId, key: ref.key, route: ref.route, requestHash: ref.requestHash })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  return inserted.length > 0;
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
