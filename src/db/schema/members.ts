import { sql } from 'drizzle-orm';
import { boolean, check, doublePrecision, index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, ref, tz, updatedAt } from './columns.js';
import { regions } from './regions.js';
import { units } from './units.js';

/** A responder: an in-service party member of a unit, or a resident volunteering on their own. */
export const members = pgTable(
  'members',
  {
    id: id(),
    name: text('name').notNull(),
    phone: text('phone').notNull(),
    unitId: uuid('unit_id').references(() => units.id),
    isPartyMember: boolean('is_party_member').notNull().default(true),
    skills: text('skills').array().notNull().default(sql`'{}'::text[]`),
    /** The community the member currently reports in to (报到); history in member_report_ins. */
    communityId: uuid('community_id').references(() => regions.id),
    gridId: uuid('grid_id').references(() => regions.id),
    homeLat: doublePrecision('home_lat'),
    homeLng: doublePrecision('home_lng'),
    maxActiveClaims: integer('max_active_claims').notNull().default(3),
    activeClaims: integer('active_claims').notNull().default(0),
    available: boolean('available').notNull().default(true),
    /**
     * The member's claim history as the matching score reads it, kept by the claims triggers
     * (migration 0012) in the statement that changes a claim: claims completed, withdrawn and
     * no-shows, and the latest completion time ever seen (never lowered, so a member whose is older
     * than 30 days has no recent hours without reading the claims).
     */
    completions: integer('completions').notNull().default(0),
    withdrawals: integer('withdrawals').notNull().default(0),
    noShows: integer('no_shows').notNull().default(0),
    lastCompletedAt: tz('last_completed_at'),
    status: text('status', { enum: ['active', 'inactive'] })
      .notNull()
      .default('active'),
    erasedAt: tz('erased_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // These three cover every column the matcher's candidate read tests and scores (INCLUDE, which
    // the schema builder cannot state: migration 0019), so that read never visits the heap.
    index('members_community_idx').on(t.communityId),
    index('members_unit_idx').on(t.unitId),
    index('members_grid_idx').on(t.gridId),
    // Members by home, for the matcher's nearest-first read (SP-GiST, ORDER BY … <-> …).
    index('members_home_idx').using('spgist', sql`point(${t.homeLat}, ${t.homeLng})`),
    // Members without a home, for the matcher's read of candidates at the unknown distance.
    index('members_homeless_community_idx')
      .on(t.communityId)
      .where(sql`${t.homeLat} is null or ${t.homeLng} is null`),
    index('members_homeless_unit_idx').on(t.unitId).where(sql`${t.homeLat} is null or ${t.homeLng} is null`),
    check(
      'members_active_claims_check',
      sql`${t.activeClaims} >= 0 and ${t.activeClaims} <= ${t.maxActiveClaims}`,
    ),
  ],
);

/** Report-in history (报到): one row per stay of a member in a community. */
export const memberReportIns = pgTable(
  'member_report_ins',
  {
    id: id(),
    memberId: ref('member_id', () => members.id),
    communityId: ref('community_id', () => regions.id),
    reportedAt: tz('reported_at').notNull().defaultNow(),
    leftAt: tz('left_at'),
  },
  (t) => [index('member_report_ins_member_idx').on(t.memberId, t.reportedAt)],
);
