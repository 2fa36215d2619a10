import { and, asc, eq, lt, sql } from 'drizzle-orm';
import type { AuthContext } from '../../auth/scope.js';
import type { Db } from '../../db/client.js';
import { execute } from '../../db/exec.js';
import { alias, claimHoldsSlot, claimLive } from '../../db/predicates.js';
import { claims, members, offers, orders } from '../../db/schema/index.js';
import { audienceQuery, type OrderRow } from './orders.repo.js';
import { memberEligible, orderVisibility } from './reach.repo.js';

/** Every statement on `claims` the module runs, and the member capacity the claims take and give back. */

export type ClaimRow = typeof claims.$inferSelect;
export type ClaimChanges = Partial<typeof claims.$inferInsert>;

/**
 * What the claim rules read about the member for one order: the member row (id, unit, availability),
 * its live claim on the order if any, and whether the order's reach and skills admit it.
 */
export interface MemberFacts {
  memberId: string | null;
  memberUnitId: string | null;
  available: boolean | null;
  liveClaimId: string | null;
  eligible: boolean | null;
}

/** An order's slot counters, from its claims (see orderState in src/domain/order-state.ts). */
export interface SlotCounts {
  held: number;
  started: number;
  done: number;
}

const memberFactsOf = (r: Record<string, unknown>): MemberFacts => ({
  memberId: r.member_id as string | null,
  memberUnitId: r.unit_id as string | null,
  available: r.available as boolean | null,
  liveClaimId: r.live_id as string | null,
  eligible: r.eligible as boolean | null,
});

const slotCountsOf = (r: Record<string, unknown>): SlotCounts => ({
  held: r.held as number,
  started: r.started as number,
  done: r.done as number,
});

/** The slot counters of an order as a one-row query (held, started, done). */
const slotCountsQuery = (orderId: string) =>
  sql`select count(*) filter (where ${claimHoldsSlot(alias('claims'))})::int as held,
                   count(*) filter (where claims.status in ('checked_in','completed'))::int as started,
                   count(*) filter (where claims.status = 'completed')::int as done
            from claims where order_id = ${orderId}`;

/**
 * The member has room for one more claim: active, available and below its maximum of claims. Over
 * the row of an `update members`: the one rule by which a claim, new or promoted from the
 * waitlist, takes a member's capacity; its row lock settles races with erasure or a change of
 * availability too.
 */
const roomForClaim = sql`status = 'active' and available and active_claims < max_active_claims`;

/** Slot counters of an order, from its claims (the order row must be locked by the caller). */
export async function slotCounts(db: Db, orderId: string): Promise<SlotCounts> {
  const { rows } = await execute<Record<string, unknown>>(db, slotCountsQuery(orderId));
  return slotCountsOf(rows[0]!);
}

/** The order as the claim refusals need it. */
export type OrderGate = Pick<OrderRow, 'status' | 'headcount' | 'slotsHeld' | 'regionPath'>;

/**
 * The order (as the key sees it) and the member facts in one read, without a lock: undefined when
 * the key may not see the order.
 */
export async function claimPreCheckFacts(
  db: Db,
  auth: AuthContext,
  orderId: string,
  memberId: string,
  now: Date,
): Promise<{ order: OrderGate; facts: MemberFacts } | undefined> {
  const { rows } = await execute<Record<string, unknown>>(
    db,
    sql`
    select orders.status, orders.headcount, orders.slots_held, orders.region_path,
      m.id as member_id, m.unit_id, m.available,
      (select c.id from claims c where c.order_id = orders.id and c.member_id = m.id and ${claimLive(alias('c'))} limit 1) as live_id,
      ${memberEligible('orders', 'm', now)} as eligible
    from orders left join members m on m.id = ${memberId}
    where orders.id = ${orderId} and ${orderVisibility(auth, now) ?? sql`true`}`,
  );
  const r = rows[0];
  if (!r) return undefined;
  return {
    order: {
      status: r.status as OrderRow['status'],
      headcount: r.headcount as number,
      slotsHeld: r.slots_held as number,
      regionPath: r.region_path as string,
    },
    facts: memberFactsOf(r),
  };
}

