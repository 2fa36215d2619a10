import { appendAudit } from '../../audit/audit.repo.js';
import type { Caller } from '../../auth/scope.js';
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import { distanceM } from '../../domain/geo.js';
import { Errors } from '../../errors.js';
import { endTransfersOfChangedClaims } from '../transfers/transfer-endings.js';
import { claimEntity, toClaimDto } from './claims.dto.js';
import { findClaim, giveCapacity, memberUnitOf, updateClaim } from './claims.repo.js';
import { emitOrderEvent } from './order-events.js';
import { applyCommand } from './order-lifecycle.js';
import { actsForMember, loadVisibleOrder } from './orders.access.js';
import type { OrderRow } from './orders.repo.js';
import { releaseSlot } from './waitlist.js';

/** A claim after it is made: withdrawn, checked in at the work, reported done. */

export type CheckInRules = Pick<Config, 'CHECKIN_WINDOW_SLACK_S' | 'CHECKIN_MAX_DISTANCE_M'>;

/**
 * Locks the order, then the claim, and checks that the key may change the claim (the member
 * itself, its unit admin, or staff managing the order; 404 otherwise).
 */
async function lockClaimForChange(tx: Db, { auth }: Caller, orderId: string, claimId: string, now: Date) {
  const order = await loadVisibleOrder(tx, auth, orderId, now, { lock: true });
  const claim = await findClaim(tx, orderId, claimId, true);
  if (!claim) throw Errors.notFound(`claim ${claimId} not found`);
  const unitId = await memberUnitOf(tx, claim.memberId);
  if (!actsForMember(auth, order, { id: claim.memberId, unitId }))
    throw Errors.notFound(`claim ${claim.id} not found`);
  return { order, claim };
}

/** A waitlisted claim leaves the waitlist; a held claim gives its slot back (see releaseSlot). */
export async function withdrawClaim(tx: Db, caller: Caller, orderId: string, claimId: string, now: Date) {
  const { order, claim } = await lockClaimForChange(tx, caller, orderId, claimId, now);
  if (claim.status === 'waitlisted') {
    const ended = await updateClaim(tx, claim.id, { status: 'withdrawn', endedAt: now, updatedAt: now });
    await appendAudit(tx, {
      entityType: 'order',
      entityId: orderId,
      action: 'claim.withdrawn',
      actor: caller.actor,
      before: claimEntity(claim),
      after: claimEntity(ended),
      at: now,
    });
    return toClaimDto(ended);
  }
  if (claim.status !== 'held')
    throw Errors.invalidTransition(`a claim that is ${claim.status} cannot be withdrawn`, {
      currentStatus: claim.status,
    });
  return toClaimDto(await releaseSlot(tx, order, claim, 'withdrawn', caller.actor, now));
}

/** Refuses a check-in outside the order's window (with slack) or too far from its location. */
function refuseCheckIn(order: OrderRow, at: { lat?: number; lng?: number }, now: Date, rules: CheckInRules) {
  if (order.lat === null || order.lng === null || !order.windowStartsAt || !order.windowEndsAt) return;
  const slack = rules.CHECKIN_WINDOW_SLACK_S * 1000;
  if (
    now.getTime() < order.windowStartsAt.getTime() - slack ||
    now.getTime() > order.windowEndsAt.getTime() + slack
  )
    throw Errors.checkInRefused('check-in is outside the order window', { reason: 'outside_window' });
  if (at.lat !== undefined && at.lng !== undefined) {
    const d = distanceM({ lat: order.lat, lng: order.lng }, { lat: at.lat, lng: at.lng });
    if (d > rules.CHECKIN_MAX_DISTANCE_M)
      throw Errors.checkInRefused(`check-in is ${Math.round(d)} m from the order's location`, {
        reason: 'too_far',
        distanceM: Math.round(d),
      });
  }
}

export async function checkInClaim(
  tx: Db,
  caller: Caller,
  orderId: string,
  claimId: string,
  at: { lat?: number; lng?: number },
  now: Date,
  rules: CheckInRules,
) {
  const { order, claim } = await lockClaimForChange(tx, caller, orderId, claimId, now);
  if (claim.status !== 'held')
    throw Errors.invalidTransition(`a claim that is ${claim.status} cannot check in`, {
      currentStatus: claim.status,
    });
  refuseCheckIn(order, at, now, rules);
  const row = await applyCommand(
    tx,
    order,
    { type: 'check_in' },
    {
      actor: caller.actor,
      action: 'claim.checked_in',
      now,
      changes: { startedAt: order.startedAt ?? now },
      auditExtra: { claim: { ...claimEntity(claim), status: 'checked_in' } },
    },
  );
  const updated = await updateClaim(tx, claim.id, {
    status: 'checked_in',
    checkedInAt: now,
    checkInLat: at.lat ?? null,
    checkInLng: at.lng ?? null,
    updatedAt: now,
  });
  await endTransfersOfChangedClaims(tx, row, caller.actor, now);
  await emitOrderEvent(tx, 'claim.checked_in', row, now, { claimId, memberId: claim.memberId });
  return toClaimDto(updated);
}

/** The member reports the work done; the order is completed when every slot-holding claim has. */
export async function completeClaim(
  tx: Db,
  caller: Caller,
  orderId: string,
  claimId: string,
  body: { hours: number; note?: string },
  now: Date,
) {
  const { order, claim } = await lockClaimForChange(tx, caller, orderId, claimId, now);
  if (claim.status !== 'checked_in')
    throw Errors.invalidTransition(`a claim that is ${claim.status} cannot be completed`, {
      currentStatus: claim.status,
    });
  const row = await applyCommand(
    tx,
    order,
    { type: 'complete_claim' },
    {
      actor: caller.actor,
      action: 'claim.completed',
      now,
      auditExtra: { claim: { ...claimEntity(claim), status: 'completed', hours: body.hours } },
    },
  );
  const updated = await updateClaim(tx, claim.id, {
    status: 'completed',
    hoursReported: body.hours,
    note: body.note ?? null,
    completedAt: now,
    updatedAt: now,
  });
  await giveCapacity(tx, claim.memberId);
  await emitOrderEvent(tx, 'claim.completed', row, now, {
    claimId,
    memberId: claim.memberId,
    hours: body.hours,
  });
  if (row.status === 'completed') await emitOrderEvent(tx, 'order.completed', row, now);
  return toClaimDto(updated);
}
