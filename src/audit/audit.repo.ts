import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { execute } from '../db/exec.js';
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

/** The last event of an entity's chain: what the next event is chained to, and no earlier than. */
export interface ChainHead {
  seq: number;
  hash: string;
  createdAt: Date;
}

/**
 * Takes the entity's append lock and reads its chain head, in one round trip (audit_chain_head).
 * The advisory lock is per entity, so appends to unrelated entities run in parallel.
 */
export async function lockedHead(tx: Db, entityId: string): Promise<ChainHead | null> {
  const { rows } = await execute<{ seq: number | null; hash: string | null; created_at: Date | null }>(
    tx,
    sql`select seq, hash, created_at from audit_chain_head(${entityId}::uuid)`,
  );
  return chainHead(rows[0]?.seq, rows[0]?.hash, rows[0]?.created_at);
}

/** A chain head from a row's seq, hash and created_at columns; null for a chain not yet begun. */
export const chainHead = (
  seq: number | null | undefined,
  hash: string | null | undefined,
  createdAt: Date | null | undefined,
): ChainHead | null => (seq != null && hash != null && createdAt != null ? { seq, hash, createdAt } : null);

/**
 * When an event is stamped: its own time, but never earlier than the event before it in the chain.
 * A writer reads the clock before it wins the entity's lock, so a writer that read it later can win
 * first; the chain's order is the truth, and time along a chain never runs backwards.
 */
export const stampAfter = (at: Date, previous: ChainHead | null): Date =>
  new Date(previous ? Math.max(at.getTime(), previous.createdAt.getTime()) : at.getTime());

/**
 * Events chained to `head` (null: a chain not yet begun), hashed, as the JSON argument of the
 * database function `audit_append(events)` (migration 0007), the audit trail's only insert; and the
 * head the chain will have after them. Each is stamped no earlier than the event before it
 * (stampAfter), before hashing, so the hash covers the time stored. A caller may send `audit_append` itself, as a part of a larger
 * statement. A head read without the entity's lock is safe here: (entity, seq) is unique (kept so by
 * `audit_chain_heads`, migration 0014), so if the chain moved on meanwhile `audit_append` fails with a
 * unique violation instead of forking the chain.
 */
export function chainedAudit(
  inputs: AuditInput[],
  head: ChainHead | null,
): { events: string; head: ChainHead | null } {
  const first = inputs[0];
  if (first && inputs.some((i) => i.entityId !== first.entityId))
    throw new Error('chainedAudit: every event must belong to the same entity');
  let last = head;
  const rows = inputs.map((input) => {
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
      createdAt: stampAfter(input.at ?? new Date(), last),
      prevHash: last?.hash ?? null,
    };
    const hash = eventHash(fields);
    last = { seq: fields.seq, hash, createdAt: fields.createdAt };
    return {
      entity_type: fields.entityType,
      entity_id: fields.entityId,
      seq: fields.seq,
      action: fields.action,
      actor_type: fields.actorType,
      actor_id: fields.actorId,
      request_id: fields.requestId,
      before: fields.before,
      after: fields.after,
      created_at: fields.createdAt.toISOString(),
      prev_hash: fields.prevHash,
      hash,
    };
  });
  return { events: JSON.stringify(rows), head: last };
}

/**
 * Appends events to one entity's chain, in order, inside the caller's transaction, with one insert.
 * `head: null` says the entity was created in this transaction, so its chain is empty and no other
 * transaction can append to it: the lock and the lookup are skipped. Returns the new head, which a
 * caller appending again in the same transaction may pass back.
 */
export async function appendAuditEvents(
  tx: Db,
  inputs: AuditInput[],
  opts: { head?: ChainHead | null } = {},
): Promise<ChainHead | null> {
  const first = inputs[0];
  if (!first) return opts.head ?? null;
  const head = opts.head === undefined ? await lockedHead(tx, first.entityId) : opts.head;
  const chained = chainedAudit(inputs, head);
  await execute(tx, sql`select audit_append(${chained.events}::jsonb)`);
  return chained.head;
}

/** Appends one event to the entity's chain, inside the caller's transaction (see appendAuditEvents). */
export async function appendAudit(
  tx: Db,
  input: AuditInput,
  opts: { head?: ChainHead | null } = {},
): Promise<ChainHead | null> {
  return appendAuditEvents(tx, [input], opts);
}
