/** Who sees an offer, and who answers it. */
import { type AuthContext, seesEverything } from '../../auth/scope.js';
import { Errors } from '../../errors.js';
import type { OfferScope } from './offers.repo.js';

/** A member sees its own offers, a unit admin those of its unit's members, staff and officers those on orders in their subtree. */
export function offerScope(auth: AuthContext): OfferScope {
  if (seesEverything(auth)) return 'all';
  switch (auth.role) {
    case 'member':
      return auth.memberId ? { memberId: auth.memberId } : 'none';
    case 'unit_admin':
      return auth.unitId ? { unitId: auth.unitId } : 'none';
    case 'street_officer':
    case 'community_staff':
    case 'ops':
      return auth.regionPath ? { orderUnder: auth.regionPath } : 'none';
    default:
      return 'none';
  }
}

/**
 * Only the member, or the admin of its unit, answers an offer. For those two roles visibility is
 * exactly that rule (anyone else gets 404 first); other roles may see offers but never answer them.
 */
export function requireResponder(auth: AuthContext): void {
  if (auth.role !== 'member' && auth.role !== 'unit_admin')
    throw Errors.forbidden('only the member or its unit admin answers an offer');
}
