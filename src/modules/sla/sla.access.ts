/** Who sees which SLA records: breaches and escalations in a key's region subtree. */
import { type AuthContext, requireRole, seesEverything } from '../../auth/scope.js';
import type { EscalationScope } from './escalations.repo.js';

/** Roles that read SLA policies and breaches: staff and officers. */
export const SLA_READERS = ['admin', 'street_officer', 'community_staff', 'ops'] as const;

/**
 * The region paths whose orders' breaches a key may list (none: every order), or null when it may
 * list none: staff and officers see those of orders in their region subtree.
 */
export function breachPaths(auth: AuthContext): string[] | null {
  if (seesEverything(auth)) return [];
  return auth.regionPath ? [auth.regionPath] : null;
}

/**
 * Who sees an escalation: its officers (street officer keys whose subtree holds the escalation's
 * region), and the staff of the order's community, who blew the whistle and follow it. Units and
 * members never list escalations.
 */
export function escalationScope(auth: AuthContext): EscalationScope {
  if (seesEverything(auth)) return 'all';
  requireRole(auth, 'street_officer', 'community_staff', 'ops');
  if (!auth.regionPath) return 'none';
  return auth.role === 'street_officer' ? { levelUnder: auth.regionPath } : { orderUnder: auth.regionPath };
}
