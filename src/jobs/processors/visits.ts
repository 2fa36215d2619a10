import type { Queues } from '../../outbox/queues.js';
import type { Services } from '../../services.js';

export const VISIT_SWEEP_SCHEDULER_ID = 'visit-sweep';
/** How often a worker makes sure the visit sweep's schedule still exists. */
const SCHEDULE_CHECK_MAX_MS = 10_000;

/**
 * One visit sweep: every active pairing's occurrences up to now + VISIT_PUBLISH_AHEAD_S that are not
 * yet in `visits` are published. Idempotent (unique pairing × occurrence), so two sweeps at once, or a
 * sweep after Redis lost its data, publish each visit once and skip none.
 */
export const processVisitSweep = (services: Services) => services.visits.sweep();

/**
 * Installs the visit sweep's job scheduler, and puts it back whenever Redis has lost it (a flushed or
 * replaced Redis): the sweep reads everything from Postgres, so the next run catches up alone.
 */
export async function keepVisitSweepScheduled(queues: Queues, everyMs: number): Promise<void> {
  const queue = queues.get('maintenance');
  const install = () =>
    queue.upsertJobScheduler(
      VISIT_SWEEP_SCHEDULER_ID,
      { every: everyMs },
      { name: 'visit_sweep', data: { kind: 'visit_sweep' } },
    );
  await install();
  const ensure = async () => {
    if (!(await queue.getJobScheduler(VISIT_SWEEP_SCHEDULER_ID))) await install();
  };
  const timer = setInterval(() => ensure().catch(() => {}), Math.min(everyMs, SCHEDULE_CHECK_MAX_MS));
  timer.unref();
  queues.connection.once('end', () => clearInterval(timer));
}
