import { maskName, maskPhone } from '../../lib/personal.js';
import type { AuditEventRow, BreachRow, OrderRow } from './orders.repo.js';
import type { OrderDto } from './orders.schemas.js';

/** Rows of orders and what the order detail shows with them, as API responses: ISO timestamps, masked personal data. */

export const iso = (d: Date | null) => (d ? d.toISOString() : null);

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

/** An SLA breach of an order, as the order detail shows it. */
export const toBreachDto = (b: BreachRow) => ({
  id: b.id,
  kind: b.kind,
  deadline: b.deadline.toISOString(),
  detectedAt: b.detectedAt.toISOString(),
  lateMs: b.lateMs,
  levelAfter: b.levelAfter,
});

/** An audit event of an order, as its timeline shows it. */
export const toTimelineItem = (e: AuditEventRow) => ({
  seq: e.seq,
  action: e.action,
  actorType: e.actorType,
  actorId: e.actorId,
  requestId: e.requestId,
  before: e.before,
  after: e.after,
  at: e.createdAt.toISOString(),
  hash: e.hash,
});

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
