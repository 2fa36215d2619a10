import { sql } from 'drizzle-orm';
import {
  check,
  doublePrecision,
  index,
  integer,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { categories } from './categories.js';
import { createdAt, id, ref, tz, updatedAt } from './columns.js';
import { householdPairingStatuses } from './enums.js';
import { members } from './members.js';
import { orders } from './orders.js';
import { regions } from './regions.js';

/** A household (beneficiary) a community looks after: personal data, masked outside its staff. */
export const households = pgTable(
  'households',
  {
    id: id(),
    communityId: ref('community_id', () => regions.id),
    regionPath: text('region_path').notNull(),
    name: text('name').notNull(),
    phone: text('phone'),
    address: text('address'),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    needs: text('needs'),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    erasedAt: tz('erased_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('households_community_idx').on(t.communityId)],
);

/**
 * A member paired with a household (结对帮扶), visiting it on an iCalendar RRULE rhythm. Handing the
 * household to another member ends this pairing and starts a new one (`replaces_id` on the new one).
 */
export const householdPairings = pgTable(
  'household_pairings',
  {
    id: id(),
    householdId: ref('household_id', () => households.id),
    memberId: ref('member_id', () => members.id),
    communityId: ref('community_id', () => regions.id),
    regionPath: text('region_path').notNull(),
    rrule: text('rrule').notNull(),
    startsAt: tz('starts_at').notNull(),
    visitDurationS: integer('visit_duration_s').notNull(),
    categoryCode: text('category_code')
      .notNull()
      .references(() => categories.code),
    status: text('status', { enum: householdPairingStatuses }).notNull().default('active'),
    /** Occurrences before this are not published: the start, or when it was resumed or took over. */
    publishFrom: tz('publish_from').notNull(),
    replacesId: uuid('replaces_id'),
    endedAt: tz('ended_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('household_pairings_household_idx').on(t.householdId),
    index('household_pairings_member_idx').on(t.memberId),
    index('household_pairings_active_idx').on(t.status).where(sql`status = 'active'`),
    uniqueIndex('household_pairings_one_live_idx')
      .on(t.householdId, t.memberId)
      .where(sql`status <> 'ended'`),
    check('household_pairings_duration_check', sql`${t.visitDurationS} > 0`),
  ],
);

/** One published visit of a pairing: written with its order, once per occurrence. */
export const visits = pgTable(
  'visits',
  {
    id: id(),
    pairingId: ref('pairing_id', () => householdPairings.id),
    householdId: ref('household_id', () => households.id),
    memberId: ref('member_id', () => members.id),
    occurrenceAt: tz('occurrence_at').notNull(),
    orderId: ref('order_id', () => orders.id),
    offerId: uuid('offer_id'),
    publishedAt: tz('published_at').notNull(),
  },
  (t) => [
    uniqueIndex('visits_occurrence_idx').on(t.pairingId, t.occurrenceAt),
    index('visits_household_idx').on(t.householdId, t.occurrenceAt),
    index('visits_order_idx').on(t.orderId),
  ],
);
