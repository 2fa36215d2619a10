import type { Queue } from 'bullmq';
import type { QueueName } from '../outbox/jobs.js';
import type { Queues } from '../outbox/queues.js';

/** How often a worker makes sure a reconciler's schedule still exists. */
const SCHEDULE_CHECK_MAX_MS = 10_000;

/** A reconciler's schedule, and the job that re-plans the timers still ahead when it was lost. */
export interface KeptSchedule {
  queue: QueueName;
  schedulerId: string;
  everyMs: number;
  reconcile: { name: string; data: object };
  /** The job that re-plans the timers lost with the schedule; none when the scheduled job does it. */
  replan?: { name: string; data: object; jobIdPrefix: string };
}

/**
 * Installs a reconciler's job scheduler and keeps it installed. A Redis that lost its data lost this
 * schedule and every timer with it; so every worker checks for the schedule, and when it is missing
 * puts it back (a new schedule runs at once: what passed is reconciled) and asks for the timers still
 * ahead to be re-planned from Postgres. Job schedulers are keyed by id and the re-plan job by the
 * current cycle, so many workers noticing at once still do each once. The check stops when the
 * producer connection is closed.
 */
export async function keepScheduled(queues: Queues, kept: KeptSchedule): Promise<void> {
  const queue = queues.get(kept.queue);
  const install = () => queue.upsertJobScheduler(kept.schedulerId, { every: kept.everyMs }, kept.reconcile);
  const replan = async () => {
    if (kept.replan)
      await queue.add(kept.replan.name, kept.replan.data, {
        jobId: `${kept.replan.jobIdPrefix}-${Math.floor(Date.now() / kept.everyMs)}`,
      });
  };
  const missing = async () => !(await queue.getJobScheduler(kept.schedulerId));
  // At start-up the schedule is always written, so a changed interval takes effect.
  const lost = await missing();
  await install();
  if (lost) await replan();
  const ensure = async () => {
    if (!(await missing())) return;
    await install();
    await replan();
  };
  const timer = setInterval(() => ensure().catch(() => {}), Math.min(kept.everyMs, SCHEDULE_CHECK_MAX_MS));
  timer.unref();
  queues.connection.once('end', () => clearInterval(timer));
}

/** Timers rebuilt from Postgres, straight into their queue under their deterministic job ids. */
export async function addTimers(
  queue: Queue,
  jobs: { name: string; payload: unknown; jobId?: string; delayMs?: number }[],
): Promise<void> {
  await queue.addBulk(
    jobs.map((j) => ({
      name: j.name,
      data: j.payload,
      opts: { jobId: j.jobId, delay: j.delayMs || undefined },
    })),
  );
}
