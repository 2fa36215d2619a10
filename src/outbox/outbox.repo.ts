import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { execute } from '../db/exec.js';
import { newId } from '../lib/ids.js';
import { maskPersonal } from '../lib/personal.js';
import type { OutboxJob } from './jobs.js';

/**
 * Writes to the outbox go through the database functions of migration 0007 (`outbox_enqueue`,
 * `outbox_emit`), the only inserts into `outbox` and `domain_events`. Webhook deliveries follow from
 * the events by the webhooks module's trigger, in the same statement. A module that fuses its change
 * with its events into one statement passes `outboxArgs(…)` to `outbox_emit` in that statement.
 */

export interface DomainEventInput {
  type: string;
  orderId?: string | null;
  regionPath?: string | null;
  unitIds?: string[];
  data: Record<string, unknown>;
}

/** The arguments of `outbox_emit(events, jobs)`: the events (ids made here, payloads masked) and jobs as JSON. */
export function outboxArgs(events: DomainEventInput[], jobs: OutboxJob[] = []) {
  const rows = events.map((event) => ({
    id: newId(),
    type: event.type,
    order_id: event.orderId ?? null,
    region_path: event.regionPath ?? null,
    unit_ids: event.unitIds ?? [],
    data: maskPersonal(event.data),
  }));
  return {
    eventIds: rows.map((r) => r.id),
    events: JSON.stringify(rows),
    jobs: jobsArg(jobs),
  };
}

/** The argument of `outbox_enqueue(jobs)`: the jobs as JSON, in order. */
export const jobsArg = (jobs: OutboxJob[]): string => JSON.stringify(jobs.map(jobRow));

function jobRow(job: OutboxJob) {
  return {
    queue: job.queue,
    job_name: job.name,
    payload: job.payload,
    delay_ms: Math.max(0, Math.round(job.delayMs ?? 0)),
    job_id: job.jobId ?? null,
  };
}

/** Records work to be done, in the caller's transaction; the relay moves it to BullMQ after commit. */
export async function enqueueJobs(db: Db, jobs: OutboxJob[]): Promise<void> {
  if (jobs.length === 0) return;
  await execute(db, sql`select outbox_enqueue(${jobsArg(jobs)}::jsonb)`);
}

/**
 * Records domain events (with their webhook deliveries) and jobs in the caller's transaction, in one
 * statement. Payloads carry ids and masked values only. Returns the ids of the events written.
 */
export async function emitEvents(
  db: Db,
  events: DomainEventInput[],
  jobs: OutboxJob[] = [],
): Promise<string[]> {
  if (events.length === 0) {
    await enqueueJobs(db, jobs);
    return [];
  }
  const args = outboxArgs(events, jobs);
  await execute(db, sql`select outbox_emit(${args.events}::jsonb, ${args.jobs}::jsonb)`);
  return args.eventIds;
}

/** Records one domain event and its webhook deliveries (see emitEvents). */
export async function emitEvent(db: Db, event: DomainEventInput): Promise<string> {
  const [id] = await emitEvents(db, [event]);
  return id!;
}

/** Records one job (see enqueueJobs). */
export async function enqueueJob(db: Db, job: OutboxJob): Promise<void> {
  await enqueueJobs(db, [job]);
}
