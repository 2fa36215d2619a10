import { crudRoutes } from '../../http/crud-routes.js';
import { etagOf } from '../../http/etag.js';
import { routesOf } from '../../http/operation.js';
import { idParams, orderSchema } from '../orders/orders.schemas.js';
import { escalationsRoutes } from './escalations.routes.js';
import {
  breachListItem,
  extendBody,
  listBreachesQuery,
  listPoliciesQuery,
  policyParams,
  policySchema,
  putPolicyBody,
} from './sla.schemas.js';

const readers = 'Admins, street officers, community staff and ops keys (403 for unit admins and members).';

/** SLA policies, breaches and deadline extensions; the whistle and escalations in escalations.routes.ts. */
export const slaRoutes = routesOf({ tags: ['sla'] }, async (operation, app) => {
  const { sla } = app.services;

  crudRoutes(operation, {
    path: '/sla-policies',
    item: policySchema,
    service: { list: sla.listPolicies },
    list: {
      operationId: 'listSlaPolicies',
      summary: 'List the SLA policies per category × priority (staff and officers)',
      description: `${readers} Policies are the same everywhere; ordered by category code and priority, optionally of one category.`,
      query: listPoliciesQuery,
      problems: [400, 401, 403],
    },
  });

  operation(
    {
      method: 'PUT',
      url: '/sla-policies/:categoryCode/:priority',
      operationId: 'setSlaPolicy',
      summary: 'Set the SLA policy of a category × priority (admin); published orders keep their deadlines',
      description:
        'Admins only. Replaces the policy (or creates it) of an existing category (404 otherwise). Durations are ISO 8601 without years or months, from PT1S to P366D in whole seconds; completeWithin is at least claimWithin. Published orders keep their deadlines; escalations from now on use the new response time. Audited (sla_policy.updated).',
      params: policyParams,
      body: putPolicyBody,
      responses: { 200: policySchema },
      problems: [400, 401, 403, 404, 413, 415],
    },
    ({ caller, params, body }) => sla.putPolicy(caller, params.categoryCode, params.priority, body),
  );

  crudRoutes(operation, {
    path: '/sla/breaches',
    item: breachListItem,
    service: { list: sla.listBreaches },
    list: {
      operationId: 'listSlaBreaches',
      summary: 'List SLA breaches in scope, oldest first',
      description: `${readers} Officers, staff and region-scoped ops keys see the breaches of orders in their subtree; regionId narrows to a region inside it (404 for one outside). Filter by kind, the level the order reached, and the time of detection.`,
      query: listBreachesQuery,
      problems: [400, 401, 403, 404],
    },
  });

  operation(
    {
      method: 'POST',
      url: '/orders/:id/extend',
      operationId: 'extendOrderDeadline',
      summary: "Extend an order's claim-by or complete-by deadline (staff managing the order); audited",
      description:
        'Admins, and the street officers and community staff whose subtree holds the order’s community (403 for other keys that see the order). The deadline must still apply to the order (409 invalid_transition: claim-by while the order is open with free slots, complete-by until the work is completed), and the new one must be in the future and later than the current one (422 deadline_not_later). The new deadline gets its own timer. Audited (order.deadline_extended). ETag carries the order’s new version.',
      params: idParams,
      body: extendBody,
      responses: { 200: orderSchema },
      problems: [400, 401, 403, 404, 409, 413, 415, 422],
    },
    async ({ caller, params, body, reply }) => {
      const order = await sla.extend(caller, params.id, body);
      return reply.header('etag', etagOf(order.version)).send(order);
    },
  );

  await app.register(escalationsRoutes);
});
