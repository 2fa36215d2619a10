import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../../http/caller.js';
import { idempotencyHeaders, sendIdempotent, withIdempotencyRefusals } from '../../http/headers.js';
import { withProblems } from '../../http/problem-schema.js';
import { idParams, orderSchema } from '../orders/orders.schemas.js';
import {
  escalationPage,
  escalationParams,
  escalationSchema,
  listEscalationsQuery,
  respondBody,
  whistleBody,
} from './sla.schemas.js';

/** The whistle (吹哨) and the officers' answer (报到). */
export const escalationsRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = app.services.escalations;
  const tags = ['escalations'];

  app.post(
    '/orders/:id/whistle',
    {
      schema: {
        tags,
        summary:
          'Blow the whistle: escalate the order to the street (1) or district (2) now (staff managing the order)',
        description:
          'Idempotency-Key makes a retried POST return the first response and escalate nothing more.',
        params: idParams,
        headers: idempotencyHeaders,
        body: whistleBody,
        response: withIdempotencyRefusals(
          withProblems(
            { 201: z.object({ order: orderSchema, escalation: escalationSchema }) },
            [400, 401, 403, 404, 409, 413, 415, 422],
          ),
        ),
      },
    },
    async (request, reply) =>
      sendIdempotent(
        reply,
        await service.whistle(
          callerOf(request),
          request.params.id,
          request.body,
          request.headers['idempotency-key'],
        ),
      ),
  );

  app.get(
    '/escalations',
    {
      schema: {
        tags,
        summary:
          "Escalations in scope: an officer sees those of their region's levels, staff those of their orders",
        querystring: listEscalationsQuery,
        response: withProblems({ 200: escalationPage }, [400, 401, 403]),
      },
    },
    async (request) => service.list(callerOf(request), request.query),
  );

  app.get(
    '/escalations/:id',
    {
      schema: {
        tags,
        summary: 'Read one escalation',
        params: escalationParams,
        response: withProblems({ 200: escalationSchema }, [400, 401, 403, 404]),
      },
    },
    async (request) => service.get(callerOf(request), request.params.id),
  );

  app.post(
    '/escalations/:id/respond',
    {
      schema: {
        tags,
        summary: 'Respond to an escalation (报到): a note and units assigned to help (officers of its level)',
        params: escalationParams,
        body: respondBody,
        response: withProblems({ 200: escalationSchema }, [400, 401, 403, 404, 409, 413, 415, 422]),
      },
    },
    async (request) => service.respond(callerOf(request), request.params.id, request.body),
  );
};
