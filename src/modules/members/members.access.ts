import type { AuthContext } from '../../auth/scope.js';
import type { Db } from '../../db/client.js';
import { Errors } from '../../errors.js';
import { reachOf } from '../regions/regions.access.js';
import { findMember, type MemberRow } from './members.repo.js';

/**
 * A member the key may see; anything else (missing or foreign) is the same 404. Officers and staff
 * see the members reported in to a community of their subtree; a unit admin its unit's members; a
 * member itself.
 */
export async function findVisibleMember(
  db: Db,
  auth: AuthContext,
  id: string,
  opts: { lock?: boolean } = {},
): Promise<MemberRow> {
  const row = await findMember(db, id, reachOf(auth), opts);
  if (!row) throw Errors.notFound(`member ${id} not found`);
  return row;
}

/**
 * Full name and phone on the single-object read: admins, the staff and officers above the member's
 * community (their visibility already implies it), and the member itself. Ops and unit admins get
 * masked values.
 */
export function revealsMember(auth: AuthContext, member: Pick<MemberRow, 'id'>): boolean {
  if (auth.role === 'admin' || auth.role === 'street_officer' || auth.role === 'community_staff') return true;
  return auth.role === 'member' && auth.memberId === member.id;
}
