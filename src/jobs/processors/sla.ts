import { deadlineChecks } from '../../modules/sla/deadline-checks.js';
import { reconcile } from '../../modules/sla/reconcile.js';
import type { Queues } from '../connection.js';
import type { Processor } from '../job-deps.js';

export const RECONCILER_SCHEDULER_ID = 'sla-reconcile';
/** How often a worker makes sure the reconciler's schedule still exists. */
const SCHEDULE_CHECK_MAX_MS = 10_000;

/**
 * SLA timers (claim_deadline, complete_deadline, response_deadline) and the reconciler. A timer
 * looks the deadline up in Postgres and acts only if it is still the order's deadline, unmet and due.
 */
export const processSla: Processor<'sla'> = async (job, deps) => {
  const sla = { db: deps.database.db, clock: deps.clock };
  const data = job.data;
  if (data.kind === 'reconcile') {
    const result = await reconcile(sla);
    if (result.failed > 0)
      deps.log.warn(
        { checked: result.checked, failed: result.failed, err: { message: result.firstError } },
        'sla reconciler: some deadlines failed',
      );
    return result;
  }
  const checks = deadlineChecks(sla);
  const deadline = new Date(data.deadline);
  const outcome =
    data.kind === 'response'
      ? await checks.checkResponseDeadline(data.escalationId, deadline, 'timer')
      : await checks.checkOrderDeadline(data.orderId, data.kind, deadline, 'timer');
  return { outcome };
};

/**
 * Installs the reconciler's job scheduler and keeps it installed. A Redis that lost its data lost
 * this schedule with it, and the reconciler is what recovers from exactly that loss; so every worker
 * re-creates it when missing (a scheduler is keyed by id: many workers still make one schedule, and
 * a new one runs at once). The check stops when the producer connection is closed.
 */
export async function keepReconcilerScheduled(queues: Queues, everyMs: number): Promise<void> {
  const queue = queues.get('sla');
  const install = () =>
    queue.upsertJobScheduler(
      RECONCILER_SCHEDULER_ID,
      { every: everyMs },
      { name: 'reconcile', data: { kind: 'reconcile' } },
    );
  await install();
  const timer = setInterval(
    () => {
      queue
        .getJobScheduler(RECONCILER_SCHEDULER_ID)
        .then((scheduler) => (scheduler ? undefined : install()))
        .catch(() => {});
    },
    Math.min(everyMs, SCHEDULE_CHECK_MAX_MS),
  );
  timer.unref();
  queues.connection.once('end', () => clearInterval(timer));
}
