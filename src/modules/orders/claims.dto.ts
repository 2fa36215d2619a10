import type { ClaimRow } from './claims.repo.js';
import { iso } from './orders.dto.js';
import type { ClaimDto } from './orders.schemas.js';

/** The API shape of a claim. */
export function toClaimDto(c: ClaimRow): ClaimDto {
  return {
    id: c.id,
    orderId: c.orderId,
    memberId: c.memberId,
    unitId: c.unitId,
    offerId: c.offerId,
    status: c.status,
    hoursReported: c.hoursReported,
    approvedHours: c.approvedHours,
    note: c.note,
    createdAt: c.createdAt.toISOString(),
    checkedInAt: iso(c.checkedInAt),
    completedAt: iso(c.completedAt),
    endedAt: iso(c.endedAt),
  };
}

/** What the audit trail keeps of a claim. */
export const claimEntity = (c: Pick<ClaimRow, 'id' | 'memberId' | 'status' | 'offerId'>) => ({
  claimId: c.id,
  memberId: c.memberId,
  status: c.status,
  offerId: c.offerId,
});
