import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '../../http/caller.js';
import { idempotencyHeaders, sendIdempotent } from '../../http/headers.js';
import { withProblems } from '../../http/problem-schema.js';
import { pageOf } from '../../lib/pagination.js';
import {
  createRegionBody,
  idParams,
  listRegionsQuery,
  patchRegionBody,
  regionSchema,
} from './regions.schemas.js';

/** The region tree: district → street → community → grid. */
export const regionsRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = app.services.regions;
  const tags = ['regions'];

  app.post(
    '/regions',
    {
      schema: {
        tags,
        summary: 'Create a region under a parent exactly one level above (a district has none)',
        headers: idempotencyHeaders,
        body: createRegionBody,
        response: withProblems({ 201: regionSchema }, [400, 401, 403, 404, 409, 413, 415, 422]),
      },
    },
    async (request, reply) =>
      sendIdempotent(
        reply,
        await service.create(callerOf(request), request.body, request.headers['idempotency-key']),
      ),
  );

  app.get(
    '/regions',
    {
      schema: {
        tags,
        summary: 'List the regions in scope, optionally under one parent or at one level',
        querystring: listRegionsQuery,
        response: withProblems({ 200: pageOf(regionSchema) }, [400, 401]),
      },
    },
    async (request) => service.list(callerOf(request), request.query),
  );

  app.get(
    '/regions/:id',
    {
      schema: {
        tags,
        summary: 'Read a region',
        params: idParams,
        response: withProblems({ 200: regionSchema }, [400, 401, 404]),
      },
    },
    async (request) => service.get(callerOf(request), request.params.id),
  );

  app.patch(
    '/regions/:id',
    {
      schema: {
        tags,
        summary: 'Rename a region or change its centre, radius or outline',
        params: idParams,
        body: patchRegionBody,
        response: withProblems({ 200: regionSchema }, [400, 401, 403, 404, 413, 415]),
      },
    },
    async (request) => service.patch(callerOf(request), request.params.id, request.body),
  );
};
