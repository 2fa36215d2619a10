import { sql } from 'drizzle-orm';
import { check, index, numeric, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, ref, updatedAt } from './columns.js';
import { accountTypes } from './enums.js';
import { regions } from './regions.js';

/** Partner shops (联盟超市) where members redeem points. */
export const merchants = pgTable('merchants', {
  id: id(),
  name: text('name').notNull(),
  regionId: ref('region_id', () => regions.id),
  regionPath: text('region_path').notNull(),
  address: text('address'),
  createdAt: createdAt(),
});

/**
 * Running balances, one row per account, updated in the same transaction as the entries. The
 * check constraint makes a negative member balance impossible whatever the concurrency;
 * communities issue points, so theirs go negative.
 */
export const ledgerAccounts = pgTable(
  'ledger_accounts',
  {
    accountType: text('account_type', { enum: accountTypes }).notNull(),
    accountId: uuid('account_id').notNull(),
    points: numeric('points', { precision: 14, scale: 2, mode: 'number' }).notNull().default(0),
    hours: numeric('hours', { precision: 12, scale: 2, mode: 'number' }).notNull().default(0),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.accountType, t.accountId] }),
    check('ledger_accounts_non_negative', sql`${t.accountType} = 'community' or ${t.points} >= 0`),
  ],
);

/** Append-only double entry: every movement is a pair of rows sharing txn_id whose points sum to zero. */
export const ledgerEntries = pgTable(
  'ledger_entries',
  {
    id: id(),
    txnId: uuid('txn_id').notNull(),
    kind: text('kind', { enum: ['credit', 'redemption', 'adjustment'] }).notNull(),
    accountType: text('account_type', { enum: accountTypes }).notNull(),
    accountId: uuid('account_id').notNull(),
    points: numeric('points', { precision: 14, scale: 2, mode: 'number' }).notNull(),
    hours: numeric('hours', { precision: 12, scale: 2, mode: 'number' }).notNull().default(0),
    claimId: uuid('claim_id'),
    orderId: uuid('order_id'),
    counterpartyType: text('counterparty_type', { enum: accountTypes }).notNull(),
    counterpartyId: uuid('counterparty_id').notNull(),
    note: text('note'),
    createdBy: text('created_by'),
    createdAt: createdAt(),
  },
  (t) => [
    index('ledger_entries_account_idx').on(t.accountType, t.accountId, t.id),
    index('ledger_entries_created_idx').on(t.createdAt),
    // No claim is credited twice.
    uniqueIndex('ledger_entries_claim_credit_idx')
      .on(t.claimId, t.accountType)
      .where(sql`${t.kind} = 'credit'`),
  ],
);
