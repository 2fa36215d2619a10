import { and, eq, type SQL, sql } from 'drizzle-orm';
import { type AuthContext, seesEverything } from '../../auth/scope.js';
import type { Db } from '../../db/client.js';
import { members, pairings, units } from '../../db/schema/index.js';
import { Errors } from '../../errors.js';
import { pairingNotEnded, subtreeIds } from '../regions/region-scope.js';

export type UnitRow = typeof units.$inferSelect;

/**
 * Which units a key may see, as a filter over `units` (undefined: all). Officers and staff see the
 * units located in their subtree or paired with a community in it; a unit admin its unit; a member
 * the unit it belongs to.
 */
export function unitVisibility(auth: AuthContext, today: string): SQL | undefined {
  if (seesEverything(auth)) return undefined;
  switch (auth.role) {
    case 'street_officer':
    case 'community_staff':
    case 'ops':
      return auth.regionPath
        ? sql`(${units.regionId} in ${subtreeIds(auth.regionPath)} or ${units.id} in (select ${pairings.unitId} from ${pairings} where ${pairings.communityId} in ${subtreeIds(auth.regionPath)} and ${pairingNotEnded(today)}))`
        : sql`false`;
    case 'unit_admin':
      return auth.unitId ? eq(units.id, auth.unitId) : sql`false`;
    case 'member':
      return auth.memberId
        ? sql`${units.id} = (select ${members.unitId} from ${members} where ${members.id} = ${auth.memberId})`
        : sql`false`;
    default:
      return sql`false`;
  }
}

/** A unit the key may see; anything else (missing or foreign) is the same 404. */
export async function findVisibleUnit(
  tx: Db,
  auth: AuthContext,
  id: string,
  today: string,
  opts: { lock?: boolean } = {},
): Promise<UnitRow> {
  const q = tx
    .select()
    .from(units)
    .where(and(eq(units.id, id), unitVisibility(auth, today)));
  const [row] = opts.lock ? await q.for('update') : await q;
  if (!row) throw Errors.notFound(`unit ${id} not found`);
  return row;
}
