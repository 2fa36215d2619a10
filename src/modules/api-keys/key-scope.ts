import { type SQL, sql } from 'drizzle-orm';
import type { AuthContext } from '../../auth/scope.js';
import { apiKeys, members, type Role } from '../../db/schema/index.js';
import { Errors } from '../../errors.js';
import { subtreeIds } from '../regions/region-scope.js';

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

/**
 * The keys a caller manages, as a filter over `api_keys` (undefined: all): exactly those it could have
 * issued itself, so listing, revoking and rotating follow the issuing rules.
 */
export function keyVisibility(auth: AuthContext): SQL | undefined {
  switch (auth.role) {
    case 'admin':
      return undefined;
    case 'street_officer':
      return auth.regionPath
        ? sql`(${apiKeys.role} in ('street_officer', 'community_staff') and ${apiKeys.scopeRegionId} in ${subtreeIds(auth.regionPath)})`
        : sql`false`;
    case 'community_staff':
      return auth.regionPath
        ? sql`(${apiKeys.role} = 'member' and ${apiKeys.scopeMemberId} in (select ${members.id} from ${members} where ${members.communityId} in ${subtreeIds(auth.regionPath)}))`
        : sql`false`;
    case 'unit_admin':
      return auth.unitId
        ? sql`(${apiKeys.role} = 'member' and ${apiKeys.scopeMemberId} in (select ${members.id} from ${members} where ${members.unitId} = ${auth.unitId}))`
        : sql`false`;
    default:
      return sql`false`;
  }
}
