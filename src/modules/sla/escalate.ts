import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../audit/audit.js';
import type { DbOrTx } from '../../db/client.js';
import { escalations, orders, slaPolicies } from '../../db/schema/index.js';
import type { Priority } from '../../db/schema/orders.js';
import { addSeconds, claimDeadlineApplies, ladderRegion } from '../../domain/sla-clock.js';
import { Errors } from '../../errors.js';
import { newId } from '../../lib/ids.js';
import { enqueueJob } from '../../outbox/outbox.js';
import type { OrderRow } from '../orders/order-access.js';
import {
  applyCommand,
  audienceUnits,
  emitOrderEvent,
  emitOrderEventTo,
  updateOrder,
} from '../orders/order-events.js';
import { orderTimers, planTimers, responseTimer } from './deadlines.js';

export type PolicyRow = typeof slaPolicies.$inferSelect;
export type EscalationRow = typeof escalations.$inferSelect;
export type EscalationTrigger = EscalationRow['trigger'];

/** The policy an order's SLA follows now (re-armed deadlines and response times use today's policy). */
export async function loadPolicy(tx: DbOrTx, categoryCode: string, priority: Priority): Promise<PolicyRow> {
  const [policy] = await tx
    .select()
    .from(slaPolicies)
    .where(and(eq(slaPolicies.categoryCode, categoryCode), eq(slaPolicies.priority, priority)));
  if (!policy) throw Errors.unknownCategory(`no SLA policy for ${categoryCode}/${priority}`);
  return policy;
}

/** Locks an order and reads its policy with it, in one round trip (the timers' hot path). */
export async function lockOrderWithPolicy(
  tx: DbOrTx,
  orderId: string,
): Promise<{ order: OrderRow; policy: PolicyRow } | null> {
  const [found] = await tx
    .select({ order: orders, policy: slaPolicies })
    .from(orders)
    .leftJoin(
      slaPolicies,
      and(eq(slaPolicies.categoryCode, orders.categoryCode), eq(slaPolicies.priority, orders.priority)),
    )
    .where(eq(orders.id, orderId))
    .for('update', { of: orders });
  if (!found) return null;
  if (!found.policy)
    throw Errors.unknownCategory(`no SLA policy for ${found.order.categoryCode}/${found.order.priority}`);
  return { order: found.order, policy: found.policy };
}

/** Units paired today with any community under a region: whom an escalation to that region reaches. */
async function unitsPairedUnder(tx: DbOrTx, regionPath: string, now: Date): Promise<string[]> {
  const today = now.toISOString().slice(0, 10);
  const { rows } = await tx.execute<{ unit_id: string }>(sql`
    select distinct p.unit_id from pairings p join regions c on c.id = p.community_id
    where c.path like ${`${regionPath}%`} and p.valid_from <= ${today}::date and (p.valid_to is null or p.valid_to >= ${today}::date)`);
  return rows.map((r) => r.unit_id);
}

/** The order's usual audience (see audienceUnits) and more units, once each. */
export async function audienceOf(
  tx: DbOrTx,
  order: OrderRow,
  now: Date,
  extraUnitIds: string[] = [],
): Promise<string[]> {
  return [...new Set([...(await audienceUnits(tx, order, now)), ...extraUnitIds])];
}

/** Matching for an auto order that still has free slots (the matcher re-reads its reach). */
export async function rematchIfAuto(tx: DbOrTx, order: OrderRow): Promise<void> {
  if (
    order.dispatchMode !== 'auto' ||
    order.slotsHeld >= order.headcount ||
    !['open', 'in_progress'].includes(order.status)
  )
    return;
  await enqueueJob(tx, {
    queue: 'matching',
    name: 'match',
    payload: { orderId: order.id, reason: 'escalated' },
  });
}

export interface EscalateInput {
  level: number;
  trigger: EscalationTrigger;
  reason: string;
  policy: PolicyRow;
  actor: Actor;
  now: Date;
  /** The order's audience, when the caller has it already (escalation changes nothing it depends on). */
  audience?: string[];
  /** The breach that caused the escalation: its audit event is the escalation's. */
  breach?: Record<string, unknown>;
}

