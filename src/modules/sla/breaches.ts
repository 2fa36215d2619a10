/** A deadline's breach: the row that records it once, its facts for events and audit, and what it does next. */
import { type Actor, appendAudit } from '../../audit/audit.repo.js';
import type { Db } from '../../db/client.js';
import { type BreachAction, type DeadlineKind, lateMs } from '../../domain/sla-clock.js';
import { newId } from '../../lib/ids.js';
import { emitOrderEventTo } from '../orders/order-events.js';
import type { OrderRow } from '../orders/orders.repo.js';
import { type EscalationTrigger, escalateOrder, expireOrder } from './escalate.js';
import type { BreachRow, PolicyRow } from './sla.repo.js';

export type DetectedBy = 'timer' | 'reconciler';

/** The breach of a deadline of a locked order, found now, as recorded. */
export function breachRow(
  order: OrderRow,
  o: {
    kind: DeadlineKind;
    deadline: Date;
    now: Date;
    by: DetectedBy;
    action: BreachAction;
    escalationId?: string;
  },
): BreachRow {
  return {
    id: newId(),
    orderId: order.id,
    escalationId: o.escalationId ?? null,
    kind: o.kind,
    deadline: o.deadline,
    detectedAt: o.now,
    lateMs: lateMs(o.deadline, o.now),
    levelAfter: o.action === 'escalate' ? order.escalationLevel + 1 : order.escalationLevel,
    detectedBy: o.by,
  };
}

/** A recorded breach's facts, for its event and audit. */
export const breachFacts = (breach: BreachRow) => ({
  breachId: breach.id,
  kind: breach.kind,
  deadline: breach.deadline.toISOString(),
  lateMs: breach.lateMs,
  levelAfter: breach.levelAfter,
  detectedBy: breach.detectedBy,
  escalationId: breach.escalationId,
});

export type BreachFacts = ReturnType<typeof breachFacts>;

/** The step a breach causes: why, under which policy, on whose behalf. */
export interface BreachStep {
  trigger: EscalationTrigger;
  reason: string;
  policy: PolicyRow;
  actor: Actor;
  now: Date;
}

/**
 * What a recorded breach does next. Its audit event is the one of the change it causes (escalated,
 * expired), or one of its own when it changes nothing else; the audience is read once for both events.
 */
export async function followBreach(
  tx: Db,
  order: OrderRow,
  breach: BreachFacts,
  o: BreachStep & { action: BreachAction; audience: string[]; auditExtra?: Record<string, unknown> },
): Promise<void> {
  const { audience } = o;
  await emitOrderEventTo(tx, 'order.sla_breached', order, audience, breach);
  if (o.action === 'escalate')
    await escalateOrder(tx, order, {
      level: breach.levelAfter,
      trigger: o.trigger,
      reason: o.reason,
      policy: o.policy,
      actor: o.actor,
      now: o.now,
      audience,
      breach: { ...breach, ...o.auditExtra },
    });
  else if (o.action === 'expire')
    await expireOrder(tx, order, {
      actor: o.actor,
      now: o.now,
      reason: `${o.reason} at the top of the escalation ladder`,
      breach,
    });
  else
    await appendAudit(tx, {
      entityType: 'order',
      entityId: order.id,
      action: 'order.sla_breached',
      actor: o.actor,
      after: { ...breach, ...o.auditExtra },
      at: o.now,
    });
}
