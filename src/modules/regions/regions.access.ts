import { type AuthContext, requireRole, seesEverything } from '../../auth/scope.js';
import type { Db } from '../../db/client.js';
import { type RegionLevel, regionLevels } from '../../db/schema/enums.js';
import { Errors } from '../../errors.js';
import { findRegion, type RegionRow } from './regions.repo.js';

/**
 * What a key reaches in the region tree, its units and members: officers, staff and region-scoped
 * ops their subtree; a unit admin its unit; a member itself. Each repository reads it as rows of its
 * own table (`reachFilter` in reach.repo.ts).
 */
export type Reach =
  | { kind: 'everything' }
  | { kind: 'nothing' }
  | { kind: 'subtree'; path: string }
  | { kind: 'unit'; unitId: string }
  | { kind: 'member'; memberId: string };

const nothing: Reach = { kind: 'nothing' };

export function reachOf(auth: AuthContext): Reach {
  if (seesEverything(auth)) return { kind: 'everything' };
  switch (auth.role) {
    case 'street_officer':
    case 'community_staff':
    case 'ops':
      return auth.regionPath ? { kind: 'subtree', path: auth.regionPath } : nothing;
    case 'unit_admin':
      return auth.unitId ? { kind: 'unit', unitId: auth.unitId } : nothing;
    case 'member':
      return auth.memberId ? { kind: 'member', memberId: auth.memberId } : nothing;
    default:
      return nothing;
  }
}

/**
 * A region the key may see; anything else (missing or foreign) is the same 404. Officers and staff
 * see their subtree; a unit admin the communities its unit is paired with; a member its own community.
 */
export async function findVisibleRegion(
  db: Db,
  auth: AuthContext,
  id: string,
  today: string,
  opts: { what?: string; lock?: boolean } = {},
): Promise<RegionRow> {
  const row = await findRegion(db, id, { reach: reachOf(auth), today }, opts);
  if (!row) throw Errors.notFound(`${opts.what ?? 'region'} ${id} not found`);
  return row;
}

/** Officers and staff build and edit inside their own subtree; only an admin founds a district. */
export function requireRegionEditor(auth: AuthContext, level?: RegionLevel): void {
  requireRole(auth, 'admin', 'street_officer', 'community_staff');
  if (level === 'district' && auth.role !== 'admin')
    throw Errors.forbidden('only an admin creates a district');
}

/** The level directly below, or null under a grid. */
export function childLevel(level: RegionLevel): RegionLevel | null {
  return regionLevels[regionLevels.indexOf(level) + 1] ?? null;
}

export function requireLevel(region: RegionRow, level: RegionLevel, what: string): void {
  if (region.level !== level)
    throw Errors.invalidReference(`${what} ${region.id} is a ${region.level}, not a ${level}`);
}
