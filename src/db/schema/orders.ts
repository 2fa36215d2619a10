import { sql } from 'drizzle-orm';
import {
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { categories } from './categories.js';
import { createdAt, id, ref, tz, updatedAt } from './columns.js';
import { claimStatuses, dispatchModes, orderSources, orderStatuses, priorities } from './enums.js';
import { members } from './members.js';
import { regions } from './regions.js';
import { units } from './units.js';

export const orders = pgTable(
  'orders',
  {
    id: id(),
    communityId: ref('community_id', () => regions.id),
    gridId: uuid('grid_id').references(() => regions.id),
    /** Materialised region path of the community, so scope filters are one indexed LIKE. */
    regionPath: text('region_path').notNull(),
    categoryCode: text('category_code')
      .notNull()
      .references(() => categories.code),
    title: text('title').notNull(),
    description: text('description').notNull(),
    priority: text('priority', { enum: priorities }).notNull(),
    headcount: integer('headcount').notNull(),
    requiredSkills: text('required_skills').array().notNull().default(sql`'{}'::text[]`),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    address: text('address'),
    windowStartsAt: tz('window_starts_at'),
    windowEndsAt: tz('window_ends_at'),
    beneficiaryName: text('beneficiary_name'),
    beneficiaryPhone: text('beneficiary_phone'),
    source: text('source', { enum: orderSources }).notNull(),
    dispatchMode: text('dispatch_mode', { enum: dispatchModes }).notNull(),
    targetUnitIds: uuid('target_unit_ids').array().notNull().default(sql`'{}'::uuid[]`),
    status: text('status', { enum: orderStatuses }).notNull(),
    version: integer('version').notNull().default(1),
    slotsHeld: integer('slots_held').notNull().default(0),
    escalationLevel: integer('escalation_level').notNull().default(0),
    matchWave: integer('match_wave').notNull().default(0),
    claimBy: tz('claim_by'),
    completeBy: tz('complete_by'),
    rating: integer('rating'),
    /** Verifications that found the work not resolved and reopened the order. */
    reopenCount: integer('reopen_count').notNull().default(0),
    /** When the order first missed its claim-by (kept by a trigger on sla_breaches). */
    claimBreachedAt: tz('claim_breached_at'),
    feedback: text('feedback'),
    cancelReason: text('cancel_reason'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    publishedAt: tz('published_at'),
    firstClaimedAt: tz('first_claimed_at'),
    startedAt: tz('started_at'),
    completedAt: tz('completed_at'),
    verifiedAt: tz('verified_at'),
    closedAt: tz('closed_at'),
  },
  (t) => [
    index('orders_region_path_idx').on(t.regionPath.op('text_pattern_ops'), t.id),
    index('orders_status_idx').on(t.status, t.id),
    index('orders_community_created_idx').on(t.communityId, t.createdAt),
    index('orders_created_idx').on(t.createdAt),
    // Possible duplicates of a new order (orders.repo.ts intakeFacts): the live orders of its category
    // in its community, newest first, their latitude band or grid tested in the index.
    index('orders_live_duplicates_idx')
      .on(t.communityId, t.categoryCode, t.createdAt, t.lat, t.gridId)
      .where(sql`${t.status} in ('open','filled','in_progress')`),
    // Covering (INCLUDE community_id, status, claim_by, complete_by, claim_breached_at, rating, reopen_count; see its
    // migration): the evaluations count a month of orders from the index alone.
    index('orders_published_idx').on(t.publishedAt),
    index('orders_claim_by_idx').on(t.claimBy).where(sql`${t.status} = 'open'`),
    index('orders_complete_by_idx')
      .on(t.completeBy)
      .where(sql`${t.status} in ('open','filled','in_progress')`),
    check('orders_headcount_check', sql`${t.headcount} between 1 and 500`),
    check('orders_slots_check', sql`${t.slotsHeld} >= 0 and ${t.slotsHeld} <= ${t.headcount}`),
  ],
);

/** Statuses in which a claim holds one of the order's slots. */
export const activeClaimStatuses: readonly ClaimStatus[] = ['held', 'checked_in', 'completed'];

export const claims = pgTable(
  'claims',
  {
    id: id(),
    orderId: ref('order_id', () => orders.id),
    memberId: ref('member_id', () => members.id),
    /** Set when a unit admin claimed on the member's behalf. */
    unitId: uuid('unit_id').references(() => units.id),
    offerId: uuid('offer_id'),
    status: text('status', { enum: claimStatuses }).notNull(),
    hoursReported: numeric('hours_reported', { precision: 5, scale: 2, mode: 'number' }),
    approvedHours: numeric('approved_hours', { precision: 5, scale: 2, mode: 'number' }),
    note: text('note'),
    checkInLat: doublePrecision('check_in_lat'),
    checkInLng: doublePrecision('check_in_lng'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    checkedInAt: tz('checked_in_at'),
    completedAt: tz('completed_at'),
    endedAt: tz('ended_at'),
    createdBy: uuid('created_by'),
  },
  (t) => [
    // One live claim (held, waitlisted or in progress) per member per order, enforced by the database.
    uniqueIndex('claims_one_live_per_member_idx')
      .on(t.orderId, t.memberId)
      .where(sql`${t.status} in ('waitlisted','held','checked_in','completed')`),
    index('claims_order_idx').on(t.orderId, t.createdAt),
    index('claims_member_idx').on(t.memberId, t.createdAt),
  ],
);

/**
 * Stored first responses of creating writes, keyed by the caller's Idempotency-Key within its scope:
 * the API key that sent it and the resource it was sent to (method and path, path parameters filled
 * in: `POST /v1/offers/<id>/accept`). Partitioned by month of `created_at` (migration 0014), so the
 * key includes it: a key is taken under a transaction lock on (API key, route, key) and looked up in
 * every partition (src/lib/idempotency.repo.ts). A month is dropped once IDEMPOTENCY_RETENTION_S has
 * passed since its end.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    apiKeyId: uuid('api_key_id').notNull(),
    key: text('key').notNull(),
    /** The method and the path of the resource, e.g. `POST /v1/orders/<id>/claims`. */
    route: text('route').notNull(),
    requestHash: text('request_hash').notNull(),
    statusCode: integer('status_code'),
    response: jsonb('response'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.apiKeyId, t.route, t.key, t.createdAt] })],
);

import type { ClaimStatus } from './enums.js';

export type { ClaimStatus, OrderStatus, Priority } from './enums.js';
