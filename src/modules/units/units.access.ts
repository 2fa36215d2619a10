import { type AuthContext, regionInScope, seesEverything } from '../../auth/scope.js';
import type { Db } from '../../db/client.js';
import { Errors } from '../../errors.js';
import { reachOf } from '../regions/regions.access.js';
import { findRegion } from '../regions/regions.repo.js';
import { findUnit, type UnitRow } from './units.repo.js';
import type { PatchUnitBody } from './units.schemas.js';

/**
 * A unit the key may see; anything else (missing or foreign) is the same 404. Officers and staff see
 * the units located in their subtree or paired with a community in it; a unit admin its unit; a
 * member the unit it belongs to.
 */
export async function findVisibleUnit(
  db: Db,
  auth: AuthContext,
  id: string,
  today: string,
  opts: { lock?: boolean } = {},
): Promise<UnitRow> {
  const row = await findUnit(db, id, { reach: reachOf(auth), today }, opts);
  if (!row) throw Errors.notFound(`unit ${id} not found`);
  return row;
}

/**
 * A street officer manages the units located in its subtree (it may see more: those paired with its
 * communities); a unit admin edits its own unit but cannot move it.
 */
export async function requireUnitEditor(
  db: Db,
  auth: AuthContext,
  unit: UnitRow,
  body: PatchUnitBody,
): Promise<void> {
  if (auth.role === 'admin') return;
  if (auth.role === 'unit_admin' && auth.unitId === unit.id) {
    if (body.regionId !== undefined && body.regionId !== unit.regionId) {
      throw Errors.forbidden('only an admin or a street officer moves a unit to another region');
    }
    return;
  }
  if (auth.role === 'street_officer') {
    const home = await findRegion(db, unit.regionId);
    if (home && regionInScope(auth, home.path)) return;
  }
  throw Errors.forbidden('this key may not change this unit');
}

/** Officers and staff see a unit's pairings with the communities of their subtree only (null: all). */
export const pairingsShownUnder = (auth: AuthContext): string | null =>
  !seesEverything(auth) && auth.regionPath !== null ? auth.regionPath : null;
