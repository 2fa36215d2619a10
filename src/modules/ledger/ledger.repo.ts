import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../audit/audit.repo.js';
import type { Db } from '../../db/client.js';
import { type accountTypes, ledgerAccounts, ledgerEntries } from '../../db/schema/index.js';
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
  const [row] = await tx
    .select({ points: ledgerAccounts.points, hours: ledgerAccounts.hours })
    .from(ledgerAccounts)
    .where(and(eq(ledgerAccounts.accountType, account.type), eq(ledgerAccounts.accountId, account.id)))
    .for('update');
  return row ?? { points: 0, hours: 0 };
}

export async function readBalance(db: Db, account: Account): Promise<Balance> {
  const [row] = await db
    .select({ points: ledgerAccounts.points, hours: ledgerAccounts.hours })
    .from(ledgerAccounts)
    .where(and(eq(ledgerAccounts.accountType, account.type), eq(ledgerAccounts.accountId, account.id)));
  return row ?? { points: 0, hours: 0 };
}

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
  const key = and(eq(ledgerAccounts.accountType, account.type), eq(ledgerAccounts.accountId, account.id));
  const returning = { points: ledgerAccounts.points, hours: ledgerAccounts.hours };
  // Update first: Postgres checks the constraint on the row an upsert proposes, so a debit through
  // INSERT ... ON CONFLICT would be refused even when the existing balance covers it.
  const [updated] = await tx
    .update(ledgerAccounts)
    .set({
      points: sql`${ledgerAccounts.points} + ${points}`,
      hours: sql`${ledgerAccounts.hours} + ${hours}`,
      updatedAt: at,
    })
    .where(key)
    .returning(returning);
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
    .returning(returning);
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
