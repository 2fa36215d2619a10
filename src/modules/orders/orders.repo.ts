import { and, asc, eq, gt, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import type { AuthContext } from '../../auth/scope.js';
import type { Db } from '../../db/client.js';
import { execute, rowOf, updateReturning } from '../../db/exec.js';
import { alias, claimHoldsSlot, claimTakesCapacity, pairingValidOn } from '../../db/predicates.js';
import { auditTrail, orders, pairings, regions, slaBreaches } from '../../db/schema/index.js';
import type { CreateOrderBody, ListOrdersQuery, OrderDto } from './orders.schemas.js';
import { orderVisibility } from './reach.repo.js';

/** Every statement on `orders` the module runs, and the reads an order's intake and detail need. */

export type OrderRow = typeof orders.$inferSelect;
export type OrderChanges = Partial<typeof orders.$inferInsert>;
export type BreachRow = typeof slaBreaches.$inferSelect;
export type AuditEventRow = typeof auditTrail.$inferSelect;

const DUPLICATE_RADIUS_M = 50;
const DUPLICATE_DAYS = 7;

export interface PossibleDuplicate {
  id: string;
  title: string;
  status: OrderDto['status'];
  distanceM: number | null;
}

/** A grid as an order's checks read it (`level` 'grid' and its community as parent, when it is one). */
export interface GridRef {
  parentId: string | null;
  level: string;
}

/** What creating an order checks and uses, read in one statement before anything is written. */
export interface IntakeFacts {
  community: { id: string; level: string; path: string } | null;
  categoryKnown: boolean;
  grid: GridRef | null;
  /** Units paired with the community today: the allowed targets, and the audience of an open order. */
  pairedUnits: string[];
  policy: { claimWithinS: number; completeWithinS: number } | null;
  /** Live orders of the same category within 50 m (or the same grid without a location) in the last 7 days. */
  duplicates: PossibleDuplicate[];
}

/** What a new order's row, trail and events are built from: its intake facts but the possible duplicates. */
export type ReferenceFacts = Omit<IntakeFacts, 'duplicates'>;

/** The intake facts of `body`, as the columns of one row (parsed by factsOf). */
function factsColumns(body: CreateOrderBody, now: Date): SQL {
  const today = now.toISOString().slice(0, 10);
  const since = new Date(now.getTime() - DUPLICATE_DAYS * 86_400_000);
  const lat = body.location?.lat ?? null;
  const lng = body.location?.lng ?? null;
  const distance = sql`2 * 6371008.8 * asin(least(1, sqrt(power(sin(radians(d.lat - ${lat}) / 2), 2)
    + cos(radians(${lat})) * cos(radians(d.lat)) * power(sin(radians(d.lng - ${lng}) / 2), 2))))`;
  // Possible duplicates are read through orders_live_duplicates_idx (migration 0020): its predicate is
  // the status list below and its columns the equalities, the order and the band or grid tested here.
  const near =
    lat !== null && lng !== null
      ? sql`d.lat is not null and ${distance} <= ${DUPLICATE_RADIUS_M} and d.lat between ${lat - 0.001} and ${lat + 0.001}`
      : body.gridId
        ? sql`d.grid_id = ${body.gridId}`
        : sql`false`;
  return sql`
      (select json_build_object('id', c.id, 'level', c.level, 'path', c.path)
         from regions c where c.id = ${body.communityId}) as community,
      exists (select 1 from categories where code = ${body.categoryCode}) as category_known,
      (select json_build_object('parentId', g.parent_id, 'level', g.level)
         from regions g where g.id = ${body.gridId ?? null}::uuid) as grid,
      array(select distinct p.unit_id from pairings p
         where p.community_id = ${body.communityId} and ${pairingValidOn(alias('p'), today)}
         order by p.unit_id) as paired_units,
      (select json_build_object('claimWithinS', s.claim_within_s, 'completeWithinS', s.complete_within_s)
         from sla_policies s where s.category_code = ${body.categoryCode} and s.priority = ${body.priority}) as policy,
      coalesce((select json_agg(x) from (
        select d.id, d.title, d.status,
          case when d.lat is null or ${lat}::float8 is null then null else ${distance} end as distance_m
        from orders d
        where d.category_code = ${body.categoryCode} and d.community_id = ${body.communityId}
          and d.status in ('open','filled','in_progress') and d.created_at >= ${since} and ${near}
        order by d.created_at desc limit 10) x), '[]') as duplicates`;
}

function factsOf(r: Record<string, unknown>): IntakeFacts {
  const duplicates = r.duplicates as (Omit<PossibleDuplicate, 'distanceM'> & { distance_m: number | null })[];
  return {
    community: r.community as IntakeFacts['community'],
    categoryKnown: r.category_known as boolean,
    grid: r.grid as GridRef | null,
    pairedUnits: r.paired_units as string[],
    policy: r.policy as IntakeFacts['policy'],
    duplicates: duplicates.map((d) => ({
      id: d.id,
      title: d.title,
      status: d.status,
      distanceM: d.distance_m === null ? null : Math.round(d.distance_m),
    })),
  };
}

export async function intakeFacts(db: Db, body: CreateOrderBody, now: Date): Promise<IntakeFacts> {
  const { rows } = await execute<Record<string, unknown>>(db, sql`select ${factsColumns(body, now)}`);
  return factsOf(rows[0]!);
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** The insert of a new order row (every column a new order sets; the others keep their defaults), if `when`. */
function orderInsert(o: OrderRow, when: SQL = sql`true`) {
  return sql`insert into orders (id, community_id, grid_id, region_path, category_code, title, description,
      priority, headcount, required_skills, lat, lng, address, window_starts_at, window_ends_at, beneficiary_name,
      beneficiary_phone, source, dispatch_mode, target_unit_ids, status, version, slots_held, escalation_level,
      match_wave, claim_by, complete_by, published_at, created_by, created_at, updated_at)
    select ${o.id}::uuid, ${o.communityId}::uuid, ${o.gridId}::uuid, ${o.regionPath}, ${o.categoryCode}, ${o.title},
      ${o.description}, ${o.priority}, ${o.headcount}, ${sql.param(o.requiredSkills)}::text[], ${o.lat}::float8,
      ${o.lng}::float8, ${o.address}, ${iso(o.windowStartsAt)}::timestamptz, ${iso(o.windowEndsAt)}::timestamptz,
      ${o.beneficiaryName}, ${o.beneficiaryPhone}, ${o.source}, ${o.dispatchMode},
      ${sql.param(o.targetUnitIds)}::uuid[], ${o.status}, ${o.version}, ${o.slotsHeld}, ${o.escalationLevel},
      ${o.matchWave}, ${iso(o.claimBy)}::timestamptz, ${iso(o.completeBy)}::timestamptz,
      ${iso(o.publishedAt)}::timestamptz, ${o.createdBy}::uuid, ${iso(o.createdAt)}::timestamptz,
      ${iso(o.updatedAt)}::timestamptz
     where ${when}`;
}

/** The arguments of `outbox_emit` (see outboxArgs). */
type OutboxEmit = { events: string; jobs: string };

/** The trail and, when given, the events and jobs of a new order, as select-list calls. */
const orderTrail = (audit: string, outbox?: OutboxEmit) =>
  outbox
    ? sql`audit_append(${audit}::jsonb), outbox_emit(${outbox.events}::jsonb, ${outbox.jobs}::jsonb)`
    : sql`audit_append(${audit}::jsonb)`;

/**
 * Writes a new order, its audit trail (`audit_append`) and, when given, its events and jobs
 * (`outbox_emit`) in one statement: atomic with or without a transaction around it. The arguments
 * are the JSON that chainedAudit and outboxArgs build.
 */
export async function insertOrder(
  db: Db,
  order: OrderRow,
  audit: string,
  outbox?: OutboxEmit,
): Promise<void> {
  await execute(db, sql`with o as (${orderInsert(order)}) select ${orderTrail(audit, outbox)}`);
}

const jsonOrNull = (v: unknown) => (v === null ? null : JSON.stringify(v));

/**
 * Writes a new order as insertOrder does, but only if the reference facts it was built from (`from`)
 * are still those of its body, read in the same statement (intakeFacts's read). Returns whether it
 * was written, and the facts read, its possible duplicates among them.
 */
export async function insertOrderIfFacts(
  db: Db,
  write: { order: OrderRow; audit: string; outbox?: OutboxEmit },
  body: CreateOrderBody,
  now: Date,
  from: ReferenceFacts,
): Promise<{ written: boolean; facts: IntakeFacts }> {
  const { rows } = await execute<Record<string, unknown> & { written: boolean | null }>(
    db,
    sql`with f as materialized (select ${factsColumns(body, now)}),
      holds as materialized (
        select 1 from f
         where f.community::jsonb is not distinct from ${jsonOrNull(from.community)}::jsonb
           and f.category_known = ${from.categoryKnown}
           and f.grid::jsonb is not distinct from ${jsonOrNull(from.grid)}::jsonb
           and f.paired_units = ${sql.param(from.pairedUnits)}::uuid[]
           and f.policy::jsonb is not distinct from ${jsonOrNull(from.policy)}::jsonb),
      o as (${orderInsert(write.order, sql`exists (select 1 from holds)`)})
    select f.*, w.written from f
      left join lateral (select ${orderTrail(write.audit, write.outbox)}, true as written
                          where exists (select 1 from holds)) w on true`,
  );
  const row = rows[0]!;
  return { written: row.written === true, facts: factsOf(row) };
}

/** An order the key may see (see orderVisibility), optionally locked for the transaction. */
export async function findVisibleOrder(
  db: Db,
  auth: AuthContext,
  id: string,
  now: Date,
  lock: boolean,
): Promise<OrderRow | undefined> {
  const { rows } = await execute<Record<string, unknown>>(
    db,
    sql`select * from orders where id = ${id} and ${orderVisibility(auth, now) ?? sql`true`}${lock ? sql` for update` : sql``}`,
  );
  return rows[0] ? rowOf(orders, rows[0]) : undefined;
}

/** Locks an order's row for the rest of the transaction and reads it: one prepared statement. */
export async function lockOrder(db: Db, id: string): Promise<OrderRow | undefined> {
  const { rows } = await execute<Record<string, unknown>>(
    db,
    sql`select * from orders where id = ${id} for update`,
  );
  return rows[0] ? rowOf(orders, rows[0]) : undefined;
}

/** The list filters of the API, with the cursor decoded to the last id seen and the dates parsed. */
export type OrderFilter = Omit<ListOrdersQuery, 'cursor' | 'createdFrom' | 'createdTo'> & {
  after?: string;
  createdFrom?: Date;
  createdTo?: Date;
};

/** A page of the orders the key may see, by id, one row more than the limit (see toPage). */
export async function listVisibleOrders(
  db: Db,
  auth: AuthContext,
  now: Date,
  q: OrderFilter,
): Promise<OrderRow[]> {
  return db
    .select()
    .from(orders)
    .where(
      and(
        orderVisibility(auth, now),
        q.after ? gt(orders.id, q.after) : undefined,
        q.status ? eq(orders.status, q.status) : undefined,
        q.communityId ? eq(orders.communityId, q.communityId) : undefined,
        q.categoryCode ? eq(orders.categoryCode, q.categoryCode) : undefined,
        q.priority ? eq(orders.priority, q.priority) : undefined,
        q.createdFrom ? gte(orders.createdAt, q.createdFrom) : undefined,
        q.createdTo ? lte(orders.createdAt, q.createdTo) : undefined,
      ),
    )
    .orderBy(asc(orders.id))
    .limit(q.limit + 1);
}

/** Writes a change to an order row with its new version; undefined when no order has that id. */
export async function updateOrderRow(
  db: Db,
  id: string,
  changes: OrderChanges,
): Promise<OrderRow | undefined> {
  return updateReturning(db, orders, id, changes);
}

export async function gridOf(db: Db, gridId: string): Promise<GridRef | undefined> {
  const [grid] = await db
    .select({ parentId: regions.parentId, level: regions.level })
    .from(regions)
    .where(eq(regions.id, gridId));
  return grid;
}

/** Which of the units are paired with the community on the day ('YYYY-MM-DD'). */
export async function pairedUnitsAmong(
  db: Db,
  communityId: string,
  unitIds: string[],
  day: string,
): Promise<string[]> {
  const rows = await db
    .selectDistinct({ unitId: pairings.unitId })
    .from(pairings)
    .where(
      and(
        eq(pairings.communityId, communityId),
        inArray(pairings.unitId, unitIds),
        pairingValidOn(sql`${pairings}`, day),
      ),
    );
  return rows.map((p) => p.unitId);
}

/** The SLA breaches of an order, oldest first. */
export async function breachesOf(db: Db, orderId: string): Promise<BreachRow[]> {
  return db
    .select()
    .from(slaBreaches)
    .where(eq(slaBreaches.orderId, orderId))
    .orderBy(asc(slaBreaches.detectedAt));
}

/** The audit events of an order, oldest first (archived months included). */
export async function auditTrailOf(db: Db, orderId: string): Promise<AuditEventRow[]> {
  return db.select().from(auditTrail).where(eq(auditTrail.entityId, orderId)).orderBy(asc(auditTrail.seq));
}

/**
 * Units an order's events are addressed to (one unit_id per row): the named units of a targeted
 * order, the units paired with its community for an open order, and the units of members holding
 * claims on it. A statement of the module may fold it in as a subquery.
 */
export function audienceQuery(order: OrderRow, now: Date): SQL {
  const today = now.toISOString().slice(0, 10);
  return sql`
    select unnest(${`{${order.targetUnitIds.join(',')}}`}::uuid[]) as unit_id
    union select p.unit_id from pairings p
      where ${order.dispatchMode} = 'open' and p.community_id = ${order.communityId}
        and ${pairingValidOn(alias('p'), today)}
    union select m.unit_id from claims c join members m on m.id = c.member_id
      where c.order_id = ${order.id} and m.unit_id is not null and ${claimHoldsSlot(alias('c'))}`;
}

export async function audienceUnits(db: Db, order: OrderRow, now: Date): Promise<string[]> {
  const { rows } = await execute<{ unit_id: string }>(db, audienceQuery(order, now));
  return rows.map((r) => r.unit_id);
}

/**
 * What ends with an order (cancelled or expired), in the caller's transaction: members get back
 * the capacity their claims took (never below zero), live claims are cancelled and open
 * escalations closed. (Its pending offers are withdrawn with the order's change: see withdrawOffers.)
 */
export async function endOrderWork(db: Db, orderId: string, now: Date): Promise<void> {
  await execute(
    db,
    sql`
    update members m set active_claims = greatest(active_claims - c.n, 0) from (
      select member_id, count(*)::int as n from claims where order_id = ${orderId} and ${claimTakesCapacity(alias('claims'))} group by member_id
    ) c where m.id = c.member_id`,
  );
  await execute(
    db,
    sql`update claims set status = 'cancelled', ended_at = ${now}, updated_at = ${now}
    where order_id = ${orderId} and status in ('waitlisted','held','checked_in')`,
  );
  await execute(
    db,
    sql`update escalations set status = 'closed' where order_id = ${orderId} and status = 'open'`,
  );
}
