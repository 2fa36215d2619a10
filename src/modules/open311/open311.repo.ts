import { and, asc, desc, eq, gte, inArray, lte, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { execute } from '../../db/exec.js';
import { claimHoldsSlot } from '../../db/predicates.js';
import type { OrderStatus } from '../../db/schema/enums.js';
import { categories, claims, members, orders, regions, units } from '../../db/schema/index.js';

/**
 * What the Open311 gateway reads: the regions a request can land in, the categories it offers as
 * services, published orders and the audit trail of their changes. It writes nothing itself; a
 * posted request goes through the orders service.
 */

export type CategoryRow = typeof categories.$inferSelect;
export type OrderRow = typeof orders.$inferSelect;

/** A community or grid a request can land in, with its centre, radius and drawn boundary. */
export interface Place {
  id: string;
  parentId: string | null;
  level: 'district' | 'street' | 'community' | 'grid';
  name: string;
  centerLat: number | null;
  centerLng: number | null;
  radiusM: number | null;
  polygon: [number, number][] | null;
}

/** The communities and grids under a region path, or everywhere (null). */
export const placesUnder = (db: Db, path: string | null): Promise<Place[]> =>
  db
    .select({
      id: regions.id,
      parentId: regions.parentId,
      level: regions.level,
      name: regions.name,
      centerLat: regions.centerLat,
      centerLng: regions.centerLng,
      radiusM: regions.radiusM,
      polygon: regions.polygon,
    })
    .from(regions)
    .where(
      and(
        inArray(regions.level, ['community', 'grid']),
        path === null ? undefined : sql`${regions.path} like ${`${path}%`}`,
      ),
    );

export const listCategories = (db: Db): Promise<CategoryRow[]> =>
  db.select().from(categories).orderBy(asc(categories.code));

export async function findCategory(db: Db, code: string): Promise<CategoryRow | undefined> {
  const [category] = await db.select().from(categories).where(eq(categories.code, code));
  return category;
}

/** Which published orders to list: named ones, or those created in a window, maybe of some categories and statuses. */
export type PublishedFilter =
  | { ids: string[] }
  | { from: Date; to: Date; categoryCodes: string[]; statuses: OrderStatus[] };

/** Published (not draft) orders, newest first. */
export const publishedOrders = (db: Db, f: PublishedFilter, limit: number): Promise<OrderRow[]> =>
  db
    .select()
    .from(orders)
    .where(
      and(
        ne(orders.status, 'draft'),
        'ids' in f
          ? inArray(orders.id, f.ids)
          : and(
              gte(orders.createdAt, f.from),
              lte(orders.createdAt, f.to),
              f.categoryCodes.length ? inArray(orders.categoryCode, f.categoryCodes) : undefined,
              f.statuses.length ? inArray(orders.status, f.statuses) : undefined,
            ),
      ),
    )
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .limit(limit);

export const publishedOrder = (db: Db, id: string): Promise<OrderRow[]> =>
  db
    .select()
    .from(orders)
    .where(and(eq(orders.id, id), ne(orders.status, 'draft')));

export const regionsById = (db: Db, ids: string[]) =>
  db
    .select({ id: regions.id, name: regions.name, level: regions.level })
    .from(regions)
    .where(inArray(regions.id, ids));

export const categoryNames = (db: Db, codes: string[]) =>
  db
    .select({ code: categories.code, name: categories.name })
    .from(categories)
    .where(inArray(categories.code, codes));

/** The units whose members hold a slot of each order (a claim's own unit, else its member's), by name. */
export const unitsHolding = (db: Db, orderIds: string[]) =>
  db
    .selectDistinct({ orderId: claims.orderId, name: units.name })
    .from(claims)
    .innerJoin(members, eq(members.id, claims.memberId))
    .innerJoin(units, eq(units.id, sql`coalesce(${claims.unitId}, ${members.unitId})`))
    .where(and(inArray(claims.orderId, orderIds), claimHoldsSlot(sql`${claims}`)))
    .orderBy(units.name);

type Snapshot = { slotsHeld?: unknown; headcount?: unknown; escalationLevel?: unknown } | null;

/** A change of a published order, from its audit trail, with the order's status after it. */
export interface OrderUpdate {
  id: number;
  orderId: string;
  action: string;
  createdAt: Date;
  before: Snapshot;
  after: Snapshot;
  statusAfter: OrderStatus;
}

/**
 * Changes of published orders in a window, oldest first. An event's status is the order's status
 * after it: its own order snapshot (`after`, when it is one), else the `before` snapshot of the
 * order's next transition, else its status now. Read from `audit_trail`, so a window in months
 * already archived still answers.
 */
export async function orderUpdates(db: Db, from: Date, to: Date, limit: number): Promise<OrderUpdate[]> {
  const { rows } = await execute<{
    id: number;
    entity_id: string;
    action: string;
    created_at: Date;
    before: Snapshot;
    after: Snapshot;
    status_after: OrderStatus;
  }>(
    db,
    sql`
    select e.id, e.entity_id, e.action, e.created_at, e.before, e.after,
      coalesce(case when e.after ? 'slotsHeld' then e.after->>'status' end,
               (select n.before->>'status' from audit_trail n
                where n.entity_id = e.entity_id and n.seq > e.seq and n.before ? 'slotsHeld'
                order by n.seq limit 1), o.status) as status_after
    from audit_trail e join orders o on o.id = e.entity_id
    where e.entity_type = 'order' and e.action <> 'order.created' and o.status <> 'draft'
      and e.created_at >= ${from} and e.created_at <= ${to}
    order by e.id
    limit ${limit}`,
  );
  return rows.map((e) => ({
    id: e.id,
    orderId: e.entity_id,
    action: e.action,
    createdAt: e.created_at,
    before: e.before,
    after: e.after,
    statusAfter: e.status_after,
  }));
}
