import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../../http/caller.js';
import { etagOf, expectedVersion } from '../../http/etag.js';
import { idempotencyHeaders, ifMatchHeaders, withIdempotencyRefusals } from '../../http/headers.js';
import { withProblems } from '../../http/problem-schema.js';
import { claimsRoutes } from './claims.routes.js';
import {
  cancelBody,
  createdOrderSchema,
  createOrderBody,
  idParams,
  listOrdersQuery,
  orderDetailSchema,
  orderPage,
  orderSchema,
  patchOrderBody,
  timelineSchema,
  verifyBody,
} from './orders.schemas.js';

const creditSchema = z.object({
  claimId: z.uuid(),
  memberId: z.uuid(),
  hours: z.number(),
  points: z.number(),
});

/** Sends an order with the ETag of its version (what If-Match names, see expectedVersion). */
const sendOrder = (reply: FastifyReply, order: { version: number }) =>
  reply.header('etag', etagOf(order.version)).send(order);

/** Orders (点单 · 下单): posting, reading, editing and the lifecycle transitions. */
export const ordersRoutes: FastifyPluginAsyncZod = async (app) => {
  const { orders, verification } = app.services;
  const tags = ['orders'];

  app.post(
    '/orders',
    {
      schema: {
        tags,
        summary: 'Post an order for a resident (created open unless publish is false)',
        description: 'Idempotency-Key makes a retried POST return the first response and create nothing.',
        headers: idempotencyHeaders,
        body: createOrderBody,
        response: withIdempotencyRefusals(
          withProblems({ 201: createdOrderSchema }, [400, 401, 403, 404, 409, 413, 415, 422]),
        ),
      },
    },
    async (request, reply) => {
      const result = await orders.create(callerOf(request), request.body, request.headers['idempotency-key']);
      if (result.replayed) reply.header('idempotent-replayed', 'true');
      return sendOrder(reply.status(201), result.body);
    },
  );

  app.get(
    '/orders',
    {
      schema: {
        tags,
        summary: 'List orders in scope (beneficiaries masked)',
        querystring: listOrdersQuery,
        response: withProblems({ 200: orderPage }, [400, 401]),
      },
    },
    async (request) => orders.list(callerOf(request), request.query),
  );

  app.get(
    '/orders/:id',
    {
      schema: {
        tags,
        summary: 'Read an order with its deadlines, breaches and escalation level',
        params: idParams,
        response: withProblems({ 200: orderDetailSchema }, [400, 401, 404]),
      },
    },
    async (request, reply) => sendOrder(reply, await orders.get(callerOf(request), request.params.id)),
  );

  app.patch(
    '/orders/:id',
    {
      schema: {
        tags,
        summary: 'Edit a draft or open order (If-Match with its ETag is required)',
        params: idParams,
        headers: ifMatchHeaders,
        body: patchOrderBody,
        response: withProblems({ 200: orderSchema }, [400, 401, 403, 404, 409, 412, 413, 415, 422, 428]),
      },
    },
    async (request, reply) => {
      const expected = expectedVersion(request.headers['if-match']);
      return sendOrder(
        reply,
        await orders.patch(callerOf(request), request.params.id, expected, request.body),
      );
    },
  );

  app.post(
    '/orders/:id/publish',
    {
      schema: {
        tags,
        summary: 'Publish a draft: deadlines are fixed and dispatch starts',
        params: idParams,
        response: withProblems({ 200: orderSchema }, [400, 401, 403, 404, 409]),
      },
    },
    async (request, reply) => sendOrder(reply, await orders.publish(callerOf(request), request.params.id)),
  );

  app.post(
    '/orders/:id/cancel',
    {
      schema: {
        tags,
        summary: 'Cancel a draft, open or filled order',
        params: idParams,
        body: cancelBody,
        response: withProblems({ 200: orderSchema }, [400, 401, 403, 404, 409, 415]),
      },
    },
    async (request, reply) =>
      sendOrder(reply, await orders.cancel(callerOf(request), request.params.id, request.body.reason)),
  );

  app.post(
    '/orders/:id/verify',
    {
      schema: {
        tags,
        summary:
          "Verify completed work with the resident's rating; credits hours and points, or reopens when not resolved",
        params: idParams,
        body: verifyBody,
        response: withProblems(
          { 200: z.object({ order: orderSchema, credits: z.array(creditSchema) }) },
          [400, 401, 403, 404, 409, 415, 422],
        ),
      },
    },
    async (request, reply) => {
      const result = await verification.verify(callerOf(request), request.params.id, request.body);
      return reply.header('etag', etagOf(result.order.version)).send(result);
    },
  );

  app.get(
    '/orders/:id/timeline',
    {
      schema: {
        tags,
        summary: "The order's audit events, oldest first",
        params: idParams,
        response: withProblems({ 200: timelineSchema }, [400, 401, 404]),
      },
    },
    async (request) => orders.timeline(callerOf(request), request.params.id),
  );

  await app.register(claimsRoutes);
};
