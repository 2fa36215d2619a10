import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../../http/caller.js';
import { idempotencyHeaders, sendIdempotent, withIdempotencyRefusals } from '../../http/headers.js';
import { withProblems } from '../../http/problem-schema.js';
import { claimSchema } from '../orders/orders.schemas.js';
import { declineBody, listOffersQuery, offerIdParams, offerPage, offerSchema } from './offers.schemas.js';

/** Offers: the matcher's invitations to members, answered by the member or its unit admin. */
export const offersRoutes: FastifyPluginAsyncZod = async (app) => {
  const { offers } = app.services;
  const tags = ['offers'];

  app.get(
    '/offers',
    {
      schema: {
        tags,
        summary:
          "Offers in scope: a member's own, a unit admin's members', staff's region; filter by status, order or member",
        querystring: listOffersQuery,
        response: withProblems({ 200: offerPage }, [400, 401]),
      },
    },
    async (request) => offers.list(callerOf(request), request.query),
  );

  app.get(
    '/offers/:id',
    {
      schema: {
        tags,
        summary: 'Read an offer with the score parts that ranked it',
        params: offerIdParams,
        response: withProblems({ 200: offerSchema }, [400, 401, 404]),
      },
    },
    async (request) => offers.get(callerOf(request), request.params.id),
  );

  app.post(
    '/offers/:id/accept',
    {
      schema: {
        tags,
        summary:
          'Accept an offer: a claim through the claim path, with the same 409s (order_full, already_claimed, member_at_capacity, ...)',
        description:
          'Only the member or the admin of its unit. An offer that is no longer pending, or has expired, is 409 offer_not_pending.',
        params: offerIdParams,
        headers: idempotencyHeaders,
        response: withIdempotencyRefusals(withProblems({ 201: claimSchema }, [400, 401, 403, 404, 409])),
      },
    },
    async (request, reply) =>
      sendIdempotent(
        reply,
        await offers.accept(callerOf(request), request.params.id, request.headers['idempotency-key']),
      ),
  );

  app.post(
    '/offers/:id/decline',
    {
      schema: {
        tags,
        summary: 'Decline an offer (optionally saying why); the next wave goes out',
        params: offerIdParams,
        body: declineBody.nullish(),
        response: withProblems({ 200: offerSchema }, [400, 401, 403, 404, 409, 413, 415]),
      },
    },
    async (request) => offers.decline(callerOf(request), request.params.id, request.body?.reason),
  );

  app.get(
    '/orders/:id/offers',
    {
      schema: {
        tags,
        summary:
          'Every offer made for an order, by wave and rank, with score parts (staff managing the order)',
        params: offerIdParams,
        response: withProblems({ 200: z.object({ items: z.array(offerSchema) }) }, [400, 401, 403, 404]),
      },
    },
    async (request) => offers.listForOrder(callerOf(request), request.params.id),
  );
};
