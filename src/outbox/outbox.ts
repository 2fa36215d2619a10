import type { DbOrTx } from '../db/client.js';
import { domainEvents, outbox } from '../db/schema/index.js';
import type { JobPayloads, QueueName } from '../jobs/queues.js';
import { newId } from '../lib/ids.js';
import { maskPersonal } from '../lib/personal.js';
import { createDeliveries } from './deliveries.js';

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
 * transaction: the event rows, one query for the subscribed endpoints of the whole batch, one
 * statement for the deliveries and their jobs. Fanning out here rather than in an 'events' job saves
 * a relay round trip and a transaction per event. Payloads carry ids and masked values only.
 */
export async function emitEvents(tx: DbOrTx, events: DomainEventInput[]): Promise<string[]> {
  if (events.length === 0) return [];
  const rows = events.map((event) => ({
    id: newId(),
    type: event.type,
    orderId: event.orderId ?? null,
    regionPath: event.regionPath ?? null,
    unitIds: event.unitIds ?? [],
    data: maskPersonal(event.data),
  }));
  const stored = await tx
    .insert(domainEvents)
    .values(rows)
    .returning({ id: domainEvents.id, createdAt: domainEvents.createdAt });
  const createdAt = new Map(stored.map((r) => [r.id, r.createdAt]));
  await createDeliveries(
    tx,
    rows.map((r) => ({ ...r, createdAt: createdAt.get(r.id)! })),
  );
  return rows.map((r) => r.id);
}

/** Records one domain event and its webhook deliveries (see emitEvents). */
export async function emitEvent(tx: DbOrTx, event: DomainEventInput): Promise<string> {
  const [id] = await emitEvents(tx, [event]);
  return id!;
}
