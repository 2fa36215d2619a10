import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  customType,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id, ref, tz } from './columns.js';
import { deliveryStatuses, offerStatuses } from './enums.js';
import { members } from './members.js';
import { orders } from './orders.js';
import { regions } from './regions.js';
import { units } from './units.js';

/** The matcher's invitation to one member, with the score parts that ranked it. */
export const offers = pgTable(
  'offers',
  {
    id: id(),
    orderId: ref('order_id', () => orders.id),
    memberId: ref('member_id', () => members.id),
    wave: integer('wave').notNull(),
    rank: integer('rank').notNull(),
    status: text('status', { enum: offerStatuses }).notNull().default('pending'),
    score: doublePrecision('score').notNull(),
    scoreParts: jsonb('score_parts').$type<Record<string, number>>().notNull(),
    expiresAt: tz('expires_at').notNull(),
    createdAt: createdAt(),
    respondedAt: tz('responded_at'),
    declineReason: text('decline_reason'),
  },
  (t) => [
    // A member is never offered the same order twice.
    uniqueIndex('offers_order_member_idx').on(t.orderId, t.memberId),
    index('offers_member_idx').on(t.memberId, t.createdAt),
    index('offers_pending_expiry_idx').on(t.expiresAt).where(sql`${t.status} = 'pending'`),
  ],
);

/**
 * The transactional outbox: written in the same transaction as the change that causes the work;
 * the relay moves each row into BullMQ with the row id as job id, so a row is enqueued once.
 * Partitioned by month of `created_at` (migration 0014); a month is dropped past
 * OUTBOX_RETENTION_MONTHS once every row in it is published.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: bigserial('id', { mode: 'number' }).notNull(),
    queue: text('queue').notNull(),
    jobName: text('job_name').notNull(),
    payload: jsonb('payload').notNull(),
    // Deadlines can be a month away: milliseconds overflow a 32-bit integer.
    delayMs: bigint('delay_ms', { mode: 'number' }).notNull().default(0),
    /** Deterministic BullMQ job id when the job must be unique beyond this row (SLA timers). */
    jobId: text('job_id'),
    /** When the row was written (not when its transaction began): a job's delay counts from here. */
    createdAt: tz('created_at').notNull().default(sql`clock_timestamp()`),
    publishedAt: tz('published_at'),
  },
  (t) => [
    primaryKey({ columns: [t.id, t.createdAt] }),
    index('outbox_unpublished_idx').on(t.id).where(sql`${t.publishedAt} is null`),
  ],
);

/** Webhook subscriptions. The signing secret is kept to sign deliveries and shown once, at creation. */
export const webhookEndpoints = pgTable(
  'webhook_endpoints',
  {
    id: id(),
    url: text('url').notNull(),
    events: text('events').array().notNull(),
    scopeRegionId: uuid('scope_region_id').references(() => regions.id),
    scopeUnitId: uuid('scope_unit_id').references(() => units.id),
    secret: text('secret').notNull(),
    enabled: boolean('enabled').notNull().default(true),
    failingSince: tz('failing_since'),
    disabledAt: tz('disabled_at'),
    disabledReason: text('disabled_reason'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    deletedAt: tz('deleted_at'),
  },
  (t) => [index('webhook_endpoints_events_idx').using('gin', t.events)],
);

/**
 * One event to one endpoint; `messageId` is the webhook-id header, the same on every retry. An
 * attempt is counted in `attempts` and marked `inFlightSince` before its POST, and the mark is
 * cleared when its outcome is recorded: a mark that the next attempt finds belonged to an attempt
 * whose process stopped, and the next attempt counts it in `unknownOutcomeAttempts`.
 * Partitioned by month of `id` (a UUIDv7, so its leading bits are its time; migration 0014): a
 * lookup by id reads one partition. A month is dropped past WEBHOOK_DELIVERY_RETENTION_MONTHS. One
 * delivery per (message, endpoint) holds because the fan-out writes each event's deliveries once.
 */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: id(),
    endpointId: ref('endpoint_id', () => webhookEndpoints.id),
    messageId: text('message_id').notNull(),
    eventType: text('event_type').notNull(),
    payload: jsonb('payload').notNull(),
    status: text('status', { enum: deliveryStatuses }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastStatusCode: integer('last_status_code'),
    lastError: text('last_error'),
    lastLatencyMs: integer('last_latency_ms'),
    createdAt: createdAt(),
    lastAttemptAt: tz('last_attempt_at'),
    deliveredAt: tz('delivered_at'),
    inFlightSince: tz('in_flight_since'),
    /**
     * Set by the fan-out of a matching wave: the matching process that wrote the wave owns the
     * delivery's first attempt (see src/modules/webhooks/inline-attempts.ts) until its outcome is
     * recorded or the delivery is handed to the webhooks queue.
     */
    inlineSince: tz('inline_since'),
    unknownOutcomeAttempts: integer('unknown_outcome_attempts').notNull().default(0),
  },
  (t) => [
    index('webhook_deliveries_message_endpoint_idx').on(t.messageId, t.endpointId),
    index('webhook_deliveries_endpoint_idx').on(t.endpointId, t.createdAt),
    index('webhook_deliveries_unknown_outcome_idx')
      .on(t.unknownOutcomeAttempts)
      .where(sql`${t.unknownOutcomeAttempts} > 0`),
    index('webhook_deliveries_inline_idx').on(t.inlineSince).where(sql`${t.inlineSince} is not null`),
  ],
);

/**
 * A 64-bit transaction id (`xid8`), kept as its decimal text: the feed orders events by the
 * transaction that wrote them, whose ids stay below the snapshot's xmin once it has ended.
 */
const xid8 = customType<{ data: string; driverData: string }>({ dataType: () => 'xid8' });

/**
 * Domain events (order.published, claim.created, ...): the source of webhooks, of the event feed
 * (`GET /v1/events`, in `(tx_id, id)` order) and of the FixMyStreet update feed.
 */
export const domainEvents = pgTable(
  'domain_events',
  {
    id: id(),
    type: text('type').notNull(),
    orderId: uuid('order_id'),
    regionPath: text('region_path'),
    unitIds: uuid('unit_ids').array().notNull().default(sql`'{}'::uuid[]`),
    /** The member an event is addressed to (offer events): what a member's key sees of the feed. */
    memberId: uuid('member_id'),
    data: jsonb('data').notNull(),
    createdAt: createdAt(),
    /** The writing transaction, set by Postgres: the feed's order, final once the transaction ended. */
    txId: xid8('tx_id').notNull().default(sql`pg_current_xact_id()`),
  },
  (t) => [
    index('domain_events_order_idx').on(t.orderId, t.createdAt),
    index('domain_events_created_idx').on(t.createdAt),
    index('domain_events_feed_idx').on(t.txId, t.id),
    index('domain_events_member_feed_idx').on(t.memberId, t.txId, t.id).where(sql`${t.memberId} is not null`),
    index('domain_events_region_feed_idx').on(t.regionPath.op('text_pattern_ops'), t.txId, t.id),
    index('domain_events_units_idx').using('gin', t.unitIds),
  ],
);

/**
 * Where the event feed begins after retention removed older events: the last position removed. A
 * cursor before it has lost events (410 cursor_expired). One row, written by the retention sweep.
 */
export const eventFeedFloor = pgTable('event_feed_floor', {
  id: smallint('id').primaryKey().default(1),
  txId: xid8('tx_id').notNull(),
  eventId: uuid('event_id').notNull(),
  purgedAt: tz('purged_at').notNull(),
});

export type { OfferStatus } from './enums.js';
