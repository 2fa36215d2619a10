import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../audit/audit.js';
import type { DbOrTx, Tx } from '../../db/client.js';
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

export const actorLabel = (actor: Actor): string =>
  actor.type === 'api_key' && actor.id ? actor.id : `${actor.type}:${actor.id ?? ''}`;

/**
 * Locks an account's balance row until the transaction ends, so a check against it holds until
 * the movement is written. A missing row is a zero balance.
 */
export async function lockBalance(tx: Tx, account: Account): Promise<Balance> {
  const [row] = await tx
    .select({ points: ledgerAccounts.points, hours: ledgerAccounts.hours })
    .from(ledgerAccounts)
    .where(and(eq(ledgerAccounts.accountType, account.type), eq(ledgerAccounts.accountId, account.id)))
    .for('update');
  return row ?? { points: 0, hours: 0 };
}

export async function readBalance(db: DbOrTx, account: Account): Promise<Balance> {
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

async function moveBalance(
  tx: Tx,
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
 * Writes a movement as its two entries (summing to zero) and moves both balances, member accounts
 * first so that concurrent movements lock rows in one order. Returns null when the entries already
 * exist, which only a credit of an already credited claim can cause: the unique index on
 * (claim_id, account_type) turns that retry into a no-op.
 */
export async function postMovement(tx: Tx, m: Movement): Promise<{ to: Balance; from: Balance } | null> {
  const common = {
    txnId: m.txnId,
    kind: m.kind,
    claimId: m.claimId ?? null,
    orderId: m.orderId ?? null,
    note: m.note ?? null,
    createdBy: actorLabel(m.actor),
    createdAt: m.at,
  };
  const inserted = await tx
    .insert(ledgerEntries)
    .values([
      {
        ...common,
        id: newId(),
        accountType: m.to.type,
        accountId: m.to.id,
        points: m.points,
        hours: m.hours,
        counterpartyType: m.from.type,
        counterpartyId: m.from.id,
      },
      {
        ...common,
        id: newId(),
        accountType: m.from.type,
        accountId: m.from.id,
        points: -m.points,
        hours: -m.hours,
        counterpartyType: m.to.type,
        counterpartyId: m.to.id,
      },
    ])
    .onConflictDoNothing()
    .returning({ id: ledgerEntries.id });
  if (inserted.length === 0) return null;
  if (inserted.length !== 2) throw new Error(`ledger transaction ${m.txnId} would be one-sided`);
  try {
    if (m.from.type === 'member' && m.to.type !== 'member') {
      const from = await moveBalance(tx, m.from, -m.points, -m.hours, m.at);
      const to = await moveBalance(tx, m.to, m.points, m.hours, m.at);
      return { to, from };
    }
    const to = await moveBalance(tx, m.to, m.points, m.hours, m.at);
    const from = await moveBalance(tx, m.from, -m.points, -m.hours, m.at);
    return { to, from };
  } catch (err) {
    // The check constraint is the last line of defence behind the row lock callers take.
    if (isNegativeBalance(err)) throw Errors.insufficientPoints('the balance would fall below zero');
    throw err;
  }
}
