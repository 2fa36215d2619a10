import formbody from '@fastify/formbody';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { routesOf } from '../../http/operation.js';
import type { ProblemDocument } from '../../http/problem-schema.js';
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
/** Errors here are Open311 error lists, in the format of the URL, not problem documents. */
const errorList: ProblemDocument = (description, headers) => ({
  ...errors(description),
  ...(headers && { headers }),
});
const anyone = 'Public: no key, no api_key.';
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
 * routes are public and the service checks the key. The format is in the URL and client errors are
 * Open311 error lists (ownErrorFormat).
 */
export const open311Routes = routesOf(
  { tags: ['open311'], problemDocument: errorList, config: { public: true, ownErrorFormat: true } },
  async (operation, app) => {
    await app.register(formbody);
    // GeoReport v2 posts forms; a JSON body is an unsupported media type here (415), not a form to parse.
    app.removeContentTypeParser('application/json');
    app.addHook('preValidation', async (request) => dropEmptyFields(request));
    app.setErrorHandler(open311ErrorHandler);
    app.setNotFoundHandler(open311NotFoundHandler);
    const { open311 } = app.services;

    operation(
      {
        method: 'GET',
        url: '/services.:format',
        operationId: 'listServices',
        summary: 'GeoReport v2 service list: one service per order category',
        description: `${anyone} Each category of the dispatch is a service; its service_code is the category code.`,
        params: formatParams,
        querystring: jurisdictionQuery,
        responses: { 200: document('<services><service>…', servicesSchema), 400: E400, 404: E404 },
        problems: [],
      },
      ({ params, reply }) => answer(reply, params.format, 'services', open311.listServices()),
    );

    operation(
      {
        method: 'GET',
        url: '/services/:service_code.:format',
        operationId: 'getServiceDefinition',
        summary: 'GeoReport v2 service definition: the order fields a client may set as attribute[code]',
        description: `${anyone} An unknown service_code is 404.`,
        params: serviceParams,
        querystring: jurisdictionQuery,
        responses: {
          200: document('<service_definition>…', serviceDefinitionSchema),
          400: E400,
          404: E404,
        },
        problems: [],
      },
      ({ params, reply }) =>
        answer(reply, params.format, 'service_definition', open311.serviceDefinition(params.service_code)),
    );

    operation(
      {
        method: 'POST',
        url: '/requests.:format',
        operationId: 'createServiceRequest',
        summary: 'GeoReport v2 POST service request: posts an order in the community that holds the location',
        description:
          'Form-encoded, as GeoReport v2 clients send it. api_key must be a community staff, street officer or admin key; the request becomes an open, published order (source online) in the community of that key whose polygon, or else centre and radius, holds lat/long, or whose name (or a grid name) address_string contains. Idempotency-Key is honoured like on /v1, scoped to the api_key and this POST. Answers 200 with the new service_request_id.',
        consumes: ['application/x-www-form-urlencoded'],
        headers: postRequestHeaders,
        params: formatParams,
        querystring: jurisdictionQuery,
        body: postRequestForm,
        responses: {
          200: document(
            '<service_requests><request><service_request_id/><service_notice/>…',
            createdRequestsSchema,
          ),
          400: errors(
            'The request is not valid: each error names a field. Also an Idempotency-Key sent before with another form, or sent again while its first request is still running: GeoReport v2 answers every client error with 400',
          ),
          403: errors('api_key is missing, unknown, revoked, expired or may not post'),
          404: E404,
          413: errors('The form is larger than the server accepts'),
          415: errors('The body is not a form (application/x-www-form-urlencoded)'),
        },
        problems: [],
      },
      ({ request, params, headers, body, reply }) =>
        answer(
          reply,
          params.format,
          'service_requests',
          open311.postRequest(body, { requestId: request.id, idempotencyKey: headers['idempotency-key'] }),
        ),
    );

    operation(
      {
        method: 'GET',
        url: '/requests.:format',
        operationId: 'listServiceRequests',
        summary: 'GeoReport v2 service requests: published orders, newest first',
        description: `${anyone} Every published order is listed; only requests posted online show their description, address, exact point and media_url, other orders show a point rounded to about 100 m. At most 1,000 results from a window of at most 90 days (the last 90 days by default); end_date must not be before start_date.`,
        params: formatParams,
        querystring: requestsQuery,
        responses: {
          200: document('<service_requests><request>…', serviceRequestsSchema),
          400: E400,
          404: E404,
        },
        problems: [],
      },
      ({ params, query, reply }) =>
        answer(reply, params.format, 'service_requests', open311.listRequests(query)),
    );

    operation(
      {
        method: 'GET',
        url: '/requests/:service_request_id.:format',
        operationId: 'getServiceRequest',
        summary: 'GeoReport v2 service request: one published order',
        description: `${anyone} The same view as listServiceRequests; a draft or unknown id is 404.`,
        params: requestParams,
        querystring: jurisdictionQuery,
        responses: {
          200: document('<service_requests><request>…', serviceRequestsSchema),
          400: E400,
          404: E404,
        },
        problems: [],
      },
      ({ params, reply }) =>
        answer(reply, params.format, 'service_requests', open311.getRequest(params.service_request_id)),
    );

    operation(
      {
        method: 'GET',
        url: '/servicerequestupdates.:format',
        operationId: 'listServiceRequestUpdates',
        summary: "FixMyStreet's service request updates, from the orders' audit trail, oldest first",
        description: `${anyone} update_id is the audit event id; status is open or closed after the update. Poll with start_date set to the last updated_datetime seen; at most 1,000 updates from a window of at most 90 days.`,
        params: formatParams,
        querystring: updatesQuery,
        responses: {
          200: document('<service_request_updates><request_update>…', requestUpdatesSchema),
          400: E400,
          404: E404,
        },
        problems: [],
      },
      ({ params, query, reply }) =>
        answer(reply, params.format, 'service_request_updates', open311.listUpdates(query)),
    );
  },
);
