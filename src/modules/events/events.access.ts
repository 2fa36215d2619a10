import { type AuthContext, seesEverything } from '../../auth/scope.js';
import { Errors } from '../../errors.js';

/**
 * Which events a key sees: exactly those its webhooks would carry for its scope (the rule of the
 * `webhooks_fan_out` trigger), and for a member key the offers made to that member.
 * - admin and unscoped ops: every event;
 * - street officers, community staff and region-scoped ops: events whose region is in their subtree;
 * - unit admins: events addressed to their unit (its members' offers and claims, the orders of the
 *   communities it is paired with, escalations that reach it);
 * - members: the events of offers made to them.
 */
export type EventScope =
  | { kind: 'all' }
  | { kind: 'region'; path: string }
  | { kind: 'unit'; unitId: string }
  | { kind: 'member'; memberId: string };

export function eventScope(auth: AuthContext): EventScope {
  if (seesEverything(auth)) return { kind: 'all' };
  if (auth.role === 'member') {
    if (auth.memberId) return { kind: 'member', memberId: auth.memberId };
  } else if (auth.role === 'unit_admin') {
    if (auth.unitId) return { kind: 'unit', unitId: auth.unitId };
  } else if (auth.regionPath !== null) return { kind: 'region', path: auth.regionPath };
  throw Errors.forbidden('this key has no region, unit or member to see events of');
}

/** How an event is addressed: what the scope rule reads of it. */
export interface EventAddress {
  regionPath: string | null;
  unitIds: string[];
  memberId: string | null;
}

/** The scope rule on one event, as the feed's statement applies it (events.repo.ts scopeCondition). */
export function inScope(scope: EventScope, event: EventAddress): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'region':
      return event.regionPath?.startsWith(scope.path) === true;
    case 'unit':
      return event.unitIds.includes(scope.unitId);
    case 'member':
      return event.memberId === scope.memberId;
  }
}