/**
 * The member facts for one order, read by anyone (no key's visibility): what a claim handed over
 * meets on the member it moves to. Read under the order's lock, it sees every claim committed before.
 */
export async function memberFactsOn(
  db: Db,
  orderId: string,
  memberId: string,
  now: Date,
): Promise<MemberFacts> {
  const { rows } = await execute<Record<string, unknown>>(
    db,
    sql`
    select m.id as member_id, m.unit_id, m.available,
      (select c.id from claims c where c.order_id = o.id and c.member_id = m.id and ${claimLive(alias('c'))} limit 1) as live_id,
      ${memberEligible('o', 'm', now)} as eligible
    from orders o left join members m on m.id = ${memberId}
    where o.id = ${orderId}`,
  );
  return memberFactsOf(rows[0] ?? {});
}

export interface LockedFacts extends MemberFacts, SlotCounts {
  /** The member's capacity was taken (asked for a held claim only). */
  tookCapacity: boolean;
  /** The claim row was written. */
  inserted: boolean;
  /** The order's audience (audienceQuery) as it was before this claim. */
  audience: string[];
}

export interface ClaimWrite {
  id: string;
  orderId: string;
  memberId: string;
  unitId: string | null;
  offerId: string | null;
  status: 'held' | 'waitlisted';
  createdBy: string;
  now: Date;
  order: OrderRow;
}

/**
 * Run after the order is locked, so it sees every claim committed before the lock: reads the member
 * facts and the order's slot counters from its claims, and in the same statement takes the member's
 * capacity (for a held claim) and writes the claim, each only when the facts allow it, and reads the
 * order's event audience. The caller still applies the claim refusals to the facts and rolls back on
 * a refusal; the writes' conditions only keep them from failing on a claim that is refused anyway.
 */
export async function lockedFactsAndWrite(db: Db, claim: ClaimWrite): Promise<LockedFacts> {
  const { rows } = await execute<Record<string, unknown>>(
    db,
    sql`
    with f as (
      select m.id as member_id, m.unit_id, m.available,
        (select c.id from claims c where c.order_id = ${claim.orderId} and c.member_id = m.id and ${claimLive(alias('c'))} limit 1) as live_id,
        (select ${memberEligible('o', 'm', claim.now)} from orders o where o.id = ${claim.orderId}) as eligible,
        s.held, s.started, s.done
      from (${slotCountsQuery(claim.orderId)}) s
      left join members m on m.id = ${claim.memberId}),
    ok as (
      select 1 from f where f.member_id is not null and f.live_id is null and f.available and f.eligible),
    cap as (
      update members set active_claims = active_claims + 1
      where ${claim.status} = 'held' and exists (select 1 from ok)
        and id = ${claim.memberId} and ${roomForClaim}
      returning id),
    ins as (
      insert into claims (id, order_id, member_id, unit_id, offer_id, status, created_by, created_at, updated_at)
      select ${claim.id}::uuid, ${claim.orderId}::uuid, ${claim.memberId}::uuid, ${claim.unitId}::uuid,
             ${claim.offerId}::uuid, ${claim.status}, ${claim.createdBy}::uuid, ${claim.now}::timestamptz, ${claim.now}::timestamptz
      where exists (select 1 from ok) and (${claim.status} = 'waitlisted' or exists (select 1 from cap))
      returning id)
    select f.*, exists (select 1 from cap) as took, exists (select 1 from ins) as inserted,
      (select coalesce(array_agg(a.unit_id::text), '{}') from (${audienceQuery(claim.order, claim.now)}) a) as audience
    from f`,
  );
  const r = rows[0]!;
  return {
    ...memberFactsOf(r),
    ...slotCountsOf(r),
    tookCapacity: r.took as boolean,
    inserted: r.inserted as boolean,
    audience: r.audience as string[],
  };
}

/** Takes one claim's capacity of the member when it has room (see roomForClaim); false when not. */
export async function takeCapacity(db: Db, memberId: string): Promise<boolean> {
  const { rows } = await execute(
    db,
    sql`update members set active_claims = active_claims + 1 where id = ${memberId} and ${roomForClaim} returning id`,
  );
  return rows.length > 0;
}

