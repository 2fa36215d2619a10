import type { AuthContext } from '../../auth/scope.js';
import { requireRole } from '../../auth/scope.js';
import type { Db } from '../../db/client.js';
import { Errors } from '../../errors.js';
import { reachOf } from '../regions/regions.access.js';
import { findHousehold, findPairing, type HouseholdRow, type PairingRow } from './households.repo.js';

/**
 * Who sees and manages households and their pairings. Officers, staff and region-scoped ops see the
 * households of their subtree; a member those it is paired with; a unit admin none. Managing (create,
 * change, pair, export, erase) is for admins and the staff of the household's community, whose
 * visibility already places it in their community. Anything not seen is the same 404.
 */
export type Reveal = 'full' | 'visitor' | 'masked';

export async function findVisibleHousehold(
  db: Db,
  auth: AuthContext,
  id: string,
  opts: { lock?: boolean } = {},
): Promise<HouseholdRow> {
  const row = await findHousehold(db, id, reachOf(auth), opts);
  if (!row) throw Errors.notFound(`household ${id} not found`);
  return row;
}

export async function findVisiblePairing(
  db: Db,
  auth: AuthContext,
  id: string,
  opts: { lock?: boolean } = {},
): Promise<PairingRow> {
  const row = await findPairing(db, id, reachOf(auth), opts);
  if (!row) throw Errors.notFound(`pairing ${id} not found`);
  return row;
}

/** Admins and community staff (of the community, as their reach implies) manage households. */
export function requireHouseholdManager(auth: AuthContext): void {
  requireRole(auth, 'admin', 'community_staff');
}

/**
 * How much of a household a key reads on a single object: admins and the community's staff all of it;
 * a paired member what a visit needs (address, location, needs; name and phone masked); officers and
 * ops masked values. Lists are always masked.
 */
export function revealOf(auth: AuthContext): Reveal {
  if (auth.role === 'admin' || auth.role === 'community_staff') return 'full';
  if (auth.role === 'member') return 'visitor';
  return 'masked';
}
