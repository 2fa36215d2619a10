import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../audit/audit.repo.js';
import type { AuthContext } from '../../auth/scope.js';
import { claims } from '../../db/schema/index.js';
import { transaction } from '../../db/transaction.js';
import { Errors } from '../../errors.js';
import { enqueueJob } from '../../outbox/outbox.repo.js';
import { creditVerifiedClaims } from '../ledger/ledger.service.js';
import { loadVisibleOrder, requireManager } from './order-access.js';
import { toOrderDto } from './order-dto.js';
import { applyCommand, emitOrderEvent } from './order-events.js';
import type { VerifyBody } from './orders.schemas.js';
import type { OrdersDeps } from './orders.service.js';

/**
 * Staff confirm finished work with the resident's rating. Resolved: approved hours are fixed on each
 * claim and credited to the love bank in the same transaction. Not resolved: the order reopens, its
 * claims are released (history kept) and dispatch starts again.
 */
export function createVerificationService(deps: OrdersDeps) {
  const { db, clock, config } = deps;
  return {
    async verify(auth: AuthContext, actor: Actor, id: string, body: VerifyBody) {
      return transaction(db, async (tx) => {
        const now = clock.now();
        const order = await loadVisibleOrder(tx, auth, id, now, { lock: true });
        requireManager(auth, order);
        if (order.status !== 'completed')
          throw Errors.invalidTransition(`cannot verify an order that is ${order.status}`, {
            currentStatus: order.status,
          });

        if (!body.resolved) {
          const releasing = await tx
            .select({ id: claims.id })
            .from(claims)
            .where(and(eq(claims.orderId, id), inArray(claims.status, ['held', 'checked_in', 'completed'])));
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
              },
              auditExtra: { releasedClaimIds: releasing.map((c) => c.id), feedback: body.feedback ?? null },
            },
          );
          const released = await tx
            .update(claims)
            .set({ status: 'released', endedAt: now, updatedAt: now })
            .where(and(eq(claims.orderId, id), inArray(claims.status, ['held', 'checked_in', 'completed'])))
            .returning({ id: claims.id, memberId: claims.memberId });
          await emitOrderEvent(tx, 'order.reopened', row, now, {
            releasedClaimIds: released.map((c) => c.id),
          });
          if (row.dispatchMode === 'auto')
            await enqueueJob(tx, {
              queue: 'matching',
              name: 'match',
              payload: { orderId: id, reason: 'reopened' },
            });
          return { order: toOrderDto(row, { revealPersonal: true }), credits: [] };
        }

        const completed = await tx
          .select()
          .from(claims)
          .where(and(eq(claims.orderId, id), eq(claims.status, 'completed')));
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
          await tx
            .update(claims)
            .set({ approvedHours: hours ?? 0, updatedAt: now })
            .where(eq(claims.id, c.id));
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
          orderId: id,
          actor,
          basePointsRate: config.POINTS_BASE_RATE,
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
      });
    },
  };
}
