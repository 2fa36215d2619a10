import { and, eq } from 'drizzle-orm';
import { type Actor, appendAudit, timerActor } from '../../audit/audit.js';
import type { Db, DbOrTx } from '../../db/client.js';
import { escalations, orders, slaBreaches } from '../../db/schema/index.js';
import {
  type BreachAction,
  breachAction,
  claimDeadlineApplies,
  completeDeadlineApplies,
  type DeadlineKind,
  type DeadlineVerdict,
  deadlineVerdict,
  lateMs,
  type OrderDeadlineKind,
  orderIsActive,
} from '../../domain/sla-clock.js';
import type { Clock } from '../../lib/clock.js';
import { newId } from '../../lib/ids.js';
import type { OrderRow } from '../orders/order-access.js';
import { emitOrderEvent } from '../orders/order-events.js';
import { emitOrderEventTo, escalateOrder, expireOrder, loadPolicy } from './escalate.js';

export type DetectedBy = 'timer' | 'reconciler';
/** What one check did: nothing (gone, moved, met, early, duplicate, closed) or the breach's action. */
export type CheckOutcome = DeadlineVerdict | BreachAction | 'gone' | 'duplicate' | 'closed';

export interface SlaDeps {
  db: Db;
  clock: Clock;
}

const actorFor = (kind: DeadlineKind, by: DetectedBy): Actor =>
  timerActor(by === 'timer' ? `sla_${kind}_deadline` : 'sla_reconciler');

/**
 * Records the breach of one deadline, once: the unique (order, kind, deadline, escalation) row is
 * the guard, so a timer delivered twice, or a timer racing the reconciler, acts once. Null when it
 * was already recorded.
 */
async function recordBreach(
  tx: DbOrTx,
  o: {
    order: OrderRow;
    kind: DeadlineKind;
    deadline: Date;
    now: Date;
    by: DetectedBy;
    levelAfter: number;
    escalationId?: string;
  },
) {
  const [breach] = await tx
    .insert(slaBreaches)
    .values({
      id: newId(),
      orderId: o.order.id,
      escalationId: o.escalationId ?? null,
      kind: o.kind,
      deadline: o.deadline,
      detectedAt: o.now,
      lateMs: lateMs(o.deadline, o.now),
      levelAfter: o.levelAfter,
      detectedBy: o.by,
    })
    .onConflictDoNothing()
    .returning();
  if (!breach) return null;
  const facts = {
    breachId: breach.id,
    kind: breach.kind,
    deadline: breach.deadline.toISOString(),
    lateMs: breach.lateMs,
    levelAfter: breach.levelAfter,
    detectedBy: breach.detectedBy,
    escalationId: breach.escalationId,
  };
  await appendAudit(tx, {
    entityType: 'order',
    entityId: o.order.id,
    action: 'order.sla_breached',
    actor: actorFor(o.kind, o.by),
    after: facts,
    at: o.now,
  });
  await emitOrderEvent(tx, 'order.sla_breached', o.order, o.now, facts);
  return breach;
}

/** The checks a fired timer runs, and that the reconciler runs for timers that never fired. */
export function deadlineChecks({ db, clock }: SlaDeps) {
  /** One claim-by or complete-by deadline of an order, planned for `planned`. */
  async function checkOrderDeadline(
    orderId: string,
    kind: OrderDeadlineKind,
    planned: Date,
    by: DetectedBy,
  ): Promise<CheckOutcome> {
    return db.transaction(async (tx) => {
      const [order] = await tx.select().from(orders).where(eq(orders.id, orderId)).for('update');
      if (!order) return 'gone';
      const now = clock.now();
      const verdict = deadlineVerdict({
        planned,
        current: kind === 'claim' ? order.claimBy : order.completeBy,
        applies: kind === 'claim' ? claimDeadlineApplies(order) : completeDeadlineApplies(order),
        now,
      });
      if (verdict !== 'due') return verdict;
      const policy = await loadPolicy(tx, order.categoryCode, order.priority);
      const action = breachAction({
        kind,
        level: order.escalationLevel,
        maxLevel: policy.maxLevel,
        unfilled: claimDeadlineApplies(order),
      });
      const levelAfter = action === 'escalate' ? order.escalationLevel + 1 : order.escalationLevel;
      if (!(await recordBreach(tx, { order, kind, deadline: planned, now, by, levelAfter })))
        return 'duplicate';
      const actor = actorFor(kind, by);
      const reason = `the ${kind}-by deadline ${planned.toISOString()} passed`;
      if (action === 'escalate')
        await escalateOrder(tx, order, {
          level: levelAfter,
          trigger: `${kind}_breach`,
          reason,
          policy,
          actor,
          now,
        });
      if (action === 'expire')
        await expireOrder(tx, order, { actor, now, reason: `${reason} at the top of the escalation ladder` });
      return action;
    });
  }

  /** The response deadline of one escalation: unanswered, it is breached and the order climbs once more. */
  async function checkResponseDeadline(
    escalationId: string,
    planned: Date,
    by: DetectedBy,
  ): Promise<CheckOutcome> {
    return db.transaction(async (tx) => {
      const [head] = await tx
        .select({ orderId: escalations.orderId })
        .from(escalations)
        .where(eq(escalations.id, escalationId));
      if (!head) return 'gone';
      // The order is locked first, as every path that changes an order or its escalations does.
      const [order] = await tx.select().from(orders).where(eq(orders.id, head.orderId)).for('update');
      const [esc] = await tx.select().from(escalations).where(eq(escalations.id, escalationId)).for('update');
      if (!order || !esc) return 'gone';
      const now = clock.now();
      const verdict = deadlineVerdict({
        planned,
        current: esc.respondBy,
        applies: esc.status === 'open',
        now,
      });
      if (verdict !== 'due') return verdict;
      const actor = actorFor('response', by);
      if (!orderIsActive(order)) {
        // The work is done or the order ended: nobody needs to answer any more.
        await tx.update(escalations).set({ status: 'closed' }).where(eq(escalations.id, esc.id));
        await appendAudit(tx, {
          entityType: 'order',
          entityId: order.id,
          action: 'escalation.closed',
          actor,
          after: { escalationId: esc.id, level: esc.level, orderStatus: order.status },
          at: now,
        });
        return 'closed';
      }
      const policy = await loadPolicy(tx, order.categoryCode, order.priority);
      const action = breachAction({
        kind: 'response',
        level: order.escalationLevel,
        maxLevel: policy.maxLevel,
        unfilled: claimDeadlineApplies(order),
      });
      const levelAfter = action === 'escalate' ? order.escalationLevel + 1 : order.escalationLevel;
      if (
        !(await recordBreach(tx, {
          order,
          kind: 'response',
          deadline: planned,
          now,
          by,
          levelAfter,
          escalationId: esc.id,
        }))
      )
        return 'duplicate';
      await tx
        .update(escalations)
        .set({ status: 'breached' })
        .where(and(eq(escalations.id, esc.id), eq(escalations.status, 'open')));
      await emitOrderEventTo(tx, 'escalation.breached', order, now, [], {
        escalationId: esc.id,
        level: esc.level,
        regionId: esc.regionId,
        respondBy: esc.respondBy.toISOString(),
      });
      if (action === 'escalate') {
        const reason = `the level-${esc.level} officers did not respond by ${planned.toISOString()}`;
        await escalateOrder(tx, order, {
          level: levelAfter,
          trigger: 'response_breach',
          reason,
          policy,
          actor,
          now,
        });
      }
      return action;
    });
  }

  return { checkOrderDeadline, checkResponseDeadline };
}

export type DeadlineChecks = ReturnType<typeof deadlineChecks>;
