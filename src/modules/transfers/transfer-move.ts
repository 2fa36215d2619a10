/**
 * A claim changing hands: the one move that an accepted offer, an accepted request and a request's
 * timer all make. The claim keeps its id, status, slot, check-in and deadlines; only its member (and
 * the unit it is held for) change, with the capacity it takes moved from one member to the other.
 */
import type { Actor } from '../../audit/audit.repo.js';
import type { Db } from '../../db/client.js';
import { Errors } from '../../errors.js';
import { refuseCapacity, refuseMember } from '../orders/claim-eligibility.js';
import { claimEntity } from '../orders/claims.dto.js';
import {
  type ClaimRow,
  giveCapacity,
  memberFactsOn,
  memberStanding,
  takeCapacity,
  updateClaim,
} from '../orders/claims.repo.js';
import type { OrderRow } from '../orders/orders.repo.js';
import { type ActingSide, recordTransferChanges } from './transfer-events.js';
import { closeTransfer, type TransferRow } from './transfers.repo.js';

/** The claim and transfer rows of a locked order, as a transfer's answer finds them. */
export interface LockedTransfer {
  order: OrderRow;
  claim: ClaimRow;
  transfer: TransferRow;
}

/** An open transfer of a claim still held by the member it was opened for; 409 transfer_not_open otherwise. */
export function requireOpen({ claim, transfer }: Pick<LockedTransfer, 'claim' | 'transfer'>): void {
  if (transfer.status !== 'open')
    throw Errors.transferNotOpen(`the transfer is ${transfer.status}`, { transferStatus: transfer.status });
  // A claim that changed ends its transfer in the same transaction (transfer-endings.ts): never seen here.
  if (claim.status !== 'held' || claim.memberId !== transfer.fromMemberId)
    throw new Error(`transfer ${transfer.id} is open on a claim that changed`);
}

/**
 * The member the claim moves to must be able to claim it now: the claim rules on the member
 * (refuseMember, without the check of a free slot: the slot moves with the claim) and room for one
 * more claim. Refusals come before any write.
 */
export async function refuseTaker(tx: Db, order: OrderRow, memberId: string, now: Date): Promise<void> {
  const facts = await memberFactsOn(tx, order.id, memberId, now);
  if (!facts.memberId) throw Errors.notFound(`member ${memberId} not found`);
  refuseMember(order, facts, true);
}

/**
 * Moves the claim of an open transfer (the order, the claim and the transfer locked in that order by
 * the caller): capacity taken from the new member (refused when it has no room) and given back by
 * the old one, the claim's member changed in place, the transfer accepted, audited and announced.
 */
export async function moveClaim(
  tx: Db,
  locked: LockedTransfer,
  answer: { actor: Actor; by: ActingSide; answeredBy: string | null; toUnitId: string | null; now: Date },
): Promise<{ claim: ClaimRow; transfer: TransferRow }> {
  const { order, claim, transfer } = locked;
  requireOpen(locked);
  const to = transfer.toMemberId;
  await refuseTaker(tx, order, to, answer.now);
  if (!(await takeCapacity(tx, to))) refuseCapacity(await memberStanding(tx, to));
  await giveCapacity(tx, claim.memberId);
  const moved = await updateClaim(tx, claim.id, {
    memberId: to,
    unitId: answer.toUnitId,
    updatedAt: answer.now,
  });
  const accepted = await closeTransfer(tx, transfer.id, {
    status: 'accepted',
    answeredBy: answer.answeredBy,
    autoAccepted: answer.by === 'system',
    toUnitId: answer.toUnitId,
    now: answer.now,
  });
  await recordTransferChanges(
    tx,
    order,
    [
      {
        type: 'claim_transfer.accepted',
        transfer: accepted,
        by: answer.by,
        auditExtra: {
          claimBefore: claimEntity(claim),
          claimAfter: { ...claimEntity(moved), unitId: moved.unitId },
        },
      },
    ],
    answer,
  );
  return { claim: moved, transfer: accepted };
}
