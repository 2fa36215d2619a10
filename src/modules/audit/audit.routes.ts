import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireRole } from '../../auth/scope.js';
import { withProblems } from '../../lib/problem-schema.js';
import { authOf } from '../../plugins/auth.js';
import { auditService } from './audit.service.js';

const brokenSchema = z.object({ entityId: z.uuid(), brokenAtSeq: z.number().int(), reason: z.string() });
const verifySchema = z.object({
  ok: z.boolean(),
  chains: z.number().int(),
  events: z.number().int(),
  broken: z.array(brokenSchema),
});

/** Tamper evidence: recompute the hash chains and say where one breaks. */
export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  const audit = auditService(app.deps.database.db);

  app.get(
    '/audit/verify',
    {
      schema: {
        tags: ['audit'],
        summary: "Recompute one entity's audit chain (entityId) or every chain, and report where a chain breaks",
        querystring: z.object({ entityId: z.uuid().optional() }),
        response: withProblems({ 200: verifySchema }, [400, 401, 403, 404]),
      },
    },
    async (request) => {
      requireRole(authOf(request), 'admin', 'ops');
      const reports = request.query.entityId
        ? await audit.verifyEntity(request.query.entityId).then((r) => ({ chains: 1, events: r.result.events, broken: r.result.ok ? [] : [r] }))
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
