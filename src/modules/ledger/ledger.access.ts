import { type AuthContext, regionInScope, seesEverything } from '../../auth/scope.js';
import type { Db } from '../../db/client.js';
import { Errors } from '../../errors.js';
import { findMember, type MemberRef } from './ledger.repo.js';
import { findMerchant, type MerchantReach, type MerchantRow } from './merchants.repo.js';

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

/** The merchant if the caller deals with it, else undefined (whether or not it exists). */
export async function merchantWithinReach(
  db: Db,
  auth: AuthContext,
  id: string,
): Promise<MerchantRow | undefined> {
  const row = await findMerchant(db, id);
  return row && reaches(await merchantReach(db, auth), row.regionPath) ? row : undefined;
}

/** The merchant, or 404 when it does not exist or is not related to the caller's region. */
export async function merchantInScope(db: Db, auth: AuthContext, id: string): Promise<MerchantRow> {
  const row = await merchantWithinReach(db, auth, id);
  if (!row) throw Errors.notFound(`merchant ${id} not found`);
  return row;
}
