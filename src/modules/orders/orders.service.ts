import { and, asc, eq, gt, gte, inArray, lte, sql } from 'drizzle-orm';
import { type Actor, chainedAudit } from '../../audit/audit.repo.js';
import type { AuthContext } from '../../auth/scope.js';
import { regionInScope } from '../../auth/scope.js';
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import { execute } from '../../db/exec.js';
import { auditEvents, orders, pairings, regions, slaBreaches } from '../../db/schema/index.js';
import { transaction } from '../../db/transaction.js';
import { transition } from '../../domain/order-state.js';
import { Errors } from '../../errors.js';
import type { Clock } from '../../lib/clock.js';
import { idempotent } from '../../lib/idempotency.js';
import { newId } from '../../lib/ids.js';
import { decodeCursor, toPage } from '../../lib/pagination.js';
import type { OutboxJob } from '../../outbox/jobs.js';
import { enqueueJobs, outboxArgs } from '../../outbox/outbox.repo.js';
import { deadlinesFor, deadlinesFrom, orderTimers } from '../sla/deadlines.js';
import {
  loadVisibleOrder,
  managesOrder,
  type OrderRow,
  orderVisibility,
  requireManager,
} from './order-access.js';
import { orderSnapshot, toOrderDto } from './order-dto.js';
import { applyCommand, emitOrderEvent, orderEventInput } from './order-events.js';
import type { CreateOrderBody, OrderDto, PatchOrderBody } from './orders.schemas.js';

export interface OrdersDeps {
  db: Db;
  clock: Clock;
  config: Config;
}

const DUPLICATE_RADIUS_M = 50;
const DUPLICATE_DAYS = 7;

/** Refuses a grid that is not one of the community's (a grid read as `{ parentId, level }`, or none). */
function requireGridOf(
  grid: { parentId: string | null; level: string } | null | undefined,
  gridId: string,
  communityId: string,
) {
  if (grid?.level !== 'grid' || grid.parentId !== communityId)
    throw Errors.invalidReference(`grid ${gridId} is not a grid of community ${communityId}`, {
      field: 'gridId',
    });
}

/** Refuses target units that are not among the units paired with the community. */
function requirePaired(unitIds: string[], paired: Iterable<string>) {
  const ok = new Set(paired);
  const missing = unitIds.filter((u) => !ok.has(u));
  if (missing.length)
    throw Errors.invalidReference('target units must be paired with the community', {
      field: 'targetUnitIds',
      unitIds: missing,
    });
}

async function checkGrid(tx: Db, gridId: string | null | undefined, communityId: string) {
  if (!gridId) return;
  const [grid] = await tx
    .select({ parentId: regions.parentId, level: regions.level })
    .from(regions)
    .where(eq(regions.id, gridId));
  requireGridOf(grid, gridId, communityId);
}

async function checkTargets(tx: Db, unitIds: string[], communityId: string, now: Date) {
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
  requirePaired(
    unitIds,
    paired.map((p) => p.unitId),
  );
}

interface PossibleDuplicate {
  id: string;
  title: string;
  status: OrderDto['status'];
  distanceM: number | null;
}

/** What creating an order checks and uses, read in one statement before anything is written. */
interface IntakeFacts {
  community: { id: string; level: string; path: string } | null;
  categoryKnown: boolean;
  grid: { parentId: string | null; level: string } | null;
  /** Units paired with the community today: the allowed targets, and the audience of an open order. */
  pairedUnits: string[];
  policy: { claimWithinS: number; completeWithinS: number } | null;
  /** Open orders of the same category within 50 m (or the same grid without a location) in the last 7 days. */
  duplicates: PossibleDuplicate[];
}

