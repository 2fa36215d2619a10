import type { Actor } from '../../audit/audit.repo.js';
import type { Caller } from '../../auth/scope.js';
import type { Db } from '../../db/client.js';
import { transaction } from '../../db/transaction.js';
import { Errors } from '../../errors.js';
import type { ServiceDeps } from '../deps.js';
import { creditVerifiedClaims } from '../ledger/ledger.service.js';
import { requestMatching } from '../offers/offer-events.js';
import {
  completedClaimsOf,
  releaseSlotHoldingClaims,
  slotHoldingClaimIds,
  updateClaim,
} from './claims.repo.js';
import { emitOrderEvent } from './order-events.js';
import { applyCommand } from './order-lifecycle.js';
import { loadVisibleOrder, requireManager } from './orders.access.js';
import { toOrderDto } from './orders.dto.js';
import type { OrderRow } from './orders.repo.js';
import type { VerifyBody } from './orders.schemas.js';

/** Not resolved: the order reopens, its claims are released (history kept) and dispatch starts again. */
async function reopen(tx: Db, order: OrderRow, body: VerifyBody, actor: Actor, now: Date) {
  const releasing = await slotHoldingClaimIds(tx, order.id);
  const row = await applyCommand(
    tx,
    order,
    { type: 'reopen' },
    {
      actor,
      action: 'order.reopened',
      now,
      changes: {
        rating: body.rating,
        feedback: body.feedback ?? null,
        completedAt: null,
        startedAt: null,
        reopenCount: order.reopenCount + 1,
      },
      auditExtra: { releasedClaimIds: releasing, feedback: body.feedback ?? null },
    },
  );
  const released = await releaseSlotHoldingClaims(tx, order.id, now);
  await emitOrderEvent(tx, 'order.reopened', row, now, { releasedClaimIds: released });
  await requestMatching(tx, row, 'reopened');
  return { order: toOrderDto(row, { revealPersonal: true }), credits: [] };
}

/** Resolved: approved hours are fixed on each completed claim and credited to the love bank. */
async function resolve(
  tx: Db,
  order: OrderRow,
  body: VerifyBody,
  actor: Actor,
  now: Date,
  pointsRate: number,
) {
  const completed = await completedClaimsOf(tx, order.id);
  const approved = body.approvedHours;
  if (approved !== undefined && typeof approved === 'object') {
    const unknown = Object.keys(approved).filter((claimId) => !completed.some((c) => c.id === claimId));
    if (unknown.length)
      throw Errors.invalidReference('approvedHours names claims that are not completed on this order', {
        claimIds: unknown,
      });
  }
  for (const c of completed) {
    const hours =
      approved === undefined
        ? c.hoursReported
        : typeof approved === 'number'
          ? approved
          : (approved[c.id] ?? c.hoursReported);
    await updateClaim(tx, c.id, { approvedHours: hours ?? 0, updatedAt: now });
  }
  const row = await applyCommand(
    tx,
    order,
    { type: 'verify' },
    {
      actor,
      action: 'order.verified',
      now,
      changes: { rating: body.rating, feedback: body.feedback ?? null },
      auditExtra: { rating: body.rating },
    },
  );
  const credits = await creditVerifiedClaims(tx, {
    orderId: order.id,
    actor,
    basePointsRate: pointsRate,
    at: now,
  });
  await emitOrderEvent(tx, 'order.verified', row, now, {
    rating: body.rating,
    credits: credits.map((c) => ({
      claimId: c.claimId,
      memberId: c.memberId,
      hours: c.hours,
      points: c.points,
    })),
  });
  return { order: toOrderDto(row, { revealPersonal: true }), credits };
}

/**
 * Staff confirm finished work with the resident's rating. Resolved: approved hours are fixed on each
 * claim and credited to the love bank in the same transaction. Not resolved: the order reopens, its
 * claims are released (history kept) and dispatch starts again.
 */
export function createVerificationService(deps: Pick<ServiceDeps, 'db' | 'clock' | 'config'>) {
  const { db, clock, config } = deps;
  return {
    async verify({ auth, actor }: Caller, id: string, body: VerifyBody) {
      return transaction(db, async (tx) => {
        const now = clock.now();
        const order = await loadVisibleOrder(tx, auth, id, now, { lock: true });
        requireManager(auth, order);
        if (order.status !== 'completed')
          throw Errors.invalidTransition(`cannot verify an order that is ${order.status}`, {
            currentStatus: order.status,
          });
        return body.resolved
          ? resolve(tx, order, body, actor, now, config.POINTS_BASE_RATE)
          : reopen(tx, order, body, actor, now);
      });
    },
  };
}
