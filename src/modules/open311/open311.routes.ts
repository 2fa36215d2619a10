import formbody from '@fastify/formbody';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { open311ErrorHandler, open311NotFoundHandler } from './open311.errors.js';
import { type Root, sendDocument } from './open311.format.js';
import {
  createdRequestsSchema,
  type Format,
  formatParams,
  jurisdictionQuery,
  open311ErrorsSchema,
  postRequestForm,
  postRequestHeaders,
  requestParams,
  requestsQuery,
  requestUpdatesSchema,
  serviceDefinitionSchema,
  serviceParams,
  serviceRequestsSchema,
  servicesSchema,
  updatesQuery,
} from './open311.schemas.js';

/** Each response in both formats: JSON as the schema shows, XML as the same document with its root element. */
const document = (description: string, schema: z.ZodType) => ({
  description,
  content: {
    'application/json': { schema },
    'text/xml': { schema: z.string().meta({ description: 'The same document in XML' }) },
  },
});
const errors = (description: string) => document(description, open311ErrorsSchema);
const E400 = errors('The request is not valid: each error names a field');
const E404 = errors('No such resource, service_code, service_request_id or format');

/** "A null parameter should be treated as equivalent to a non-declared parameter" (GeoReport v2). */
function dropEmptyFields(request: FastifyRequest) {
  for (const part of [request.body, request.query]) {
    if (!part || typeof part !== 'object') continue;
    const fields = part as Record<string, unknown>;
    for (const [k, v] of Object.entries(fields)) if (v === '') delete fields[k];
  }
}

/** Answers with the document once it is read, in the format the URL names. */
const answer = async (reply: FastifyReply, format: Format, root: Root, read: Promise<unknown>) =>
  sendDocument(reply, format, root, await read);

/**
 * Open311 GeoReport v2 (with FixMyStreet's servicerequestupdates): civic apps post residents'
 * requests as orders and follow them. Reading is public; posting carries api_key in the form, so the
 * routes are public and the service checks the key.
 */
export const open311Routes: FastifyPluginAsyncZod = async (app) => {
  await app.register(formbody);
  app.addHook('preValidation', async (request) => dropEmptyFields(request));
  app.setErrorHandler(open311ErrorHandler);
  app.setNotFoundHandler(open311NotFoundHandler);

  const { open311 } = app.services;
  const common = { tags: ['open311'], hide: false, security: [], querystring: jurisdictionQuery };
  const config = { public: true, ownErrorFormat: true };

  app.get(
    '/services.:format',
    {
      config,
      schema: {
        ...common,
        summary: 'GeoReport v2 service list: one service per order category',
        params: formatParams,
        response: { 200: document('<services><service>…', servicesSchema), 400: E400, 404: E404 },
      },
    },
    async (request, reply) => answer(reply, request.params.format, 'services', open311.listServices()),
  );

  app.get(
    '/services/:service_code.:format',
    {
      config,
      schema: {
        ...common,
        summary: 'GeoReport v2 service definition: the order fields a client may set as attribute[code]',
        params: serviceParams,
        response: {
          200: document('<service_definition>…', serviceDefinitionSchema),
          400: E400,
          404: E404,
        },
      },
    },
    async (request, reply) =>
      answer(
        reply,
        request.params.format,
        'service_definition',
        open311.serviceDefinition(request.params.service_code),
      ),
  );

  app.post(
    '/requests.:format',
    {
      config,
      schema: {
        ...common,
        summary: 'GeoReport v2 POST service request: posts an order in the community that holds the location',
        description:
          'Form-encoded, as GeoReport v2 clients send it. api_key must be a community staff, street officer or admin key; the request becomes an open, published order (source online) in the community of that key whose polygon, or else centre and radius, holds lat/long, or whose name (or a grid name) address_string contains. Idempotency-Key is honoured like on /v1. Answers 200 with the new service_request_id.',
        consumes: ['application/x-www-form-urlencoded'],
        headers: postRequestHeaders,
        params: formatParams,
        body: postRequestForm,
        response: {
          200: document(
            '<service_requests><request><service_request_id/><service_notice/>…',
            createdRequestsSchema,
          ),
          400: errors(
            'The request is not valid: each error names a field. Also an Idempotency-Key sent before with another form, or sent again while its first request is still running: GeoReport v2 answers every client error with 400',
          ),
          403: errors('api_key is missing, unknown, revoked, expired or may not post'),
          404: E404,
        },
      },
    },
    async (request, reply) =>
      answer(
        reply,
        request.params.format,
        'service_requests',
        open311.postRequest(request.body, {
          requestId: request.id,
          idempotencyKey: request.headers['idempotency-key'],
        }),
      ),
  );

  app.get(
    '/requests.:format',
    {
      config,
      schema: {
        ...common,
        summary: 'GeoReport v2 service requests: published orders, newest first',
        description:
          'Public, no api_key. Every published order is listed; only requests posted online show their description, address, exact point and media_url, other orders show a point rounded to about 100 m. At most 1,000 results from a window of at most 90 days (the last 90 days by default).',
        params: formatParams,
        querystring: requestsQuery,
        response: {
          200: document('<service_requests><request>…', serviceRequestsSchema),
          400: E400,
          404: E404,
        },
      },
    },
    async (request, reply) =>
      answer(reply, request.params.format, 'service_requests', open311.listRequests(request.query)),
  );

  app.get(
    '/requests/:service_request_id.:format',
    {
      config,
      schema: {
        ...common,
        summary: 'GeoReport v2 service request: one published order',
        params: requestParams,
        response: {
          200: document('<service_requests><request>…', serviceRequestsSchema),
          400: E400,
          404: E404,
        },
      },
    },
    async (request, reply) =>
      answer(
        reply,
        request.params.format,
        'service_requests',
        open311.getRequest(request.params.service_request_id),
      ),
  );

  app.get(
    '/servicerequestupdates.:format',
    {
      config,
      schema: {
        ...common,
        summary: "FixMyStreet's service request updates, from the orders' audit trail, oldest first",
        description:
          'Public, no api_key. update_id is the audit event id; status is open or closed after the update. Poll with start_date set to the last updated_datetime seen; at most 1,000 updates from a window of at most 90 days.',
        params: formatParams,
        querystring: updatesQuery,
        response: {
          200: document('<service_request_updates><request_update>…', requestUpdatesSchema),
          400: E400,
          404: E404,
        },
      },
    },
    async (request, reply) =>
      answer(reply, request.params.format, 'service_request_updates', open311.listUpdates(request.query)),
  );
};
