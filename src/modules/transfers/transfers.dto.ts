/** Transfer rows as the API answers with them, and what the audit trail keeps of one. */
import type { TransferRow } from './transfers.repo.js';
import type { TransferDto } from './transfers.schemas.js';

export function toTransferDto(r: TransferRow): TransferDto {
  return {
    id: r.id,
    orderId: r.orderId,
    claimId: r.claimId,
    kind: r.kind,
    status: r.status,
    fromMemberId: r.fromMemberId,
    toMemberId: r.toMemberId,
    toUnitId: r.toUnitId,
    reason: r.reason,
    autoAcceptAt: r.autoAcceptAt?.toISOString() ?? null,
    autoAccepted: r.autoAccepted,
    endCause: r.endCause,
    createdAt: r.createdAt.toISOString(),
    closedAt: r.closedAt?.toISOString() ?? null,
  };
}

/** Ids, kind and state of a transfer: what its audit entries and events carry (the reason stays on the row). */
export const transferEntity = (r: TransferRow) => ({
  transferId: r.id,
  claimId: r.claimId,
  kind: r.kind,
  status: r.status,
  fromMemberId: r.fromMemberId,
  toMemberId: r.toMemberId,
  toUnitId: r.toUnitId,
  autoAcceptAt: r.autoAcceptAt?.toISOString() ?? null,
  autoAccepted: r.autoAccepted,
  endCause: r.endCause,
});
