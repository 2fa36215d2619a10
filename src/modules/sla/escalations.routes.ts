import { z } from 'zod';
import { crudRoutes } from '../../http/crud-routes.js';
import { routesOf } from '../../http/operation.js';
import { idParams, orderSchema } from '../orders/orders.schemas.js';
import {
  escalationParams,
  escalationSchema,
  listEscalationsQuery,
  rateAnswerBody,
  respondBody,
  whistleBody,
} from './sla.schemas.js';

const sees =
  'Street officers see the escalations to a level of their subtree, community staff and region-scoped ops keys those of orders in their subtree, admins and unscoped ops keys all; unit admins and members are 403.';

/** The whistle (吹哨) and the officers' answer (报到). */
export const escalationsRoutes = routesOf(
  { tags: ['escalations'] },
  (operation, { services: { escalations: service } }) => {
    operation(
      {
        method: 'POST',
        url: '/orders/:id/whistle',
        operationId: 'escalateOrder',
        summary:
          'Blow the whistle: escalate the order to the street (1) or district (2) now (staff managing the order)',
        description:
          'Admins, and the street officers and community staff whose subtree holds the order’s community (403 for other keys that see the order). Only an open, filled or in-progress order (409 invalid_transition). The level defaults to one above the current one; a level not above it, or above 2, is 409 escalation_level_invalid. The officers of that level are notified and have the policy’s response time to answer. Audited.',
        params: idParams,
        body: whistleBody,
        idempotent: true,
        responses: { 201: z.object({ order: orderSchema, escalation: escalationSchema }) },
        problems: [400, 401, 403, 404, 409, 413, 415, 422],
      },
      ({ caller, params, body, idempotencyKey }) => service.whistle(caller, params.id, body, idempotencyKey),
    );

    crudRoutes(operation, {
      path: '/escalations',
      item: escalationSchema,
      service,
      list: {
        operationId: 'listEscalations',
        summary:
          "Escalations in scope: an officer sees those of their region's levels, staff those of their orders",
        description: `${sees} Oldest first; filter by status, level or order.`,
        query: listEscalationsQuery,
        problems: [400, 401, 403],
      },
      get: {
        operationId: 'getEscalation',
        summary: 'Read one escalation',
        description: `${sees} An escalation outside that is 404.`,
        problems: [400, 401, 403, 404],
      },
    });

    operation(
      {
        method: 'POST',
        url: '/escalations/:id/respond',
        operationId: 'respondToEscalation',
        summary: 'Respond to an escalation (报到): a note and units assigned to help (officers of its level)',
        description:
          'Admins, and street officers whose subtree holds the escalation’s region (403 for other roles, 404 for escalations they do not see). Only an open or breached escalation (a late answer is accepted) of an order that is still active (409 invalid_transition). The assigned units must exist (422) and may claim the order from then on; matching runs again. Audited (escalation.responded).',
        params: escalationParams,
        body: respondBody,
        responses: { 200: escalationSchema },
        problems: [400, 401, 403, 404, 409, 413, 415, 422],
      },
      ({ caller, params, body }) => service.respond(caller, params.id, body),
    );

    operation(
      {
        method: 'POST',
        url: '/escalations/:id/rating',
        operationId: 'rateEscalationAnswer',
        summary: 'Rate the answer to an escalation (1–5, with a comment): the whistlers, once',
        description:
          'Admins, and the community staff and street officers managing the order whose region lies below the escalation’s level — those who blew the whistle (the officers of the level that answered are 403; keys that do not see the escalation 404). Only an answered escalation (409 invalid_transition before the answer); once (409 answer_already_rated). The rating counts in the league of escalation answers (GET /v1/evaluations/escalation-answers). Audited (escalation.answer_rated).',
        params: escalationParams,
        body: rateAnswerBody,
        responses: { 200: escalationSchema },
        problems: [400, 401, 403, 404, 409, 413, 415],
      },
      ({ caller, params, body }) => service.rateAnswer(caller, params.id, body),
    );
  },
);
