import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '../../http/caller.js';
import { etagOf } from '../../http/etag.js';
import { withProblems } from '../../http/problem-schema.js';
import { idParams, orderSchema } from '../orders/orders.schemas.js';
import { escalationsRoutes } from './escalations.routes.js';
import {
  breachPage,
  extendBody,
  listBreachesQuery,
  listPoliciesQuery,
  policyPage,
  policyParams,
  policySchema,
  putPolicyBody,
} from './sla.schemas.js';

/** SLA policies, breaches and deadline extensions; the whistle and escalations in escalations.routes.ts. */
export const slaRoutes: FastifyPluginAsyncZod = async (app) => {
  const { sla } = app.services;
  const tags = ['sla'];

  app.get(
    '/sla-policies',
    {
      schema: {
        tags,
        summary: 'List the SLA policies per category × priority (staff and officers)',
        querystring: listPoliciesQuery,
        response: withProblems({ 200: policyPage }, [400, 401, 403]),
      },
    },
    async (request) => sla.listPolicies(callerOf(request), request.query),
  );

  app.put(
    '/sla-policies/:categoryCode/:priority',
    {
      schema: {
        tags,
        summary: 'Set the SLA policy of a category × priority (admin); published orders keep their deadlines',
        params: policyParams,
        body: putPolicyBody,
        response: withProblems({ 200: policySchema }, [400, 401, 403, 404, 413, 415]),
      },
    },
    async (request) =>
      sla.putPolicy(callerOf(request), request.params.categoryCode, request.params.priority, request.body),
  );

  app.get(
    '/sla/breaches',
    {
      schema: {
        tags,
        summary: 'List SLA breaches in scope, oldest first',
        querystring: listBreachesQuery,
        response: withProblems({ 200: breachPage }, [400, 401, 403, 404]),
      },
    },
    async (request) => sla.listBreaches(callerOf(request), request.query),
  );

  app.post(
    '/orders/:id/extend',
    {
      schema: {
        tags,
        summary: "Extend an order's claim-by or complete-by deadline (staff managing the order); audited",
        params: idParams,
        body: extendBody,
        response: withProblems({ 200: orderSchema }, [400, 401, 403, 404, 409, 413, 415, 422]),
      },
    },
    async (request, reply) => {
      const order = await sla.extend(callerOf(request), request.params.id, request.body);
      return reply.header('etag', etagOf(order.version)).send(order);
    },
  );

  await app.register(escalationsRoutes);
};
