import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '../../http/caller.js';
import { idempotencyHeaders, sendIdempotent } from '../../http/headers.js';
import { withProblems } from '../../http/problem-schema.js';
import { pageOf, pageQuery } from '../../lib/pagination.js';
import {
  createPairingBody,
  createUnitBody,
  idParams,
  listUnitsQuery,
  pairingSchema,
  patchUnitBody,
  unitSchema,
} from './units.schemas.js';

/** Co-building units (共建单位) and their pairings with communities. */
export const unitsRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = app.services.units;
  const tags = ['units'];

  app.post(
    '/units',
    {
      schema: {
        tags,
        summary: 'Create a co-building unit located in a region',
        headers: idempotencyHeaders,
        body: createUnitBody,
        response: withProblems({ 201: unitSchema }, [400, 401, 403, 404, 409, 413, 415, 422]),
      },
    },
    async (request, reply) =>
      sendIdempotent(
        reply,
        await service.create(callerOf(request), request.body, request.headers['idempotency-key']),
      ),
  );

  app.get(
    '/units',
    {
      schema: {
        tags,
        summary: 'List the units in scope',
        querystring: listUnitsQuery,
        response: withProblems({ 200: pageOf(unitSchema) }, [400, 401]),
      },
    },
    async (request) => service.list(callerOf(request), request.query),
  );

  app.get(
    '/units/:id',
    {
      schema: {
        tags,
        summary: 'Read a unit',
        params: idParams,
        response: withProblems({ 200: unitSchema }, [400, 401, 404]),
      },
    },
    async (request) => service.get(callerOf(request), request.params.id),
  );

  app.patch(
    '/units/:id',
    {
      schema: {
        tags,
        summary: 'Change a unit (a unit admin may not move it to another region)',
        params: idParams,
        body: patchUnitBody,
        response: withProblems({ 200: unitSchema }, [400, 401, 403, 404, 413, 415]),
      },
    },
    async (request) => service.patch(callerOf(request), request.params.id, request.body),
  );

  app.post(
    '/units/:id/pairings',
    {
      schema: {
        tags,
        summary: 'Pair the unit with a community for a period (co-building agreement)',
        params: idParams,
        headers: idempotencyHeaders,
        body: createPairingBody,
        response: withProblems({ 201: pairingSchema }, [400, 401, 403, 404, 409, 413, 415, 422]),
      },
    },
    async (request, reply) =>
      sendIdempotent(
        reply,
        await service.pair(
          callerOf(request),
          request.params.id,
          request.body,
          request.headers['idempotency-key'],
        ),
      ),
  );

  app.get(
    '/units/:id/pairings',
    {
      schema: {
        tags,
        summary: "List the unit's pairings",
        params: idParams,
        querystring: pageQuery,
        response: withProblems({ 200: pageOf(pairingSchema) }, [400, 401, 404]),
      },
    },
    async (request) => service.pairings(callerOf(request), request.params.id, request.query),
  );
};
