import { and, asc, desc, eq, gt, gte, lt, sql } from 'drizzle-orm';
import type { Actor } from '../../audit/audit.repo.js';
import type { Db } from '../../db/client.js';
import {
  type accountTypes,
  categories,
  claims,
  ledgerAccounts,
  ledgerEntries,
  members,
  orders,
  regions,
} from '../../db/schema/index.js';
import { Errors } from '../../errors.js';
import { newId } from '../../lib/ids.js';

export type AccountType = (typeof accountTypes)[number];
export interface Account {
  type: AccountType;
  id: string;
}

export interface Balance {
  points: number;
  hours: number;
}

export interface Movement {
  txnId: string;
  kind: 'credit' | 'redemption' | 'adjustment';
  /** Receives +points/+hours; `from` receives the same amounts negated. */
  to: Account;
  from: Account;
  points: number;
  hours: number;
  claimId?: string | null;
  orderId?: string | null;
  note?: string | null;
  actor: Actor;
  at: Date;
}

/** The columns of an entry as members and exports see it (the account it belongs to is implied). */
export const entryColumns = {
  id: ledgerEntries.id,
  txnId: ledgerEntries.txnId,
  kind: ledgerEntries.kind,
  points: ledgerEntries.points,
  hours: ledgerEntries.hours,
  counterpartyType: ledgerEntries.counterpartyType,
  counterpartyId: ledgerEntries.counterpartyId,
  claimId: ledgerEntries.claimId,
  orderId: ledgerEntries.orderId,
  note: ledgerEntries.note,
  createdAt: ledgerEntries.createdAt,
};

export const actorLabel = (actor: Actor): string =>
  actor.type === 'api_key' && actor.id ? actor.id : `${actor.type}:${actor.id ?? ''}`;

/**
 * Locks an account's balance row until the transaction ends, so a check against it holds until
 * the movement is written. A missing row is a zero balance.
 */
export async function lockBalance(tx: Db, account: Account): Promise<Balance> {
  const [row] = await balanceQuery(tx, account).for('update');
  return row ?? { points: 0, hours: 0 };
}

export async function readBalance(db: Db, account: Account): Promise<Balance> {
  const [row] = await balanceQuery(db, account);
  return row ?? { points: 0, hours: 0 };
}

const accountKey = (account: Account) =>
  and(eq(ledgerAccounts.accountType, account.type), eq(ledgerAccounts.accountId, account.id));
const balanceColumns = { points: ledgerAccounts.points, hours: ledgerAccounts.hours };
const balanceQuery = (db: Db, account: Account) =>
  db.select(balanceColumns).from(ledgerAccounts).where(accountKey(account));

const isNegativeBalance = (err: unknown): boolean => {
  const e = err as { code?: string; constraint?: string; cause?: { code?: string; constraint?: string } };
  const pgErr = e.code ? e : e.cause;
  return pgErr?.code === '23514' && pgErr.constraint === 'ledger_accounts_non_negative';
};

async function upsertBalance(
  tx: Db,
  account: Account,
  points: number,
  hours: number,
  at: Date,
): Promise<Balance> {
  // Update first: Postgres checks the constraint on the row an upsert proposes, so a debit through
  // INSERT ... ON CONFLICT would be refused even when the existing balance covers it.
  const [updated] = await tx
    .update(ledgerAccounts)
    .set({
      points: sql`${ledgerAccounts.points} + ${points}`,
      hours: sql`${ledgerAccounts.hours} + ${hours}`,
      updatedAt: at,
    })
    .where(accountKey(account))
    .returning(balanceColumns);
  if (updated) return updated;
  const [row] = await tx
    .insert(ledgerAccounts)
    .values({ accountType: account.type, accountId: account.id, points, hours, updatedAt: at })
    .onConflictDoUpdate({
      target: [ledgerAccounts.accountType, ledgerAccounts.accountId],
      set: {
        points: sql`${ledgerAccounts.points} + excluded.points`,
        hours: sql`${ledgerAccounts.hours} + excluded.hours`,
        updatedAt: at,
      },
    })
    .returning(balanceColumns);
  return row!;
}

/**
 * Writes a movement's two entries (summing to zero) without touching balances. Returns false when
 * they already exist, which only a credit of an already credited claim can cause: the unique index
 * on (claim_id, account_type) turns that retry into a no-op.
 */
export async function insertEntries(tx: Db, m: Movement): Promise<boolean> {
  const common = {
    txnId: m.txnId,
    kind: m.kind,
    claimId: m.claimId ?? null,
    orderId: m.orderId ?? null,
    note: m.note ?? null,
    createdBy: actorLabel(m.actor),
    createdAt: m.at,
  };
  const leg = (own: Account, other: Account, sign: 1 | -1) => ({
    ...common,
    id: newId(),
    accountType: own.type,
    accountId: own.id,
    points: sign * m.points,
    hours: sign * m.hours,
    counterpartyType: other.type,
    counterpartyId: other.id,
  });
  const inserted = await tx
    .insert(ledgerEntries)
    .values([leg(m.to, m.from, 1), leg(m.from, m.to, -1)])
    .onConflictDoNothing()
    .returning({ id: ledgerEntries.id });
  if (inserted.length === 0) return false;
  if (inserted.length !== 2) throw new Error(`ledger transaction ${m.txnId} would be one-sided`);
  return true;
}

