import { desc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.js';
import { auditEvents } from '../db/schema/index.js';
import { maskName, maskPersonal } from '../lib/personal.js';
import { eventHash } from './chain.js';

/** Who caused a change: an API key (with the request id), a worker, a timer or the system itself. */
export interface Actor {
  type: 'api_key' | 'worker' | 'timer' | 'system';
  id: string | null;
  requestId?: string | null;
}

export const systemActor: Actor = { type: 'system', id: null };
export const workerActor = (job: string): Actor => ({ type: 'worker', id: job });
export const timerActor = (job: string): Actor => ({ type: 'timer', id: job });

export interface AuditInput {
  entityType: string;
  entityId: string;
  action: string;
  actor: Actor;
  before?: unknown;
  after?: unknown;
  at?: Date;
}

/** JSON round trip: what is hashed is exactly what jsonb will give back. */
function snapshot(entityType: string, v: unknown): unknown {
  if (v === undefined || v === null) return null;
  const masked = maskPersonal(v) as Record<string, unknown>;
  // A member's own name is personal data too; the trail keeps it masked so erasure never breaks the chain.
  if (entityType === 'member' && typeof masked.name === 'string') masked.name = maskName(masked.name);
  return JSON.parse(JSON.stringify(masked));
}

/**
 * Appends one event to the entity's chain, inside the caller's transaction. The advisory lock is
 * per entity, so appends to unrelated entities run in parallel.
 */
export async function appendAudit(tx: DbOrTx, input: AuditInput): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${input.entityId}, 0))`);
  const [last] = await tx
    .select({ seq: auditEvents.seq, hash: auditEvents.hash })
    .from(auditEvents)
    .where(eq(auditEvents.entityId, input.entityId))
    .orderBy(desc(auditEvents.seq))
    .limit(1);
  const createdAt = new Date((input.at ?? new Date()).getTime());
  const fields = {
    entityType: input.entityType,
    entityId: input.entityId,
    seq: (last?.seq ?? 0) + 1,
    action: input.action,
    actorType: input.actor.type,
    actorId: input.actor.id,
    requestId: input.actor.requestId ?? null,
    before: snapshot(input.entityType, input.before),
    after: snapshot(input.entityType, input.after),
    createdAt,
    prevHash: last?.hash ?? null,
  };
  await tx.insert(auditEvents).values({ ...fields, hash: eventHash(fields) });
}
