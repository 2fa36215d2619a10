/** Every statement on `claim_transfers`: reads in a key's scope, the writes of each answer, the timers' reads. */
import { and, asc, eq, gt, inArray, lte, ne, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { TransferKind, TransferStatus } from '../../db/schema/enums.js';
import { claims, claimTransfers, members } from '../../db/schema/index.js';
import type { OfferScope } from '../offers/offers.repo.js';

export type TransferRow = typeof claimTransfers.$inferSelect;
export type TransferInsert = typeof claimTransfers.$inferInsert;

/**
 * Which transfers a key sees, in the shape of the offers' scope: all, none, those from or to a member,
 * those from or to a unit's members (or held for the unit), or those of orders under a region path.
 */
export type TransferScope = OfferScope;

const t = claimTransfers;

function visibleIn(scope: TransferScope): SQL | undefined {
  if (scope === 'all') return undefined;
  if (scope === 'none') return sql`false`;
  if ('memberId' in scope) return or(eq(t.fromMemberId, scope.memberId), eq(t.toMemberId, scope.memberId));
  if ('unitId' in scope)
    return sql`(${t.toUnitId} = ${scope.unitId} or exists (select 1 from members vm where vm.id in (${t.fromMemberId}, ${t.toMemberId}) and vm.unit_id = ${scope.unitId}))`;
  return sql`exists (select 1 from orders vo where vo.id = ${t.orderId} and vo.region_path like ${`${scope.orderUnder}%`})`;
}

export async function findTransfer(
  db: Db,
  id: string,
  scope: TransferScope,
): Promise<TransferRow | undefined> {
  const [row] = await db
    .select()
    .from(t)
    .where(and(eq(t.id, id), visibleIn(scope)));
  return row;
}

/** Transfers in scope matching the filters, in id order after `after`, `limit` at most. */
export function listTransfers(
  db: Db,
  scope: TransferScope,
  q: {
    after?: string;
    status?: TransferStatus;
    kind?: TransferKind;
    orderId?: string;
    memberId?: string;
    claimId?: string;
    limit: number;
  },
): Promise<TransferRow[]> {
  return db
    .select()
    .from(t)
    .where(
      and(
        visibleIn(scope),
        q.after ? gt(t.id, q.after) : undefined,
        q.status ? eq(t.status, q.status) : undefined,
        q.kind ? eq(t.kind, q.kind) : undefined,
        q.orderId ? eq(t.orderId, q.orderId) : undefined,
        q.claimId ? eq(t.claimId, q.claimId) : undefined,
        q.memberId ? or(eq(t.fromMemberId, q.memberId), eq(t.toMemberId, q.memberId)) : undefined,
      ),
    )
    .orderBy(asc(t.id))
    .limit(q.limit);
}

/** The transfers of a claim in a key's scope, oldest first. */
export function transfersOfClaim(db: Db, claimId: string, scope: TransferScope): Promise<TransferRow[]> {
  return db
    .select()
    .from(t)
    .where(and(eq(t.claimId, claimId), visibleIn(scope)))
    .orderBy(asc(t.createdAt), asc(t.id));
}

/** The open transfer of a claim, if any (the claim's order is locked by the caller). */
export async function openTransferOf(db: Db, claimId: string): Promise<TransferRow | undefined> {
  const [row] = await db
    .select()
    .from(t)
    .where(and(eq(t.claimId, claimId), eq(t.status, 'open')));
  return row;
}

export async function insertTransfer(db: Db, row: TransferInsert): Promise<TransferRow> {
  const [inserted] = await db.insert(t).values(row).returning();
  return inserted!;
}

/** Locks a transfer's row for the rest of the transaction (its order and claim are locked first). */
export async function lockTransfer(db: Db, id: string): Promise<TransferRow | undefined> {
  const [row] = await db.select().from(t).where(eq(t.id, id)).for('update');
  return row;
}

/** Closes an open transfer: answered, withdrawn, moved by itself or ended. */
export async function closeTransfer(
  db: Db,
  id: string,
  changes: Pick<TransferInsert, 'status' | 'answeredBy' | 'autoAccepted' | 'endCause' | 'toUnitId'> & {
    now: Date;
  },
): Promise<TransferRow> {
  const { now, ...rest } = changes;
  const [row] = await db
    .update(t)
    .set({ ...rest, closedAt: now, updatedAt: now })
    .where(eq(t.id, id))
    .returning();
  return row!;
}

/**
 * The open transfers of an order whose claims no longer hold their slot untouched (withdrawn,
 * no-show, checked in, cancelled), each with the claim's new status. The order is locked by the caller.
 */
export function openTransfersOfChangedClaims(
  db: Db,
  orderId: string,
): Promise<{ id: string; claimStatus: string }[]> {
  return db
    .select({ id: t.id, claimStatus: claims.status })
    .from(t)
    .innerJoin(claims, eq(claims.id, t.claimId))
    .where(and(eq(t.orderId, orderId), eq(t.status, 'open'), ne(claims.status, 'held')));
}

/** The unit of each member (members without a unit are left out). */
export async function unitsOfMembers(db: Db, memberIds: string[]): Promise<Map<string, string>> {
  const rows = await db
    .select({ id: members.id, unitId: members.unitId })
    .from(members)
    .where(inArray(members.id, memberIds));
  return new Map(rows.filter((r) => r.unitId !== null).map((r) => [r.id, r.unitId!]));
}

/** The order, kind and status of a transfer, read without a lock. */
export async function transferHead(
  db: Db,
  id: string,
): Promise<Pick<TransferRow, 'orderId' | 'claimId' | 'status'> | undefined> {
  const [row] = await db
    .select({ orderId: t.orderId, claimId: t.claimId, status: t.status })
    .from(t)
    .where(eq(t.id, id));
  return row;
}

/**
 * Open requests whose time is up at `due`, or falls after `from` and by `until` (a timer planner's
 * window), by time then id, after a position.
 */
export function openRequests(
  db: Db,
  range: { due: Date } | { from: Date; until: Date },
  after: { autoAcceptAt: Date; id: string } | null,
  limit: number,
): Promise<Pick<TransferRow, 'id' | 'autoAcceptAt'>[]> {
  return db
    .select({ id: t.id, autoAcceptAt: t.autoAcceptAt })
    .from(t)
    .where(
      and(
        eq(t.status, 'open'),
        ...('due' in range
          ? [lte(t.autoAcceptAt, range.due)]
          : [gt(t.autoAcceptAt, range.from), lte(t.autoAcceptAt, range.until)]),
        after
          ? sql`(${t.autoAcceptAt}, ${t.id}) > (${after.autoAcceptAt.toISOString()}::timestamptz, ${after.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(asc(t.autoAcceptAt), asc(t.id))
    .limit(limit);
}
