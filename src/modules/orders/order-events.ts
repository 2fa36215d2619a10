import { type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../audit/audit.repo.js';
import { appendAudit } from '../../audit/audit.repo.js';
import type { Db } from '../../db/client.js';
import { execute, updateReturning } from '../../db/exec.js';
import { orders } from '../../db/schema/index.js';
import { type OrderCommand, type OrderState, transition } from '../../domain/order-state.js';
import { type DomainEventInput, emitEvent, emitEvents } from '../../outbox/outbox.repo.js';
import type { OrderRow } from './order-access.js';
import { orderSnapshot } from './order-dto.js';

/** Slot counters of an order, from its claims (the order row must be locked by the caller). */
export async function orderState(tx: Db, order: OrderRow): Promise<OrderState> {
  const { rows } = await execute<{ held: number; started: number; done: number }>(
    tx,
    sql`
    select count(*) filter (where status in ('held','checked_in','completed'))::int as held,
           count(*) filter (where status in ('checked_in','completed'))::int as started,
           count(*) filter (where status = 'completed')::int as done
    from claims where order_id = ${order.id}`,
  );
  const c = rows[0]!;
  return { status: order.status, headcount: order.headcount, held: c.held, started: c.started, done: c.done };
}

/**
 * Units an order's events are addressed to: the named units of a targeted order, the units paired
 * with its community for an open order, and the units of members holding claims on it.
 */
export async function audienceUnits(tx: Db, order: OrderRow, now: Date): Promise<string[]> {
  const { rows } = await execute<{ unit_id: string }>(tx, audienceQuery(order, now));
  return rows.map((r) => r.unit_id);
}

/** The query of audienceUnits (one unit_id per row), for a caller that folds it into a statement of its own. */
export function audienceQuery(order: OrderRow, now: Date): SQL {
  const today = now.toISOString().slice(0, 10);
  return sql`
    select unnest(${`{${order.targetUnitIds.join(',')}}`}::uuid[]) as unit_id
    union select p.unit_id from pairings p
      where ${order.dispatchMode} = 'open' and p.community_id = ${order.communityId}
        and p.valid_from <= ${today}::date and (p.valid_to is null or p.valid_to >= ${today}::date)
    union select m.unit_id from claims c join members m on m.id = c.member_id
      where c.order_id = ${order.id} and m.unit_id is not null and c.status in ('held','checked_in','completed')`;
}

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
    changes?: Partial<typeof orders.$inferInsert>;
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
 * applyCommand; other changes (escalation level, deadlines, match wave) call this directly.
 */
export async function updateOrder(
  tx: Db,
  order: OrderRow,
  changes: Partial<typeof orders.$inferInsert>,
  opts: { actor: Actor; action: string; now: Date; auditExtra?: Record<string, unknown> },
): Promise<OrderRow> {
  const row = (await updateReturning(tx, orders, order.id, {
    ...changes,
    version: order.version + 1,
    updatedAt: opts.now,
  }))!;
  await appendAudit(tx, {
    entityType: 'order',
    entityId: order.id,
    action: opts.action,
    actor: opts.actor,
    before: orderSnapshot(order),
    after: { ...orderSnapshot(row), ...opts.auditExtra },
    at: opts.now,
  });
  return row;
}
