/** Statements on offers: reads in a key's scope, answers, expiry, and the unit of each offered member. */
import { and, asc, eq, gt, inArray, lte, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { execute, rowOf } from '../../db/exec.js';
import type { OfferStatus } from '../../db/schema/enums.js';
import { members, offers } from '../../db/schema/index.js';

export type OfferRow = typeof offers.$inferSelect;

/** An offer and the unit of its member (where its events go). */
export interface OfferToMember {
  offer: OfferRow;
  unitId: string | null;
}

/**
 * Which offers a key sees: all, none, a member's own, those of a unit's members, or those of orders
 * under a region path.
 */
export type OfferScope = 'all' | 'none' | { memberId: string } | { unitId: string } | { orderUnder: string };

function visibleIn(scope: OfferScope): SQL | undefined {
  if (scope === 'all') return undefined;
  if (scope === 'none') return sql`false`;
  if ('memberId' in scope) return eq(offers.memberId, scope.memberId);
  if ('unitId' in scope)
    return sql`exists (select 1 from members vm where vm.id = ${offers.memberId} and vm.unit_id = ${scope.unitId})`;
  return sql`exists (select 1 from orders vo where vo.id = ${offers.orderId} and vo.region_path like ${`${scope.orderUnder}%`})`;
}

export async function findOffer(
  db: Db,
  id: string,
  scope: OfferScope = 'all',
): Promise<OfferRow | undefined> {
  const [row] = await db
    .select()
    .from(offers)
    .where(and(eq(offers.id, id), visibleIn(scope)));
  return row;
}

/** Offers in scope matching the filters, in id order after `after`, `limit` at most. */
export function listOffers(
  db: Db,
  scope: OfferScope,
  q: { after?: string; status?: OfferStatus; orderId?: string; memberId?: string; limit: number },
): Promise<OfferRow[]> {
  return db
    .select()
    .from(offers)
    .where(
      and(
        visibleIn(scope),
        q.after ? gt(offers.id, q.after) : undefined,
        q.status ? eq(offers.status, q.status) : undefined,
        q.orderId ? eq(offers.orderId, q.orderId) : undefined,
        q.memberId ? eq(offers.memberId, q.memberId) : undefined,
      ),
    )
    .orderBy(asc(offers.id))
    .limit(q.limit);
}

/** Every offer made for an order, wave by wave, by rank. */
export function offersOfOrder(db: Db, orderId: string): Promise<OfferRow[]> {
  return db
    .select()
    .from(offers)
    .where(eq(offers.orderId, orderId))
    .orderBy(asc(offers.wave), asc(offers.rank));
}

/** Locks an offer's row for the rest of the transaction (its order is locked first). */
export async function lockOffer(db: Db, id: string): Promise<OfferRow | undefined> {
  const [row] = await db.select().from(offers).where(eq(offers.id, id)).for('update');
  return row;
}

export async function declineOffer(
  db: Db,
  id: string,
  answer: { respondedAt: Date; declineReason: string | null },
): Promise<OfferRow> {
  const [row] = await db
    .update(offers)
    .set({ status: 'declined', ...answer })
    .where(eq(offers.id, id))
    .returning();
  return row!;
}

/** The unit of each member (members without a unit are left out). */
export async function unitsOfMembers(db: Db, memberIds: string[]): Promise<Map<string, string>> {
  if (memberIds.length === 0) return new Map();
  const rows = await db
    .select({ id: members.id, unitId: members.unitId })
    .from(members)
    .where(inArray(members.id, memberIds));
  return new Map(rows.filter((r) => r.unitId !== null).map((r) => [r.id, r.unitId!]));
}

/** The order and status of an offer, read without a lock. */
export async function offerHead(
  db: Db,
  id: string,
): Promise<Pick<OfferRow, 'orderId' | 'status'> | undefined> {
  const [offer] = await db
    .select({ orderId: offers.orderId, status: offers.status })
    .from(offers)
    .where(eq(offers.id, id));
  return offer;
}

/** Pending offers of an order still open at `now` (not yet due). */
export async function countOpenOffers(db: Db, orderId: string, now: Date): Promise<number> {
  const [open] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(offers)
    .where(and(eq(offers.orderId, orderId), eq(offers.status, 'pending'), gt(offers.expiresAt, now)));
  return open?.n ?? 0;
}

/** The conditions of a pending offer due at `now`. */
const pendingDue = (now: Date) => [eq(offers.status, 'pending'), lte(offers.expiresAt, now)];

/** Whether an order has a pending offer that is due at `now`. */
export async function hasDueOffer(db: Db, orderId: string, now: Date): Promise<boolean> {
  const [due] = await db
    .select({ n: sql<number>`1` })
    .from(offers)
    .where(and(eq(offers.orderId, orderId), ...pendingDue(now)))
    .limit(1);
  return due !== undefined;
}

/** Orders with pending offers due at `now`, in id order, `limit` at most. */
export async function ordersWithDueOffers(db: Db, now: Date, limit: number): Promise<string[]> {
  const due = await db
    .selectDistinct({ orderId: offers.orderId })
    .from(offers)
    .where(and(...pendingDue(now)))
    .orderBy(asc(offers.orderId))
    .limit(limit);
  return due.map((d) => d.orderId);
}

/** A wave with pending offers, and when they expire (a wave's offers share their expiry). */
export interface PendingWave {
  orderId: string;
  wave: number;
  expiresAt: Date;
}

/**
 * Waves with pending offers expiring after `from` and by `until`, in (expiry, order, wave) order after
 * a keyset position, `limit` at most: the range of the pending-expiry index.
 */
export function pendingWavesExpiring(
  db: Db,
  from: Date,
  until: Date,
  after: PendingWave | null,
  limit: number,
): Promise<PendingWave[]> {
  return db
    .selectDistinct({ expiresAt: offers.expiresAt, orderId: offers.orderId, wave: offers.wave })
    .from(offers)
    .where(
      and(
        eq(offers.status, 'pending'),
        gt(offers.expiresAt, from),
        lte(offers.expiresAt, until),
        after
          ? sql`(${offers.expiresAt}, ${offers.orderId}, ${offers.wave}) > (${after.expiresAt}, ${after.orderId}::uuid, ${after.wave})`
          : undefined,
      ),
    )
    .orderBy(asc(offers.expiresAt), asc(offers.orderId), asc(offers.wave))
    .limit(limit);
}

/** Expires an order's pending offers due at `now` (only `offerId` when given); returns them. */
export function expireDue(db: Db, orderId: string, now: Date, offerId?: string): Promise<OfferRow[]> {
  return db
    .update(offers)
    .set({ status: 'expired' })
    .where(and(eq(offers.orderId, orderId), ...pendingDue(now), offerId ? eq(offers.id, offerId) : undefined))
    .returning();
}

/** Withdraws every pending offer of an order; returns them, by wave and rank, with their members' units. */
export async function withdrawPending(db: Db, orderId: string, now: Date): Promise<OfferToMember[]> {
  const { rows } = await execute<Record<string, unknown>>(
    db,
    sql`
    with w as (
      update offers set status = 'withdrawn', responded_at = ${now}
       where order_id = ${orderId} and status = 'pending'
      returning *)
    select w.*, m.unit_id as member_unit_id from w join members m on m.id = w.member_id
     order by w.wave, w.rank`,
  );
  return rows.map((r) => ({ offer: rowOf(offers, r), unitId: r.member_unit_id as string | null }));
}

/**
 * Writes the audit events of offer changes (chained, the argument of audit_append) and their domain
 * events (the arguments of outbox_emit) in one statement.
 */
export async function writeOfferTrail(
  db: Db,
  auditEvents: string,
  outbox: { events: string; jobs: string },
): Promise<void> {
  await execute(
    db,
    sql`select audit_append(${auditEvents}::jsonb), outbox_emit(${outbox.events}::jsonb, ${outbox.jobs}::jsonb)`,
  );
}
