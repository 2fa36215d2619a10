import type { AuthContext } from '../../auth/scope.js';
import { Errors } from '../../errors.js';
import type { MemberFacts, OrderGate } from './claims.repo.js';
import { actsForMember } from './orders.access.js';

/**
 * Who may take a slot of an order, written once. The refusals below decide on facts read by the
 * claim statements (the pre-check, and again under the order's lock); the same rule guards the
 * writes in SQL (claims.repo.ts: the `ok` facts and roomForClaim, which waitlist promotion uses
 * too).
 */

/**
 * The claim's refusals, in the order the API promises them: the member the key may not act for
 * (404), an order in the wrong status, a live claim of the member, an unavailable or ineligible
 * member, then a full order (unless joining the waitlist). Returns whether the order is full.
 */
export function refuseClaim(
  auth: AuthContext,
  order: OrderGate,
  memberId: string,
  facts: MemberFacts,
  waitlist: boolean,
): boolean {
  const allowed =
    facts.memberId !== null && actsForMember(auth, order, { id: facts.memberId, unitId: facts.memberUnitId });
  if (!allowed) throw Errors.notFound(`member ${memberId} not found`);
  return refuseMember(order, facts, waitlist);
}

/**
 * The refusals on the order and the member alone, whoever asks: an order in the wrong status, a live
 * claim of the member, an unavailable or ineligible member, then a full order (unless `roomless`:
 * joining the waitlist, or taking over a slot already held). Returns whether the order is full.
 * A claim handed over meets these on the member it moves to (modules/transfers).
 */
export function refuseMember(order: OrderGate, facts: MemberFacts, roomless: boolean): boolean {
  if (!['open', 'filled', 'in_progress'].includes(order.status))
    throw Errors.invalidTransition(`cannot claim an order that is ${order.status}`, {
      currentStatus: order.status,
    });
  if (facts.liveClaimId) throw Errors.alreadyClaimed(undefined, { claimId: facts.liveClaimId });
  if (!facts.available) throw Errors.memberUnavailable();
  if (facts.eligible !== true)
    throw Errors.notEligible(
      'the member has not reported in to the community, is in no paired unit, or lacks a required skill',
    );
  const full = order.slotsHeld >= order.headcount;
  if (full && !roomless) throw Errors.orderFull(`all ${order.headcount} slots are held`);
  return full;
}

/** Why a member had no room for a held claim (roomForClaim refused it): unavailable, or at capacity. */
export function refuseCapacity(standing: { status: string; available: boolean } | undefined): never {
  if (standing?.status !== 'active' || !standing.available) throw Errors.memberUnavailable();
  throw Errors.memberAtCapacity();
}
