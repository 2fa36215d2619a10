/** Who sees a transfer, and which side of it a key acts for. */
import type { AuthContext } from '../../auth/scope.js';
import { Errors } from '../../errors.js';
import { offerScope } from '../offers/offers.access.js';
import { actsForMember } from '../orders/orders.access.js';
import type { OrderRow } from '../orders/orders.repo.js';
import type { TransferScope } from './transfers.repo.js';

/**
 * Transfers are seen as offers are (offerScope): a member those from or to it, a unit admin those
 * from or to its members (or held for its unit), staff and officers those on orders in their subtree.
 */
export const transferScope = (auth: AuthContext): TransferScope => offerScope(auth);

export interface MemberRef {
  id: string;
  unitId: string | null;
}

/**
 * The holder's side: whoever may change the member's claim (the member itself, its unit admin, staff
 * managing the order), as for withdrawing it.
 */
export const actsForHolder = (auth: AuthContext, order: Pick<OrderRow, 'regionPath'>, holder: MemberRef) =>
  actsForMember(auth, order, holder);

/** The taking side: only the member itself or the admin of its unit take a claim over or ask for one. */
export const actsForTaker = (auth: AuthContext, taker: MemberRef) =>
  (auth.role === 'member' && auth.memberId === taker.id) ||
  (auth.role === 'unit_admin' && taker.unitId !== null && auth.unitId === taker.unitId);

/** A key that sees the transfer but is not on the side that may do this gets 403. */
export function requireSide(allowed: boolean, what: string): void {
  if (!allowed) throw Errors.forbidden(`only ${what} may do this`);
}
