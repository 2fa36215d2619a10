import type { OutboxJob } from '../../outbox/jobs.js';
import type { Queues } from '../../outbox/queues.js';
import { planWindow, TIMER_PLAN_EVERY_MS } from '../../outbox/timer-horizon.js';
import type { JobDeps, Processor } from '../job-deps.js';
import { addTimers, keepScheduled } from '../kept-schedules.js';

export const RECONCILER_SCHEDULER_ID = 'sla-reconcile';
export const PLANNER_SCHEDULER_ID = 'timer-plan';

/**
 * SLA timers (claim_deadline, complete_deadline, response_deadline), the timers of requests for a
 * claim (claim_transfer), the reconciler of both, the timer planner (deadlines, offer expiries and
 * requests for a claim coming within the timer horizon) and the re-planning of timers after Redis
 * lost them. A timer looks the deadline up in Postgres and acts only if it is still the order's
 * deadline (or the request still open), unmet and due.
 */
export const processSla: Processor<'sla'> = async (job, deps) => {
  const { deadlineTimers, timerReconciler, transferTimers } = deps.services;
  const data = job.data;
  switch (data.kind) {
    case 'reconcile': {
      const result = await timerReconciler.reconcile();
      if (result.failed > 0)
        deps.log.warn(
          { checked: result.checked, failed: result.failed, err: { message: result.firstError } },
          'sla reconciler: some deadlines failed',
        );
      return { ...result, transfers: await transferTimers.reconcile() };
    }
    case 'plan':
      return planAhead(deps, 'resume');
    case 'replan': {
      // Straight into the queue: nothing changes in Postgres, the jobs are derived from what is there.
      const planned = await planAhead(deps, 'whole horizon');
      deps.log.info(planned, 'sla timers re-planned from Postgres');
      return planned;
    }
    case 'transfer': {
      const outcome = await transferTimers.autoAccept(data.transferId);
      if (outcome === 'early') await planAgain(job, deps, new Date(data.deadline));
      return { outcome };
    }
    case 'response': {
      const outcome = await deadlineTimers.checkResponseDeadline(
        data.escalationId,
        new Date(data.deadline),
        'timer',
      );
      if (outcome === 'early') await planAgain(job, deps, new Date(data.deadline));
      return { outcome };
    }
    default: {
      // Timers that fire together share a transaction (see timerBatches).
      const outcome = await deadlineTimers.checkInBatch({
        orderId: data.orderId,
        kind: data.kind,
        planned: new Date(data.deadline),
        by: 'timer',
      });
      if (outcome === 'early') await planAgain(job, deps, new Date(data.deadline));
      return { outcome };
    }
  }
};

/**
 * The timer planner: the timers of the deadlines, offer expiries and requests for a claim that came
 * within the timer horizon since the last run (or of the whole horizon), straight into their queues
 * under their deterministic job ids; then where it planned to, for the next run (see
 * src/outbox/timer-horizon.ts). The mark lives in Redis with the timers: a Redis that lost them lost
 * it too, and the next run plans the whole horizon.
 */
async function planAhead(
  deps: JobDeps,
  from: 'resume' | 'whole horizon',
): Promise<{ deadlines: number; waves: number; transfers: number }> {
  const { queues, services } = deps;
  const mark = `${queues.prefix}:timer-planner:until`;
  const last = from === 'resume' ? await queues.connection.get(mark) : null;
  const window = planWindow(deps.clock.now(), last === null ? null : new Date(Number(last)));
  const toSla = (jobs: OutboxJob<'sla'>[]) => addTimers(queues.get('sla'), jobs);
  const deadlines = await services.timerReconciler.timersAhead(window, toSla);
  const waves = await services.offerExpiry.timersAhead(window, (jobs) =>
    addTimers(queues.get('offers'), jobs),
  );
  const transfers = await services.transferTimers.timersAhead(window, toSla);
  await queues.connection.set(mark, String(window.until.getTime()));
  return { deadlines, waves, transfers };
}

/** How many times a timer that fires before its deadline is planned again before the reconciler is left to it. */
const MAX_REPLANS = 5;

/**
 * A timer that fired before its deadline (the clocks of the hosts that planned and ran it disagree)
 * did nothing; it is planned again for what is left, under an id of its own (the running job's id is
 * still taken), rather than left to the reconciler's next cycle.
 */
async function planAgain(job: Parameters<Processor<'sla'>>[0], deps: JobDeps, deadline: Date) {
  const data = job.data;
  if (data.kind === 'reconcile' || data.kind === 'replan' || data.kind === 'plan') return;
  const replans = (data.replans ?? 0) + 1;
  if (replans > MAX_REPLANS) return;
  await deps.queues.get('sla').add(
    job.name,
    { ...data, replans },
    {
      jobId: `${job.id}-again-${replans}`,
      delay: Math.max(1, deadline.getTime() - deps.clock.now().getTime()),
    },
  );
}

/** Installs the SLA reconciler's job scheduler and keeps it installed (see keepScheduled). */
export const keepReconcilerScheduled = (queues: Queues, everyMs: number): Promise<void> =>
  keepScheduled(queues, {
    queue: 'sla',
    schedulerId: RECONCILER_SCHEDULER_ID,
    everyMs,
    reconcile: { name: 'reconcile', data: { kind: 'reconcile' } },
    replan: { name: 'replan', data: { kind: 'replan' }, jobIdPrefix: 'sla-replan' },
  });

/**
 * Installs the timer planner's job scheduler and keeps it installed; a schedule put back runs at
 * once, which plans what Redis lost within the horizon.
 */
export const keepPlannerScheduled = (queues: Queues): Promise<void> =>
  keepScheduled(queues, {
    queue: 'sla',
    schedulerId: PLANNER_SCHEDULER_ID,
    everyMs: TIMER_PLAN_EVERY_MS,
    reconcile: { name: 'plan', data: { kind: 'plan' } },
  });
