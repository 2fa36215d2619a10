import { and, asc, eq, gt, gte, inArray, lte, sql } from 'drizzle-orm';
import { type Actor, appendAudit } from '../../audit/audit.js';
import type { AuthContext } from '../../auth/scope.js';
import { regionInScope } from '../../auth/scope.js';
import type { Config } from '../../config.js';
import type { Db, DbOrTx } from '../../db/client.js';
import { auditEvents, categories, orders, pairings, regions, slaBreaches } from '../../db/schema/index.js';
import { Errors } from '../../errors.js';
import type { Clock } from '../../lib/clock.js';
import { idempotent } from '../../lib/idempotency.js';
import { newId } from '../../lib/ids.js';
import { decodeCursor, toPage } from '../../lib/pagination.js';
import { enqueueJob } from '../../outbox/outbox.js';
import { deadlinesFor, planOrderTimers } from '../sla/deadlines.js';
import {
  loadVisibleOrder,
  managesOrder,
  type OrderRow,
  orderVisibility,
  requireManager,
} from './order-access.js';
import { orderSnapshot, toOrderDto } from './order-dto.js';
import { applyCommand, emitOrderEvent } from './order-events.js';
import type { CreateOrderBody, OrderDto, PatchOrderBody } from './orders.schemas.js';

export interface OrdersDeps {
  db: Db;
  clock: Clock;
  config: Config;
}

const DUPLICATE_RADIUS_M = 50;
const DUPLICATE_DAYS = 7;

async function requireCommunity(tx: DbOrTx, auth: AuthContext, communityId: string) {
  const [community] = await tx.select().from(regions).where(eq(regions.id, communityId));
  if (community?.level !== 'community' || !regionInScope(auth, community.path))
    throw Errors.notFound(`community ${communityId} not found`);
  return community;
}

async function checkGrid(tx: DbOrTx, gridId: string | null | undefined, communityId: string) {
  if (!gridId) return;
  const [grid] = await tx
    .select({ parentId: regions.parentId, level: regions.level })
    .from(regions)
    .where(eq(regions.id, gridId));
  if (grid?.level !== 'grid' || grid.parentId !== communityId)
    throw Errors.invalidReference(`grid ${gridId} is not a grid of community ${communityId}`, {
      field: 'gridId',
    });
}

async function checkTargets(tx: DbOrTx, unitIds: string[], communityId: string, now: Date) {
  if (unitIds.length === 0) return;
  const today = now.toISOString().slice(0, 10);
  const paired = await tx
    .selectDistinct({ unitId: pairings.unitId })
    .from(pairings)
    .where(
      and(
        eq(pairings.communityId, communityId),
        inArray(pairings.unitId, unitIds),
        lte(pairings.validFrom, today),
        sql`(${pairings.validTo} is null or ${pairings.validTo} >= ${today})`,
      ),
    );
  const ok = new Set(paired.map((p) => p.unitId));
  const missing = unitIds.filter((u) => !ok.has(u));
  if (missing.length)
    throw Errors.invalidReference('target units must be paired with the community', {
      field: 'targetUnitIds',
      unitIds: missing,
    });
}

/** Open orders of the same category within 50 m (or the same grid without a location) in the last 7 days. */
async function possibleDuplicates(tx: DbOrTx, o: OrderRow) {
  const since = new Date(o.createdAt.getTime() - DUPLICATE_DAYS * 86_400_000);
  const near =
    o.lat !== null && o.lng !== null
      ? sql`d.lat is not null and 2 * 6371008.8 * asin(least(1, sqrt(power(sin(radians(d.lat - ${o.lat}) / 2), 2)
            + cos(radians(${o.lat})) * cos(radians(d.lat)) * power(sin(radians(d.lng - ${o.lng}) / 2), 2)))) <= ${DUPLICATE_RADIUS_M}
            and d.lat between ${o.lat - 0.001} and ${o.lat + 0.001}`
      : o.gridId
        ? sql`d.grid_id = ${o.gridId}`
        : sql`false`;
  const { rows } = await tx.execute<{
    id: string;
    title: string;
    status: OrderDto['status'];
    distance_m: number | null;
  }>(sql`
    select d.id, d.title, d.status,
      case when d.lat is null or ${o.lat}::float8 is null then null else
        2 * 6371008.8 * asin(least(1, sqrt(power(sin(radians(d.lat - ${o.lat}) / 2), 2)
        + cos(radians(${o.lat})) * cos(radians(d.lat)) * power(sin(radians(d.lng - ${o.lng}) / 2), 2)))) end as distance_m
    from orders d
    where d.id <> ${o.id} and d.category_code = ${o.categoryCode} and d.community_id = ${o.communityId}
      and d.status in ('open','filled','in_progress') and d.created_at >= ${since} and ${near}
    order by d.created_at desc limit 10`);
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    status: r.status,
    distanceM: r.distance_m === null ? null : Math.round(r.distance_m),
  }));
}

