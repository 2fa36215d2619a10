import { type AuthContext, regionInScope } from '../../auth/scope.js';
import type { Db } from '../../db/client.js';
import { Errors } from '../../errors.js';
import { findVisibleOrder, type OrderRow } from './orders.repo.js';

/**
 * Who may see and change an order and its claims. Which orders a key sees is the filter
 * orderVisibility (reach.repo.ts) applies in the statements; the rules here decide on rows read.
 */

/** Loads an order the key may see (404 otherwise), optionally locking it for the transaction. */
export async function loadVisibleOrder(
  tx: Db,
  auth: AuthContext,
  id: string,
  now: Date,
  opts: { lock?: boolean } = {},
): Promise<OrderRow> {
  const order = await findVisibleOrder(tx, auth, id, now, opts.lock ?? false);
  if (!order) throw Errors.notFound(`order ${id} not found`);
  return order;
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

/**
 * Who may claim for a member and change the member's claims: a member key only for itself, a unit
 * admin for its unit's members, staff managing the order.
 */
export function actsForMember(
  auth: AuthContext,
  order: Pick<OrderRow, 'regionPath'>,
  member: { id: string; unitId: string | null },
): boolean {
  return (
    (auth.role === 'member' && auth.memberId === member.id) ||
    (auth.role === 'unit_admin' && member.unitId !== null && auth.unitId === member.unitId) ||
    managesOrder(auth, order)
  );
}
