import type { Actor } from '../../audit/audit.repo.js';
import type { Caller } from '../../auth/scope.js';
import type { Db } from '../../db/client.js';
import { transaction } from '../../db/transaction.js';
import { Errors } from '../../errors.js';
import { idempotent } from '../../lib/idempotency.js';
import { decodeCursor, toPage } from '../../lib/pagination.js';
import { enqueueJobs } from '../../outbox/outbox.repo.js';
import type { ServiceDeps } from '../deps.js';
import { requestMatching, wantsOffers } from '../offers/offer-events.js';
import { deadlinesFor } from '../sla/deadlines.js';
import { emitOrderEvent } from './order-events.js';
import { checkGrid, checkTargets, IntakeFactsCache, intakeOrder, publishJobs } from './order-intake.js';
import { applyCommand, closeOrder } from './order-lifecycle.js';
import { loadVisibleOrder, managesOrder, requireManager } from './orders.access.js';
import { toBreachDto, toOrderDto, toTimelineItem } from './orders.dto.js';
import {
  auditTrailOf,
  breachesOf,
  listVisibleOrders,
  type OrderChanges,
  type OrderRow,
} from './orders.repo.js';
import type { CreateOrderBody, ListOrdersQuery, PatchOrderBody } from './orders.schemas.js';

export type OrdersDeps = Pick<ServiceDeps, 'db' | 'clock' | 'config'>;

/** Publishing fixes the deadlines, plans their timers, tells the audience and starts matching. */
async function publishInTx(tx: Db, order: OrderRow, actor: Actor, now: Date): Promise<OrderRow> {
  const { claimBy, completeBy } = await deadlinesFor(tx, order.categoryCode, order.priority, now);
  const row = await applyCommand(
    tx,
    order,
    { type: 'publish' },
    { actor, action: 'order.published', now, changes: { publishedAt: now, claimBy, completeBy } },
  );
  await enqueueJobs(tx, publishJobs(row, now));
  await emitOrderEvent(tx, 'order.published', row, now);
  return row;
}

/** The dispatch fields an edit leaves the order with: targets only for a targeted order, and then some. */
function dispatchAfterEdit(order: OrderRow, body: PatchOrderBody) {
  const mode = body.dispatchMode ?? order.dispatchMode;
  const targets =
    body.targetUnitIds ?? (body.dispatchMode && body.dispatchMode !== 'targeted' ? [] : order.targetUnitIds);
  if (mode === 'targeted' && targets.length === 0)
    throw Errors.validationFailed('dispatchMode targeted needs targetUnitIds', {
      errors: [{ path: 'body.targetUnitIds', message: 'required for targeted' }],
    });
  if (mode !== 'targeted' && targets.length > 0)
    throw Errors.validationFailed('targetUnitIds is only for dispatchMode targeted', {
      errors: [{ path: 'body.targetUnitIds', message: 'only for targeted' }],
    });
  return { dispatchMode: mode, targetUnitIds: targets };
}

/** The columns an edit changes (the body's fields that are present). */
const editChanges = (body: PatchOrderBody): OrderChanges => ({
  ...(body.gridId !== undefined && { gridId: body.gridId }),
  ...(body.title !== undefined && { title: body.title }),
  ...(body.description !== undefined && { description: body.description }),
  ...(body.priority !== undefined && { priority: body.priority }),
  ...(body.requiredSkills !== undefined && { requiredSkills: [...new Set(body.requiredSkills)] }),
  ...(body.location !== undefined && {
    lat: body.location?.lat ?? null,
    lng: body.location?.lng ?? null,
    address: body.location?.address ?? null,
  }),
  ...(body.window !== undefined && {
    windowStartsAt: body.window ? new Date(body.window.startsAt) : null,
    windowEndsAt: body.window ? new Date(body.window.endsAt) : null,
  }),
  ...(body.beneficiary !== undefined && {
    beneficiaryName: body.beneficiary?.name ?? null,
    beneficiaryPhone: body.beneficiary?.phone ?? null,
  }),
});

