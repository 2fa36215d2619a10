import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { execute } from '../db/exec.js';
import { outbox } from '../db/schema/index.js';
import type { JobPayloads, QueueName } from '../jobs/queues.js';
import { newId } from '../lib/ids.js';
import { maskPersonal } from '../lib/personal.js';
import { fanOutDeliveries } from './deliveries.js';

export interface OutboxJob<Q extends QueueName> {
  queue: Q;
  name: string;
  payload: JobPayloads[Q];
  delayMs?: number;
  /** A deterministic job id (SLA timers); otherwise the outbox row id is the job id. */
  jobId?: string;
}

const outboxRow = <Q extends QueueName>(job: OutboxJob<Q>) => ({
  queue: job.queue,
  jobName: job.name,
  payload: job.payload,
  delayMs: Math.max(0, Math.round(job.delayMs ?? 0)),
  jobId: job.jobId ?? null,
});

const outboxJobRow = (job: OutboxJob<QueueName>) => {
  const row = outboxRow(job);
  return {
    queue: row.queue,
    job_name: row.jobName,
    payload: row.payload,
    delay_ms: row.delayMs,
    job_id: row.jobId,
  };
};

/** Records work to be done, in the caller's transaction; the relay moves it to BullMQ after commit. */
export async function enqueueJob<Q extends QueueName>(tx: Db, job: OutboxJob<Q>): Promise<void> {
  await tx.insert(outbox).values(outboxRow(job));
}

/** Several jobs in one statement: one round trip and one wake-up of the relays, however many jobs. */
export async function enqueueJobs(tx: Db, jobs: OutboxJob<QueueName>[]): Promise<void> {
  if (jobs.length === 0) return;
  await tx.insert(outbox).values(jobs.map(outboxRow));
}

export interface DomainEventInput {
  type: string;
  orderId?: string | null;
  regionPath?: string | null;
  unitIds?: string[];
  data: Record<string, unknown>;
}

/**
 * Records domain events, their webhook deliveries and the deliveries' 'webhooks' jobs in the
 * caller's transaction, in ONE statement: the events are stored, the enabled endpoints that cover
 * each are found, one delivery per (event, endpoint) is written (ids made in the statement, see
 * migration 0006, in event and endpoint order) and the new deliveries to one endpoint share a job
 * (up to DELIVERIES_PER_JOB). One statement is atomic on its own, so a caller writing its change
 * `alongside` needs no transaction for the change, its events and all the work they cause.
 * Fanning out here rather than in an 'events' job saves a relay round trip and a transaction per
 * event. Payloads carry ids and masked values only. Returns the ids of the events written: all of
 * them, or none when `onlyIf` was false.
 */
export async function emitEvents(
  tx: Db,
  events: DomainEventInput[],
  /** Jobs to record with the events, in the same statement (as enqueueJobs would). */
  jobs: OutboxJob<QueueName>[] = [],
  opts: {
    /**
     * Data-modifying CTEs (`name as (insert ...)`, comma-separated) that run in the same statement:
     * a change and its events in one round trip, atomic without a transaction around them.
     */
    alongside?: SQL;
    /**
     * A condition over the `alongside` CTEs (e.g. `exists (select 1 from upd)`): when false, no
     * event, job or delivery is written, so a conditional change takes its consequences with it.
     */
    onlyIf?: SQL;
  } = {},
): Promise<string[]> {
  if (events.length === 0) {
    if (opts.alongside) throw new Error('emitEvents: statements alongside need at least one event');
    await enqueueJobs(tx, jobs);
    return [];
  }
  const rows = events.map((event) => ({
    id: newId(),
    type: event.type,
    order_id: event.orderId ?? null,
    region_path: event.regionPath ?? null,
    unit_ids: event.unitIds ?? [],
    data: maskPersonal(event.data),
  }));
  const guard = opts.onlyIf ? sql`where ${opts.onlyIf}` : sql``;
  const { rows: written } = await execute<{ n: number }>(
    tx,
    sql`
    with ${opts.alongside ? sql`${opts.alongside},` : sql``} ev as (
      insert into domain_events (id, type, order_id, region_path, unit_ids, data)
      select id, type, order_id, region_path, unit_ids, data
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
          as d(id uuid, type text, order_id uuid, region_path text, unit_ids uuid[], data jsonb)
      ${guard}
      returning id, type, region_path, unit_ids, data, created_at),
    jobs as (
      insert into outbox (queue, job_name, payload, delay_ms, job_id)
      select queue, job_name, payload, delay_ms, job_id
        from jsonb_to_recordset(${JSON.stringify(jobs.map(outboxJobRow))}::jsonb)
          as j(queue text, job_name text, payload jsonb, delay_ms bigint, job_id text)
      ${guard}
      returning 1),
    ${fanOutDeliveries}
    select (select count(*)::int from ev) as n`,
  );
  return (written[0]?.n ?? 0) > 0 ? rows.map((r) => r.id) : [];
}

/** Records one domain event and its webhook deliveries (see emitEvents). */
export async function emitEvent(tx: Db, event: DomainEventInput): Promise<string> {
  const [id] = await emitEvents(tx, [event]);
  return id!;
}
