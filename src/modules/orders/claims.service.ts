import { type Actor, appendAudit } from '../../audit/audit.repo.js';
import type { AuthContext, Caller } from '../../auth/scope.js';
import type { Db } from '../../db/client.js';
import { isUniqueViolation } from '../../db/pg-errors.js';
import { transaction } from '../../db/transaction.js';
import { Errors } from '../../errors.js';
import { idempotent } from '../../lib/idempotency.js';
import { newId } from '../../lib/ids.js';
import type { ServiceDeps } from '../deps.js';
import { refuseCapacity, refuseClaim } from './claim-eligibility.js';
import { checkInClaim, completeClaim, withdrawClaim } from './claim-progress.js';
import { toClaimDto } from './claims.dto.js';
import {
  acceptOffer,
  type ClaimRow,
  claimPreCheckFacts,
  claimsOf,
  type LockedFacts,
  lockedFactsAndWrite,
  memberStanding,
} from './claims.repo.js';
import { markNoShows } from './no-shows.js';
import { emitOrderEvents } from './order-events.js';
import { applyCommand } from './order-lifecycle.js';
import { loadVisibleOrder } from './orders.access.js';

export interface ClaimInput {
  memberId: string;
  waitlist: boolean;
  offerId?: string;
}

/**
 * Runs the tasks given for one key one after another, in arrival order, and tasks of different keys
 * side by side. Claims on one order wait here rather than on the order's row lock in Postgres, so
 * they do not hold pooled connections while they wait, and a claim's pre-check sees what the claims
 * before it committed.
 */
export function keyedSequence() {
  const tails = new Map<string, Promise<void>>();
  return async <T>(key: string, task: () => Promise<T>): Promise<T> => {
    const previous = tails.get(key);
    const result = previous ? previous.then(task) : task();
    const tail = result.then(
      () => {},
      () => {},
    );
    tails.set(key, tail);
    try {
      return await result;
    } finally {
      if (tails.get(key) === tail) tails.delete(key);
    }
  };
}

/**
 * The order (as the key sees it) and the member facts in one read, without a lock or transaction:
 * a claim this read refuses is answered at once (the refusal held when it was read). A claim it
 * admits goes through the locked transaction, which decides again.
 */
async function preCheck(db: Db, auth: AuthContext, orderId: string, input: ClaimInput, now: Date) {
  const read = await claimPreCheckFacts(db, auth, orderId, input.memberId, now);
  if (!read) throw Errors.notFound(`order ${orderId} not found`);
  refuseClaim(auth, read.order, input.memberId, read.facts, input.waitlist);
}

/**
 * The one claim path (the claim route and offer acceptance both come here). The order row is
 * locked first, then the member row: every claim of an order is serialised on the order, and
 * capacity is checked by a conditional update, so no race can overfill an order or a member.
 */
