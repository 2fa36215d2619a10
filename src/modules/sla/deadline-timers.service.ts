/**
 * What a fired SLA timer does (and the reconciler, for timers that never fired): looks its deadline
 * up under the order's lock and, when it passed unmet, records the breach once and takes the next
 * step of the ladder.
 */
import { type Actor, appendAudit, timerActor } from '../../audit/audit.repo.js';
import type { Db } from '../../db/client.js';
import { transaction } from '../../db/transaction.js';
import {
  type BreachAction,
  breachAction,
  claimDeadlineApplies,
  completeDeadlineApplies,
  type DeadlineKind,
  type DeadlineVerdict,
  deadlineVerdict,
  type OrderDeadlineKind,
  orderIsActive,
} from '../../domain/sla-clock.js';
import { Errors } from '../../errors.js';
import type { ServiceDeps } from '../deps.js';
import { emitOrderEventTo } from '../orders/order-events.js';
import type { OrderRow } from '../orders/orders.repo.js';
import { type BreachStep, breachFacts, breachRow, type DetectedBy, followBreach } from './breaches.js';
import { audienceOf, escalateOnBreach } from './escalate.js';
import { escalationOrderId, lockEscalation, setEscalationStatus } from './escalations.repo.js';
import {
  insertBreach,
  lockOrdersWithPolicy,
  lockOrderWithPolicy,
  type OrderWithPolicy,
  type PolicyRow,
} from './sla.repo.js';
import { timerBatches } from './timer-batches.js';

export type SlaDeps = Pick<ServiceDeps, 'db' | 'clock'>;
/** What one check did: nothing (gone, moved, met, early, duplicate, closed) or the breach's action. */
export type CheckOutcome = DeadlineVerdict | BreachAction | 'gone' | 'duplicate' | 'closed';

/** One order deadline to check: what a claim-by or complete-by timer carries. */
export interface OrderDeadlineCheck {
  orderId: string;
  kind: OrderDeadlineKind;
  planned: Date;
  by: DetectedBy;
}

/** The checks of order deadlines that timerBatches gathers: one alone, or several in one transaction. */
export interface DeadlineChecks {
  checkOrderDeadline(
    orderId: string,
    kind: OrderDeadlineKind,
    planned: Date,
    by: DetectedBy,
  ): Promise<CheckOutcome>;
  checkOrderDeadlines(items: OrderDeadlineCheck[]): Promise<CheckOutcome[]>;
}

interface LockedOrder {
  order: OrderRow;
  policy: PolicyRow;
}

/** An order locked with its policy; an order without a policy is refused. */
function withPolicy(found: OrderWithPolicy): LockedOrder {
  const { order, policy } = found;
  if (!policy) throw Errors.unknownCategory(`no SLA policy for ${order.categoryCode}/${order.priority}`);
  return { order, policy };
}

/** What a breach of a deadline does on a locked order, by its level and its policy's top of the ladder. */
const breachActionOn = (kind: DeadlineKind, { order, policy }: LockedOrder): BreachAction =>
  breachAction({
    kind,
    level: order.escalationLevel,
    maxLevel: policy.maxLevel,
    unfilled: claimDeadlineApplies(order),
  });

/** Locks an order with its policy; null when the order is gone. */
async function lockWithPolicy(tx: Db, orderId: string): Promise<LockedOrder | null> {
  const found = await lockOrderWithPolicy(tx, orderId);
  return found && withPolicy(found);
}

const actorFor = (kind: DeadlineKind, by: DetectedBy): Actor =>
  timerActor(by === 'timer' ? `sla_${kind}_deadline` : 'sla_reconciler');

