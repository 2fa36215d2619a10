import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type AuthContext, seesEverything } from '../../auth/scope.js';
import { Errors } from '../../errors.js';
import { withProblems } from '../../http/problem-schema.js';
import { pageOf, pageQuery } from '../../lib/pagination.js';
import { authOf } from '../../plugins/auth.js';

/** The trail spans every region: only admins and unscoped ops keys may verify or anchor it. */
function requireAuditor(auth: AuthContext): void {
  if (!seesEverything(auth))
    throw Errors.forbidden('only admin and unscoped ops keys may read the audit trail as a whole');
}

const brokenSchema = z.object({ entityId: z.uuid(), brokenAtSeq: z.number().int(), reason: z.string() });
const verifySchema = z.object({
  ok: z.boolean(),
  chains: z.number().int(),
  events: z.number().int(),
  broken: z.array(brokenSchema),
});

const checkpointSchema = z.object({
  id: z.uuid(),
  createdAt: z.string(),
  lastEventId: z.number().int(),
  chainCount: z.number().int(),
  headsDigest: z.string(),
  signature: z.string(),
});
const checkpointCheckSchema = z.object({
  id: z.uuid(),
  ok: z.boolean(),
  signatureValid: z.boolean(),
  headsMatch: z.boolean(),
  chainCount: z.number().int(),
});

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
    async (request, reply) => {
      requireAuditor(authOf(request));
      return reply.status(201).send(await checkpoints.create());
    },
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
    async (request) => {
      requireAuditor(authOf(request));
      return checkpoints.list(request.query);
    },
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
    async (request) => {
      requireAuditor(authOf(request));
      return checkpoints.verify(request.params.id);
    },
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
    async (request) => {
      requireAuditor(authOf(request));
      const reports = request.query.entityId
        ? await audit
            .verifyEntity(request.query.entityId)
            .then((r) => ({ chains: 1, events: r.result.events, broken: r.result.ok ? [] : [r] }))
        : await audit.verifyAll();
      const broken = reports.broken.map((r) => ({
        entityId: r.entityId,
        brokenAtSeq: r.result.ok ? 0 : r.result.brokenAtSeq,
        reason: r.result.ok ? '' : r.result.reason,
      }));
      return { ok: broken.length === 0, chains: reports.chains, events: reports.events, broken };
    },
  );
};
