import { type Actor, appendAudit } from '../../audit/audit.repo.js';
import type { Db } from '../../db/client.js';
import { revokeKeysOfMember } from '../api-keys/api-keys.repo.js';
import { type MemberRow, updateMember } from '../members/members.repo.js';
import { patchStoredResponses } from './privacy.repo.js';

/**
 * What replaces a member's personal fields. The name keeps a short tag of the id, so staff can still
 * tell erased members apart in their own records; the phone is a placeholder that passes the phone
 * format but reaches nobody (there is no country code 0).
 */
export function pseudonymOf(memberId: string) {
  const tag = memberId.replace(/-/g, '').slice(-4).toUpperCase();
  return {
    name: `Erased member ${tag}`,
    phone: '+0000000000',
    homeLat: null,
    homeLng: null,
    // A grid is a few buildings: with the unit and skills it could point back at the person.
    gridId: null,
  };
}

/** Replaces the personal fields, ends availability and marks the row erased (the row stays: claims and the ledger point at it). */
export async function pseudonymise(tx: Db, memberId: string, now: Date): Promise<MemberRow> {
  return updateMember(tx, memberId, {
    ...pseudonymOf(memberId),
    status: 'inactive',
    available: false,
    erasedAt: now,
    updatedAt: now,
  });
}

/**
 * Revokes every live key scoped to the member. Key names are free text that often names the holder,
 * so they are replaced too; the audit events record only the revocation, not the old name.
 */
export async function revokeMemberKeys(
  tx: Db,
  member: MemberRow,
  actor: Actor,
  now: Date,
): Promise<string[]> {
  const revoked = await revokeKeysOfMember(tx, member.id, { revokedAt: now, name: `Key of ${member.name}` });
  for (const id of revoked) {
    await appendAudit(tx, {
      entityType: 'api_key',
      entityId: id,
      action: 'api_key.revoked',
      actor,
      before: { revokedAt: null },
      after: { revokedAt: now.toISOString(), cause: 'member.erased', memberId: member.id },
      at: now,
    });
  }
  return revoked.sort();
}

/**
 * Stored first answers of Idempotency-Key writes that are the member itself (POST /v1/members) get
 * the pseudonym written over their personal fields. They are rewritten rather than deleted: a retry
 * of the original request must still replay, not register the person a second time. Answers that
 * only name the member by id (claims, redemptions) hold nothing personal and stay as they are.
 */
export async function scrubStoredResponses(tx: Db, member: MemberRow): Promise<number> {
  const p = pseudonymOf(member.id);
  const patch = { name: p.name, phone: p.phone, homeLat: p.homeLat, homeLng: p.homeLng, gridId: p.gridId };
  return patchStoredResponses(tx, member.id, patch);
}