/** Publishing fixes the deadlines, plans their timers, tells the audience and starts matching. */
async function publishInTx(tx: DbOrTx, order: OrderRow, actor: Actor, now: Date): Promise<OrderRow> {
  const { claimBy, completeBy } = await deadlinesFor(tx, order.categoryCode, order.priority, now);
  const row = await applyCommand(
    tx,
    order,
    { type: 'publish' },
    { actor, action: 'order.published', now, changes: { publishedAt: now, claimBy, completeBy } },
  );
  await planOrderTimers(tx, row, now);
  await emitOrderEvent(tx, 'order.published', row, now);
  if (row.dispatchMode === 'auto')
    await enqueueJob(tx, {
      queue: 'matching',
      name: 'match',
      payload: { orderId: row.id, reason: 'published' },
    });
  return row;
}

export function ordersService(deps: OrdersDeps) {
  const { db, clock } = deps;

  return {
    async create(auth: AuthContext, actor: Actor, body: CreateOrderBody, idempotencyKey: string | undefined) {
      if (!['admin', 'street_officer', 'community_staff'].includes(auth.role))
        throw Errors.forbidden('only community staff and officers post orders');
      return idempotent(
        db,
        { apiKeyId: auth.keyId, key: idempotencyKey, route: 'POST /v1/orders', request: body },
        async (tx) => {
          const now = clock.now();
          const community = await requireCommunity(tx, auth, body.communityId);
          const [category] = await tx
            .select({ code: categories.code })
            .from(categories)
            .where(eq(categories.code, body.categoryCode));
          if (!category)
            throw Errors.unknownCategory(`unknown category ${body.categoryCode}`, { field: 'categoryCode' });
          await checkGrid(tx, body.gridId, community.id);
          await checkTargets(tx, body.targetUnitIds, community.id, now);
          const id = newId();
          const [inserted] = await tx
            .insert(orders)
            .values({
              id,
              communityId: community.id,
              gridId: body.gridId ?? null,
              regionPath: community.path,
              categoryCode: body.categoryCode,
              title: body.title,
              description: body.description,
              priority: body.priority,
              headcount: body.headcount,
              requiredSkills: [...new Set(body.requiredSkills)],
              lat: body.location?.lat ?? null,
              lng: body.location?.lng ?? null,
              address: body.location?.address ?? null,
              windowStartsAt: body.window ? new Date(body.window.startsAt) : null,
              windowEndsAt: body.window ? new Date(body.window.endsAt) : null,
              beneficiaryName: body.beneficiary?.name ?? null,
              beneficiaryPhone: body.beneficiary?.phone ?? null,
              source: body.source,
              dispatchMode: body.dispatchMode,
              targetUnitIds: body.targetUnitIds,
              status: 'draft',
              createdBy: auth.keyId,
              createdAt: now,
              updatedAt: now,
            })
            .returning();
          let row = inserted!;
          await appendAudit(tx, {
            entityType: 'order',
            entityId: id,
            action: 'order.created',
            actor,
            after: { ...orderSnapshot(row), communityId: row.communityId, categoryCode: row.categoryCode },
            at: now,
          });
          if (body.publish) row = await publishInTx(tx, row, actor, now);
          const dto = {
            ...toOrderDto(row, { revealPersonal: true }),
            possibleDuplicates: await possibleDuplicates(tx, row),
          };
          return { status: 201, body: dto };
        },
      );
    },

    async list(
      auth: AuthContext,
      q: {
        limit: number;
        cursor?: string;
        status?: OrderRow['status'];
        communityId?: string;
        categoryCode?: string;
        priority?: OrderRow['priority'];
        createdFrom?: string;
        createdTo?: string;
      },
    ) {
      const after = decodeCursor(q.cursor);
      const rows = await db
        .select()
        .from(orders)
        .where(
          and(
            orderVisibility(auth, clock.now()),
            after ? gt(orders.id, after) : undefined,
            q.status ? eq(orders.status, q.status) : undefined,
            q.communityId ? eq(orders.communityId, q.communityId) : undefined,
            q.categoryCode ? eq(orders.categoryCode, q.categoryCode) : undefined,
            q.priority ? eq(orders.priority, q.priority) : undefined,
            q.createdFrom ? gte(orders.createdAt, new Date(q.createdFrom)) : undefined,
            q.createdTo ? lte(orders.createdAt, new Date(q.createdTo)) : undefined,
          ),
        )
        .orderBy(asc(orders.id))
        .limit(q.limit + 1);
      const page = toPage(rows, q.limit);
      return {
        items: page.items.map((o) => toOrderDto(o, { revealPersonal: false })),
        nextCursor: page.nextCursor,
      };
    },

    async get(auth: AuthContext, id: string) {
      const order = await loadVisibleOrder(db, auth, id, clock.now());
      const breaches = await db
        .select()
        .from(slaBreaches)
        .where(eq(slaBreaches.orderId, id))
        .orderBy(asc(slaBreaches.detectedAt));
      return {
        ...toOrderDto(order, { revealPersonal: managesOrder(auth, order) }),
        breaches: breaches.map((b) => ({
          id: b.id,
          kind: b.kind,
          deadline: b.deadline.toISOString(),
          detectedAt: b.detectedAt.toISOString(),
          lateMs: b.lateMs,
          levelAfter: b.levelAfter,
        })),
      };
    },

    async patch(auth: AuthContext, actor: Actor, id: string, expected: number, body: PatchOrderBody) {
      return db.transaction(async (tx) => {
        const now = clock.now();
        const order = await loadVisibleOrder(tx, auth, id, now, { lock: true });
        requireManager(auth, order);
        if (order.version !== expected)
          throw Errors.versionMismatch(`the order is at version ${order.version}`, {
            currentVersion: order.version,
          });
        if (body.gridId !== undefined) await checkGrid(tx, body.gridId, order.communityId);
        const mode = body.dispatchMode ?? order.dispatchMode;
        const targets =
          body.targetUnitIds ??
          (body.dispatchMode && body.dispatchMode !== 'targeted' ? [] : order.targetUnitIds);
        if (mode === 'targeted' && targets.length === 0)
          throw Errors.validationFailed('dispatchMode targeted needs targetUnitIds', {
            errors: [{ path: 'body.targetUnitIds', message: 'required for targeted' }],
          });
        if (mode !== 'targeted' && targets.length > 0)
          throw Errors.validationFailed('targetUnitIds is only for dispatchMode targeted', {
            errors: [{ path: 'body.targetUnitIds', message: 'only for targeted' }],
          });
        await checkTargets(tx, body.targetUnitIds ?? [], order.communityId, now);
        const changes: Partial<typeof orders.$inferInsert> = {
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
          dispatchMode: mode,
          targetUnitIds: targets,
        };
        const row = await applyCommand(
          tx,
          order,
          { type: 'edit', headcount: body.headcount },
          { actor, action: 'order.updated', now, changes },
        );
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

    async publish(auth: AuthContext, actor: Actor, id: string) {
      return db.transaction(async (tx) => {
        const now = clock.now();
        const order = await loadVisibleOrder(tx, auth, id, now, { lock: true });
        requireManager(auth, order);
        return toOrderDto(await publishInTx(tx, order, actor, now), { revealPersonal: true });
      });
    },

    async cancel(auth: AuthContext, actor: Actor, id: string, reason: string) {
      return db.transaction(async (tx) => {
        const now = clock.now();
        const order = await loadVisibleOrder(tx, auth, id, now, { lock: true });
        requireManager(auth, order);
        const row = await applyCommand(
          tx,
          order,
          { type: 'cancel' },
          { actor, action: 'order.cancelled', now, changes: { cancelReason: reason, closedAt: now } },
        );
        // Claims and pending offers end with the order; members get their capacity back.
        await tx.execute(sql`
          update members m set active_claims = active_claims - c.n from (
            select member_id, count(*)::int as n from claims where order_id = ${id} and status in ('held','checked_in') group by member_id
          ) c where m.id = c.member_id`);
        await tx.execute(sql`update claims set status = 'cancelled', ended_at = ${now}, updated_at = ${now}
          where order_id = ${id} and status in ('waitlisted','held','checked_in')`);
        await tx.execute(
          sql`update offers set status = 'withdrawn', responded_at = ${now} where order_id = ${id} and status = 'pending'`,
        );
        // Officers are no longer asked to answer for an order that is gone.
        await tx.execute(
          sql`update escalations set status = 'closed' where order_id = ${id} and status = 'open'`,
        );
        await emitOrderEvent(tx, 'order.cancelled', row, now, { reason });
        return toOrderDto(row, { revealPersonal: true });
      });
    },

    async timeline(auth: AuthContext, id: string) {
      await loadVisibleOrder(db, auth, id, clock.now());
      const events = await db
        .select()
        .from(auditEvents)
        .where(eq(auditEvents.entityId, id))
        .orderBy(asc(auditEvents.seq));
      return {
        items: events.map((e) => ({
          seq: e.seq,
          action: e.action,
          actorType: e.actorType,
          actorId: e.actorId,
          requestId: e.requestId,
          before: e.before,
          after: e.after,
          at: e.createdAt.toISOString(),
          hash: e.hash,
        })),
      };
    },
  };
}

export type OrdersService = ReturnType<typeof ordersService>;
