import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { etagOf, expectedVersion } from '../../http/etag.js';
import { ifMatchHeaders } from '../../http/headers.js';
import { routesOf } from '../../http/operation.js';
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

/** An answer carrying the order's version in its ETag, which the next edit names in If-Match. */
const versioned = (schema: z.ZodType, description = 'The order; ETag is its version') => ({
  description,
  content: { 'application/json': { schema } },
  headers: { etag: { type: 'string', description: 'The version of the order, e.g. "v3"' } },
});

/** Sends an order with the ETag of its version (what If-Match names, see expectedVersion). */
const sendOrder = (reply: FastifyReply, order: { version: number }) =>
  reply.header('etag', etagOf(order.version)).send(order);

const managers =
  'Admins, and the street officers and community staff whose subtree holds the order’s community (403 for other keys that see the order).';

/** Orders (点单 · 下单): posting, reading, editing and the lifecycle transitions. */
export const ordersRoutes = routesOf({ tags: ['orders'] }, async (operation, app) => {
  const { orders, verification } = app.services;

  operation(
    {
      method: 'POST',
      url: '/orders',
      operationId: 'createOrder',
      summary: 'Post an order for a resident (created open unless publish is false)',
      description:
        'Admins, street officers and community staff, in a community of their subtree (404 otherwise). The category and its SLA policy for the priority must exist (422 unknown_category); gridId must be a grid of the community and targetUnitIds units paired with it (422), given only with dispatchMode targeted. A published order gets its claim-by and complete-by deadlines and dispatch starts (auto: offers in waves). The answer lists possible duplicates: up to 10 recent live orders of the same category in the community, near the location or in the same grid. Audited (order.created).',
      body: createOrderBody,
      idempotent: true,
      responses: { 201: versioned(createdOrderSchema) },
      problems: [400, 401, 403, 404, 409, 413, 415, 422],
    },
    async ({ caller, body, idempotencyKey, reply }) => {
      const result = await orders.create(caller, body, idempotencyKey);
      reply.header('etag', etagOf(result.body.version));
      return result;
    },
  );

  operation(
    {
      method: 'GET',
      url: '/orders',
      operationId: 'listOrders',
      summary: 'List orders in scope (beneficiaries masked)',
      description:
        'Any key. Officers, community staff and region-scoped ops keys see the orders of their subtree; a unit admin those its unit may take, holds or was offered; a member those it may take, holds or was offered; admins and unscoped ops keys all. Oldest first; filter by status, community, category, priority and creation time (createdFrom inclusive, createdTo exclusive).',
      querystring: listOrdersQuery,
      responses: { 200: orderPage },
      problems: [400, 401],
    },
    ({ caller, query }) => orders.list(caller, query),
  );

  operation(
    {
      method: 'GET',
      url: '/orders/:id',
      operationId: 'getOrder',
      summary: 'Read an order with its deadlines, breaches and escalation level',
      description:
        'Any key that sees the order (404 otherwise, as for listOrders). The beneficiary’s name and phone are shown to the staff managing the order only. ETag carries the version that PATCH names in If-Match.',
      params: idParams,
      responses: { 200: versioned(orderDetailSchema) },
      problems: [400, 401, 404],
    },
    async ({ caller, params, reply }) => sendOrder(reply, await orders.get(caller, params.id)),
  );

  operation(
    {
      method: 'PATCH',
      url: '/orders/:id',
      operationId: 'updateOrder',
      summary: 'Edit a draft or open order (If-Match with its ETag is required)',
      description: `${managers} Only a draft or open order (409 invalid_transition). If-Match must name the current version: 428 without it, 412 version_mismatch when the order changed since it was read. At least one field; headcount may not go below the slots already held (409). Audited (order.updated).`,
      params: idParams,
      headers: ifMatchHeaders,
      body: patchOrderBody,
      responses: { 200: versioned(orderSchema) },
      problems: [400, 401, 403, 404, 409, 412, 413, 415, 422, 428],
    },
    async ({ caller, params, headers, body, reply }) => {
      const expected = expectedVersion(headers['if-match']);
      return sendOrder(reply, await orders.patch(caller, params.id, expected, body));
    },
  );

  operation(
    {
      method: 'POST',
      url: '/orders/:id/publish',
      operationId: 'publishOrder',
      summary: 'Publish a draft: deadlines are fixed and dispatch starts',
      description: `${managers} Only a draft (409 invalid_transition). The SLA deadlines count from now; auto dispatch sends the first wave of offers. Audited (order.published).`,
      params: idParams,
      responses: { 200: versioned(orderSchema) },
      problems: [400, 401, 403, 404, 409],
    },
    async ({ caller, params, reply }) => sendOrder(reply, await orders.publish(caller, params.id)),
  );

  operation(
    {
      method: 'POST',
      url: '/orders/:id/cancel',
      operationId: 'cancelOrder',
      summary: 'Cancel a draft, open or filled order',
      description: `${managers} Only a draft, open or filled order (409 invalid_transition once work has started). Its waitlisted, held and checked-in claims are cancelled, pending offers withdrawn and open escalations closed; the reason is kept. Audited (order.cancelled).`,
      params: idParams,
      body: cancelBody,
      responses: { 200: versioned(orderSchema) },
      problems: [400, 401, 403, 404, 409, 415],
    },
    async ({ caller, params, body, reply }) =>
      sendOrder(reply, await orders.cancel(caller, params.id, body.reason)),
  );

  operation(
    {
      method: 'POST',
      url: '/orders/:id/verify',
      operationId: 'verifyOrder',
      summary:
        "Verify completed work with the resident's rating; credits hours and points, or reopens when not resolved",
      description: `${managers} Only a completed order (409 invalid_transition). Resolved: each completed claim gets its approved hours (one figure, a figure per claim id, or by default the hours reported; claim ids not completed on this order are 422) and the love bank credits hours and points in the same transaction. Not resolved: the order reopens, its claims are released and dispatch starts again. Audited (order.verified or order.reopened).`,
      params: idParams,
      body: verifyBody,
      responses: {
        200: versioned(
          z.object({ order: orderSchema, credits: z.array(creditSchema) }),
          'The order and what was credited; ETag is the order’s version',
        ),
      },
      problems: [400, 401, 403, 404, 409, 415, 422],
    },
    async ({ params, caller, body, reply }) => {
      const result = await verification.verify(caller, params.id, body);
      return reply.header('etag', etagOf(result.order.version)).send(result);
    },
  );

  operation(
    {
      method: 'GET',
      url: '/orders/:id/timeline',
      operationId: 'getOrderTimeline',
      summary: "The order's audit events, oldest first",
      description:
        'Any key that sees the order (404 otherwise). The events of the order’s hash chain in chain order, each with its hash, so the chain can be checked (see verifyAuditChains).',
      params: idParams,
      responses: { 200: timelineSchema },
      problems: [400, 401, 404],
    },
    ({ caller, params }) => orders.timeline(caller, params.id),
  );

  await app.register(claimsRoutes);
});
