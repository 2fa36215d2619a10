import { type AuthContext, requireRole, seesEverything } from '../../auth/scope.js';
import type { Db } from '../../db/client.js';
import type { Role } from '../../db/schema/enums.js';
import { Errors } from '../../errors.js';
import {
  type EndpointRow,
  type EndpointVisibility,
  regionPathOf,
  unitExists,
  visibleEndpoint,
} from './webhooks.repo.js';

/** Roles that create, change and delete endpoints; ops may also read them and redeliver. */
export const endpointManagers: Role[] = ['admin', 'street_officer', 'community_staff', 'unit_admin'];
export const endpointReaders: Role[] = [...endpointManagers, 'ops'];

/**
 * Which endpoints a key can see: admins (and unscoped ops) all of them; region keys those scoped to a
 * region of their subtree; unit admins those of their unit. Unscoped endpoints are admin business.
 */
export function endpointVisibility(auth: AuthContext): EndpointVisibility {
  if (seesEverything(auth)) return { kind: 'all' };
  if (auth.role === 'unit_admin')
    return auth.unitId ? { kind: 'unit', unitId: auth.unitId } : { kind: 'none' };
  if (auth.regionPath === null) return { kind: 'none' };
  return { kind: 'region', path: auth.regionPath };
}

/** A live endpoint the key may see, or 404; `forUpdate` locks it against a worker disabling it meanwhile. */
export async function loadVisibleEndpoint(
  tx: Db,
  auth: AuthContext,
  id: string,
  forUpdate = false,
): Promise<EndpointRow> {
  const row = await visibleEndpoint(tx, endpointVisibility(auth), id, forUpdate);
  if (!row) throw Errors.notFound(`webhook endpoint ${id} not found`);
  return row;
}

/**
 * The scope a new endpoint gets: what the body asks for, checked against the key, or the key's own
 * region or unit by default. Regions and units outside the key's reach are 404, as if unknown.
 */
export async function resolveEndpointScope(
  tx: Db,
  auth: AuthContext,
  asked: { regionId?: string; unitId?: string } | undefined,
): Promise<{ regionId: string | null; unitId: string | null }> {
  requireRole(auth, ...endpointManagers);
  if (asked?.regionId) {
    if (auth.role === 'unit_admin') throw Errors.forbidden('a unit admin subscribes for its unit only');
    const path = await regionPathOf(tx, asked.regionId);
    const inReach =
      path !== undefined &&
      (auth.role === 'admin' || (auth.regionPath !== null && path.startsWith(auth.regionPath)));
    if (!inReach) throw Errors.notFound(`region ${asked.regionId} not found`);
    return { regionId: asked.regionId, unitId: null };
  }
  if (asked?.unitId) {
    if (auth.role === 'street_officer' || auth.role === 'community_staff')
      throw Errors.forbidden('region keys subscribe for a region of their subtree');
    if (auth.role === 'unit_admin' && auth.unitId !== asked.unitId)
      throw Errors.notFound(`unit ${asked.unitId} not found`);
    if (!(await unitExists(tx, asked.unitId))) throw Errors.notFound(`unit ${asked.unitId} not found`);
    return { regionId: null, unitId: asked.unitId };
  }
  if (auth.role === 'admin') return { regionId: null, unitId: null };
  if (auth.role === 'unit_admin') {
    if (!auth.unitId) throw Errors.forbidden('this unit admin key has no unit');
    return { regionId: null, unitId: auth.unitId };
  }
  if (!auth.regionId) throw Errors.forbidden('this key has no region');
  return { regionId: auth.regionId, unitId: null };
}
