import { eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { alias, pairingOverlaps } from '../../db/predicates.js';
import { members, pairings, type RegionLevel, regions } from '../../db/schema/index.js';
import { idRows, type PageAfter, reachFilter, type Within } from './reach.repo.js';

export type RegionRow = typeof regions.$inferSelect;

// Paths are made of UUIDs and '/', so they never hold LIKE wildcards and need no escaping.
const subtreeOf = (path: string): SQL => sql`${regions.path} like ${`${path}%`}`;

/**
 * The regions a reach covers: a subtree; for a unit the communities it is paired with (a pairing
 * still in force or starting later); for a member its own community.
 */
const regionsIn = ({ reach, today }: Within) =>
  reachFilter(reach, {
    subtree: subtreeOf,
    unit: (unitId) =>
      sql`${regions.id} in (select ${pairings.communityId} from ${pairings} where ${pairings.unitId} = ${unitId} and ${pairingOverlaps(alias('pairings'), today, null)})`,
    member: (memberId) =>
      sql`${regions.id} = (select ${members.communityId} from ${members} where ${members.id} = ${memberId})`,
  });

const regionRows = idRows(regions, regionsIn);

/** A region by id; with a `Within`, only when the reach covers it. */
export const { find: findRegion, insert: insertRegion, update: updateRegion } = regionRows;

export const listRegions = (
  db: Db,
  within: Within,
  q: PageAfter & { parentId?: string; level?: RegionLevel },
) =>
  regionRows.page(db, within, q, [
    q.parentId ? eq(regions.parentId, q.parentId) : undefined,
    q.level ? eq(regions.level, q.level) : undefined,
  ]);
