import { and, eq, type SQL, sql } from 'drizzle-orm';
import { type AuthContext, seesEverything } from '../../auth/scope.js';
import type { Db } from '../../db/client.js';
import { members, regions } from '../../db/schema/index.js';
import { Errors } from '../../errors.js';
import { subtreeIds } from '../regions/region-scope.js';

export type MemberRow = typeof members.$inferSelect;

/**
 * Which members a key may see, as a filter over `members` (undefined: all). Officers and staff see
 * the members reported in to a community of their subtree; a unit admin its unit's members; a member
 * itself.
 */
export function memberVisibility(auth: AuthContext): SQL | undefined {
  if (seesEverything(auth)) return undefined;
  switch (auth.role) {
    case 'street_officer':
    case 'community_staff':
    case 'ops':
      return auth.regionPath ? sql`${members.communityId} in ${subtreeIds(auth.regionPath)}` : sql`false`;
    case 'unit_admin':
      return auth.unitId ? eq(members.unitId, auth.unitId) : sql`false`;
    case 'member':
      return auth.memberId ? eq(members.id, auth.memberId) : sql`false`;
    default:
      return sql`false`;
  }
}

/** A member the key may see; anything else (missing or foreign) is the same 404. */
export async function findVisibleMember(
  tx: Db,
  auth: AuthContext,
  id: string,
  opts: { lock?: boolean } = {},
): Promise<MemberRow> {
  const q = tx
    .select()
    .from(members)
    .where(and(eq(members.id, id), memberVisibility(auth)));
  const [row] = opts.lock ? await q.for('update') : await q;
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

/** A grid given for a member must lie in the member's community. */
export async function requireGridIn(tx: Db, gridId: string, communityId: string | null): Promise<void> {
  if (!communityId) throw Errors.invalidReference('a grid needs the community it lies in: give communityId');
  const [grid] = await tx
    .select({ level: regions.level, parentId: regions.parentId })
    .from(regions)
    .where(eq(regions.id, gridId));
  if (grid?.level !== 'grid' || grid.parentId !== communityId) {
    throw Errors.invalidReference(`gridId ${gridId} is not a grid of community ${communityId}`);
  }
}