async function intakeFacts(tx: Db, body: CreateOrderBody, now: Date): Promise<IntakeFacts> {
  const today = now.toISOString().slice(0, 10);
  const since = new Date(now.getTime() - DUPLICATE_DAYS * 86_400_000);
  const lat = body.location?.lat ?? null;
  const lng = body.location?.lng ?? null;
  const distance = sql`2 * 6371008.8 * asin(least(1, sqrt(power(sin(radians(d.lat - ${lat}) / 2), 2)
    + cos(radians(${lat})) * cos(radians(d.lat)) * power(sin(radians(d.lng - ${lng}) / 2), 2))))`;
  const near =
    lat !== null && lng !== null
      ? sql`d.lat is not null and ${distance} <= ${DUPLICATE_RADIUS_M} and d.lat between ${lat - 0.001} and ${lat + 0.001}`
      : body.gridId
        ? sql`d.grid_id = ${body.gridId}`
        : sql`false`;
  const { rows } = await execute<{
    community: IntakeFacts['community'];
    category_known: boolean;
    grid: IntakeFacts['grid'];
    paired_units: string[];
    policy: IntakeFacts['policy'];
    duplicates: { id: string; title: string; status: OrderDto['status']; distance_m: number | null }[];
  }>(
    tx,
    sql`
    select
      (select json_build_object('id', c.id, 'level', c.level, 'path', c.path)
         from regions c where c.id = ${body.communityId}) as community,
      exists (select 1 from categories where code = ${body.categoryCode}) as category_known,
      (select json_build_object('parentId', g.parent_id, 'level', g.level)
         from regions g where g.id = ${body.gridId ?? null}::uuid) as grid,
      array(select distinct p.unit_id from pairings p
         where p.community_id = ${body.communityId} and p.valid_from <= ${today}::date
           and (p.valid_to is null or p.valid_to >= ${today}::date)) as paired_units,
      (select json_build_object('claimWithinS', s.claim_within_s, 'completeWithinS', s.complete_within_s)
         from sla_policies s where s.category_code = ${body.categoryCode} and s.priority = ${body.priority}) as policy,
      coalesce((select json_agg(x) from (
        select d.id, d.title, d.status,
          case when d.lat is null or ${lat}::float8 is null then null else ${distance} end as distance_m
        from orders d
        where d.category_code = ${body.categoryCode} and d.community_id = ${body.communityId}
          and d.status in ('open','filled','in_progress') and d.created_at >= ${since} and ${near}
        order by d.created_at desc limit 10) x), '[]') as duplicates`,
  );
  const r = rows[0]!;
  return {
    community: r.community,
    categoryKnown: r.category_known,
    grid: r.grid,
    pairedUnits: r.paired_units,
    policy: r.policy,
    duplicates: r.duplicates.map((d) => ({
      id: d.id,
      title: d.title,
      status: d.status,
      distanceM: d.distance_m === null ? null : Math.round(d.distance_m),
    })),
  };
}

/** The checks of a new order, in the order the API reports them. */
function checkIntake(auth: AuthContext, body: CreateOrderBody, facts: IntakeFacts) {
  const { community, grid } = facts;
  if (community?.level !== 'community' || !regionInScope(auth, community.path))
    throw Errors.notFound(`community ${body.communityId} not found`);
  if (!facts.categoryKnown)
    throw Errors.unknownCategory(`unknown category ${body.categoryCode}`, { field: 'categoryCode' });
  if (body.gridId) requireGridOf(grid, body.gridId, community.id);
  requirePaired(body.targetUnitIds, facts.pairedUnits);
  return community;
}

