import { z } from 'zod';
import { crudRoutes } from '../../http/crud-routes.js';
import { routesOf } from '../../http/operation.js';
import { claimSchema } from '../orders/orders.schemas.js';
import { declineBody, listOffersQuery, offerIdParams, offerSchema } from './offers.schemas.js';

const answerers =
  'Only the member the offer was made to, or the admin of its unit (403 for staff who see it; 404 for keys that do not).';

/** Offers: the matcher's invitations to members, answered by the member or its unit admin. */
export const offersRoutes = routesOf({ tags: ['offers'] }, (operation, { services: { offers } }) => {
  crudRoutes(operation, {
    path: '/offers',
    item: offerSchema,
    service: offers,
    list: {
      operationId: 'listOffers',
      summary:
        "Offers in scope: a member's own, a unit admin's members', staff's region; filter by status, order or member",
      description:
        'Any key: a member sees its own offers, a unit admin those of its unit’s members, officers, community staff and region-scoped ops keys those on orders of their subtree, admins and unscoped ops keys all. Oldest first.',
      query: listOffersQuery,
    },
    get: {
      operationId: 'getOffer',
      summary: 'Read an offer with the score parts that ranked it',
      description: 'Any key that sees the offer, as for listOffers (404 otherwise).',
    },
  });

  operation(
    {
      method: 'POST',
      url: '/offers/:id/accept',
      operationId: 'acceptOffer',
      summary:
        'Accept an offer: a claim through the claim path, with the same 409s (order_full, already_claimed, member_at_capacity, ...)',
      description: `${answerers} An offer that is no longer pending, or has expired, is 409 offer_not_pending. The claim is made by the one claim path, with its refusals (see createClaim), and answered as the new claim.`,
      params: offerIdParams,
      idempotent: true,
      responses: { 201: claimSchema },
      problems: [400, 401, 403, 404, 409],
    },
    ({ caller, params, idempotencyKey }) => offers.accept(caller, params.id, idempotencyKey),
  );

  operation(
    {
      method: 'POST',
      url: '/offers/:id/decline',
      operationId: 'declineOffer',
      summary: 'Decline an offer (optionally saying why); the next wave goes out',
      description: `${answerers} Only a pending offer that has not expired (409 offer_not_pending). The reason stays on the offer and in the audit trail, never in webhook payloads; matching sends the next wave. The body may be left out. Audited (offer.declined).`,
      params: offerIdParams,
      body: declineBody.nullish(),
      responses: { 200: offerSchema },
      problems: [400, 401, 403, 404, 409, 413, 415],
    },
    ({ caller, params, body }) => offers.decline(caller, params.id, body?.reason),
  );

  operation(
    {
      method: 'GET',
      url: '/orders/:id/offers',
      operationId: 'listOrderOffers',
      summary: 'Every offer made for an order, by wave and rank, with score parts (staff managing the order)',
      description:
        'Admins, and the street officers and community staff whose subtree holds the order’s community: 403 for other keys that see the order, 404 for keys that do not.',
      params: offerIdParams,
      responses: { 200: z.object({ items: z.array(offerSchema) }) },
      problems: [400, 401, 403, 404],
    },
    ({ caller, params }) => offers.listForOrder(caller, params.id),
  );
});
