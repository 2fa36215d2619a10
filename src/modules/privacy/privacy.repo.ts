import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { execute } from '../../db/exec.js';
import {
  auditTrail,
  type ClaimStatus,
  claims,
  ledgerEntries,
  offers,
  orders,
} from '../../db/schema/index.js';
import { entryColumns } from '../ledger/ledger.repo.js';

/** A member's claims, oldest first, each with the id, title and status of its order. */
export async function claimsOfMember(db: Db, memberId: string) {
  return db
    .select({ claim: claims, order: { id: orders.id, title: orders.title, status: orders.status } })
    .from(claims)
    .innerJoin(orders, eq(orders.id, claims.orderId))
    .where(eq(claims.memberId, memberId))
    .orderBy(asc(claims.createdAt), asc(claims.id));
}

/** The ids of the member's claims in these statuses. */
export async function claimIdsOfMember(
  db: Db,
  memberId: string,
  statuses: readonly ClaimStatus[],
): Promise<string[]> {
  const rows = await db
    .select({ id: claims.id })
    .from(claims)
    .where(and(eq(claims.memberId, memberId), inArray(claims.status, statuses)));
  return rows.map((r) => r.id);
}

/** Every offer made to a member, oldest first. */
export async function offersToMember(db: Db, memberId: string) {
  return db
    .select()
    .from(offers)
    .where(eq(offers.memberId, memberId))
    .orderBy(asc(offers.createdAt), asc(offers.id));
}

/** A member's ledger entries, oldest first. */
export async function ledgerEntriesOfMember(db: Db, memberId: string) {
  return db
    .select(entryColumns)
    .from(ledgerEntries)
    .where(and(eq(ledgerEntries.accountType, 'member'), eq(ledgerEntries.accountId, memberId)))
    .orderBy(asc(ledgerEntries.id));
}

/** The audit chain of one entity, oldest first (archived months included). */
export async function auditChainOf(db: Db, entityId: string) {
  return db.select().from(auditTrail).where(eq(auditTrail.entityId, entityId)).orderBy(asc(auditTrail.seq));
}

/**
 * Writes `patch` over the stored first answers of Idempotency-Key writes whose answer is the object
 * `id` itself; answers how many it rewrote.
 */
export async function patchStoredResponses(
  db: Db,
  id: string,
  patch: Record<string, unknown>,
): Promise<number> {
  const result = await execute(
    db,
    sql`
    update idempotency_keys set response = response || ${JSON.stringify(patch)}::jsonb
    where response->>'id' = ${id}`,
  );
  return result.rowCount ?? 0;
}

/** Deletes up to `batch` idempotency records created before `cutoff`; answers how many. */
export async function deleteIdempotencyRecords(db: Db, cutoff: Date, batch: number): Promise<number> {
  const result = await execute(
    db,
    sql`
    delete from idempotency_keys k
    using (select api_key_id, route, key, created_at from idempotency_keys where created_at < ${cutoff} limit ${batch}) old
    where k.api_key_id = old.api_key_id and k.route = old.route and k.key = old.key
      and k.created_at = old.created_at`,
  );
  return result.rowCount ?? 0;
}
