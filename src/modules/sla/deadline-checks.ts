import { eq } from 'drizzle-orm';
import { type Actor, appendAudit, timerActor } from '../../audit/audit.repo.js';
import type { Db } from '../../db/client.js';
import { escalations, slaBreaches } from '../../db/schema/index.js';
import { transaction } from '../../db/transaction.js';
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
import { emitOrderEventTo } from '../orders/order-events.js';
import type { OrderRow } from '../orders/orders.repo.js';
import {
  audienceOf,
  type BreachRecord,
  type EscalationTrigger,
  escalateOnBreach,
  escalateOrder,
  expireOrder,
  lockOrdersWithPolicy,
  lockOrderWithPolicy,
  type PolicyRow,
} from './escalate.js';

export type DetectedBy = 'timer' | 'reconciler';
/** What one check did: nothing (gone, moved, met, early, duplicate, closed) or the breach's action. */
export type CheckOutcome = DeadlineVerdict | BreachAction | 'gone' | 'duplicate' | 'closed';

/** One order deadline to check: what a claim-by or complete-by timer carries. */
export interface OrderDeadlineCheck {
  orderId: string;
  kind: OrderDeadlineKind;
  planned: Date;
  by: DetectedBy;
}

export interface SlaDeps {
  db: Db;
  clock: Clock;
}

const actorFor = (kind: DeadlineKind, by: DetectedBy): Actor =>
  timerActor(by === 'timer' ? `sla_${kind}_deadline` : 'sla_reconciler');

/**
 * Records the breach of one deadline, once: the unique (order, kind, deadline, escalation) row is
 * the guard, so a timer delivered twice, or a timer racing the reconciler, acts once. Returns the
 * breach's facts (for its event and audit), or null when it was already recorded.
 */
async function insertBreach(
  tx: Db,
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
  return breach ? breachFacts(breach) : null;
}

/** A recorded breach's facts, for its event and audit. */
const breachFacts = (breach: BreachRecord) => ({
  breachId: breach.id,
  kind: breach.kind,
  deadline: breach.deadline.toISOString(),
  lateMs: breach.lateMs,
  levelAfter: breach.levelAfter,
  detectedBy: breach.detectedBy,
  escalationId: breach.escalationId,
});

type BreachFacts = ReturnType<typeof breachFacts>;

/**
 * What a recorded breach does next. Its audit event is the one of the change it causes (escalated,
 * expired), or one of its own when it changes nothing else; the audience is read once for both events.
 */
