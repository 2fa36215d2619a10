import { maskName, maskPhone } from '../../lib/personal.js';
import type { OrderRow } from './order-access.js';
import type { ClaimDto, OrderDto } from './orders.schemas.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The API shape of an order; the beneficiary is masked unless the caller manages the order's community. */
export function toOrderDto(o: OrderRow, opts: { revealPersonal: boolean }): OrderDto {
  const hasBeneficiary = o.beneficiaryName !== null || o.beneficiaryPhone !== null;
  return {
    id: o.id,
    communityId: o.communityId,
    gridId: o.gridId,
    categoryCode: o.categoryCode,
    title: o.title,
    description: o.description,
    priority: o.priority,
    headcount: o.headcount,
    requiredSkills: o.requiredSkills,
    location: o.lat !== null && o.lng !== null ? { lat: o.lat, lng: o.lng, address: o.address } : null,
    window:
      o.windowStartsAt && o.windowEndsAt
        ? { startsAt: o.windowStartsAt.toISOString(), endsAt: o.windowEndsAt.toISOString() }
        : null,
    beneficiary: hasBeneficiary
      ? opts.revealPersonal
        ? { name: o.beneficiaryName, phone: o.beneficiaryPhone }
        : { name: maskName(o.beneficiaryName), phone: maskPhone(o.beneficiaryPhone) }
      : null,
    source: o.source,
    dispatchMode: o.dispatchMode,
    targetUnitIds: o.targetUnitIds,
    status: o.status,
    version: o.version,
    slots: { total: o.headcount, held: o.slotsHeld },
    sla: { claimBy: iso(o.claimBy), completeBy: iso(o.completeBy) },
    escalationLevel: o.escalationLevel,
    rating: o.rating,
    feedback: o.feedback,
    cancelReason: o.cancelReason,
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
    publishedAt: iso(o.publishedAt),
    firstClaimedAt: iso(o.firstClaimedAt),
    completedAt: iso(o.completedAt),
    verifiedAt: iso(o.verifiedAt),
  };
}

export interface ClaimRow {
  id: string;
  orderId: string;
  memberId: string;
  unitId: string | null;
  offerId: string | null;
  status: ClaimDto['status'];
  hoursReported: number | null;
  approvedHours: number | null;
  note: string | null;
  createdAt: Date;
  checkedInAt: Date | null;
  completedAt: Date | null;
  endedAt: Date | null;
}

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

/** What the audit trail and events keep of an order: no personal data beyond masked values. */
export function orderSnapshot(o: OrderRow) {
  return {
    status: o.status,
    version: o.version,
    headcount: o.headcount,
    slotsHeld: o.slotsHeld,
    priority: o.priority,
    title: o.title,
    dispatchMode: o.dispatchMode,
    targetUnitIds: o.targetUnitIds,
    requiredSkills: o.requiredSkills,
    escalationLevel: o.escalationLevel,
    claimBy: o.claimBy,
    completeBy: o.completeBy,
    beneficiaryName: o.beneficiaryName,
    beneficiaryPhone: o.beneficiaryPhone,
  };
}
