import { and, eq, type SQL, sql } from 'drizzle-orm';
import { type AuthContext, seesEverything } from '../../auth/scope.js';
import type { Db } from '../../db/client.js';
import { members, pairings, type RegionLevel, regionLevels, regions } from '../../db/schema/index.js';
import { Errors } from '../../errors.js';

export type RegionRow = typeof regions.$inferSelect;

// Paths are made of UUIDs and '/', so they never hold LIKE wildcards and need no escaping.
export const subtreeOf = (path: string): SQL => sql`${regions.path} like ${`${path}%`}`;

/** Ids of the regions in a subtree, for `column in (...)` filters over other tables. */
export const subtreeIds = (path: string): SQL =>
  sql`(select r.id from regions r where r.path like ${`${path}%`})`;

/** A pairing still in force on `today` or starting later: it ties the unit to the community. */
export const pairingNotEnded = (today: string): SQL =>
  sql`(${pairings.validTo} is null or ${pairings.validTo} >= ${today})`;

/**
 * Which regions a key may see, as a filter over `regions` (undefined: all). Officers and staff see
 * their subtree; a unit admin the communities its unit is paired with; a member its own community.
 */
export function regionVisibility(auth: AuthContext, today: string): SQL | undefined {
  if (seesEverything(auth)) return undefined;
  switch (auth.role) {
    case 'street_officer':
    case 'community_staff':
    case 'ops':
      return auth.regionPath ? subtreeOf(auth.regionPath) : sql`false`;
    case 'unit_admin':
      return auth.unitId
        ? sql`${regions.id} in (select ${pairings.communityId} from ${pairings} where ${pairings.unitId} = ${auth.unitId} and ${pairingNotEnded(today)})`
        : sql`false`;
    case 'member':
      return auth.memberId
        ? sql`${regions.id} = (select ${members.communityId} from ${members} where ${members.id} = ${auth.memberId})`
        : sql`false`;
    default:
      return sql`false`;
  }
}

/** A region the key may see; anything else (missing or foreign) is the same 404. */
export async function findVisibleRegion(
  tx: Db,
  auth: AuthContext,
  id: string,
  today: string,
  opts: { what?: string; lock?: boolean } = {},
): Promise<RegionRow> {
  const q = tx
    .select()
    .from(regions)
    .where(and(eq(regions.id, id), regionVisibility(auth, today)));
  const [row] = opts.lock ? await q.for('update') : await q;
  if (!row) throw Errors.notFound(`${opts.what ?? 'region'} ${id} not found`);
  return row;
}

/** The level directly below, or null under a grid. */
export function childLevel(level: RegionLevel): RegionLevel | null {
  return regionLevels[regionLevels.indexOf(level) + 1] ?? null;
}

export function requireLevel(region: RegionRow, level: RegionLevel, what: string): void {
  if (region.level !== level)
    throw Errors.invalidReference(`${what} ${region.id} is a ${region.level}, not a ${level}`);
}
