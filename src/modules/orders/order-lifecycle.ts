import type { Actor } from '../../audit/audit.repo.js';
import { appendAudit } from '../../audit/audit.repo.js';
import type { Db } from '../../db/client.js';
import { type OrderCommand, type OrderState, transition } from '../../domain/order-state.js';
import { endsOffers, withdrawOffers } from '../offers/offer-withdrawal.js';
import { endTransfersOfChangedClaims } from '../transfers/transfer-endings.js';
import { slotCounts } from './claims.repo.js';
import { emitOrderEvent } from './order-events.js';
import { orderSnapshot } from './orders.dto.js';
import { endOrderWork, type OrderChanges, type OrderRow, updateOrderRow } from './orders.repo.js';

/**
 * The one way an order changes: a lifecycle command goes through the state machine
 * (src/domain/order-state.ts) and is written by updateOrder with a new version and its audit event.
 * The order's row must be locked by the caller's transaction.
 */

/** Slot counters of an order, from its claims (the order row must be locked by the caller). */
export async function orderState(tx: Db, order: OrderRow): Promise<OrderState> {
  const c = await slotCounts(tx, order.id);
  return { status: order.status, headcount: order.headcount, held: c.held, started: c.started, done: c.done };
}

/**
 * Applies one lifecycle command to a locked order: the state machine decides, the row gets the new
 * status, counters and version, and the change is audited. Extra column changes ride along.
 */
export async function applyCommand(
  tx: Db,
  order: OrderRow,
  command: OrderCommand,
  /** auditExtra joins the after-snapshot: nest anything that could clash with order fields (claim: {...}). */
  opts: {
    actor: Actor;
    action: string;
    now: Date;
    changes?: OrderChanges;
    auditExtra?: Record<string, unknown>;
    /** The order's slot counters when the caller has already read them under the lock (see orderState). */
    state?: OrderState;
  },
): Promise<OrderRow> {
  const next = transition(opts.state ?? (await orderState(tx, order)), command);
  const entered = (status: OrderRow['status']) => next.status === status && order.status !== status;
  return updateOrder(
    tx,
    order,
    {
      ...(entered('completed') && { completedAt: opts.now }),
      ...(entered('verified') && { verifiedAt: opts.now, closedAt: opts.now }),
      ...((entered('cancelled') || entered('expired')) && { closedAt: opts.now }),
      ...opts.changes,
      status: next.status,
      headcount: next.headcount,
      slotsHeld: next.held,
    },
    opts,
  );
}

/**
 * Writes a change to a locked order with a new version and audits it. Status changes come through
 * applyCommand; other changes (escalation level, deadlines, match wave) call this directly. A change
 * after which the order wants no more offers withdraws its pending ones (see withdrawOffers), chained
 * after the change's own audit entry.
 */
export async function updateOrder(
  tx: Db,
  order: OrderRow,
  changes: OrderChanges,
  opts: { actor: Actor; action: string; now: Date; auditExtra?: Record<string, unknown> },
): Promise<OrderRow> {
  const row = (await updateOrderRow(tx, order.id, {
    ...changes,
    version: order.version + 1,
    updatedAt: opts.now,
  }))!;
  const head = await appendAudit(tx, {
    entityType: 'order',
    entityId: order.id,
    action: opts.action,
    actor: opts.actor,
    before: orderSnapshot(order),
    after: { ...orderSnapshot(row), ...opts.auditExtra },
    at: opts.now,
  });
  if (endsOffers(order, row)) await withdrawOffers(tx, row, { actor: opts.actor, now: opts.now, head });
  return row;
}

/** Why an order closes before its work is done: staff cancelled it, or nobody claimed it in time. */
export type CloseCause = 'cancel' | 'expire';

const closing = {
  cancel: { action: 'order.cancelled', event: 'order.cancelled' },
  expire: { action: 'order.expired', event: 'order.expired' },
} as const;

/**
 * Closes a locked order (cancelled by staff, or expired at the top of the SLA ladder): the state
 * machine decides and pending offers are withdrawn (updateOrder), the order's event goes out, then
 * its live claims end (and with them their open transfers), members get back the capacity they held
 * and open escalations close.
 */
export async function closeOrder(
  tx: Db,
  order: OrderRow,
  cause: CloseCause,
  opts: { actor: Actor; now: Date; reason: string; breach?: Record<string, unknown> },
): Promise<OrderRow> {
  const { now, reason } = opts;
  const row = await applyCommand(
    tx,
    order,
    { type: cause },
    {
      actor: opts.actor,
      action: closing[cause].action,
      now,
      ...(cause === 'cancel'
        ? { changes: { cancelReason: reason } }
        : { auditExtra: { reason, ...(opts.breach && { breach: opts.breach }) } }),
    },
  );
  // Sent before the claims end, so the units of members who held slots hear of it too.
  await emitOrderEvent(tx, closing[cause].event, row, now, { reason });
  await endOrderWork(tx, order.id, now);
  await endTransfersOfChangedClaims(tx, row, opts.actor, now);
  return row;
}
