/**
 * A claim that stops holding its slot untouched (withdrawn, no-show, checked in, cancelled with its
 * order) ends its open transfer in the same transaction: called by the orders module's claim paths
 * after the claim's change, under the order's lock.
 */
import type { Actor } from '../../audit/audit.repo.js';
import type { Db } from '../../db/client.js';
import type { OrderRow } from '../orders/orders.repo.js';
import { recordTransferChanges } from './transfer-events.js';
import { closeTransfer, openTransfersOfChangedClaims } from './transfers.repo.js';

export async function endTransfersOfChangedClaims(
  tx: Db,
  order: Pick<OrderRow, 'id' | 'regionPath'>,
  actor: Actor,
  now: Date,
): Promise<void> {
  const stale = await openTransfersOfChangedClaims(tx, order.id);
  if (stale.length === 0) return;
  const ended = [];
  for (const s of stale)
    ended.push(await closeTransfer(tx, s.id, { status: 'ended', endCause: `claim_${s.claimStatus}`, now }));
  await recordTransferChanges(
    tx,
    order,
    ended.map((transfer) => ({ type: 'claim_transfer.ended', transfer, by: 'system' })),
    { actor, now },
  );
}
