import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { slaPolicies } from '../../db/schema/index.js';
import type { Priority } from '../../db/schema/orders.js';
import { Errors } from '../../errors.js';
import { enqueueJob } from '../../outbox/outbox.js';

export interface Deadlines {
  claimBy: Date;
  completeBy: Date;
}

/** An order's deadlines, fixed when it is published, from the policy of its category × priority. */
export async function deadlinesFor(
  tx: DbOrTx,
  categoryCode: string,
  priority: Priority,
  publishedAt: Date,
): Promise<Deadlines> {
  const [policy] = await tx
    .select()
    .from(slaPolicies)
    .where(and(eq(slaPolicies.categoryCode, categoryCode), eq(slaPolicies.priority, priority)));
  if (!policy) throw Errors.unknownCategory(`no SLA policy for ${categoryCode}/${priority}`);
  return {
    claimBy: new Date(publishedAt.getTime() + policy.claimWithinS * 1000),
    completeBy: new Date(publishedAt.getTime() + policy.completeWithinS * 1000),
  };
}

/** BullMQ job id of a deadline timer: deterministic, so planning the same deadline twice adds one job. */
export const timerJobId = (kind: 'claim' | 'complete' | 'response', entityId: string, deadline: Date) =>
  `sla-${kind}-${entityId}-${deadline.getTime()}`;

/**
 * Plans the delayed jobs that check an order's deadlines. A timer that fires after its deadline was
 * met (or moved) finds that out in Postgres and does nothing, so old timers need no cancelling.
 */
export async function planOrderTimers(
  tx: DbOrTx,
  order: { id: string; claimBy: Date | null; completeBy: Date | null },
  now: Date,
  kinds: ('claim' | 'complete')[] = ['claim', 'complete'],
): Promise<void> {
  for (const kind of kinds) {
    const deadline = kind === 'claim' ? order.claimBy : order.completeBy;
    if (!deadline) continue;
    await enqueueJob(tx, {
      queue: 'sla',
      name: `${kind}_deadline`,
      payload: { orderId: order.id, kind, deadline: deadline.toISOString() },
      delayMs: deadline.getTime() - now.getTime(),
      jobId: timerJobId(kind, order.id, deadline),
    });
  }
}

/** Plans the delayed job that checks an escalation's response deadline. */
export async function planResponseTimer(
  tx: DbOrTx,
  escalation: { id: string; respondBy: Date },
  now: Date,
): Promise<void> {
  await enqueueJob(tx, {
    queue: 'sla',
    name: 'response_deadline',
    payload: { escalationId: escalation.id, kind: 'response', deadline: escalation.respondBy.toISOString() },
    delayMs: escalation.respondBy.getTime() - now.getTime(),
    jobId: timerJobId('response', escalation.id, escalation.respondBy),
  });
}
