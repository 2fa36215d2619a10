import { type SQL, sql } from 'drizzle-orm';
import { type AuthContext, regionInScope, seesEverything } from '../../auth/scope.js';
import type { Db } from '../../db/client.js';
import { execute, rowOf } from '../../db/exec.js';
import { orders } from '../../db/schema/index.js';
import { Errors } from '../../errors.js';
import { memberInReach, unitSeesOrder } from './reach.js';

export type OrderRow = typeof orders.$inferSelect;

/**
 * Which orders a key may see, as a filter over `orders` (undefined: all). Staff and officers see
 * their region subtree; a unit sees what it can take or holds; a member what it can take, holds
 * or was offered.
 */
export function orderVisibility(auth: AuthContext, now: Date): SQL | undefined {
  if (seesEverything(auth)) return undefined;
  switch (auth.role) {
    case 'street_officer':
    case 'community_staff':
    case 'ops':
      return auth.regionPath ? sql`${orders.regionPath} like ${`${auth.regionPath}%`}` : sql`false`;
    case 'unit_admin':
      return auth.unitId ? unitSeesOrder('orders', auth.unitId, now) : sql`false`;
    case 'member':
      return auth.memberId
        ? sql`(exists (select 1 from members vm where vm.id = ${auth.memberId} and ${memberInReach('orders', 'vm', now)})
            or exists (select 1 from claims vc where vc.order_id = orders.id and vc.member_id = ${auth.memberId})
            or exists (select 1 from offers vo where vo.order_id = orders.id and vo.member_id = ${auth.memberId}))`
        : sql`false`;
    default:
      return sql`false`;
  }
}

/** Loads an order the key may see (404 otherwise), optionally locking it for the transaction. */
export async function loadVisibleOrder(
  tx: Db,
  auth: AuthContext,
  id: string,
  now: Date,
  opts: { lock?: boolean } = {},
): Promise<OrderRow> {
  const { rows } = await execute<Record<string, unknown>>(
    tx,
    sql`select * from orders where id = ${id} and ${orderVisibility(auth, now) ?? sql`true`}${opts.lock ? sql` for update` : sql``}`,
  );
  if (!rows[0]) throw Errors.notFound(`order ${id} not found`);
  return rowOf(orders, rows[0]);
}

/** Locks an order's row for the rest of the transaction and reads it: one prepared statement. */
export async function lockOrder(tx: Db, id: string): Promise<OrderRow | undefined> {
  const { rows } = await execute<Record<string, unknown>>(
    tx,
    sql`select * from orders where id = ${id} for update`,
  );
  return rows[0] ? rowOf(orders, rows[0]) : undefined;
}

/** Staff who manage an order: admin, and officers and staff whose subtree holds its community. */
export function managesOrder(auth: AuthContext, order: Pick<OrderRow, 'regionPath'>): boolean {
  if (auth.role === 'admin') return true;
  if (auth.role !== 'street_officer' && auth.role !== 'community_staff') return false;
  return regionInScope(auth, order.regionPath);
}

export function requireManager(auth: AuthContext, order: Pick<OrderRow, 'regionPath'>): void {
  if (!managesOrder(auth, order))
    throw Errors.forbidden('only the community staff and officers above it may do this');
}
