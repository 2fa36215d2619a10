import type { OutboxJob } from '../../outbox/jobs.js';
import type { Queues } from '../../outbox/queues.js';
import type { JobDeps, Processor } from '../job-deps.js';

export const RECONCILER_SCHEDULER_ID = 'sla-reconcile';
/** How often a worker makes sure the reconciler's schedule still exists. */
const SCHEDULE_CHECK_MAX_MS = 10_000;

/**
 * SLA timers (claim_deadline, complete_deadline, response_deadline), the timers of requests for a
 * claim (claim_transfer), the reconciler of both, and the re-planning of timers after Redis lost
 * them. A timer looks the deadline up in Postgres and acts only if it is still the order's deadline
 * (or the request still open), unmet and due.
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
    case 'replan': {
      // Straight into the queue: nothing changes in Postgres, the jobs are derived from what is there.
      const queue = deps.queues.get('sla');
      const add = async (jobs: OutboxJob<'sla'>[]) => {
        await queue.addBulk(
          jobs.map((j) => ({
            name: j.name,
            data: j.payload,
            opts: { jobId: j.jobId, delay: j.delayMs || undefined },
          })),
        );
      };
      const replanned = await timerReconciler.pendingTimers(add);
      const transfers = await transferTimers.pendingTimers(add);
      deps.log.info({ replanned, transfers }, 'sla timers re-planned from Postgres');
      return { replanned, transfers };
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

/** How many times a timer that fires before its deadline is planned again before the reconciler is left to it. */
const MAX_REPLANS = 5;

/**
 * A timer that fired before its deadline (the clocks of the hosts that planned and ran it disagree)
 * did nothing; it is planned again for what is left, under an id of its own (the running job's id is
 * still taken), rather than left to the reconciler's next cycle.
 */
async function planAgain(job: Parameters<Processor<'sla'>>[0], deps: JobDeps, deadline: Date) {
  const data = job.data;
  if (data.kind === 'reconcile' || data.kind === 'replan') return;
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

/**
 * Installs the reconciler's job scheduler and keeps it installed. A Redis that lost its data lost
 * this schedule and every timer with it; so every worker checks for the schedule, and when it is
 * missing puts it back (a new schedule runs at once: passed deadlines are reconciled) and asks for
 * the timers still ahead to be re-planned from Postgres. Job schedulers are keyed by id and the
 * re-plan job by the current cycle, so many workers noticing at once still do each once. The check
 * stops when the producer connection is closed.
 */
export async function keepReconcilerScheduled(queues: Queues, everyMs: number): Promise<void> {
  const queue = queues.get('sla');
  const install = () =>
    queue.upsertJobScheduler(
      RECONCILER_SCHEDULER_ID,
      { every: everyMs },
      { name: 'reconcile', data: { kind: 'reconcile' } },
    );
  const replan = () =>
    queue.add('replan', { kind: 'replan' }, { jobId: `sla-replan-${Math.floor(Date.now() / everyMs)}` });
  const missing = async () => !(await queue.getJobScheduler(RECONCILER_SCHEDULER_ID));
  // At start-up the schedule is always written, so a changed SLA_RECONCILE_EVERY_MS takes effect.
  const lost = await missing();
  await install();
  if (lost) await replan();
  const ensure = async () => {
    if (!(await missing())) return;
    await install();
    await replan();
  };
  const timer = setInterval(() => ensure().catch(() => {}), Math.min(everyMs, SCHEDULE_CHECK_MAX_MS));
  timer.unref();
  queues.connection.once('end', () => clearInterval(timer));
}
