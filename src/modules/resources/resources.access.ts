import { type AuthContext, regionInScope, requireRole } from '../../auth/scope.js';
import type { Db } from '../../db/client.js';
import { Errors } from '../../errors.js';
import { findVisibleRegion, reachOf, requireLevel } from '../regions/regions.access.js';
import { findRegion } from '../regions/regions.repo.js';
import { findVisibleUnit } from '../units/units.access.js';
import type { BookingRow } from './bookings.repo.js';
import { type Booker, findResource, type ResourceRow } from './resources.repo.js';
import type { Party } from './resources.schemas.js';

/**
 * A resource the key may see; anything else (missing or foreign) is the same 404. Officers, staff and
 * region-scoped ops see the resources whose owner is in their subtree and those their communities may
 * book; a unit admin its unit's resources and those its unit may book; members none.
 */
export async function findVisibleResource(
  db: Db,
  auth: AuthContext,
  id: string,
  today: string,
): Promise<ResourceRow> {
  const row = await findResource(db, id, { reach: reachOf(auth), today });
  if (!row) throw Errors.notFound(`resource ${id} not found`);
  return row;
}

/**
 * Does the key act for the unit or community: an admin always, the unit's admin, the staff of a
 * subtree holding the community?
 */
async function actsFor(db: Db, auth: AuthContext, unitId: string | null, communityId: string | null) {
  if (auth.role === 'admin') return true;
  if (auth.role === 'unit_admin') return unitId !== null && unitId === auth.unitId;
  if (auth.role === 'community_staff' && communityId) {
    const community = await findRegion(db, communityId);
    return community !== undefined && regionInScope(auth, community.path);
  }
  return false;
}

/** Does the key manage the resource: an admin, its unit's admin, the staff of its community? */
export const managesResource = (db: Db, auth: AuthContext, r: ResourceRow): Promise<boolean> =>
  actsFor(db, auth, r.ownerUnitId, r.ownerCommunityId);

export async function requireResourceManager(
  db: Db,
  auth: AuthContext,
  resource: ResourceRow,
): Promise<void> {
  if (!(await managesResource(db, auth, resource)))
    throw Errors.forbidden(
      'only the owner of the resource (its unit’s admins, its community’s staff) or an admin may do this',
    );
}

/** A unit or community the key acts for, with the path of the region it sits in (a unit's own region). */
export interface PartyInScope {
  party: Party;
  booker: Booker;
  regionPath: string;
  regionLevel: string;
}

/**
 * The unit or community a key may act for: an admin any (404 when it does not exist), a unit admin
 * its unit, community staff a community of their subtree (404 outside it; 422 when the region is
 * not a community). Other roles 403.
 */
export async function partyOfCaller(
  db: Db,
  auth: AuthContext,
  party: Party,
  today: string,
): Promise<PartyInScope> {
  requireRole(auth, 'admin', 'unit_admin', 'community_staff');
  if (party.type === 'unit') {
    if (auth.role === 'community_staff' || (auth.role === 'unit_admin' && auth.unitId !== party.id))
      throw Errors.forbidden('this key may not act for that unit');
    const unit = await findVisibleUnit(db, auth, party.id, today);
    const region = await findRegion(db, unit.regionId);
    if (!region) throw Errors.notFound(`unit ${party.id} not found`);
    return {
      party,
      booker: { type: 'unit', id: unit.id },
      regionPath: region.path,
      regionLevel: region.level,
    };
  }
  if (auth.role === 'unit_admin') throw Errors.forbidden('a unit admin acts for its unit only');
  const community = await findVisibleRegion(db, auth, party.id, today, { what: 'community' });
  requireLevel(community, 'community', 'id');
  return {
    party,
    booker: { type: 'community', id: community.id, path: community.path },
    regionPath: community.path,
    regionLevel: community.level,
  };
}

/** Is the key on the booking's side: an admin, the booking unit's admin, the booking community's staff? */
export const booksFor = (db: Db, auth: AuthContext, b: BookingRow): Promise<boolean> =>
  actsFor(db, auth, b.bookerUnitId, b.bookerCommunityId);
