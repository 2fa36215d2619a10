/**
 * Offers never outlive their order's need of them: when an order stops wanting offers (every slot
 * taken, closed, or no longer dispatched by offers), its pending offers are withdrawn in the same
 * transaction as the change, each audited on the order and announced to the member's unit.
 */
import type { Actor, ChainHead } from '../../audit/audit.repo.js';
import type { Db } from '../../db/client.js';
import type { OrderRow } from '../orders/orders.repo.js';
import { recordOfferChanges, wantsOffers } from './offer-events.js';
import { withdrawPending } from './offers.repo.js';

export type WithdrawalReason =
  | 'order_filled'
  | 'order_completed'
  | 'order_verified'
  | 'order_cancelled'
  | 'order_expired'
  | 'dispatch_changed';

const closedStatuses = ['completed', 'verified', 'cancelled', 'expired'] as const;
type ClosedStatus = (typeof closedStatuses)[number];

/** Why an order that wants no offers has none pending. */
export function withdrawalReason(order: OrderRow): WithdrawalReason {
  if ((closedStatuses as readonly string[]).includes(order.status))
    return `order_${order.status as ClosedStatus}`;
  if (order.dispatchMode !== 'auto') return 'dispatch_changed';
  return 'order_filled';
}

const because: Record<WithdrawalReason, string> = {
  order_filled: 'every slot of the order is taken',
  order_completed: 'the order is completed',
  order_verified: 'the order is verified',
  order_cancelled: 'the order is cancelled',
  order_expired: 'the order has expired',
  dispatch_changed: 'the order is no longer dispatched by offers',
};

/** Why a withdrawn offer cannot be answered, as the order is now. */
export const withdrawnDetail = (order: OrderRow): string =>
  wantsOffers(order)
    ? 'the offer was withdrawn when the order needed no more offers; a free slot can be claimed directly'
    : `the offer was withdrawn because ${because[withdrawalReason(order)]}`;

/**
 * Whether a change of an order (`before` → `after`) ends its pending offers: a cancelled or expired
 * order always; otherwise one the matcher has made offers for (match wave > 0) that stops wanting
 * offers, or changes status while wanting none (sweeping up any left by an older version). Any
 * other change, such as a claim that leaves a slot free, runs no statement for offers.
 */
export function endsOffers(before: OrderRow, after: OrderRow): boolean {
  if (wantsOffers(after)) return false;
  const statusChanged = after.status !== before.status;
  if (statusChanged && (after.status === 'cancelled' || after.status === 'expired')) return true;
  return after.matchWave > 0 && (wantsOffers(before) || statusChanged);
}

/**
 * Withdraws the pending offers of a locked order that wants no more: status `withdrawn`, an
 * `offer.withdrawn` audit entry each on the order's chain (after `head`, the change's own entry)
 * and an `offer.withdrawn` event each, with the reason.
 */
export async function withdrawOffers(
  tx: Db,
  order: OrderRow,
  opts: { actor: Actor; now: Date; head: ChainHead | null },
): Promise<void> {
  const withdrawn = await withdrawPending(tx, order.id, opts.now);
  await recordOfferChanges(tx, order, 'offer.withdrawn', withdrawn, {
    ...opts,
    extra: { reason: withdrawalReason(order) },
  });
}