async function takeSlot(
  tx: Db,
  auth: AuthContext,
  actor: Actor,
  orderId: string,
  input: ClaimInput,
  now: Date,
) {
  const order = await loadVisibleOrder(tx, auth, orderId, now, { lock: true });
  const id = newId();
  const status = order.slotsHeld >= order.headcount ? ('waitlisted' as const) : ('held' as const);
  const offerId = input.offerId ?? null;
  const unitId = auth.role === 'unit_admin' ? auth.unitId : null;
  let facts: LockedFacts;
  try {
    facts = await lockedFactsAndWrite(tx, {
      id,
      orderId,
      memberId: input.memberId,
      unitId,
      offerId,
      status,
      createdBy: auth.keyId,
      now,
      order,
    });
  } catch (err) {
    // The live-claim check runs under the order lock, so the unique index is a second line only.
    if (isUniqueViolation(err)) throw Errors.alreadyClaimed();
    throw err;
  }
  refuseClaim(auth, order, input.memberId, facts, input.waitlist);
  const memberId = facts.memberId!;
  const entity = { claimId: id, memberId, status, offerId };
  if (status === 'held' && !facts.tookCapacity) refuseCapacity(await memberStanding(tx, memberId));
  // The statement writes the claim exactly when the facts admit it, which refuseClaim has just checked.
  if (!facts.inserted) throw new Error(`claim ${id} was admitted but not written`);
  const claim: ClaimRow = {
    id,
    orderId,
    memberId,
    unitId,
    offerId,
    status,
    hoursReported: null,
    approvedHours: null,
    note: null,
    checkInLat: null,
    checkInLng: null,
    createdAt: now,
    updatedAt: now,
    checkedInAt: null,
    completedAt: null,
    endedAt: null,
    createdBy: auth.keyId,
  };
  // Accepted before the order changes: a claim that fills the order withdraws the offers still pending.
  if (input.offerId) await acceptOffer(tx, input.offerId, now);
  if (status === 'held') {
    // The state machine counts the claims as they were before this one.
    const row = await applyCommand(
      tx,
      order,
      { type: 'claim' },
      {
        actor,
        action: 'claim.created',
        now,
        changes: { firstClaimedAt: order.firstClaimedAt ?? now },
        auditExtra: { claim: entity },
        state: {
          status: order.status,
          headcount: order.headcount,
          held: facts.held,
          started: facts.started,
          done: facts.done,
        },
      },
    );
    // The audience was read before the claim was written: the new claim's unit joins it here.
    const audience = [...new Set([...facts.audience, ...(facts.memberUnitId ? [facts.memberUnitId] : [])])];
    await emitOrderEvents(
      tx,
      row,
      now,
      [
        { type: 'claim.created', data: { claimId: id, memberId } },
        ...(row.status === 'filled' ? [{ type: 'order.filled' }] : []),
      ],
      audience,
    );
  } else {
    await appendAudit(tx, {
      entityType: 'order',
      entityId: orderId,
      action: 'claim.waitlisted',
      actor,
      after: entity,
      at: now,
    });
  }
  return toClaimDto(claim);
}

export function createClaimsService(deps: Pick<ServiceDeps, 'db' | 'clock' | 'config'>) {
  const { db, clock, config } = deps;
  const inOrderSequence = keyedSequence();

  return {
    /** Claims inside the caller's transaction (offer acceptance). */
    claimInTx: (tx: Db, auth: AuthContext, actor: Actor, orderId: string, input: ClaimInput) =>
      takeSlot(tx, auth, actor, orderId, input, clock.now()),

    async claim(caller: Caller, orderId: string, input: ClaimInput, idempotencyKey?: string) {
      const { auth, actor } = caller;
      return inOrderSequence(orderId, async () => {
        // A stored response is replayed whatever the order is now, so a keyed request skips the pre-check.
        if (!idempotencyKey) await preCheck(db, auth, orderId, input, clock.now());
        return idempotent(
          db,
          {
            apiKeyId: auth.keyId,
            key: idempotencyKey,
            route: `POST /v1/orders/${orderId}/claims`,
            request: input,
          },
          async (tx) => ({
            status: 201,
            body: await takeSlot(tx, auth, actor, orderId, input, clock.now()),
          }),
        );
      });
    },

    async list({ auth }: Caller, orderId: string) {
      const order = await loadVisibleOrder(db, auth, orderId, clock.now());
      return { items: (await claimsOf(db, order.id)).map(toClaimDto) };
    },

    withdraw: (caller: Caller, orderId: string, claimId: string) =>
      transaction(db, (tx) => withdrawClaim(tx, caller, orderId, claimId, clock.now())),

    checkIn: (caller: Caller, orderId: string, claimId: string, at: { lat?: number; lng?: number }) =>
      transaction(db, (tx) => checkInClaim(tx, caller, orderId, claimId, at, clock.now(), config)),

    complete: (caller: Caller, orderId: string, claimId: string, body: { hours: number; note?: string }) =>
      transaction(db, (tx) => completeClaim(tx, caller, orderId, claimId, body, clock.now())),

    /** Held claims whose order window has ended without a check-in become no-shows; their slots reopen. */
    markNoShows: (actor: Actor) => markNoShows(db, actor, clock.now()),
  };
}

export type ClaimsService = ReturnType<typeof createClaimsService>;
