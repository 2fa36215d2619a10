import { and, asc, eq, lt, sql } from 'drizzle-orm';
import { type Actor, appendAudit } from '../../audit/audit.repo.js';
import type { AuthContext } from '../../auth/scope.js';
import type { Db } from '../../db/client.js';
import { execute } from '../../db/exec.js';
import { isUniqueViolation } from '../../db/pg-errors.js';
import { claims, members, offers, orders } from '../../db/schema/index.js';
import { transaction } from '../../db/transaction.js';
import { distanceM } from '../../domain/geo.js';
import { Errors } from '../../errors.js';
import { idempotent } from '../../lib/idempotency.js';
import { newId } from '../../lib/ids.js';
import { enqueueJob } from '../../outbox/outbox.repo.js';
import { loadVisibleOrder, lockOrder, managesOrder, type OrderRow, orderVisibility } from './order-access.js';
import { type ClaimRow, toClaimDto } from './order-dto.js';
import { applyCommand, audienceQuery, emitOrderEvent, emitOrderEvents } from './order-events.js';
import type { OrdersDeps } from './orders.service.js';
import { memberEligible } from './reach.js';

/**
 * What the claim path reads about the member for one order: the member row (id, unit, availability),
 * its live claim on the order if any, and whether the order's reach and skills admit it.
 */
interface MemberFacts {
  memberId: string | null;
  memberUnitId: string | null;
  available: boolean | null;
  liveClaimId: string | null;
  eligible: boolean | null;
}

const liveStatuses = sql`('waitlisted','held','checked_in','completed')`;

/** The order as the refusal rules need it. */
type OrderGate = Pick<OrderRow, 'status' | 'headcount' | 'slotsHeld' | 'regionPath'>;

/**
 * The claim's refusals, in the order the API promises them: the member the key may not act for
 * (404), an order in the wrong status, a live claim of the member, an unavailable or ineligible
 * member, then a full order (unless joining the waitlist). Returns whether the order is full.
 */
function refuseClaim(
  auth: AuthContext,
  order: OrderGate,
  memberId: string,
  facts: MemberFacts,
  waitlist: boolean,
): boolean {
  // A member key only for itself; a unit admin for its unit's members; staff in scope.
  const allowed =
    facts.memberId !== null &&
    ((auth.role === 'member' && auth.memberId === facts.memberId) ||
      (auth.role === 'unit_admin' && facts.memberUnitId !== null && auth.unitId === facts.memberUnitId) ||
      managesOrder(auth, order));
  if (!allowed) throw Errors.notFound(`member ${memberId} not found`);
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
  if (full && !waitlist) throw Errors.orderFull(`all ${order.headcount} slots are held`);
  return full;
}

interface LockedFacts extends MemberFacts {
  held: number;
  started: number;
  done: number;
  /** The member's capacity was taken (asked for a held claim only). */
  tookCapacity: boolean;
  /** The claim row was written. */
  inserted: boolean;
  /** The order's audience (audienceUnits) as it was before this claim. */
  audience: string[];
}

interface ClaimWrite {
  id: string;
  orderId: string;
  memberId: string;
  unitId: string | null;
  offerId: string | null;
  status: 'held' | 'waitlisted';
  createdBy: string;
  now: Date;
  order: OrderRow;
}

/**
 * Run after the order is locked, so it sees every claim committed before the lock: reads the member
 * facts and the order's slot counters from its claims (those orderState counts), and in the same
 * statement takes the member's capacity (for a held claim) and writes the claim, each only when the
 * facts allow it, and reads the order's event audience. The caller still applies refuseClaim to the facts and rolls back on a refusal;
 * the writes' conditions only keep them from failing on a claim that is refused anyway.
 */
