/**
 * The steps of the escalation ladder on a locked order: up one level (by a breach or by hand), or,
 * at the top, the end of the order.
 */
import type { Actor } from '../../audit/audit.repo.js';
import type { Db } from '../../db/client.js';
import { addSeconds, claimDeadlineApplies, ladderRegion } from '../../domain/sla-clock.js';
import { Errors } from '../../errors.js';
import { newId } from '../../lib/ids.js';
import type { OutboxJob, QueueName } from '../../outbox/jobs.js';
import { timersDueSoon } from '../../outbox/timer-horizon.js';
import { matchingJob, wantsOffers } from '../offers/offer-events.js';
import { emitOrderEventTo } from '../orders/order-events.js';
import { closeOrder, updateOrder } from '../orders/order-lifecycle.js';
import type { OrderRow } from '../orders/orders.repo.js';
import { audienceUnits } from '../orders/orders.repo.js';
import { orderTimer, responseTimer } from './deadlines.js';
import { type EscalationRow, writeEscalation } from './escalations.repo.js';
import type { BreachRow, PolicyRow } from './sla.repo.js';

export type EscalationTrigger = EscalationRow['trigger'];

/** The order's usual audience (see audienceUnits) and more units, once each. */
export async function audienceOf(
  tx: Db,
  order: OrderRow,
  now: Date,
  extraUnitIds: string[] = [],
): Promise<string[]> {
  return [...new Set([...(await audienceUnits(tx, order, now)), ...extraUnitIds])];
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

export interface EscalateOnBreachInput extends EscalateInput {
  /** The breach row, recorded in the same statement as the escalation it causes. */
  recordBreach: BreachRow;
  /** Runs once the breach and the escalation are recorded, before the order changes: the breach's own event goes out first. */
  onRecorded: () => Promise<void>;
}

/**
 * Lifts a locked order to a level of the ladder: the escalation record with its own response
 * deadline, the order's level (which widens its reach, see orders/reach.ts), the event to the
 * widened audience, matching, and a fresh claim-by for an unfilled order so the new level has its
 * own time. The escalation record, its timers, the matching job and the widened area's units are
 * written and read in one statement.
 */
export async function escalateOrder(
  tx: Db,
  order: OrderRow,
  input: EscalateInput,
): Promise<{ order: OrderRow; escalation: EscalationRow }> {
  return (await escalate(tx, order, input))!;
}

/**
 * escalateOrder for a breached deadline: the breach is recorded in the escalation's statement, once.
 * Returns null, having written nothing, when the breach was recorded already (a timer delivered
 * twice, a timer racing the reconciler).
 */
export function escalateOnBreach(
  tx: Db,
  order: OrderRow,
  input: EscalateOnBreachInput,
): Promise<{ order: OrderRow; escalation: EscalationRow } | null> {
  return escalate(tx, order, input);
}

async function escalate(
  tx: Db,
  order: OrderRow,
  input: EscalateInput & Partial<Pick<EscalateOnBreachInput, 'recordBreach' | 'onRecorded'>>,
): Promise<{ order: OrderRow; escalation: EscalationRow } | null> {
  const { level, policy, now } = input;
  const region = ladderRegion(order.regionPath, level);
  const escalation: EscalationRow = {
    id: newId(),
    orderId: order.id,
    level,
    regionId: region.regionId,
    regionPath: region.regionPath,
    trigger: input.trigger,
    reason: input.reason,
    status: 'open',
    respondBy: addSeconds(now, policy.responseWithinS),
    respondedAt: null,
    respondedBy: null,
    note: null,
    assignUnitIds: [],
    answerRating: null,
    answerComment: null,
    answerRatedBy: null,
    answerRatedAt: null,
    createdAt: now,
  };
  const rearm = claimDeadlineApplies(order);
  const claimBy = rearm ? addSeconds(now, policy.claimWithinS) : null;
  // The escalation changes neither status nor slots, so whether matching runs is decided on the order as locked.
  const jobs: OutboxJob<QueueName>[] = [
    ...timersDueSoon([
      ...(claimBy ? [orderTimer(order.id, 'claim', claimBy, now)] : []),
      responseTimer(escalation.id, escalation.respondBy, now),
    ]),
    ...(wantsOffers(order) ? [matchingJob(order.id, 'escalated')] : []),
  ];
  const written = await writeEscalation(tx, {
    escalation,
    breach: input.recordBreach,
    jobs,
    // An auto order reaches the widened area through the matcher's offers, not by broadcast.
    widenUnder: order.dispatchMode === 'auto' ? null : region.regionPath,
  });
  if (!written.recorded) return null;
  if (!written.created)
    throw Errors.escalationLevelInvalid(`the order was already escalated to level ${level}`, {
      currentLevel: order.escalationLevel,
    });
  await input.onRecorded?.();
  const row = await updateOrder(
    tx,
    order,
    { escalationLevel: level, ...(claimBy && { claimBy }) },
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
  await emitOrderEventTo(tx, 'order.escalated', row, [...new Set([...audience, ...written.widened])], {
    escalationId: escalation.id,
    fromLevel: order.escalationLevel,
    regionId: region.regionId,
    trigger: input.trigger,
    respondBy: escalation.respondBy.toISOString(),
  });
  return { order: row, escalation };
}

/**
 * Ends an open order whose claim-by passed at the top of the ladder: like a cancellation, held
 * claims give their members' capacity back, pending offers are withdrawn, open escalations close.
 */
export async function expireOrder(
  tx: Db,
  order: OrderRow,
  opts: { actor: Actor; now: Date; reason: string; breach?: Record<string, unknown> },
): Promise<OrderRow> {
  return closeOrder(tx, order, 'expire', opts);
}
