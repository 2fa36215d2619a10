import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../../http/caller.js';
import { withProblems } from '../../http/problem-schema.js';
import { pageOf, pageQuery } from '../../lib/pagination.js';
import { checkpointCheckSchema, checkpointSchema, verifySchema } from './audit.schemas.js';

/** Tamper evidence: recompute the hash chains and say where one breaks; signed checkpoints of their heads. */
export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  const { audit, checkpoints } = app.services;
  const tags = ['audit'];

  app.post(
    '/audit/checkpoints',
    {
      schema: {
        tags,
        summary:
          'Sign a checkpoint of the heads of every audit chain now (also taken every hour by the workers)',
        response: withProblems({ 201: checkpointSchema }, [401, 403]),
      },
    },
    async (request, reply) => reply.status(201).send(await checkpoints.sign(callerOf(request))),
  );

  app.get(
    '/audit/checkpoints',
    {
      schema: {
        tags,
        summary: 'Signed checkpoints, newest first: keep a copy outside the database',
        querystring: pageQuery,
        response: withProblems({ 200: pageOf(checkpointSchema) }, [400, 401, 403]),
      },
    },
    async (request) => checkpoints.list(callerOf(request), request.query),
  );

  app.get(
    '/audit/checkpoints/:id/verify',
    {
      schema: {
        tags,
        summary: 'Recompute the chain heads a checkpoint covered; a rewritten chain no longer matches',
        params: z.object({ id: z.uuid() }),
        response: withProblems({ 200: checkpointCheckSchema }, [400, 401, 403, 404]),
      },
    },
    async (request) => checkpoints.verify(callerOf(request), request.params.id),
  );

  app.get(
    '/audit/verify',
    {
      schema: {
        tags,
        summary:
          "Recompute one entity's audit chain (entityId) or every chain, and report where a chain breaks",
        querystring: z.object({ entityId: z.uuid().optional() }),
        response: withProblems({ 200: verifySchema }, [400, 401, 403, 404]),
      },
    },
    async (request) => audit.verify(callerOf(request), request.query.entityId),
  );
};
