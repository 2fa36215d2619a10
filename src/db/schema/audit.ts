import {
  bigint,
  bigserial,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id, tz } from './columns.js';

/**
 * The audit trail: append-only (a trigger refuses UPDATE and DELETE) and hash-chained per entity:
 * each event carries the hash of the previous event of the same entity, so appends to unrelated
 * entities never wait for each other.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
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
  },
  (t) => [
    uniqueIndex('audit_events_entity_seq_idx').on(t.entityId, t.seq),
    index('audit_events_created_idx').on(t.createdAt),
  ],
);

/** Signed checkpoints of the heads of every audit chain, so a rewritten chain can be detected. */
export const auditCheckpoints = pgTable('audit_checkpoints', {
  id: id(),
  createdAt: createdAt(),
  lastEventId: bigint('last_event_id', { mode: 'number' }).notNull(),
  chainCount: integer('chain_count').notNull(),
  headsDigest: text('heads_digest').notNull(),
  signature: text('signature').notNull(),
});
