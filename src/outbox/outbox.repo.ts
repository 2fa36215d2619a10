import { count, isNull, sql } from 'drizzle-orm';
import type pg from 'pg';
import type { Db } from '../db/client.js';
import { execute } from '../db/exec.js';
import { outbox } from '../db/schema/index.js';
import { newId } from '../lib/ids.js';
import { maskPersonal } from '../lib/personal.js';
import type { OutboxJob, QueueName } from './jobs.js';

/**
 * Writes to the outbox go through the database functions of migration 0007 (`outbox_enqueue`,
 * `outbox_emit`), the only inserts into `outbox` and `domain_events`. Webhook deliveries follow from
 * the events by the webhooks module's trigger, in the same statement. A module that fuses its change
 * with its events into one statement passes `outboxArgs(…)` to `outbox_emit` in that statement.
 * Every other statement on the outbox is here too: the relay's claim and cleanup, and its backlog.
 */

export interface DomainEventInput {
  type: string;
  orderId?: string | null;
  regionPath?: string | null;
  unitIds?: string[];
  /** The member the event is addressed to (offer events): a member's key sees these in the event feed. */
  memberId?: string | null;
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
    member_id: event.memberId ?? null,
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

/** An outbox row claimed by the relay, with what is left of its delay. */
export interface ClaimedJob {
  id: number;
  queue: QueueName;
  jobName: string;
  payload: unknown;
  delayMs: number;
  jobId: string | null;
}

interface ClaimedRow {
  id: number;
  queue: QueueName;
  job_name: string;
  payload: unknown;
  delay_ms: number;
  job_id: string | null;
}

/**
 * Opens a transaction on the connection and claims the oldest unpublished rows in it: marked
 * published and returned in one statement (FOR UPDATE SKIP LOCKED, so relays running at once take
 * different rows). The caller commits once the jobs are in their queues, or rolls back. Begin and
 * the claim go in one round trip: the simple protocol takes both in one message, and the batch size
 * is an integer written into the text, as that protocol has no parameters. A delay counts from when
 * the row was written, not from when it is relayed. The outbox is partitioned by month of
 * `created_at`: the claimed rows are updated by id with their time range as a bound computed once,
 * so only the partitions that hold them are read (run-time pruning), each by its primary key, instead
 * of joining every partition to the claimed ids (docs/operations.md, "Partitions").
 *
 * The claim reads the unpublished rows by an index scan, never a bitmap scan: only an index scan
 * marks the entries of rows already published (dead until vacuum) as dead in the index, so that the
 * next claim skips them; a bitmap scan, which the planner picks from stale statistics, visits every
 * one of them again, and at hundreds of rows a second each claim grew by a millisecond every ten
 * seconds until autovacuum came by. The claim is the database function `outbox_claim` (migration
 * 0021), which sets this for itself and keeps its plan for the connection: sent as text, the
 * statement was planned on every claim.
 *
 * The commit does not wait for the WAL to reach disk (`synchronous_commit = off`): a claim lost
 * with a Postgres crash leaves its rows unpublished, and they are relayed again under the same job
 * ids, as after a relay that stopped between adding the jobs and committing.
 */
export async function beginAndClaim(client: pg.PoolClient, batchSize: number): Promise<ClaimedJob[]> {
  const results = (await client.query(
    `begin;
           set local synchronous_commit = off;
           select id, queue, job_name, payload, job_id, delay_ms from outbox_claim(${Math.trunc(batchSize)})`,
  )) as unknown as pg.QueryResult<ClaimedRow>[];
  // One result per statement of the message; the claim's is the last.
  return (results.at(-1)?.rows ?? []).map((r) => ({
    id: r.id,
    queue: r.queue,
    jobName: r.job_name,
    payload: r.payload,
    delayMs: r.delay_ms,
    jobId: r.job_id,
  }));
}

/**
 * Published rows are kept a day for inspection, then removed (a row is published after it is written,
 * so the bound on created_at holds too, and spares the months ahead). Whole months are dropped by the
 * partition upkeep (src/db/partitions.ts).
 */
export async function deleteRelayed(db: Db): Promise<void> {
  await execute(
    db,
    sql`delete from outbox where published_at < now() - interval '1 day' and created_at < now() - interval '1 day'`,
  );
}

/** Every insert into the outbox notifies this channel (migration 0001), so a relay wakes at once. */
export async function listenForJobs(client: pg.PoolClient): Promise<void> {
  await client.query('LISTEN outbox');
}

export async function stopListening(client: pg.PoolClient): Promise<void> {
  await client.query('UNLISTEN outbox');
}

/** Rows not yet relayed and the age of the oldest, both from the rows the partial index outbox_unpublished_idx covers. */
export async function backlog(db: Db): Promise<{ rows: number; oldestAgeS: number }> {
  const [row] = await db
    .select({
      n: count(),
      age: sql<number | null>`extract(epoch from now() - min(${outbox.createdAt}))::float8`,
    })
    .from(outbox)
    .where(isNull(outbox.publishedAt));
  return { rows: row?.n ?? 0, oldestAgeS: Math.max(0, row?.age ?? 0) };
}
