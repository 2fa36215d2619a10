import type { DbOrTx } from '../db/client.js';
import { domainEvents, outbox } from '../db/schema/index.js';
import { newId } from '../lib/ids.js';
import { maskPersonal } from '../lib/personal.js';
import type { JobPayloads, QueueName } from '../jobs/queues.js';

export interface OutboxJob<Q extends QueueName> {
  queue: Q;
  name: string;
  payload: JobPayloads[Q];
  delayMs?: number;
  /** A deterministic job id (SLA timers); otherwise the outbox row id is the job id. */
  jobId?: string;
}

/** Records work to be done, in the caller's transaction; the relay moves it to BullMQ after commit. */
export async function enqueueJob<Q extends QueueName>(tx: DbOrTx, job: OutboxJob<Q>): Promise<void> {
  await tx.insert(outbox).values({
    queue: job.queue,
    jobName: job.name,
    payload: job.payload,
    delayMs: Math.max(0, Math.round(job.delayMs ?? 0)),
    jobId: job.jobId ?? null,
  });
}

export interface DomainEventInput {
  type: string;
  orderId?: string | null;
  regionPath?: string | null;
  unitIds?: string[];
  data: Record<string, unknown>;
}

/**
 * Records a domain event (the source of webhooks) and the job that fans it out, in the caller's
 * transaction. Payloads carry ids and masked values only.
 */
export async function emitEvent(tx: DbOrTx, event: DomainEventInput): Promise<string> {
  const id = newId();
  await tx.insert(domainEvents).values({
    id,
    type: event.type,
    orderId: event.orderId ?? null,
    regionPath: event.regionPath ?? null,
    unitIds: event.unitIds ?? [],
    data: maskPersonal(event.data),
  });
  await enqueueJob(tx, { queue: 'events', name: event.type, payload: { eventId: id } });
  return id;
}