async function followBreach(
  tx: Db,
  order: OrderRow,
  breach: BreachFacts,
  o: {
    action: BreachAction;
    trigger: EscalationTrigger;
    reason: string;
    policy: PolicyRow;
    actor: Actor;
    now: Date;
    audience: string[];
    auditExtra?: Record<string, unknown>;
  },
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

/** The checks a fired timer runs, and that the reconciler runs for timers that never fired. */
export function deadlineChecks({ db, clock }: SlaDeps) {
  /** One claim-by or complete-by deadline of an order, planned for `planned`. */
  function checkOrderDeadline(
    orderId: string,
    kind: OrderDeadlineKind,
    planned: Date,
    by: DetectedBy,
  ): Promise<CheckOutcome> {
    return transaction(db, async (tx) => {
      const locked = await lockOrderWithPolicy(tx, orderId);
      if (!locked) return 'gone';
      return checkLocked(tx, locked, kind, planned, by);
    });
  }

  /**
   * Several order deadlines in one transaction, each exactly as checkOrderDeadline checks it: the
   * orders are locked together in id order (the order every batch locks in, so two batches never
   * wait on each other in a cycle), then checked one after the other. An order appears at most once
   * in a batch. Outcomes come back in the order of `items`; if any check fails, nothing is written.
   */
  function checkOrderDeadlines(items: OrderDeadlineCheck[]): Promise<CheckOutcome[]> {
    if (new Set(items.map((i) => i.orderId)).size !== items.length)
      throw new Error('checkOrderDeadlines: an order appears twice in the batch');
    return transaction(db, async (tx) => {
      const locked = await lockOrdersWithPolicy(
        tx,
        items.map((i) => i.orderId),
      );
      const outcomes: CheckOutcome[] = [];
      for (const item of items) {
        const found = locked.get(item.orderId);
        outcomes.push(found ? await checkLocked(tx, found, item.kind, item.planned, item.by) : 'gone');
      }
      return outcomes;
    });
  }

  /** The check of one deadline of an order locked in `tx`. */
  async function checkLocked(
    tx: Db,
    locked: { order: OrderRow; policy: PolicyRow },
    kind: OrderDeadlineKind,
    planned: Date,
    by: DetectedBy,
  ): Promise<CheckOutcome> {
    const { order, policy } = locked;
    const now = clock.now();
    const verdict = deadlineVerdict({
      planned,
      current: kind === 'claim' ? order.claimBy : order.completeBy,
      applies: kind === 'claim' ? claimDeadlineApplies(order) : completeDeadlineApplies(order),
      now,
    });
    if (verdict !== 'due') return verdict;
    const action = breachAction({
      kind,
      level: order.escalationLevel,
      maxLevel: policy.maxLevel,
      unfilled: claimDeadlineApplies(order),
    });
    const levelAfter = action === 'escalate' ? order.escalationLevel + 1 : order.escalationLevel;
    const reason = `the ${kind}-by deadline ${planned.toISOString()} passed`;
    const actor = actorFor(kind, by);
    if (action === 'escalate') {
      // The breach, its escalation and the escalation's timers are written in one statement.
      const audience = await audienceOf(tx, order, now);
      const record: BreachRecord = {
        id: newId(),
        kind,
        deadline: planned,
        detectedAt: now,
        lateMs: lateMs(planned, now),
        levelAfter,
        detectedBy: by,
        escalationId: null,
      };
      const breach = breachFacts(record);
      const escalated = await escalateOnBreach(tx, order, {
        level: levelAfter,
        trigger: `${kind}_breach`,
        reason,
        policy,
        actor,
        now,
        audience,
        breach,
        recordBreach: record,
        onRecorded: () => emitOrderEventTo(tx, 'order.sla_breached', order, audience, breach),
      });
      return escalated ? action : 'duplicate';
    }
    const breach = await insertBreach(tx, { order, kind, deadline: planned, now, by, levelAfter });
    if (!breach) return 'duplicate';
    const audience = await audienceOf(tx, order, now);
    await followBreach(tx, order, breach, {
      action,
      trigger: `${kind}_breach`,
      reason,
      policy,
      actor,
      now,
      audience,
    });
    return action;
  }

  /** The response deadline of one escalation: unanswered, it is breached and the order climbs once more. */
  async function checkResponseDeadline(
    escalationId: string,
    planned: Date,
    by: DetectedBy,
  ): Promise<CheckOutcome> {
    return transaction(db, async (tx) => {
      const [head] = await tx
        .select({ orderId: escalations.orderId })
        .from(escalations)
        .where(eq(escalations.id, escalationId));
      if (!head) return 'gone';
      // The order is locked first, as every path that changes an order or its escalations does.
      const locked = await lockOrderWithPolicy(tx, head.orderId);
      const [esc] = await tx.select().from(escalations).where(eq(escalations.id, escalationId)).for('update');
      if (!locked || !esc) return 'gone';
      const { order, policy } = locked;
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
      const action = breachAction({
        kind: 'response',
        level: order.escalationLevel,
        maxLevel: policy.maxLevel,
        unfilled: claimDeadlineApplies(order),
      });
      const levelAfter = action === 'escalate' ? order.escalationLevel + 1 : order.escalationLevel;
      const breach = await insertBreach(tx, {
        order,
        kind: 'response',
        deadline: planned,
        now,
        by,
        levelAfter,
        escalationId: esc.id,
      });
      if (!breach) return 'duplicate';
      await tx.update(escalations).set({ status: 'breached' }).where(eq(escalations.id, esc.id));
      const audience = await audienceOf(tx, order, now);
      await emitOrderEventTo(tx, 'escalation.breached', order, audience, {
        escalationId: esc.id,
        level: esc.level,
        regionId: esc.regionId,
        respondBy: esc.respondBy.toISOString(),
      });
      const reason = `the level-${esc.level} officers did not respond by ${planned.toISOString()}`;
      await followBreach(tx, order, breach, {
        action,
        trigger: 'response_breach',
        reason,
        policy,
        actor,
        now,
        audience,
        auditExtra: { escalationStatus: 'breached' },
      });
      return action;
    });
  }

  return { checkOrderDeadline, checkOrderDeadlines, checkResponseDeadline };
}

export type DeadlineChecks = ReturnType<typeof deadlineChecks>;