async function lockedFactsAndWrite(tx: Db, claim: ClaimWrite): Promise<LockedFacts> {
  const { rows } = await execute<{
    member_id: string | null;
    unit_id: string | null;
    available: boolean | null;
    live_id: string | null;
    eligible: boolean | null;
    held: number;
    started: number;
    done: number;
    took: boolean;
    inserted: boolean;
    audience: string[];
  }>(
    tx,
    sql`
    with f as (
      select m.id as member_id, m.unit_id, m.available,
        (select c.id from claims c where c.order_id = ${claim.orderId} and c.member_id = m.id and c.status in ${liveStatuses} limit 1) as live_id,
        (select ${memberEligible('o', 'm', claim.now)} from orders o where o.id = ${claim.orderId}) as eligible,
        s.held, s.started, s.done
      from (select count(*) filter (where status in ('held','checked_in','completed'))::int as held,
                   count(*) filter (where status in ('checked_in','completed'))::int as started,
                   count(*) filter (where status = 'completed')::int as done
            from claims where order_id = ${claim.orderId}) s
      left join members m on m.id = ${claim.memberId}),
    ok as (
      select 1 from f where f.member_id is not null and f.live_id is null and f.available and f.eligible),
    -- The row lock of this update settles races with erasure or a change of availability too.
    cap as (
      update members set active_claims = active_claims + 1
      where ${claim.status} = 'held' and exists (select 1 from ok)
        and id = ${claim.memberId} and status = 'active' and available and active_claims < max_active_claims
      returning id),
    ins as (
      insert into claims (id, order_id, member_id, unit_id, offer_id, status, created_by, created_at, updated_at)
      select ${claim.id}::uuid, ${claim.orderId}::uuid, ${claim.memberId}::uuid, ${claim.unitId}::uuid,
             ${claim.offerId}::uuid, ${claim.status}, ${claim.createdBy}::uuid, ${claim.now}::timestamptz, ${claim.now}::timestamptz
      where exists (select 1 from ok) and (${claim.status} = 'waitlisted' or exists (select 1 from cap))
      returning id)
    select f.*, exists (select 1 from cap) as took, exists (select 1 from ins) as inserted,
      (select coalesce(array_agg(a.unit_id::text), '{}') from (${audienceQuery(claim.order, claim.now)}) a) as audience
    from f`,
  );
  const r = rows[0]!;
  return {
    memberId: r.member_id,
    memberUnitId: r.unit_id,
    available: r.available,
    liveClaimId: r.live_id,
    eligible: r.eligible,
    held: r.held,
    started: r.started,
    done: r.done,
    tookCapacity: r.took,
    inserted: r.inserted,
    audience: r.audience,
  };
}

/** Why a held claim could not take the member's capacity (the update's WHERE was the check). */
async function capacityRefusal(tx: Db, memberId: string): Promise<never> {
  const [m] = await tx
    .select({ status: members.status, available: members.available })
    .from(members)
    .where(eq(members.id, memberId));
  if (m?.status !== 'active' || !m.available) throw Errors.memberUnavailable();
  throw Errors.memberAtCapacity();
}

/**
 * The order (as the key sees it) and the member facts in one read, without a lock or transaction:
 * a claim this read refuses is answered at once (the refusal held when it was read). A claim it
 * admits goes through the locked transaction, which decides again.
 */