/**
 * Lifts a locked order to a level of the ladder: the escalation record with its own response
 * deadline, the order's level (which widens its reach, see orders/reach.ts), the event to the
 * widened audience, matching, and a fresh claim-by for an unfilled order so the new level has its
 * own time.
 */
export async function escalateOrder(
  tx: DbOrTx,
  order: OrderRow,
  input: EscalateInput,
): Promise<{ order: OrderRow; escalation: EscalationRow }> {
  const { level, policy, now } = input;
  const region = ladderRegion(order.regionPath, level);
  const [escalation] = await tx
    .insert(escalations)
    .values({
      id: newId(),
      orderId: order.id,
      level,
      regionId: region.regionId,
      regionPath: region.regionPath,
      trigger: input.trigger,
      reason: input.reason,
      respondBy: addSeconds(now, policy.responseWithinS),
      createdAt: now,
    })
    .onConflictDoNothing()
    .returning();
  if (!escalation)
    throw Errors.escalationLevelInvalid(`the order was already escalated to level ${level}`, {
      currentLevel: order.escalationLevel,
    });
  const rearm = claimDeadlineApplies(order);
  const row = await updateOrder(
    tx,
    order,
    { escalationLevel: level, ...(rearm && { claimBy: addSeconds(now, policy.claimWithinS) }) },
    {
      actor: input.actor,
      action: 'order.escalated',
      now,
      auditExtra: {
        escalationId: escalation.id,
        trigger: input.trigger,
        reason: input.reason,
        respondBy: escalation.respondBy,
        ...(input.breach && { breach: input.breach }),
      },
    },
  );
  const audience = input.audience ?? (await audienceOf(tx, order, now));
  // An auto order reaches the widened area through the matcher's offers, not by broadcast.
  const widened = row.dispatchMode === 'auto' ? [] : await unitsPairedUnder(tx, region.regionPath, now);
  await emitOrderEventTo(tx, 'order.escalated', row, [...new Set([...audience, ...widened])], {
    escalationId: escalation.id,
    fromLevel: order.escalationLevel,
    regionId: region.regionId,
    trigger: input.trigger,
    respondBy: escalation.respondBy.toISOString(),
  });
  await rematchIfAuto(tx, row);
  await planTimers(tx, [
    ...(rearm ? orderTimers(row, now, ['claim']) : []),
    responseTimer(escalation.id, escalation.respondBy, now),
  ]);
  return { order: row, escalation };
}

/**
 * Ends an open order whose claim-by passed at the top of the ladder: like a cancellation, held
 * claims give their members' capacity back, pending offers are withdrawn, open escalations close.
 */
export async function expireOrder(
  tx: DbOrTx,
  order: OrderRow,
  opts: { actor: Actor; now: Date; reason: string; breach?: Record<string, unknown> },
): Promise<OrderRow> {
  const { now } = opts;
  const row = await applyCommand(
    tx,
    order,
    { type: 'expire' },
    {
      actor: opts.actor,
      action: 'order.expired',
      now,
      auditExtra: { reason: opts.reason, ...(opts.breach && { breach: opts.breach }) },
    },
  );
  // Sent before the claims end, so the units of members who held slots hear of it too.
  await emitOrderEvent(tx, 'order.expired', row, now, { reason: opts.reason });
  await tx.execute(sql`
    update members m set active_claims = greatest(active_claims - c.n, 0) from (
      select member_id, count(*)::int as n from claims where order_id = ${order.id} and status in ('held','checked_in') group by member_id
    ) c where m.id = c.member_id`);
  await tx.execute(sql`update claims set status = 'cancelled', ended_at = ${now}, updated_at = ${now}
    where order_id = ${order.id} and status in ('waitlisted','held','checked_in')`);
  await tx.execute(
    sql`update offers set status = 'withdrawn', responded_at = ${now} where order_id = ${order.id} and status = 'pending'`,
  );
  await tx
    .update(escalations)
    .set({ status: 'closed' })
    .where(and(eq(escalations.orderId, order.id), eq(escalations.status, 'open')));
  return row;
}