/** Gives back the capacity one claim took. */
export async function giveCapacity(db: Db, memberId: string): Promise<void> {
  await db
    .update(members)
    .set({ activeClaims: sql`greatest(${members.activeClaims} - 1, 0)` })
    .where(eq(members.id, memberId));
}

/** The member's status and availability (why it had no room for a claim). */
export async function memberStanding(
  db: Db,
  memberId: string,
): Promise<{ status: string; available: boolean } | undefined> {
  const [m] = await db
    .select({ status: members.status, available: members.available })
    .from(members)
    .where(eq(members.id, memberId));
  return m;
}

export async function memberUnitOf(db: Db, memberId: string): Promise<string | null> {
  const [m] = await db.select({ unitId: members.unitId }).from(members).where(eq(members.id, memberId));
  return m?.unitId ?? null;
}

/** A claim of the order, optionally locked for the transaction. */
export async function findClaim(
  db: Db,
  orderId: string,
  claimId: string,
  lock: boolean,
): Promise<ClaimRow | undefined> {
  const q = db
    .select()
    .from(claims)
    .where(and(eq(claims.id, claimId), eq(claims.orderId, orderId)));
  const [claim] = lock ? await q.for('update') : await q;
  return claim;
}

/** The claims of an order, in the order they were made. */
export async function claimsOf(db: Db, orderId: string): Promise<ClaimRow[]> {
  return db
    .select()
    .from(claims)
    .where(eq(claims.orderId, orderId))
    .orderBy(asc(claims.createdAt), asc(claims.id));
}

/** The waitlisted claims of an order, first come first, locked for the transaction. */
export async function lockWaitlist(db: Db, orderId: string): Promise<ClaimRow[]> {
  return db
    .select()
    .from(claims)
    .where(and(eq(claims.orderId, orderId), eq(claims.status, 'waitlisted')))
    .orderBy(asc(claims.createdAt), asc(claims.id))
    .for('update');
}

export async function updateClaim(db: Db, id: string, changes: ClaimChanges): Promise<ClaimRow> {
  const [row] = await db.update(claims).set(changes).where(eq(claims.id, id)).returning();
  return row!;
}

/** Held claims whose order window ended before `now` (at most `limit`, by id). */
export async function dueNoShows(
  db: Db,
  now: Date,
  limit: number,
): Promise<{ id: string; orderId: string }[]> {
  return db
    .select({ id: claims.id, orderId: claims.orderId })
    .from(claims)
    .innerJoin(orders, eq(orders.id, claims.orderId))
    .where(and(eq(claims.status, 'held'), lt(orders.windowEndsAt, now)))
    .orderBy(asc(claims.id))
    .limit(limit);
}

/** The ids of the claims holding a slot of the order. */
export async function slotHoldingClaimIds(db: Db, orderId: string): Promise<string[]> {
  const rows = await db
    .select({ id: claims.id })
    .from(claims)
    .where(and(eq(claims.orderId, orderId), claimHoldsSlot(sql`${claims}`)));
  return rows.map((c) => c.id);
}

/** Releases every claim holding a slot of the order (a reopened order starts over). */
export async function releaseSlotHoldingClaims(db: Db, orderId: string, now: Date): Promise<string[]> {
  const rows = await db
    .update(claims)
    .set({ status: 'released', endedAt: now, updatedAt: now })
    .where(and(eq(claims.orderId, orderId), claimHoldsSlot(sql`${claims}`)))
    .returning({ id: claims.id });
  return rows.map((c) => c.id);
}

export async function completedClaimsOf(db: Db, orderId: string): Promise<ClaimRow[]> {
  return db
    .select()
    .from(claims)
    .where(and(eq(claims.orderId, orderId), eq(claims.status, 'completed')));
}

/** The offer a claim was made from is accepted with it. */
export async function acceptOffer(db: Db, offerId: string, now: Date): Promise<void> {
  await db.update(offers).set({ status: 'accepted', respondedAt: now }).where(eq(offers.id, offerId));
}
