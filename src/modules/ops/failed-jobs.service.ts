import type { Job } from 'bullmq';
import { v5 as uuidv5 } from 'uuid';
import { appendAudit } from '../../audit/audit.repo.js';
import { type Caller, requireRole } from '../../auth/scope.js';
import { transaction } from '../../db/transaction.js';
import { Errors } from '../../errors.js';
import { maskPersonal } from '../../lib/personal.js';
import { allQueues, type QueueName } from '../../outbox/jobs.js';
import type { Queues } from '../../outbox/queues.js';
import type { ServiceDeps } from '../deps.js';

/** Audit entity ids are UUIDs; a job's is derived from its `<queue>:<job id>`, so its retries chain together. */
const JOB_AUDIT_NAMESPACE = '1b671a64-40d5-491e-99b0-da01ff1f3341';

const iso = (ms: number | undefined) => (ms ? new Date(ms).toISOString() : null);

function toFailedJob(queue: QueueName, job: Job) {
  return {
    id: `${queue}:${job.id}`,
    queue,
    jobId: String(job.id),
    name: job.name,
    failedReason: job.failedReason ?? '',
    attemptsMade: job.attemptsMade,
    timestamp: new Date(job.timestamp).toISOString(),
    failedAt: iso(job.finishedOn),
    // Payloads carry ids; a job added by hand (the dashboard's "add job") might not.
    data: maskPersonal(job.data as unknown),
  };
}

/** `<queue>:<job id>`: queue names never contain a colon, job ids may. */
function parseJobRef(ref: string): { queue: QueueName; jobId: string } {
  const at = ref.indexOf(':');
  const queue = ref.slice(0, at) as QueueName;
  const jobId = ref.slice(at + 1);
  if (at < 1 || !jobId || !allQueues.includes(queue)) throw Errors.notFound(`no failed job ${ref}`);
  return { queue, jobId };
}

/** Dead letters: jobs that used up their attempts (or failed unrecoverably) stay in BullMQ's failed set. */
export function createFailedJobsService(deps: Pick<ServiceDeps, 'db' | 'clock'> & { queues: Queues }) {
  return {
    async list(caller: Caller, opts: { queue?: QueueName; limit: number }) {
      requireRole(caller.auth, 'ops', 'admin');
      const names = opts.queue ? [opts.queue] : allQueues;
      const perQueue = await Promise.all(
        names.map(async (name) => {
          const q = deps.queues.get(name);
          const [jobs, count] = await Promise.all([q.getFailed(0, opts.limit - 1), q.getFailedCount()]);
          return { count, jobs: jobs.filter((j): j is Job => Boolean(j)).map((j) => toFailedJob(name, j)) };
        }),
      );
      const items = perQueue
        .flatMap((p) => p.jobs)
        .sort((a, b) => (b.failedAt ?? '').localeCompare(a.failedAt ?? ''))
        .slice(0, opts.limit);
      return { items, total: perQueue.reduce((n, p) => n + p.count, 0) };
    },

    /** Moves a failed job back to waiting with a fresh set of attempts, and records who did it. */
    async retry(caller: Caller, ref: string) {
      requireRole(caller.auth, 'admin');
      const { queue, jobId } = parseJobRef(ref);
      const job = await deps.queues.get(queue).getJob(jobId);
      if (!job) throw Errors.notFound(`no failed job ${ref}`);
      const before = await job.getState();
      if (before !== 'failed') throw Errors.jobNotFailed(`job ${ref} is ${before}`, { state: before });
      try {
        await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
      } catch (err) {
        // Another retry (or a worker) moved it first.
        const now = await job.getState();
        if (now !== 'failed') throw Errors.jobNotFailed(`job ${ref} is ${now}`, { state: now });
        throw err;
      }
      await transaction(deps.db, (tx) =>
        appendAudit(tx, {
          entityType: 'queue_job',
          entityId: uuidv5(`${queue}:${jobId}`, JOB_AUDIT_NAMESPACE),
          action: 'job.retried',
          actor: caller.actor,
          before: { queue, jobId, name: job.name, state: before, failedReason: job.failedReason },
          after: { queue, jobId, name: job.name, state: 'waiting' },
          at: deps.clock.now(),
        }),
      );
      return { id: `${queue}:${jobId}`, queue, jobId, state: await job.getState() };
    },
  };
}
