import { date, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt, id, ref, updatedAt } from './columns.js';
import { unitKinds } from './enums.js';
import { regions } from './regions.js';

/** A co-building unit (共建单位) with its party organisation. */
export const units = pgTable(
  'units',
  {
    id: id(),
    name: text('name').notNull(),
    kind: text('kind', { enum: unitKinds }).notNull(),
    partyOrganisation: text('party_organisation'),
    /** The region the unit sits in (usually a district or street); scopes who may manage it. */
    regionId: ref('region_id', () => regions.id),
    /** Members the unit is expected to report in; the denominator of the report-in rate. */
    expectedMembers: integer('expected_members').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('units_region_idx').on(t.regionId)],
);

/** A co-building agreement between a unit and a community, valid from one day to another (open-ended when null). */
export const pairings = pgTable(
  'pairings',
  {
    id: id(),
    unitId: ref('unit_id', () => units.id),
    communityId: ref('community_id', () => regions.id),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    createdAt: createdAt(),
  },
  (t) => [index('pairings_unit_idx').on(t.unitId), index('pairings_community_idx').on(t.communityId)],
);
