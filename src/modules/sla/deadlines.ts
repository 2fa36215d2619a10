/** An order's deadlines, and the timers that check them. */
import type { Db } from '../../db/client.js';
import type { Priority } from '../../db/schema/enums.js';
import { Errors } from '../../errors.js';
import type { OutboxJob } from '../../outbox/jobs.js';
import { enqueueJobs } from '../../outbox/outbox.repo.js';
import { timersDueSoon } from '../../outbox/timer-horizon.js';
import { findPolicy, type PolicyRow } from './sla.repo.js';

export interface Deadlines {
  claimBy: Date;
  completeBy: Date;
}

/** The policy an order's SLA follows now (deadlines at publication, re-armed ones and response times). */
export async function policyFor(tx: Db, categoryCode: string, priority: Priority): Promise<PolicyRow> {
  const policy = await findPolicy(tx, categoryCode, priority);
  if (!policy) throw Errors.unknownCategory(`no SLA policy for ${categoryCode}/${priority}`);
  return policy;
}

/** An order's deadlines, fixed when it is published, from the policy of its category × priority. */
export async function deadlinesFor(
  tx: Db,
  categoryCode: string,
  priority: Priority,
  publishedAt: Date,
): Promise<Deadlines> {
  return deadlinesFrom(await policyFor(tx, categoryCode, priority), publishedAt);
}

/** The deadlines a policy sets for an order published at `publishedAt`. */
export function deadlinesFrom(
  policy: { claimWithinS: number; completeWithinS: number },
  publishedAt: Date,
): Deadlines {
  return {
    claimBy: new Date(publishedAt.getTime() + policy.claimWithinS * 1000),
    completeBy: new Date(publishedAt.getTime() + policy.completeWithinS * 1000),
  };
}

/** BullMQ job id of a deadline timer: deterministic, so planning the same deadline twice adds one job. */
export const timerJobId = (kind: 'claim' | 'complete' | 'response', entityId: string, deadline: Date) =>
  `sla-${kind}-${entityId}-${deadline.getTime()}`;

/** A timer job: what the outbox relays into BullMQ, or what re-planning adds to it directly. */
export type TimerJob = OutboxJob<'sla'> & { jobId: string; delayMs: number };

/** The timer of one deadline of an order. */
export function orderTimer(orderId: string, kind: 'claim' | 'complete', deadline: Date, now: Date): TimerJob {
  return {
    queue: 'sla',
    name: `${kind}_deadline`,
    payload: { orderId, kind, deadline: deadline.toISOString() },
    delayMs: Math.max(0, deadline.getTime() - now.getTime()),
    jobId: timerJobId(kind, orderId, deadline),
  };
}

/** The timer of an escalation's response deadline. */
export function responseTimer(escalationId: string, respondBy: Date, now: Date): TimerJob {
  return {
    queue: 'sla',
    name: 'response_deadline',
    payload: { escalationId, kind: 'response', deadline: respondBy.toISOString() },
    delayMs: Math.max(0, respondBy.getTime() - now.getTime()),
    jobId: timerJobId('response', escalationId, respondBy),
  };
}

/**
 * The timers of an order's deadlines (both unless told which) to write with them: those due within
 * the timer horizon; the planner adds the others when they come within it (see timer-horizon.ts).
 */
export function orderTimers(
  order: { id: string; claimBy: Date | null; completeBy: Date | null },
  now: Date,
  kinds: ('claim' | 'complete')[] = ['claim', 'complete'],
): TimerJob[] {
  return timersDueSoon(
    kinds.flatMap((kind) => {
      const deadline = kind === 'claim' ? order.claimBy : order.completeBy;
      return deadline ? [orderTimer(order.id, kind, deadline, now)] : [];
    }),
  );
}

/**
 * Plans the delayed jobs that check an order's deadlines (those within the timer horizon now, the
 * others later). A timer that fires after its deadline was met (or moved) finds that out in Postgres
 * and does nothing, so old timers need no cancelling.
 */
export async function planOrderTimers(
  tx: Db,
  order: { id: string; claimBy: Date | null; completeBy: Date | null },
  now: Date,
  kinds: ('claim' | 'complete')[] = ['claim', 'complete'],
): Promise<void> {
  await enqueueJobs(tx, orderTimers(order, now, kinds));
}
