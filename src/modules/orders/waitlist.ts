import type { Actor } from '../../audit/audit.repo.js';
import type { Db } from '../../db/client.js';
import { requestMatching } from '../offers/offer-events.js';
import { endTransfersOfChangedClaims } from '../transfers/transfer-endings.js';
import { claimEntity } from './claims.dto.js';
import { type ClaimRow, giveCapacity, lockWaitlist, takeCapacity, updateClaim } from './claims.repo.js';
import { emitOrderEvent } from './order-events.js';
import { applyCommand } from './order-lifecycle.js';
import type { OrderRow } from './orders.repo.js';

/** Freed slots: a held claim gives its slot back, and the waitlist moves up into it. */

/**
 * Gives freed slots to the waitlisted members in the order they joined, each one only if it still
 * has room for a claim (the rule a new claim meets: active, available, below its maximum).
 */
export async function promoteWaitlist(tx: Db, order: OrderRow, actor: Actor, now: Date): Promise<OrderRow> {
  let current = order;
  const waiting = await lockWaitlist(tx, order.id);
  for (const w of waiting) {
    if (current.slotsHeld >= current.headcount) break;
    if (!(await takeCapacity(tx, w.memberId))) continue;
    current = await applyCommand(
      tx,
      current,
      { type: 'claim' },
      {
        actor,
        action: 'claim.promoted',
        now,
        auditExtra: { claim: { ...claimEntity(w), status: 'held' } },
      },
    );
    await updateClaim(tx, w.id, { status: 'held', updatedAt: now });
    await emitOrderEvent(tx, 'claim.created', current, now, {
      claimId: w.id,
      memberId: w.memberId,
      fromWaitlist: true,
    });
    if (current.status === 'filled') await emitOrderEvent(tx, 'order.filled', current, now);
  }
  return current;
}

/** A held claim gives its slot back (withdrawal or no-show); the waitlist moves up, matching resumes. */
export async function releaseSlot(
  tx: Db,
  order: OrderRow,
  claim: ClaimRow,
  to: 'withdrawn' | 'no_show',
  actor: Actor,
  now: Date,
): Promise<ClaimRow> {
  let row = await applyCommand(
    tx,
    order,
    { type: 'release_slot' },
    {
      actor,
      action: to === 'withdrawn' ? 'claim.withdrawn' : 'claim.no_show',
      now,
      auditExtra: { claim: { ...claimEntity(claim), status: to } },
    },
  );
  const ended = await updateClaim(tx, claim.id, { status: to, endedAt: now, updatedAt: now });
  await giveCapacity(tx, claim.memberId);
  await endTransfersOfChangedClaims(tx, row, actor, now);
  await emitOrderEvent(tx, to === 'withdrawn' ? 'claim.withdrawn' : 'claim.no_show', row, now, {
    claimId: claim.id,
    memberId: claim.memberId,
  });
  if (row.status === 'completed') await emitOrderEvent(tx, 'order.completed', row, now);
  row = await promoteWaitlist(tx, row, actor, now);
  await requestMatching(tx, row, 'claim_withdrawn');
  return ended;
}