async function preCheck(
  db: Db,
  auth: AuthContext,
  orderId: string,
  input: ClaimInput,
  now: Date,
): Promise<void> {
  const { rows } = await execute<{
    status: OrderRow['status'];
    headcount: number;
    slots_held: number;
    region_path: string;
    member_id: string | null;
    unit_id: string | null;
    available: boolean | null;
    live_id: string | null;
    eligible: boolean | null;
  }>(
    db,
    sql`
    select orders.status, orders.headcount, orders.slots_held, orders.region_path,
      m.id as member_id, m.unit_id, m.available,
      (select c.id from claims c where c.order_id = orders.id and c.member_id = m.id and c.status in ${liveStatuses} limit 1) as live_id,
      ${memberEligible('orders', 'm', now)} as eligible
    from orders left join members m on m.id = ${input.memberId}
    where orders.id = ${orderId} and ${orderVisibility(auth, now) ?? sql`true`}`,
  );
  const r = rows[0];
  if (!r) throw Errors.notFound(`order ${orderId} not found`);
  refuseClaim(
    auth,
    { status: r.status, headcount: r.headcount, slotsHeld: r.slots_held, regionPath: r.region_path },
    input.memberId,
    {
      memberId: r.member_id,
      memberUnitId: r.unit_id,
      available: r.available,
      liveClaimId: r.live_id,
      eligible: r.eligible,
    },
    input.waitlist,
  );
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

async function loadClaim(tx: Db, orderId: string, claimId: string, lock = false) {
  const q = tx
    .select()
    .from(claims)
    .where(and(eq(claims.id, claimId), eq(claims.orderId, orderId)));
  const [claim] = lock ? await q.for('update') : await q;
  if (!claim) throw Errors.notFound(`claim ${claimId} not found`);
  return claim;
}

const claimEntity = (c: ClaimRow) => ({
  claimId: c.id,
  memberId: c.memberId,
  status: c.status,
  offerId: c.offerId,
});

async function giveCapacity(tx: Db, memberId: string): Promise<void> {
  await tx
    .update(members)
    .set({ activeClaims: sql`greatest(${members.activeClaims} - 1, 0)` })
    .where(eq(members.id, memberId));
}

export interface ClaimInput {
  memberId: string;
  waitlist: boolean;
  offerId?: string;
}

export function createClaimsService(deps: OrdersDeps) {
  const { db, clock, config } = deps;
  const inOrderSequence = keyedSequence();

  /**
   * The one claim path (the claim route and offer acceptance both come here). The order row is
   * locked first, then the member row: every claim of an order is serialised on the order, and
   * capacity is checked by a conditional update, so no race can overfill an order or a member.
   */
  async function claimInTx(tx: Db, auth: AuthContext, actor: Actor, orderId: string, input: ClaimInput) {
    const now = clock.now();
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
    if (status === 'held' && !facts.tookCapacity) await capacityRefusal(tx, memberId);
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
      createdAt: now,
      checkedInAt: null,
      completedAt: null,
      endedAt: null,
    };
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
    if (input.offerId) {
      await tx
        .update(offers)
        .set({ status: 'accepted', respondedAt: now })
        .where(eq(offers.id, input.offerId));
    }
    return toClaimDto(claim);
  }

  /** Gives a freed slot to the first waitlisted member who still has capacity. */
  async function promoteWaitlist(tx: Db, order: OrderRow, actor: Actor, now: Date): Promise<OrderRow> {
    let current = order;
    const waiting = await tx
      .select()
      .from(claims)
      .where(and(eq(claims.orderId, order.id), eq(claims.status, 'waitlisted')))
      .orderBy(asc(claims.createdAt), asc(claims.id))
      .for('update');
    for (const w of waiting) {
      if (current.slotsHeld >= current.headcount) break;
      const [hasRoom] = await tx
        .update(members)
        .set({ activeClaims: sql`${members.activeClaims} + 1` })
        .where(
          and(
            eq(members.id, w.memberId),
            sql`${members.activeClaims} < ${members.maxActiveClaims}`,
            eq(members.available, true),
          ),
        )
        .returning({ id: members.id });
      if (!hasRoom) continue;
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
      await tx.update(claims).set({ status: 'held', updatedAt: now }).where(eq(claims.id, w.id));
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
  async function releaseSlot(
    tx: Db,
    order: OrderRow,
    claim: ClaimRow,
    to: 'withdrawn' | 'no_show',
    actor: Actor,
    now: Date,
  ) {
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
    const [ended] = await tx
      .update(claims)
      .set({ status: to, endedAt: now, updatedAt: now })
      .where(eq(claims.id, claim.id))
      .returning();
    await giveCapacity(tx, claim.memberId);
    await emitOrderEvent(tx, to === 'withdrawn' ? 'claim.withdrawn' : 'claim.no_show', row, now, {
      claimId: claim.id,
      memberId: claim.memberId,
    });
    if (row.status === 'completed') await emitOrderEvent(tx, 'order.completed', row, now);
    row = await promoteWaitlist(tx, row, actor, now);
    if (
      row.dispatchMode === 'auto' &&
      row.slotsHeld < row.headcount &&
      ['open', 'in_progress'].includes(row.status)
    )
      await enqueueJob(tx, {
        queue: 'matching',
        name: 'match',
        payload: { orderId: row.id, reason: 'claim_withdrawn' },
      });
    return ended!;
  }

  /** Claims are changed by the member itself, its unit admin, or staff managing the order. */
  function requireClaimActor(
    auth: AuthContext,
    order: OrderRow,
    claim: ClaimRow,
    memberUnitId: string | null,
  ) {
    const ok =
      (auth.role === 'member' && auth.memberId === claim.memberId) ||
      (auth.role === 'unit_admin' && auth.unitId !== null && auth.unitId === memberUnitId) ||
      managesOrder(auth, order);
    if (!ok) throw Errors.notFound(`claim ${claim.id} not found`);
  }

  async function lockForClaimChange(tx: Db, auth: AuthContext, orderId: string, claimId: string) {
    const now = clock.now();
    const order = await loadVisibleOrder(tx, auth, orderId, now, { lock: true });
    const claim = await loadClaim(tx, orderId, claimId, true);
    const [member] = await tx
      .select({ unitId: members.unitId })
      .from(members)
      .where(eq(members.id, claim.memberId));
    requireClaimActor(auth, order, claim, member?.unitId ?? null);
    return { order, claim, now };
  }

  return {
    claimInTx,
    releaseSlot,

    /** Held claims whose order window has ended without a check-in become no-shows; their slots reopen. */
    async markNoShows(actor: Actor): Promise<number> {
      const now = clock.now();
      const due = await db
        .select({ id: claims.id, orderId: claims.orderId })
        .from(claims)
        .innerJoin(orders, eq(orders.id, claims.orderId))
        .where(and(eq(claims.status, 'held'), lt(orders.windowEndsAt, now)))
        .orderBy(asc(claims.id))
        .limit(500);
      let marked = 0;
      for (const d of due) {
        marked += await transaction(db, async (tx) => {
          const order = await lockOrder(tx, d.orderId);
          const claim = await loadClaim(tx, d.orderId, d.id, true);
          if (!order || claim.status !== 'held') return 0;
          await releaseSlot(tx, order, claim, 'no_show', actor, now);
          return 1;
        });
      }
      return marked;
    },

    async claim(
      auth: AuthContext,
      actor: Actor,
      orderId: string,
      input: ClaimInput,
      idempotencyKey?: string,
    ) {
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
            body: await claimInTx(tx, auth, actor, orderId, input),
          }),
        );
      });
    },

    async list(auth: AuthContext, orderId: string) {
      const order = await loadVisibleOrder(db, auth, orderId, clock.now());
      const rows = await db
        .select()
        .from(claims)
        .where(eq(claims.orderId, order.id))
        .orderBy(asc(claims.createdAt), asc(claims.id));
      return { items: rows.map(toClaimDto) };
    },

    async withdraw(auth: AuthContext, actor: Actor, orderId: string, claimId: string) {
      return transaction(db, async (tx) => {
        const { order, claim, now } = await lockForClaimChange(tx, auth, orderId, claimId);
        if (claim.status === 'waitlisted') {
          const [ended] = await tx
            .update(claims)
            .set({ status: 'withdrawn', endedAt: now, updatedAt: now })
            .where(eq(claims.id, claim.id))
            .returning();
          await appendAudit(tx, {
            entityType: 'order',
            entityId: orderId,
            action: 'claim.withdrawn',
            actor,
            before: claimEntity(claim),
            after: claimEntity(ended!),
            at: now,
          });
          return toClaimDto(ended!);
        }
        if (claim.status !== 'held')
          throw Errors.invalidTransition(`a claim that is ${claim.status} cannot be withdrawn`, {
            currentStatus: claim.status,
          });
        return toClaimDto(await releaseSlot(tx, order, claim, 'withdrawn', actor, now));
      });
    },

    async checkIn(
      auth: AuthContext,
      actor: Actor,
      orderId: string,
      claimId: string,
      at: { lat?: number; lng?: number },
    ) {
      return transaction(db, async (tx) => {
        const { order, claim, now } = await lockForClaimChange(tx, auth, orderId, claimId);
        if (claim.status !== 'held')
          throw Errors.invalidTransition(`a claim that is ${claim.status} cannot check in`, {
            currentStatus: claim.status,
          });
        if (order.lat !== null && order.lng !== null && order.windowStartsAt && order.windowEndsAt) {
          const slack = config.CHECKIN_WINDOW_SLACK_S * 1000;
          if (
            now.getTime() < order.windowStartsAt.getTime() - slack ||
            now.getTime() > order.windowEndsAt.getTime() + slack
          )
            throw Errors.checkInRefused('check-in is outside the order window', { reason: 'outside_window' });
          if (at.lat !== undefined && at.lng !== undefined) {
            const d = distanceM({ lat: order.lat, lng: order.lng }, { lat: at.lat, lng: at.lng });
            if (d > config.CHECKIN_MAX_DISTANCE_M)
              throw Errors.checkInRefused(`check-in is ${Math.round(d)} m from the order's location`, {
                reason: 'too_far',
                distanceM: Math.round(d),
              });
          }
        }
        const row = await applyCommand(
          tx,
          order,
          { type: 'check_in' },
          {
            actor,
            action: 'claim.checked_in',
            now,
            changes: { startedAt: order.startedAt ?? now },
            auditExtra: { claim: { ...claimEntity(claim), status: 'checked_in' } },
          },
        );
        const [updated] = await tx
          .update(claims)
          .set({
            status: 'checked_in',
            checkedInAt: now,
            checkInLat: at.lat ?? null,
            checkInLng: at.lng ?? null,
            updatedAt: now,
          })
          .where(eq(claims.id, claim.id))
          .returning();
        await emitOrderEvent(tx, 'claim.checked_in', row, now, { claimId, memberId: claim.memberId });
        return toClaimDto(updated!);
      });
    },

    async complete(
      auth: AuthContext,
      actor: Actor,
      orderId: string,
      claimId: string,
      body: { hours: number; note?: string },
    ) {
      return transaction(db, async (tx) => {
        const { order, claim, now } = await lockForClaimChange(tx, auth, orderId, claimId);
        if (claim.status !== 'checked_in')
          throw Errors.invalidTransition(`a claim that is ${claim.status} cannot be completed`, {
            currentStatus: claim.status,
          });
        const row = await applyCommand(
          tx,
          order,
          { type: 'complete_claim' },
          {
            actor,
            action: 'claim.completed',
            now,
            auditExtra: { claim: { ...claimEntity(claim), status: 'completed', hours: body.hours } },
          },
        );
        const [updated] = await tx
          .update(claims)
          .set({
            status: 'completed',
            hoursReported: body.hours,
            note: body.note ?? null,
            completedAt: now,
            updatedAt: now,
          })
          .where(eq(claims.id, claim.id))
          .returning();
        await giveCapacity(tx, claim.memberId);
        await emitOrderEvent(tx, 'claim.completed', row, now, {
          claimId,
          memberId: claim.memberId,
          hours: body.hours,
        });
        if (row.status === 'completed') await emitOrderEvent(tx, 'order.completed', row, now);
        return toClaimDto(updated!);
      });
    },
  };
}

export type ClaimsService = ReturnType<typeof createClaimsService>;
