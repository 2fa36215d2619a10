import { z } from 'zod';
import { crudRoutes } from '../../http/crud-routes.js';
import { routesOf } from '../../http/operation.js';
import { problemResponse } from '../../http/problem-schema.js';
import {
  createdEndpointSchema,
  createEndpointBody,
  deliveryIdParams,
  deliveryPage,
  deliverySchema,
  endpointIdParams,
  endpointSchema,
  listDeliveriesQuery,
  listEndpointsQuery,
  patchEndpointBody,
} from './webhooks.schemas.js';

const managers =
  'Admins, street officers, community staff and unit admins, on an endpoint they see (403 for ops keys and members).';
const readers =
  'Admins, street officers, community staff, unit admins and ops keys: admins and unscoped ops keys see every endpoint, region keys those scoped to a region of their subtree, unit admins those of their unit; members are 403.';

/** Webhook endpoints (subscriptions), their delivery log and manual redelivery. */
export const webhooksRoutes = routesOf(
  { tags: ['webhooks'] },
  (operation, { services: { webhookEndpoints: endpoints, webhookDeliveries: deliveries } }) => {
    crudRoutes(operation, {
      path: '/webhook-endpoints',
      item: endpointSchema,
      created: createdEndpointSchema,
      service: endpoints,
      create: {
        operationId: 'createWebhookEndpoint',
        summary: 'Subscribe a URL to events; the signing secret is in this response only',
        description:
          'Admins, street officers, community staff and unit admins (403 otherwise). The scope defaults to the key’s region or unit: region keys may name a region of their subtree, unit admins only their unit (403), admins anything; an unknown or foreign region or unit is 404. The URL’s host is resolved and refused when it is loopback, private or reserved (422 webhook_url_refused). Deliveries are signed per Standard Webhooks with the secret of this response (and of its replay under the same Idempotency-Key). Audited.',
        body: createEndpointBody,
        responses: {
          422: problemResponse(
            'webhook_url_refused: the host is, or resolves to, a loopback, private or reserved address',
          ),
        },
        problems: [400, 401, 403, 404, 409],
      },
      list: {
        operationId: 'listWebhookEndpoints',
        summary: 'Endpoints in the scope of the key',
        description: `${readers} Never their secrets; oldest first.`,
        query: listEndpointsQuery,
        problems: [400, 401, 403],
      },
      get: {
        operationId: 'getWebhookEndpoint',
        summary: 'One endpoint, without its secret',
        description: `${readers} An endpoint outside that, or deleted, is 404.`,
        problems: [400, 401, 403, 404],
      },
      patch: {
        operationId: 'updateWebhookEndpoint',
        summary: 'Re-enable (or pause) an endpoint',
        description: `${managers} enabled: true re-enables an endpoint the workers disabled after failing deliveries, and forgets its failing streak; false pauses it. Audited (enabled, disabled).`,
        body: patchEndpointBody,
        problems: [400, 401, 403, 404],
      },
    });

    operation(
      {
        method: 'DELETE',
        url: '/webhook-endpoints/:id',
        operationId: 'deleteWebhookEndpoint',
        summary: 'Delete an endpoint; nothing more is delivered to it',
        description: `${managers} The delivery log stays; a deleted endpoint is 404 from then on. Audited (deleted).`,
        params: endpointIdParams,
        responses: { 204: z.null().meta({ description: 'Deleted' }) },
        problems: [400, 401, 403, 404],
      },
      async ({ caller, params, reply }) => {
        await endpoints.remove(caller, params.id);
        return reply.send(null);
      },
    );

    operation(
      {
        method: 'GET',
        url: '/webhook-endpoints/:id/deliveries',
        operationId: 'listWebhookDeliveries',
        summary: 'Delivery log of an endpoint: status, attempts, last response code, error and latency',
        description: `${readers} Filter by status.`,
        params: endpointIdParams,
        querystring: listDeliveriesQuery,
        responses: { 200: deliveryPage },
        problems: [400, 401, 403, 404],
      },
      ({ caller, params, query }) => deliveries.list(caller, params.id, query),
    );

    operation(
      {
        method: 'POST',
        url: '/webhook-deliveries/:id/retry',
        operationId: 'retryWebhookDelivery',
        summary: 'Redeliver a dead or delivered message (same webhook-id, fresh attempts)',
        description: `${readers} Only a dead or delivered message of an enabled endpoint: a disabled endpoint, or a delivery whose attempts are still running, is 409. Audited (redelivery_requested).`,
        params: deliveryIdParams,
        responses: { 202: deliverySchema },
        problems: [400, 401, 403, 404, 409],
      },
      ({ caller, params }) => deliveries.retry(caller, params.id),
    );
  },
);
