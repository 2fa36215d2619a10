import type { AuthContext } from '../../auth/scope.js';
import type { Db } from '../../db/client.js';
import type { Role } from '../../db/schema/enums.js';
import { Errors } from '../../errors.js';
import { findManagedKey, type KeyRow } from './api-keys.repo.js';

/**
 * Who may issue keys of which roles. An officer hands out keys to the staff and officers below it;
 * community staff and unit admins to their members; members and ops issue none.
 */
export const issuableRoles: Record<Role, readonly Role[]> = {
  admin: ['admin', 'street_officer', 'community_staff', 'unit_admin', 'member', 'ops'],
  street_officer: ['street_officer', 'community_staff'],
  community_staff: ['member'],
  unit_admin: ['member'],
  member: [],
  ops: [],
};

export function requireIssuer(auth: AuthContext, role?: Role): void {
  const allowed = issuableRoles[auth.role];
  if (allowed.length === 0) throw Errors.forbidden(`the ${auth.role} role does not manage API keys`);
  if (role && !allowed.includes(role))
    throw Errors.forbidden(`the ${auth.role} role may not issue ${role} keys`);
}

/** The keys a caller manages (api-keys.repo.ts reads it as rows of `api_keys`). */
export type ManagedKeys =
  | { kind: 'all' }
  | { kind: 'none' }
  /** Keys of these roles scoped to a region of the subtree. */
  | { kind: 'scoped_to_region'; roles: readonly Role[]; path: string }
  /** Member keys of the members reported in to a community of the subtree. */
  | { kind: 'of_members_in_region'; path: string }
  /** Member keys of the unit's members. */
  | { kind: 'of_members_of_unit'; unitId: string };

/**
 * The keys a caller manages: exactly those it could have issued itself, so listing, revoking and
 * rotating follow the issuing rules.
 */
export function managedKeys({ role, regionPath, unitId }: AuthContext): ManagedKeys {
  if (role === 'admin') return { kind: 'all' };
  if (role === 'street_officer' && regionPath)
    return { kind: 'scoped_to_region', roles: issuableRoles.street_officer, path: regionPath };
  if (role === 'community_staff' && regionPath) return { kind: 'of_members_in_region', path: regionPath };
  if (role === 'unit_admin' && unitId) return { kind: 'of_members_of_unit', unitId };
  return { kind: 'none' };
}

/** A key the caller manages, locked for update; anything else is the same 404. */
export async function findVisibleKey(db: Db, auth: AuthContext, id: string): Promise<KeyRow> {
  const row = await findManagedKey(db, id, managedKeys(auth));
  if (!row) throw Errors.notFound(`API key ${id} not found`);
  return row;
}
