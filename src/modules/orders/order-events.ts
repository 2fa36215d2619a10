import type { Db } from '../../db/client.js';
import { type DomainEventInput, emitEvent, emitEvents } from '../../outbox/outbox.repo.js';
import { audienceUnits, type OrderRow } from './orders.repo.js';

/**
 * The domain events of orders (through the outbox): addressed to the order's audience, the units
 * that may act on it (see audienceQuery), or to the units a caller names.
 */

export async function emitOrderEvent(
  tx: Db,
  type: string,
  order: OrderRow,
  now: Date,
  data: Record<string, unknown> = {},
) {
  await emitOrderEventTo(tx, type, order, await audienceUnits(tx, order, now), data);
}

/**
 * Several events of one order in one emitEvents batch, to its usual audience: looked up here, or
 * given by a caller that has already read it (see audienceQuery).
 */
export async function emitOrderEvents(
  tx: Db,
  order: OrderRow,
  now: Date,
  events: { type: string; data?: Record<string, unknown> }[],
  audience?: string[],
) {
  const unitIds = audience ?? (await audienceUnits(tx, order, now));
  await emitEvents(
    tx,
    events.map((e) => orderEventInput(e.type, order, unitIds, e.data)),
  );
}

/** An order event addressed to the given units (escalations widen the audience beyond the usual one). */
export async function emitOrderEventTo(
  tx: Db,
  type: string,
  order: OrderRow,
  unitIds: string[],
  data: Record<string, unknown> = {},
) {
  await emitEvent(tx, orderEventInput(type, order, unitIds, data));
}

/** The domain event of an order: ids, state and counters, nothing personal. */
export function orderEventInput(
  type: string,
  order: OrderRow,
  unitIds: string[],
  data: Record<string, unknown> = {},
): DomainEventInput {
  return {
    type,
    orderId: order.id,
    regionPath: order.regionPath,
    unitIds,
    data: {
      orderId: order.id,
      communityId: order.communityId,
      categoryCode: order.categoryCode,
      priority: order.priority,
      dispatchMode: order.dispatchMode,
      status: order.status,
      version: order.version,
      slots: { total: order.headcount, held: order.slotsHeld },
      escalationLevel: order.escalationLevel,
      ...data,
    },
  };
}
