import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../../http/caller.js';
import { idempotencyHeaders, withIdempotencyRefusals } from '../../http/headers.js';
import { withProblems } from '../../http/problem-schema.js';
import {
  checkInBody,
  claimBody,
  claimParams,
  claimSchema,
  completeBody,
  idParams,
} from './orders.schemas.js';

/** Claims (接单): take a slot, withdraw, check in, report done. */
export const claimsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { claims } = app.services;
  const tags = ['claims'];

  app.post(
    '/orders/:id/claims',
    {
      config: { memberBudget: true },
      schema: {
        tags,
        summary:
          'Claim a slot for a member (a member key for itself, a unit admin for its members); waitlist: true joins the waitlist of a full order',
        params: idParams,
        headers: idempotencyHeaders,
        body: claimBody,
        response: withIdempotencyRefusals(
          withProblems({ 201: claimSchema }, [400, 401, 403, 404, 409, 413, 415, 422]),
        ),
      },
    },
    async (request, reply) => {
      const result = await claims.claim(
        callerOf(request),
        request.params.id,
        request.body,
        request.headers['idempotency-key'],
      );
      if (result.replayed) reply.header('idempotent-replayed', 'true');
      return reply.status(201).send(result.body);
    },
  );

  app.get(
    '/orders/:id/claims',
    {
      schema: {
        tags,
        summary: "The order's claims, in the order they were made",
        params: idParams,
        response: withProblems({ 200: z.object({ items: z.array(claimSchema) }) }, [400, 401, 404]),
      },
    },
    async (request) => claims.list(callerOf(request), request.params.id),
  );

  app.delete(
    '/orders/:id/claims/:claimId',
    {
      schema: {
        tags,
        summary: 'Withdraw a claim before check-in; the slot reopens and the waitlist moves up',
        params: claimParams,
        response: withProblems({ 200: claimSchema }, [400, 401, 404, 409]),
      },
    },
    async (request) => claims.withdraw(callerOf(request), request.params.id, request.params.claimId),
  );

  app.post(
    '/orders/:id/claims/:claimId/check-in',
    {
      schema: {
        tags,
        summary: 'Check in at the place and time of the work (refused too far away or outside the window)',
        params: claimParams,
        body: checkInBody.nullish(),
        response: withProblems({ 200: claimSchema }, [400, 401, 404, 409, 415]),
      },
    },
    async (request) =>
      claims.checkIn(callerOf(request), request.params.id, request.params.claimId, request.body ?? {}),
  );

  app.post(
    '/orders/:id/claims/:claimId/complete',
    {
      schema: {
        tags,
        summary: 'Report the work done with the hours spent',
        params: claimParams,
        body: completeBody,
        response: withProblems({ 200: claimSchema }, [400, 401, 404, 409, 415]),
      },
    },
    async (request) =>
      claims.complete(callerOf(request), request.params.id, request.params.claimId, request.body),
  );
};