export function createOrdersService(deps: OrdersDeps) {
  const { db, clock } = deps;
  /** The reference facts of the orders posted through this process, for the next ones (see intakeOrder). */
  const intakeFactsKnown = new IntakeFactsCache();

  /** Locks an order the caller manages, inside a transaction, for a change. */
  async function inManagedOrder<T>(
    { auth }: Caller,
    id: string,
    change: (tx: Db, order: OrderRow, now: Date) => Promise<T>,
  ): Promise<T> {
    return transaction(db, async (tx) => {
      const now = clock.now();
      const order = await loadVisibleOrder(tx, auth, id, now, { lock: true });
      requireManager(auth, order);
      return change(tx, order, now);
    });
  }

  return {
    /**
     * Posts an order. `route` scopes the Idempotency-Key: the Open311 POST posts through here under
     * its own route, so one key sent to both is two orders.
     */
    async create(
      caller: Caller,
      body: CreateOrderBody,
      idempotencyKey: string | undefined,
      route = 'POST /v1/orders',
    ) {
      const { auth, actor } = caller;
      if (!['admin', 'street_officer', 'community_staff'].includes(auth.role))
        throw Errors.forbidden('only community staff and officers post orders');
      const work = async (tx: Db) => ({
        status: 201,
        body: await intakeOrder(tx, auth, actor, body, clock.now(), intakeFactsKnown),
      });
      // Without an Idempotency-Key the intake's one or two statements need no transaction (only the
      // last writes); with one, the key's row joins the write in a transaction.
      if (!idempotencyKey) return { ...(await work(db)), replayed: false };
      return idempotent(db, { apiKeyId: auth.keyId, key: idempotencyKey, route, request: body }, work);
    },

    async list({ auth }: Caller, q: ListOrdersQuery) {
      const rows = await listVisibleOrders(db, auth, clock.now(), {
        ...q,
        after: decodeCursor(q.cursor),
        createdFrom: q.createdFrom ? new Date(q.createdFrom) : undefined,
        createdTo: q.createdTo ? new Date(q.createdTo) : undefined,
      });
      const page = toPage(rows, q.limit);
      return {
        items: page.items.map((o) => toOrderDto(o, { revealPersonal: false })),
        nextCursor: page.nextCursor,
      };
    },

    async get({ auth }: Caller, id: string) {
      const order = await loadVisibleOrder(db, auth, id, clock.now());
      const breaches = await breachesOf(db, id);
      return {
        ...toOrderDto(order, { revealPersonal: managesOrder(auth, order) }),
        breaches: breaches.map(toBreachDto),
      };
    },

    async patch(caller: Caller, id: string, expected: number, body: PatchOrderBody) {
      return inManagedOrder(caller, id, async (tx, order, now) => {
        if (order.version !== expected)
          throw Errors.versionMismatch(`the order is at version ${order.version}`, {
            currentVersion: order.version,
          });
        if (body.gridId !== undefined) await checkGrid(tx, body.gridId, order.communityId);
        const dispatch = dispatchAfterEdit(order, body);
        await checkTargets(tx, body.targetUnitIds ?? [], order.communityId, now);
        const row = await applyCommand(
          tx,
          order,
          { type: 'edit', headcount: body.headcount },
          {
            actor: caller.actor,
            action: 'order.updated',
            now,
            changes: { ...editChanges(body), ...dispatch },
          },
        );
        // More free slots, or switched to auto dispatch: the matcher covers them.
        if (wantsOffers(row) && (!wantsOffers(order) || row.headcount > order.headcount))
          await requestMatching(tx, row, 'edited');
        if (row.status !== 'draft')
          await emitOrderEvent(
            tx,
            row.status === 'filled' && order.status === 'open' ? 'order.filled' : 'order.updated',
            row,
            now,
          );
        return toOrderDto(row, { revealPersonal: true });
      });
    },

    async publish(caller: Caller, id: string) {
      return inManagedOrder(caller, id, async (tx, order, now) =>
        toOrderDto(await publishInTx(tx, order, caller.actor, now), { revealPersonal: true }),
      );
    },

    async cancel(caller: Caller, id: string, reason: string) {
      return inManagedOrder(caller, id, async (tx, order, now) => {
        const row = await closeOrder(tx, order, 'cancel', { actor: caller.actor, now, reason });
        return toOrderDto(row, { revealPersonal: true });
      });
    },

    async timeline({ auth }: Caller, id: string) {
      await loadVisibleOrder(db, auth, id, clock.now());
      return { items: (await auditTrailOf(db, id)).map(toTimelineItem) };
    },
  };
}

export type OrdersService = ReturnType<typeof createOrdersService>;
