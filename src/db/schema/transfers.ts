import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, ref, tz, updatedAt } from './columns.js';
import { transferKinds, transferStatuses } from './enums.js';
import { members } from './members.js';
import { claims, orders } from './orders.js';
import { units } from './units.js';

/**
 * A held claim handed from one member to another (转派): offered by its holder to a named member, or
 * asked for by a member or its unit. The claim keeps its id, slot and deadlines; the row keeps who
 * held it before.
 */
export const claimTransfers = pgTable(
  'claim_transfers',
  {
    id: id(),
    orderId: ref('order_id', () => orders.id),
    claimId: ref('claim_id', () => claims.id),
    kind: text('kind', { enum: transferKinds }).notNull(),
    status: text('status', { enum: transferStatuses }).notNull().default('open'),
    /** The member holding the claim when the transfer was opened. */
    fromMemberId: ref('from_member_id', () => members.id),
    /** The member the claim moves to. */
    toMemberId: ref('to_member_id', () => members.id),
    /** The unit the claim is held for once it moves (a unit admin asked or accepted), else null. */
    toUnitId: uuid('to_unit_id').references(() => units.id),
    reason: text('reason'),
    /** A request moves by itself at this time unless answered (CLAIM_TRANSFER_AUTO_ACCEPT_S). */
    autoAcceptAt: tz('auto_accept_at'),
    /** Moved by the timer or the reconciler, not by an answer. */
    autoAccepted: boolean('auto_accepted').notNull().default(false),
    /** Why an open transfer ended without an answer: the claim's new status, or the member no longer fit. */
    endCause: text('end_cause'),
    createdBy: uuid('created_by'),
    answeredBy: uuid('answered_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    closedAt: tz('closed_at'),
  },
  (t) => [
    // One open transfer per claim, enforced by the database.
    uniqueIndex('claim_transfers_one_open_idx').on(t.claimId).where(sql`${t.status} = 'open'`),
    index('claim_transfers_order_idx').on(t.orderId, t.createdAt),
    index('claim_transfers_from_idx').on(t.fromMemberId, t.createdAt),
    index('claim_transfers_to_idx').on(t.toMemberId, t.createdAt),
    index('claim_transfers_due_idx').on(t.autoAcceptAt).where(sql`${t.status} = 'open'`),
    check('claim_transfers_auto_check', sql`(${t.kind} = 'request') = (${t.autoAcceptAt} is not null)`),
    check('claim_transfers_other_member_check', sql`${t.fromMemberId} <> ${t.toMemberId}`),
  ],
);
