import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../../http/caller.js';
import { idempotencyHeaders, sendIdempotent, withIdempotencyRefusals } from '../../http/headers.js';
import { problemResponse, withProblems } from '../../http/problem-schema.js';
import {
  createdEndpointSchema,
  createEndpointBody,
  deliveryIdParams,
  deliveryPage,
  deliverySchema,
  endpointIdParams,
  endpointPage,
  endpointSchema,
  listDeliveriesQuery,
  listEndpointsQuery,
  patchEndpointBody,
} from './webhooks.schemas.js';

const tags = ['webhooks'];

/** Webhook endpoints (subscriptions), their delivery log and manual redelivery. */
export const webhooksRoutes: FastifyPluginAsyncZod = async (app) => {
  const { webhookEndpoints: endpoints, webhookDeliveries: deliveries } = app.services;

  app.post(
    '/webhook-endpoints',
    {
      schema: {
        tags,
        summary: 'Subscribe a URL to events; the signing secret is in this response only',
        headers: idempotencyHeaders,
        body: createEndpointBody,
        response: withIdempotencyRefusals(
          withProblems(
            {
              201: createdEndpointSchema,
              422: problemResponse(
                'webhook_url_refused: the host is, or resolves to, a loopback, private or reserved address',
              ),
            },
            [400, 401, 403, 404, 409],
          ),
        ),
      },
    },
    async (request, reply) =>
      sendIdempotent(
        reply,
        await endpoints.create(callerOf(request), request.body, request.headers['idempotency-key']),
      ),
  );

  app.get(
    '/webhook-endpoints',
    {
      schema: {
        tags,
        summary: 'Endpoints in the scope of the key',
        querystring: listEndpointsQuery,
        response: withProblems({ 200: endpointPage }, [400, 401, 403]),
      },
    },
    async (request) => endpoints.list(callerOf(request), request.query),
  );

  app.get(
    '/webhook-endpoints/:id',
    {
      schema: {
        tags,
        summary: 'One endpoint, without its secret',
        params: endpointIdParams,
        response: withProblems({ 200: endpointSchema }, [400, 401, 403, 404]),
      },
    },
    async (request) => endpoints.get(callerOf(request), request.params.id),
  );

  app.patch(
    '/webhook-endpoints/:id',
    {
      schema: {
        tags,
        summary: 'Re-enable (or pause) an endpoint',
        params: endpointIdParams,
        body: patchEndpointBody,
        response: withProblems({ 200: endpointSchema }, [400, 401, 403, 404]),
      },
    },
    async (request) => endpoints.patch(callerOf(request), request.params.id, request.body),
  );

  app.delete(
    '/webhook-endpoints/:id',
    {
      schema: {
        tags,
        summary: 'Delete an endpoint; nothing more is delivered to it',
        params: endpointIdParams,
        response: withProblems({ 204: z.null().meta({ description: 'Deleted' }) }, [400, 401, 403, 404]),
      },
    },
    async (request, reply) => {
      await endpoints.remove(callerOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/webhook-endpoints/:id/deliveries',
    {
      schema: {
        tags,
        summary: 'Delivery log of an endpoint: status, attempts, last response code, error and latency',
        params: endpointIdParams,
        querystring: listDeliveriesQuery,
        response: withProblems({ 200: deliveryPage }, [400, 401, 403, 404]),
      },
    },
    async (request) => deliveries.list(callerOf(request), request.params.id, request.query),
  );

  app.post(
    '/webhook-deliveries/:id/retry',
    {
      schema: {
        tags,
        summary: 'Redeliver a dead or delivered message (same webhook-id, fresh attempts)',
        params: deliveryIdParams,
        response: withProblems({ 202: deliverySchema }, [400, 401, 403, 404, 409]),
      },
    },
    async (request, reply) =>
      reply.status(202).send(await deliveries.retry(callerOf(request), request.params.id)),
  );
};
