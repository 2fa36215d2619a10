import { z } from 'zod';
import { routesOf } from '../../http/operation.js';
import {
  checkInBody,
  claimBody,
  claimParams,
  claimSchema,
  completeBody,
  idParams,
} from './orders.schemas.js';

const actors =
  'The member itself, the admin of its unit, or staff managing the order; for any other key the claim is 404.';

/** Claims (接单): take a slot, withdraw, check in, report done. */
export const claimsRoutes = routesOf({ tags: ['claims'] }, (operation, { services: { claims } }) => {
  operation(
    {
      method: 'POST',
      url: '/orders/:id/claims',
      operationId: 'createClaim',
      summary:
        'Claim a slot for a member (a member key for itself, a unit admin for its members); waitlist: true joins the waitlist of a full order',
      description:
        'A member key for itself, a unit admin for its members, staff managing the order for any member; a member the key may not act for is 404. Only an open, filled or in-progress order (409 invalid_transition). Refusals in this order: already_claimed (409), member_unavailable (409), not_eligible (403: the member has not reported in to the community, is in no paired unit, or lacks a required skill), order_full (409, unless waitlist is true), member_at_capacity (409). Claims on one order are serialised, so no race overfills it. Besides the key’s rate limit, each member has its own budget of claims per window (429). Audited (claim.created or claim.waitlisted).',
      params: idParams,
      body: claimBody,
      idempotent: true,
      config: { memberBudget: true },
      responses: { 201: claimSchema },
      problems: [400, 401, 403, 404, 409, 413, 415, 422],
    },
    ({ caller, params, body, idempotencyKey }) => claims.claim(caller, params.id, body, idempotencyKey),
  );

  operation(
    {
      method: 'GET',
      url: '/orders/:id/claims',
      operationId: 'listClaims',
      summary: "The order's claims, in the order they were made",
      description: 'Any key that sees the order (404 otherwise); every claim, ended ones too.',
      params: idParams,
      responses: { 200: z.object({ items: z.array(claimSchema) }) },
      problems: [400, 401, 404],
    },
    ({ caller, params }) => claims.list(caller, params.id),
  );

  operation(
    {
      method: 'DELETE',
      url: '/orders/:id/claims/:claimId',
      operationId: 'withdrawClaim',
      summary: 'Withdraw a claim before check-in; the slot reopens and the waitlist moves up',
      description: `${actors} A waitlisted claim leaves the waitlist; a held claim gives its slot back, and the first waitlisted claim takes it. A checked-in or ended claim is 409 invalid_transition. Audited (claim.withdrawn).`,
      params: claimParams,
      responses: { 200: claimSchema },
      problems: [400, 401, 404, 409],
    },
    ({ caller, params }) => claims.withdraw(caller, params.id, params.claimId),
  );

  operation(
    {
      method: 'POST',
      url: '/orders/:id/claims/:claimId/check-in',
      operationId: 'checkInClaim',
      summary: 'Check in at the place and time of the work (refused too far away or outside the window)',
      description: `${actors} Only a held claim (409 invalid_transition). When the order has a location and a window, the check-in must fall inside the window (with CHECKIN_WINDOW_SLACK_S of slack) and, when lat and lng are given, within CHECKIN_MAX_DISTANCE_M of the location: otherwise 409 check_in_refused with reason outside_window or too_far. The body may be left out. Audited (claim.checked_in).`,
      params: claimParams,
      body: checkInBody.nullish(),
      responses: { 200: claimSchema },
      problems: [400, 401, 404, 409, 415],
    },
    ({ caller, params, body }) => claims.checkIn(caller, params.id, params.claimId, body ?? {}),
  );

  operation(
    {
      method: 'POST',
      url: '/orders/:id/claims/:claimId/complete',
      operationId: 'completeClaim',
      summary: 'Report the work done with the hours spent',
      description: `${actors} Only a checked-in claim (409 invalid_transition). The order is completed, ready for verification, once every slot-holding claim is. Audited (claim.completed).`,
      params: claimParams,
      body: completeBody,
      responses: { 200: claimSchema },
      problems: [400, 401, 404, 409, 415],
    },
    ({ caller, params, body }) => claims.complete(caller, params.id, params.claimId, body),
  );
});
