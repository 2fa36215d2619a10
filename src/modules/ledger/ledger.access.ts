import { eq } from 'drizzle-orm';
import { type AuthContext, regionInScope, seesEverything } from '../../auth/scope.js';
import type { Db } from '../../db/client.js';
import { members, merchants, regions } from '../../db/schema/index.js';
import { Errors } from '../../errors.js';

export interface MemberRef {
  id: string;
  unitId: string | null;
  communityId: string | null;
  /** Path of the community the member reports in to; null when it reports in nowhere. */
  communityPath: string | null;
}

export async function findMember(db: Db, id: string): Promise<MemberRef | null> {
  const [row] = await db
    .select({
      id: members.id,
      unitId: members.unitId,
      communityId: members.communityId,
      communityPath: regions.path,
    })
    .from(members)
    .leftJoin(regions, eq(regions.id, members.communityId))
    .where(eq(members.id, id));
  return row ?? null;
}

/** Who may see a member's account: admins, staff above its community, the member itself, its unit admin. */
export function seesMember(auth: AuthContext, m: MemberRef): boolean {
  switch (auth.role) {
    case 'admin':
      return true;
    case 'street_officer':
    case 'community_staff':
      return m.communityPath !== null && regionInScope(auth, m.communityPath);
    case 'member':
      return auth.memberId === m.id;
    case 'unit_admin':
      return auth.unitId !== null && auth.unitId === m.unitId;
    default:
      return false;
  }
}

/** The member, or 404 when it does not exist or lies outside the caller's scope. */
export async function memberInScope(db: Db, auth: AuthContext, id: string): Promise<MemberRef> {
  const m = await findMember(db, id);
  if (!m || !seesMember(auth, m)) throw Errors.notFound(`member ${id} not found`);
  return m;
}

/**
 * Which shops a caller deals with: a shop serves the region it sits in and everything below, so a
 * caller reaches shops in its own subtree and shops above it (for a member: around its community).
 */
export type MerchantReach = { kind: 'all' } | { kind: 'none' } | { kind: 'path'; path: string };

export async function merchantReach(db: Db, auth: AuthContext): Promise<MerchantReach> {
  if (seesEverything(auth)) return { kind: 'all' };
  const path =
    auth.role === 'member' && auth.memberId
      ? (await findMember(db, auth.memberId))?.communityPath
      : auth.regionPath;
  return path ? { kind: 'path', path } : { kind: 'none' };
}

export function reaches(reach: MerchantReach, merchantPath: string): boolean {
  if (reach.kind !== 'path') return reach.kind === 'all';
  return merchantPath.startsWith(reach.path) || reach.path.startsWith(merchantPath);
}

export interface MerchantRow {
  id: string;
  name: string;
  regionId: string;
  regionPath: string;
  address: string | null;
  createdAt: Date;
}

/** The merchant, or 404 when it does not exist or is not related to the caller's region. */
export async function merchantInScope(db: Db, auth: AuthContext, id: string): Promise<MerchantRow> {
  const [row] = await db.select().from(merchants).where(eq(merchants.id, id));
  if (!row || !reaches(await merchantReach(db, auth), row.regionPath))
    throw Errors.notFound(`merchant ${id} not found`);
  return row;
}
