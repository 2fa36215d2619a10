import { type AuthContext, regionInScope, requireRole, seesEverything } from '../../auth/scope.js';
import type { Db } from '../../db/client.js';
import type { Role } from '../../db/schema/enums.js';
import { Errors } from '../../errors.js';
import { type ReportScope, regionPathOf } from './reports.repo.js';

export interface ReportQuery {
  regionId?: string;
  from?: string;
  to?: string;
}

/** Staff read every report; unit admins read the units report, for their own unit. */
export const staffRoles: Role[] = ['admin', 'ops', 'street_officer', 'community_staff'];

/**
 * Resolves the caller's report scope. A regionId outside the caller's subtree is 404 like any object
 * it may not know exists; without one, the caller's own region (everything for admins and global
 * ops). Unit admins get their own unit and nothing else.
 */
export async function reportScope(
  db: Db,
  auth: AuthContext,
  q: ReportQuery,
  opts: { roles: Role[]; now: Date },
): Promise<ReportScope> {
  requireRole(auth, ...opts.roles);
  const base = {
    from: q.from ? new Date(q.from) : null,
    to: q.to ? new Date(q.to) : null,
    personalData: auth.role !== 'ops',
    now: opts.now,
  };
  if (q.regionId) {
    const regionPath = await regionPathOf(db, q.regionId);
    if (!regionPath || !regionInScope(auth, regionPath))
      throw Errors.notFound(`region ${q.regionId} not found`);
    return {
      ...base,
      regionId: q.regionId,
      regionPath,
      unitId: auth.role === 'unit_admin' ? auth.unitId : null,
    };
  }
  if (auth.role === 'unit_admin') {
    if (!auth.unitId) throw Errors.forbidden('this unit admin key names no unit');
    return { ...base, regionId: null, regionPath: null, unitId: auth.unitId };
  }
  if (seesEverything(auth)) return { ...base, regionId: null, regionPath: null, unitId: null };
  if (!auth.regionPath) throw Errors.forbidden('this key is scoped to no region');
  return { ...base, regionId: auth.regionId, regionPath: auth.regionPath, unitId: null };
}