/**
 * Moves an account's balance by the given amounts. Callers move member accounts before community
 * and merchant accounts (and several members in id order), so concurrent movements lock balance
 * rows in one global order and never deadlock.
 */
export async function moveBalance(
  tx: Db,
  account: Account,
  points: number,
  hours: number,
  at: Date,
): Promise<Balance> {
  try {
    return await upsertBalance(tx, account, points, hours, at);
  } catch (err) {
    // The check constraint is the last line of defence behind the row lock callers take.
    if (isNegativeBalance(err)) throw Errors.insufficientPoints('the balance would fall below zero');
    throw err;
  }
}

/** A movement between a member and a community or merchant: both entries, then both balances. */
export async function postMovement(tx: Db, m: Movement): Promise<{ member: Balance; other: Balance }> {
  await insertEntries(tx, m);
  const [member, other, sign] = m.to.type === 'member' ? [m.to, m.from, 1] : [m.from, m.to, -1];
  return {
    member: await moveBalance(tx, member, sign * m.points, sign * m.hours, m.at),
    other: await moveBalance(tx, other, -sign * m.points, -sign * m.hours, m.at),
  };
}

/** A member as the ledger sees it: its unit and the community it reports in to. */
export interface MemberRef {
  id: string;
  unitId: string | null;
  communityId: string | null;
  /** Path of the community the member reports in to; null when it reports in nowhere. */
  communityPath: string | null;
}

export async function findMember(db: Db, id: string): Promise<MemberRef | null> {
  const [row] = await db
    .select({
      id: members.id,
      unitId: members.unitId,
      communityId: members.communityId,
      communityPath: regions.path,
    })
    .from(members)
    .leftJoin(regions, eq(regions.id, members.communityId))
    .where(eq(members.id, id));
  return row ?? null;
}

/** What crediting an order needs of it: its community account and its category's points multiplier. */
export async function orderToCredit(tx: Db, orderId: string) {
  const [order] = await tx
    .select({
      id: orders.id,
      communityId: orders.communityId,
      regionPath: orders.regionPath,
      multiplier: categories.pointsMultiplier,
    })
    .from(orders)
    .innerJoin(categories, eq(categories.code, orders.categoryCode))
    .where(eq(orders.id, orderId));
  return order;
}

/** The order's completed claims with approved hours, ordered by member (the order balances are locked in). */
export const claimsToCredit = (tx: Db, orderId: string) =>
  tx
    .select({
      claimId: claims.id,
      memberId: claims.memberId,
      hours: claims.approvedHours,
      unitId: members.unitId,
    })
    .from(claims)
    .innerJoin(members, eq(members.id, claims.memberId))
    .where(and(eq(claims.orderId, orderId), eq(claims.status, 'completed'), gt(claims.approvedHours, 0)))
    .orderBy(asc(claims.memberId), asc(claims.id));

/** A member's entries newest first, before the cursor id: `limit + 1` rows, for toPage. */
export const memberEntries = (db: Db, memberId: string, before: string | undefined, limit: number) =>
  db
    .select(entryColumns)
    .from(ledgerEntries)
    .where(
      and(
        eq(ledgerEntries.accountType, 'member'),
        eq(ledgerEntries.accountId, memberId),
        before ? lt(ledgerEntries.id, before) : undefined,
      ),
    )
    .orderBy(desc(ledgerEntries.id))
    .limit(limit + 1);

/** A half-open period [from, to); an end left out is open. */
export interface Period {
  from?: Date;
  to?: Date;
}

const redeemedAt = (merchantId: string, p: Period) =>
  and(
    eq(ledgerEntries.accountType, 'merchant'),
    eq(ledgerEntries.accountId, merchantId),
    eq(ledgerEntries.kind, 'redemption'),
    p.from ? gte(ledgerEntries.createdAt, p.from) : undefined,
    p.to ? lt(ledgerEntries.createdAt, p.to) : undefined,
  );

/** How many redemptions a merchant took in the period, and their points: what it settles. */
export async function merchantTotals(
  db: Db,
  merchantId: string,
  p: Period,
): Promise<{ redemptions: number; totalPoints: number }> {
  const [totals] = await db
    .select({
      redemptions: sql<number>`count(*)::int`,
      totalPoints: sql<string>`coalesce(sum(${ledgerEntries.points}), 0)`,
    })
    .from(ledgerEntries)
    .where(redeemedAt(merchantId, p));
  return { redemptions: totals?.redemptions ?? 0, totalPoints: Number(totals?.totalPoints ?? 0) };
}

/** A merchant's redemptions in the period newest first, before the cursor id: `limit + 1` rows. */
export const merchantRedemptions = (
  db: Db,
  merchantId: string,
  p: Period,
  before: string | undefined,
  limit: number,
) =>
  db
    .select({
      id: ledgerEntries.id,
      txnId: ledgerEntries.txnId,
      memberId: ledgerEntries.counterpartyId,
      points: ledgerEntries.points,
      note: ledgerEntries.note,
      createdAt: ledgerEntries.createdAt,
    })
    .from(ledgerEntries)
    .where(and(redeemedAt(merchantId, p), before ? lt(ledgerEntries.id, before) : undefined))
    .orderBy(desc(ledgerEntries.id))
    .limit(limit + 1);
