import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import { crudRoutes, idParams } from '../../http/crud-routes.js';
import { etagOf, expectedVersion } from '../../http/etag.js';
import { ifMatchHeaders } from '../../http/headers.js';
import { routesOf } from '../../http/operation.js';
import { bookingsRoutes } from './bookings.routes.js';
import {
  createResourceBody,
  listResourcesQuery,
  patchResourceBody,
  resourceSchema,
} from './resources.schemas.js';

const sees =
  'Officers, community staff and region-scoped ops keys see the resources whose owner is in their subtree and those a community of it may book; a unit admin the resources of its unit and those its unit may book; members none. Anything else is 404.';

/** An answer carrying the resource's version in its ETag, which the next edit names in If-Match. */
const versioned = (schema: z.ZodType) => ({
  description: 'The resource; ETag is its version',
  content: { 'application/json': { schema } },
  headers: { etag: { type: 'string', description: 'The version of the resource, e.g. "v3"' } },
});

const sendResource = (reply: FastifyReply, resource: { version: number }) =>
  reply.header('etag', etagOf(resource.version)).send(resource);

/** The resource list (资源清单): venues, equipment, vehicles and expertise units and communities open to others. */
export const resourcesRoutes = routesOf({ tags: ['resources'] }, async (operation, app) => {
  const { resources: service } = app.services;

  crudRoutes(operation, {
    path: '/resources',
    item: resourceSchema,
    service: { create: service.create, list: service.list },
    create: {
      operationId: 'createResource',
      summary: 'Publish a resource of a unit or a community',
      description:
        'Unit admins for their unit, community staff for a community of their subtree, admins for any (403 for other roles or another unit; 404 for a unit or community the key does not see; 422 when owner.id of type community is not a community). Opening hours are weekly intervals in timeZone (default RESOURCE_TIME_ZONE, Asia/Shanghai). bookableBy street needs an owner inside a street (422 for a unit sitting at the district level). Audited (resource.created).',
      body: createResourceBody,
    },
    list: {
      operationId: 'listResources',
      summary: 'List the resources in scope',
      description: `Any key. ${sees} Oldest first; filter by kind, owning unit or community, and whether active.`,
      query: listResourcesQuery,
    },
  });

  operation(
    {
      method: 'GET',
      url: '/resources/:id',
      operationId: 'getResource',
      summary: 'Read a resource',
      description: `Any key. ${sees} ETag carries the version that PATCH names in If-Match.`,
      params: idParams,
      responses: { 200: versioned(resourceSchema) },
      problems: [400, 401, 404],
    },
    async ({ caller, params, reply }) => sendResource(reply, await service.get(caller, params.id)),
  );

  operation(
    {
      method: 'PATCH',
      url: '/resources/:id',
      operationId: 'updateResource',
      summary: 'Change a resource (If-Match with its ETag is required)',
      description:
        'The owner: its unit’s admins, its community’s staff, admins (403 for other keys that see it). If-Match must name the current version: 428 without it, 412 version_mismatch when it changed since it was read. At least one field. Bookings already made stay as they are (a lower capacity or shorter hours bind new bookings only); active false takes no new bookings. Audited (resource.updated).',
      params: idParams,
      headers: ifMatchHeaders,
      body: patchResourceBody,
      responses: { 200: versioned(resourceSchema) },
      problems: [400, 401, 403, 404, 412, 413, 415, 422, 428],
    },
    async ({ caller, params, headers, body, reply }) => {
      const expected = expectedVersion(headers['if-match']);
      return sendResource(reply, await service.patch(caller, params.id, expected, body));
    },
  );

  await app.register(bookingsRoutes);
});