/** The checks a fired timer runs, and that the reconciler runs for timers that never fired. */
export function createDeadlineTimersService({ db, clock }: SlaDeps) {
  /** One claim-by or complete-by deadline of an order, planned for `planned`. */
  function checkOrderDeadline(
    orderId: string,
    kind: OrderDeadlineKind,
    planned: Date,
    by: DetectedBy,
  ): Promise<CheckOutcome> {
    return transaction(db, async (tx) => {
      const locked = await lockWithPolicy(tx, orderId);
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
      const rows = await lockOrdersWithPolicy(
        tx,
        items.map((i) => i.orderId),
      );
      const locked = new Map(rows.map((row) => [row.order.id, withPolicy(row)]));
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
    { order, policy }: LockedOrder,
    kind: OrderDeadlineKind,
    planned: Date,
    by: DetectedBy,
  ): Promise<CheckOutcome> {
    const now = clock.now();
    const verdict = deadlineVerdict({
      planned,
      current: kind === 'claim' ? order.claimBy : order.completeBy,
      applies: kind === 'claim' ? claimDeadlineApplies(order) : completeDeadlineApplies(order),
      now,
    });
    if (verdict !== 'due') return verdict;
    const action = breachActionOn(kind, { order, policy });
    const record = breachRow(order, { kind, deadline: planned, now, by, action });
    const step: BreachStep = {
      trigger: `${kind}_breach`,
      reason: `the ${kind}-by deadline ${planned.toISOString()} passed`,
      policy,
      actor: actorFor(kind, by),
      now,
    };
    if (action === 'escalate') {
      // The breach, its escalation and the escalation's timers are written in one statement.
      const audience = await audienceOf(tx, order, now);
      const breach = breachFacts(record);
      const escalated = await escalateOnBreach(tx, order, {
        ...step,
        level: record.levelAfter,
        audience,
        breach,
        recordBreach: record,
        onRecorded: () => emitOrderEventTo(tx, 'order.sla_breached', order, audience, breach),
      });
      return escalated ? action : 'duplicate';
    }
    const recorded = await insertBreach(tx, record);
    if (!recorded) return 'duplicate';
    const audience = await audienceOf(tx, order, now);
    await followBreach(tx, order, breachFacts(recorded), { ...step, action, audience });
    return action;
  }

  /** The response deadline of one escalation: unanswered, it is breached and the order climbs once more. */
  async function checkResponseDeadline(
    escalationId: string,
    planned: Date,
    by: DetectedBy,
  ): Promise<CheckOutcome> {
    return transaction(db, async (tx) => {
      const orderId = await escalationOrderId(tx, escalationId);
      if (!orderId) return 'gone';
      // The order is locked first, as every path that changes an order or its escalations does.
      const locked = await lockWithPolicy(tx, orderId);
      const esc = await lockEscalation(tx, escalationId);
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
        await setEscalationStatus(tx, esc.id, 'closed');
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
      const action = breachActionOn('response', locked);
      const recorded = await insertBreach(
        tx,
        breachRow(order, { kind: 'response', deadline: planned, now, by, action, escalationId: esc.id }),
      );
      if (!recorded) return 'duplicate';
      await setEscalationStatus(tx, esc.id, 'breached');
      const audience = await audienceOf(tx, order, now);
      await emitOrderEventTo(tx, 'escalation.breached', order, audience, {
        escalationId: esc.id,
        level: esc.level,
        regionId: esc.regionId,
        respondBy: esc.respondBy.toISOString(),
      });
      await followBreach(tx, order, breachFacts(recorded), {
        action,
        trigger: 'response_breach',
        reason: `the level-${esc.level} officers did not respond by ${planned.toISOString()}`,
        policy,
        actor,
        now,
        audience,
        auditExtra: { escalationStatus: 'breached' },
      });
      return action;
    });
  }

  const checks = { checkOrderDeadline, checkOrderDeadlines, checkResponseDeadline };
  return {
    ...checks,
    /** checkOrderDeadline in a transaction shared with the timers that fire with it (see timerBatches). */
    checkInBatch: timerBatches(checks).check,
  };
}

export type DeadlineTimersService = ReturnType<typeof createDeadlineTimersService>;