/** A new order as a draft, as the row will read once inserted. */
function newOrderRow(
  auth: AuthContext,
  body: CreateOrderBody,
  community: { id: string; path: string },
  now: Date,
): OrderRow {
  return {
    id: newId(),
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
    version: 1,
    slotsHeld: 0,
    escalationLevel: 0,
    matchWave: 0,
    claimBy: null,
    completeBy: null,
    rating: null,
    feedback: null,
    cancelReason: null,
    createdBy: auth.keyId,
    createdAt: now,
    updatedAt: now,
    publishedAt: null,
    firstClaimedAt: null,
    startedAt: null,
    completedAt: null,
    verifiedAt: null,
    closedAt: null,
  };
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** The insert of a new order row (every column a new order sets; the others keep their defaults). */
function orderInsert(o: OrderRow) {
  return sql`insert into orders (id, community_id, grid_id, region_path, category_code, title, description,
      priority, headcount, required_skills, lat, lng, address, window_starts_at, window_ends_at, beneficiary_name,
      beneficiary_phone, source, dispatch_mode, target_unit_ids, status, version, slots_held, escalation_level,
      match_wave, claim_by, complete_by, published_at, created_by, created_at, updated_at)
    values (${o.id}::uuid, ${o.communityId}::uuid, ${o.gridId}::uuid, ${o.regionPath}, ${o.categoryCode}, ${o.title},
      ${o.description}, ${o.priority}, ${o.headcount}, ${sql.param(o.requiredSkills)}::text[], ${o.lat}::float8,
      ${o.lng}::float8, ${o.address}, ${iso(o.windowStartsAt)}::timestamptz, ${iso(o.windowEndsAt)}::timestamptz,
      ${o.beneficiaryName}, ${o.beneficiaryPhone}, ${o.source}, ${o.dispatchMode},
      ${sql.param(o.targetUnitIds)}::uuid[], ${o.status}, ${o.version}, ${o.slotsHeld}, ${o.escalationLevel},
      ${o.matchWave}, ${iso(o.claimBy)}::timestamptz, ${iso(o.completeBy)}::timestamptz,
      ${iso(o.publishedAt)}::timestamptz, ${o.createdBy}::uuid, ${iso(o.createdAt)}::timestamptz,
      ${iso(o.updatedAt)}::timestamptz)`;
}

/** The first matching wave of a published auto order. */
const matchJob = (orderId: string): OutboxJob<'matching'> => ({
  queue: 'matching',
  name: 'match',
  payload: { orderId, reason: 'published' },
});

/** Publishing fixes the deadlines, plans their timers, tells the audience and starts matching. */
async function publishInTx(tx: Db, order: OrderRow, actor: Actor, now: Date): Promise<OrderRow> {
  const { claimBy, completeBy } = await deadlinesFor(tx, order.categoryCode, order.priority, now);
  const row = await applyCommand(
    tx,
    order,
    { type: 'publish' },
    { actor, action: 'order.published', now, changes: { publishedAt: now, claimBy, completeBy } },
  );
  await enqueueJobs(tx, [
    ...orderTimers(row, now),
    ...(row.dispatchMode === 'auto' ? [matchJob(row.id)] : []),
  ]);
  await emitOrderEvent(tx, 'order.published', row, now);
  return row;
}

export function createOrdersService(deps: OrdersDeps) {
  const { db, clock } = deps;

  return {
    async create(auth: AuthContext, actor: Actor, body: CreateOrderBody, idempotencyKey: string | undefined) {
      if (!['admin', 'street_officer', 'community_staff'].includes(auth.role))
        throw Errors.forbidden('only community staff and officers post orders');
      const work = async (tx: Db) => {
        const now = clock.now();
        const facts = await intakeFacts(tx, body, now);
        const community = checkIntake(auth, body, facts);
        if (body.publish && !facts.policy)
          throw Errors.unknownCategory(`no SLA policy for ${body.categoryCode}/${body.priority}`);
        const draft = newOrderRow(auth, body, community, now);
        // An order posted with publish: true is written once, already published; its trail still
        // shows the two steps (created as a draft, then published), chained in one insert.
        const order: OrderRow =
          body.publish && facts.policy
            ? {
                ...draft,
                status: transition(
                  { status: 'draft', headcount: draft.headcount, held: 0, started: 0, done: 0 },
                  { type: 'publish' },
                ).status,
                version: 2,
                publishedAt: now,
                ...deadlinesFrom(facts.policy, now),
              }
            : draft;
        const created = {
          entityType: 'order',
          entityId: order.id,
          action: 'order.created',
          actor,
          after: {
            ...orderSnapshot(draft),
            communityId: order.communityId,
            categoryCode: order.categoryCode,
          },
          at: now,
        };
        const audit = chainedAudit(
          order === draft
            ? [created]
            : [
                created,
                {
                  ...created,
                  action: 'order.published',
                  before: orderSnapshot(draft),
                  after: orderSnapshot(order),
                },
              ],
          null,
        );
        // The order, its trail, its timers and its event in one statement: atomic with or without a
        // transaction around it.
        const writes = sql`with o as (${orderInsert(order)}) select audit_append(${audit.events}::jsonb)`;
        if (order === draft) await execute(tx, writes);
        else {
          const audience = new Set(order.targetUnitIds);
          if (order.dispatchMode === 'open') for (const u of facts.pairedUnits) audience.add(u);
          const out = outboxArgs(
            [orderEventInput('order.published', order, [...audience])],
            [...orderTimers(order, now), ...(order.dispatchMode === 'auto' ? [matchJob(order.id)] : [])],
          );
          await execute(tx, sql`${writes}, outbox_emit(${out.events}::jsonb, ${out.jobs}::jsonb)`);
        }
        const dto = { ...toOrderDto(order, { revealPersonal: true }), possibleDuplicates: facts.duplicates };
        return { status: 201, body: dto };
      };
      // Without an Idempotency-Key there is one read and one write statement, so no transaction is
      // needed; with one, the key's row joins the write in a transaction.
      if (!idempotencyKey) return { ...(await work(db)), replayed: false };
      return idempotent(
        db,
        { apiKeyId: auth.keyId, key: idempotencyKey, route: 'POST /v1/orders', request: body },
        work,
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
      return transaction(db, async (tx) => {
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
      return transaction(db, async (tx) => {
        const now = clock.now();
        const order = await loadVisibleOrder(tx, auth, id, now, { lock: true });
        requireManager(auth, order);
        return toOrderDto(await publishInTx(tx, order, actor, now), { revealPersonal: true });
      });
    },

    async cancel(auth: AuthContext, actor: Actor, id: string, reason: string) {
      return transaction(db, async (tx) => {
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
        await execute(
          tx,
          sql`
          update members m set active_claims = active_claims - c.n from (
            select member_id, count(*)::int as n from claims where order_id = ${id} and status in ('held','checked_in') group by member_id
          ) c where m.id = c.member_id`,
        );
        await execute(
          tx,
          sql`update claims set status = 'cancelled', ended_at = ${now}, updated_at = ${now}
          where order_id = ${id} and status in ('waitlisted','held','checked_in')`,
        );
        await execute(
          tx,
          sql`update offers set status = 'withdrawn', responded_at = ${now} where order_id = ${id} and status = 'pending'`,
        );
        // Officers are no longer asked to answer for an order that is gone.
        await execute(
          tx,
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

export type OrdersService = ReturnType<typeof createOrdersService>;
