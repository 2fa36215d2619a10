import { and, asc, eq, inArray, lt, sql } from 'drizzle-orm';
import { type Actor, appendAudit } from '../../audit/audit.js';
import type { AuthContext } from '../../auth/scope.js';
import type { DbOrTx, Tx } from '../../db/client.js';
import { claims, members, offers, orders } from '../../db/schema/index.js';
import { distanceM } from '../../domain/geo.js';
import { Errors } from '../../errors.js';
import { idempotent } from '../../lib/idempotency.js';
import { newId } from '../../lib/ids.js';
import { enqueueJob } from '../../outbox/outbox.js';
import { loadVisibleOrder, managesOrder, type OrderRow } from './order-access.js';
import { type ClaimRow, toClaimDto } from './order-dto.js';
import { applyCommand, emitOrderEvent } from './order-events.js';
import type { OrdersDeps } from './orders.service.js';
import { memberEligible } from './reach.js';

type MemberRow = typeof members.$inferSelect;

/** The member a key acts for: a member key only for itself; a unit admin for its unit's members; staff in scope. */
async function memberActingFor(
  tx: DbOrTx,
  auth: AuthContext,
  memberId: string,
  order: OrderRow,
): Promise<MemberRow> {
  const [member] = await tx.select().from(members).where(eq(members.id, memberId));
  const allowed =
    member &&
    ((auth.role === 'member' && auth.memberId === member.id) ||
      (auth.role === 'unit_admin' && member.unitId !== null && auth.unitId === member.unitId) ||
      managesOrder(auth, order));
  if (!member || !allowed) throw Errors.notFound(`member ${memberId} not found`);
  return member;
}

async function isEligible(tx: DbOrTx, orderId: string, memberId: string, now: Date): Promise<boolean> {
  const { rows } = await tx.execute<{ ok: boolean }>(sql`
    select ${memberEligible('o', 'm', now)} as ok from orders o, members m where o.id = ${orderId} and m.id = ${memberId}`);
  return rows[0]?.ok === true;
}

async function loadClaim(tx: DbOrTx, orderId: string, claimId: string, lock = false) {
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

/** Member capacity: one more active claim, refused at maxActiveClaims (the update's WHERE is the check). */
async function takeCapacity(tx: DbOrTx, memberId: string): Promise<void> {
  // The row lock of this update settles races with erasure or a change of availability too.
  const taken = await tx
    .update(members)
    .set({ activeClaims: sql`${members.activeClaims} + 1` })
    .where(
      and(
        eq(members.id, memberId),
        eq(members.status, 'active'),
        eq(members.available, true),
        sql`${members.activeClaims} < ${members.maxActiveClaims}`,
      ),
    )
    .returning({ id: members.id });
  if (taken.length > 0) return;
  const [m] = await tx
    .select({ status: members.status, available: members.available })
    .from(members)
    .where(eq(members.id, memberId));
  if (m?.status !== 'active' || !m.available) throw Errors.memberUnavailable();
  throw Errors.memberAtCapacity();
}

async function giveCapacity(tx: DbOrTx, memberId: string): Promise<void> {
  await tx
    .update(members)
    .set({ activeClaims: sql`greatest(${members.activeClaims} - 1, 0)` })
    .where(eq(members.id, memberId));
}

const isUniqueViolation = (err: unknown) =>
  (err as { code?: string }).code === '23505' ||
  (err as { cause?: { code?: string } }).cause?.code === '23505';

export interface ClaimInput {
  memberId: string;
  waitlist: boolean;
  offerId?: string;
}

export function claimsService(deps: OrdersDeps) {
  const { db, clock, config } = deps;

  /**
   * The one claim path (the claim route and offer acceptance both come here). The order row is
   * locked first, then the member row: every claim of an order is serialised on the order, and
   * capacity is checked by a conditional update, so no race can overfill an order or a member.
   */
  async function claimInTx(tx: Tx, auth: AuthContext, actor: Actor, orderId: string, input: ClaimInput) {
    const now = clock.now();
    const order = await loadVisibleOrder(tx, auth, orderId, now, { lock: true });
    const member = await memberActingFor(tx, auth, input.memberId, order);
    if (!['open', 'filled', 'in_progress'].includes(order.status))
      throw Errors.invalidTransition(`cannot claim an order that is ${order.status}`, {
        currentStatus: order.status,
      });
    const [live] = await tx
      .select({ id: claims.id })
      .from(claims)
      .where(
        and(
          eq(claims.orderId, orderId),
          eq(claims.memberId, member.id),
          inArray(claims.status, ['waitlisted', 'held', 'checked_in', 'completed']),
        ),
      );
    if (live) throw Errors.alreadyClaimed(undefined, { claimId: live.id });
    if (!member.available) throw Errors.memberUnavailable();
    if (!(await isEligible(tx, orderId, member.id, now)))
      throw Errors.notEligible(
        'the member has not reported in to the community, is in no paired unit, or lacks a required skill',
      );

    const full = order.slotsHeld >= order.headcount;
    if (full && !input.waitlist) throw Errors.orderFull(`all ${order.headcount} slots are held`);
    const id = newId();
    const status = full ? ('waitlisted' as const) : ('held' as const);
    const entity = { claimId: id, memberId: member.id, status, offerId: input.offerId ?? null };
    if (status === 'held') await takeCapacity(tx, member.id);
    // The order moves first (the state machine counts the claims as they were), then the claim is written.
    const row =
      status === 'held'
        ? await applyCommand(
            tx,
            order,
            { type: 'claim' },
            {
              actor,
              action: 'claim.created',
              now,
              changes: { firstClaimedAt: order.firstClaimedAt ?? now },
              auditExtra: { claim: entity },
            },
          )
        : order;
    let claim: ClaimRow;
    try {
      const [inserted] = await tx
        .insert(claims)
        .values({
          id,
          orderId,
          memberId: member.id,
          unitId: auth.role === 'unit_admin' ? auth.unitId : null,
          offerId: input.offerId ?? null,
          status,
          createdBy: auth.keyId,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      claim = inserted!;
    } catch (err) {
      if (isUniqueViolation(err)) throw Errors.alreadyClaimed();
      throw err;
    }
    if (status === 'held') {
      await emitOrderEvent(tx, 'claim.created', row, now, { claimId: id, memberId: member.id });
      if (row.status === 'filled') await emitOrderEvent(tx, 'order.filled', row, now);
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
  async function promoteWaitlist(tx: Tx, order: OrderRow, actor: Actor, now: Date): Promise<OrderRow> {
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
    tx: Tx,
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

  async function lockForClaimChange(tx: Tx, auth: AuthContext, orderId: string, claimId: string) {
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
        marked += await db.transaction(async (tx) => {
          const [order] = await tx.select().from(orders).where(eq(orders.id, d.orderId)).for('update');
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
      return db.transaction(async (tx) => {
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
      return db.transaction(async (tx) => {
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
      return db.transaction(async (tx) => {
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

export type ClaimsService = ReturnType<typeof claimsService>;
