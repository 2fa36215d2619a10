import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { execute } from '../db/exec.js';
import { outbox } from '../db/schema/index.js';
import type { JobPayloads, QueueName } from '../jobs/queues.js';
import { newId } from '../lib/ids.js';
import { maskPersonal } from '../lib/personal.js';
import { endpointCovers, insertDeliveries } from './deliveries.js';

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
export async function enqueueJob<Q extends QueueName>(tx: DbOrTx, job: OutboxJob<Q>): Promise<void> {
  await tx.insert(outbox).values(outboxRow(job));
}

/** Several jobs in one statement: one round trip and one wake-up of the relays, however many jobs. */
export async function enqueueJobs(tx: DbOrTx, jobs: OutboxJob<QueueName>[]): Promise<void> {
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
 * Records domain events and their webhook deliveries (each with its 'webhooks' job) in the caller's
 * transaction: one statement stores the events and finds the subscribed endpoints of the whole
 * batch, one more (only when some endpoint is subscribed) stores the deliveries and their jobs.
 * Fanning out here rather than in an 'events' job saves a relay round trip and a transaction per
 * event. Payloads carry ids and masked values only.
 */
export async function emitEvents(
  tx: DbOrTx,
  events: DomainEventInput[],
  /** Jobs to record with the events, in the same statement (as enqueueJobs would). */
  jobs: OutboxJob<QueueName>[] = [],
  /**
   * Data-modifying CTEs (`name as (insert ...)`, comma-separated) that run in the same statement:
   * a change and its events in one round trip, atomic without a transaction around them.
   */
  opts: { alongside?: SQL } = {},
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
  // Every event comes back once (endpoint null) or once per endpoint that covers it.
  const { rows: found } = await execute<{
    id: string;
    created_at: Date | string;
    endpoint_id: string | null;
  }>(
    tx,
    sql`
    with ${opts.alongside ? sql`${opts.alongside},` : sql``} ev as (
      insert into domain_events (id, type, order_id, region_path, unit_ids, data)
      select id, type, order_id, region_path, unit_ids, data
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
          as d(id uuid, type text, order_id uuid, region_path text, unit_ids uuid[], data jsonb)
      returning id, type, region_path, unit_ids, created_at),
    jobs as (
      insert into outbox (queue, job_name, payload, delay_ms, job_id)
      select queue, job_name, payload, delay_ms, job_id
        from jsonb_to_recordset(${JSON.stringify(jobs.map(outboxJobRow))}::jsonb)
          as j(queue text, job_name text, payload jsonb, delay_ms bigint, job_id text)
      returning 1)
    select ev.id, ev.created_at, sub.id as endpoint_id
      from ev
      left join lateral (
        select e.id from webhook_endpoints e left join regions r on r.id = e.scope_region_id
         where e.events && array[ev.type, '*'] and ${endpointCovers}) sub on true
     order by ev.id, sub.id`,
  );
  const index = new Map(rows.map((r, i) => [r.id, i]));
  const createdAt = new Map(
    found.map((f) => [f.id, f.created_at instanceof Date ? f.created_at : new Date(f.created_at)]),
  );
  const pairs = found
    .filter((f) => f.endpoint_id !== null)
    .map((f) => ({ i: index.get(f.id)!, endpointId: f.endpoint_id! }))
    .sort((a, b) => a.i - b.i || (a.endpointId < b.endpointId ? -1 : a.endpointId > b.endpointId ? 1 : 0));
  await insertDeliveries(
    tx,
    rows.map((r) => ({
      id: r.id,
      type: r.type,
      regionPath: r.region_path,
      unitIds: r.unit_ids,
      data: r.data,
      createdAt: createdAt.get(r.id)!,
    })),
    pairs,
  );
  return rows.map((r) => r.id);
}

/** Records one domain event and its webhook deliveries (see emitEvents). */
export async function emitEvent(tx: DbOrTx, event: DomainEventInput): Promise<string> {
  const [id] = await emitEvents(tx, [event]);
  return id!;
}
