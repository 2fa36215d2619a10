/** The whistle blown by hand (吹哨), the escalations officers and staff see, and the officers' answer (报到). */
import { appendAudit } from '../../audit/audit.repo.js';
import { type AuthContext, type Caller, requireRole, seesEverything } from '../../auth/scope.js';
import type { Db } from '../../db/client.js';
import { transaction } from '../../db/transaction.js';
import { orderIsActive, whistleLevel } from '../../domain/sla-clock.js';
import { Errors } from '../../errors.js';
import { idempotent } from '../../lib/idempotency.js';
import { decodeCursor, toPage } from '../../lib/pagination.js';
import type { ServiceDeps } from '../deps.js';
import { requestMatching } from '../offers/offer-events.js';
import { emitOrderEventTo } from '../orders/order-events.js';
import { loadVisibleOrder, requireManager } from '../orders/orders.access.js';
import { toOrderDto } from '../orders/orders.dto.js';
import { lockOrder } from '../orders/orders.repo.js';
import { policyFor } from './deadlines.js';
import { audienceOf, escalateOrder } from './escalate.js';
import {
  type EscalationStatus,
  findEscalation,
  listEscalations,
  lockEscalation,
  recordAnswerRating,
  recordResponse,
  unknownUnits,
} from './escalations.repo.js';
import { escalationScope } from './sla.access.js';
import { toEscalationView } from './sla.dto.js';
import type { RateAnswerBody, RespondBody, WhistleBody } from './sla.schemas.js';

/** An escalation the key sees, locked with its order (the order first, as every writer locks them). */
async function lockVisibleEscalation(tx: Db, auth: AuthContext, id: string) {
  const seen = await findEscalation(tx, id, escalationScope(auth));
  if (!seen) throw Errors.notFound(`escalation ${id} not found`);
  const order = await lockOrder(tx, seen.orderId);
  const esc = await lockEscalation(tx, id);
  if (!order || !esc) throw Errors.notFound(`escalation ${id} not found`);
  return { order, esc };
}

export function createEscalationsService({ db, clock }: Pick<ServiceDeps, 'db' | 'clock'>) {
  return {
    /** The manual whistle (吹哨): staff managing the order lift it up the ladder now. */
    async whistle({ auth, actor }: Caller, orderId: string, body: WhistleBody, key: string | undefined) {
      const route = `POST /v1/orders/${orderId}/whistle`;
      return idempotent(db, { apiKeyId: auth.keyId, key, route, request: body }, async (tx) => {
        const now = clock.now();
        const order = await loadVisibleOrder(tx, auth, orderId, now, { lock: true });
        requireManager(auth, order);
        if (!orderIsActive(order))
          throw Errors.invalidTransition(`cannot whistle for an order that is ${order.status}`, {
            currentStatus: order.status,
          });
        const target = whistleLevel(order.escalationLevel, body.level);
        if (!target.ok)
          throw Errors.escalationLevelInvalid(
            `the order is at level ${order.escalationLevel}; a whistle goes to a higher level, at most 2`,
            { currentLevel: order.escalationLevel, requestedLevel: target.level },
          );
        const result = await escalateOrder(tx, order, {
          level: target.level,
          trigger: 'manual',
          reason: body.reason,
          policy: await policyFor(tx, order.categoryCode, order.priority),
          actor,
          now,
        });
        return {
          status: 201,
          body: {
            order: toOrderDto(result.order, { revealPersonal: true }),
            escalation: toEscalationView(result.escalation),
          },
        };
      });
    },

    async list(
      { auth }: Caller,
      q: { limit: number; cursor?: string; status?: EscalationStatus; level?: number; orderId?: string },
    ) {
      const scope = escalationScope(auth);
      const rows = await listEscalations(db, scope, {
        ...q,
        after: decodeCursor(q.cursor),
        limit: q.limit + 1,
      });
      const page = toPage(rows, q.limit);
      return { items: page.items.map(toEscalationView), nextCursor: page.nextCursor };
    },

    async get({ auth }: Caller, id: string) {
      const row = await findEscalation(db, id, escalationScope(auth));
      if (!row) throw Errors.notFound(`escalation ${id} not found`);
      return toEscalationView(row);
    },

    /**
     * The officers report in (报到): a note, and units they ask to help, who may claim the order
     * from now on (orders/reach.ts reads assign_unit_ids). A breached escalation may still be
     * answered late; one answered or closed may not be answered again.
     */
    async respond({ auth, actor }: Caller, id: string, body: RespondBody) {
      requireRole(auth, 'admin', 'street_officer');
      return transaction(db, async (tx) => {
        const now = clock.now();
        const { order, esc } = await lockVisibleEscalation(tx, auth, id);
        if (esc.status !== 'open' && esc.status !== 'breached')
          throw Errors.invalidTransition(`the escalation is ${esc.status}`, { currentStatus: esc.status });
        if (!orderIsActive(order))
          throw Errors.invalidTransition(`the order is ${order.status}: nothing to respond to`, {
            currentStatus: order.status,
          });
        const assign = [...new Set(body.assignUnitIds)];
        const missing = await unknownUnits(tx, assign);
        if (missing.length)
          throw Errors.invalidReference('assigned units must exist', {
            field: 'assignUnitIds',
            unitIds: missing,
          });
        const view = toEscalationView(
          await recordResponse(tx, id, {
            respondedAt: now,
            respondedBy: auth.keyId,
            note: body.note,
            assignUnitIds: assign,
          }),
        );
        await appendAudit(tx, {
          entityType: 'order',
          entityId: order.id,
          action: 'escalation.responded',
          actor,
          before: toEscalationView(esc),
          after: view,
          at: now,
        });
        await emitOrderEventTo(tx, 'escalation.responded', order, await audienceOf(tx, order, now, assign), {
          escalationId: id,
          level: esc.level,
          regionId: esc.regionId,
          assignUnitIds: assign,
          respondedAt: view.respondedAt,
        });
        await requestMatching(tx, order, 'escalated');
        return view;
      });
    },

    /**
     * The whistlers rate the answer (1–5, with a comment): the staff and officers managing the order
     * below the escalation's level — those who blew the whistle, not those who answered it. Once,
     * after the answer; audited on the order's chain.
     */
    async rateAnswer({ auth, actor }: Caller, id: string, body: RateAnswerBody) {
      requireRole(auth, 'admin', 'street_officer', 'community_staff');
      return transaction(db, async (tx) => {
        const now = clock.now();
        const { order, esc } = await lockVisibleEscalation(tx, auth, id);
        requireManager(auth, order);
        if (!seesEverything(auth) && esc.regionPath.startsWith(auth.regionPath ?? ''))
          throw Errors.forbidden('the officers who answered an escalation do not rate their own answer');
        if (esc.respondedAt === null)
          throw Errors.invalidTransition('the escalation has not been answered yet', {
            currentStatus: esc.status,
          });
        if (esc.answerRating !== null)
          throw Errors.answerAlreadyRated(`the answer was rated ${esc.answerRating} already`, {
            rating: esc.answerRating,
          });
        const view = toEscalationView(
          await recordAnswerRating(tx, id, {
            answerRating: body.rating,
            answerComment: body.comment ?? null,
            answerRatedBy: auth.keyId,
            answerRatedAt: now,
          }),
        );
        await appendAudit(tx, {
          entityType: 'order',
          entityId: order.id,
          action: 'escalation.answer_rated',
          actor,
          before: toEscalationView(esc),
          after: view,
          at: now,
        });
        return view;
      });
    },
  };
}
