import { date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { unitKinds } from './enums.js';
import { regions } from './regions.js';

/** A co-building unit (共建单位) with its party organisation. */
export const units = pgTable(
  'units',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    kind: text('kind', { enum: unitKinds }).notNull(),
    partyOrganisation: text('party_organisation'),
    /** The region the unit sits in (usually a district or street); scopes who may manage it. */
    regionId: uuid('region_id')
      .notNull()
      .references(() => regions.id),
    /** Members the unit is expected to report in; the denominator of the report-in rate. */
    expectedMembers: integer('expected_members').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('units_region_idx').on(t.regionId)],
);

/** A co-building agreement between a unit and a community, valid from one day to another (open-ended when null). */
export const pairings = pgTable(
  'pairings',
  {
    id: uuid('id').primaryKey(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    communityId: uuid('community_id')
      .notNull()
      .references(() => regions.id),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('pairings_unit_idx').on(t.unitId), index('pairings_community_idx').on(t.communityId)],
);
