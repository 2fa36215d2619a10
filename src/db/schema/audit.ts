import {
  bigint,
  bigserial,
  index,
  integer,
  jsonb,
  pgTable,
  pgView,
  primaryKey,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id, tz } from './columns.js';

const auditEventColumns = () => ({
  id: bigserial('id', { mode: 'number' }).notNull(),
  entityType: text('entity_type').notNull(),
  entityId: uuid('entity_id').notNull(),
  seq: integer('seq').notNull(),
  action: text('action').notNull(),
  actorType: text('actor_type', { enum: ['api_key', 'worker', 'timer', 'system'] }).notNull(),
  actorId: text('actor_id'),
  requestId: text('request_id'),
  before: jsonb('before'),
  after: jsonb('after'),
  createdAt: tz('created_at').notNull(),
  prevHash: text('prev_hash'),
  hash: text('hash').notNull(),
});

/**
 * The audit trail: append-only (a trigger refuses UPDATE and DELETE) and hash-chained per entity:
 * each event carries the hash of the previous event of the same entity, so appends to unrelated
 * entities never wait for each other. Partitioned by month of `created_at` (migration 0014; see
 * docs/operations.md, "Partitions"); months past AUDIT_ARCHIVE_AFTER_MONTHS move to
 * `archive.audit_events`. (entity, seq) is kept unique by `audit_chain_heads`.
 */
export const auditEvents = pgTable('audit_events', auditEventColumns(), (t) => [
  primaryKey({ columns: [t.id, t.createdAt] }),
  index('audit_events_entity_seq_idx').on(t.entityId, t.seq),
  index('audit_events_created_idx').on(t.createdAt),
]);

/**
 * The head of every audit chain: the last event's seq, hash and time, one row per entity, moved on
 * by `audit_append` only from the seq it chains to. It keeps (entity, seq) unique across the trail's
 * partitions (a second writer of the same seq fails with a unique violation) and answers the head
 * without searching the trail.
 */
export const auditChainHeads = pgTable('audit_chain_heads', {
  entityId: uuid('entity_id').primaryKey(),
  seq: integer('seq').notNull(),
  hash: text('hash').notNull(),
  createdAt: tz('created_at').notNull(),
});

/**
 * The whole trail: the live partitions and the archived months (`archive.audit_events`), for
 * verifying chains, signing and checking checkpoints and exporting an entity's history.
 */
export const auditTrail = pgView('audit_trail', auditEventColumns()).existing();

/** Signed checkpoints of the heads of every audit chain, so a rewritten chain can be detected. */
export const auditCheckpoints = pgTable('audit_checkpoints', {
  id: id(),
  createdAt: createdAt(),
  lastEventId: bigint('last_event_id', { mode: 'number' }).notNull(),
  chainCount: integer('chain_count').notNull(),
  headsDigest: text('heads_digest').notNull(),
  signature: text('signature').notNull(),
});
