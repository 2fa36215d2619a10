import { z } from 'zod';
import { crudRoutes } from '../../http/crud-routes.js';
import { routesOf } from '../../http/operation.js';
import { pageQuery } from '../../lib/pagination.js';
import { checkpointCheckSchema, checkpointSchema, verifySchema } from './audit.schemas.js';

const auditors = 'Admins and unscoped ops keys only (403 otherwise): the trail spans every region.';

/** Tamper evidence: recompute the hash chains and say where one breaks; signed checkpoints of their heads. */
export const auditRoutes = routesOf(
  { tags: ['audit'] },
  (operation, { services: { audit, checkpoints } }) => {
    const idParams = z.object({ id: z.uuid() });

    operation(
      {
        method: 'POST',
        url: '/audit/checkpoints',
        operationId: 'createAuditCheckpoint',
        summary:
          'Sign a checkpoint of the heads of every audit chain now (also taken every hour by the workers)',
        description: `${auditors} The heads of every chain up to the last settled event (older than 10 seconds) are combined into one digest and signed with the server’s key; keep a copy outside the database, so that a rewritten chain shows later (verifyAuditCheckpoint).`,
        responses: { 201: checkpointSchema },
        problems: [401, 403],
      },
      ({ caller }) => checkpoints.sign(caller),
    );

    crudRoutes(operation, {
      path: '/audit/checkpoints',
      item: checkpointSchema,
      service: { list: checkpoints.list },
      list: {
        operationId: 'listAuditCheckpoints',
        summary: 'Signed checkpoints, newest first: keep a copy outside the database',
        description: auditors,
        query: pageQuery,
        problems: [400, 401, 403],
      },
    });

    operation(
      {
        method: 'GET',
        url: '/audit/checkpoints/:id/verify',
        operationId: 'verifyAuditCheckpoint',
        summary: 'Recompute the chain heads a checkpoint covered; a rewritten chain no longer matches',
        description: `${auditors} Recomputes the heads of the chains up to the checkpoint’s last event and checks the digest and the signature: a chain rewritten since, even with all its hashes recomputed, no longer matches.`,
        params: idParams,
        responses: { 200: checkpointCheckSchema },
        problems: [400, 401, 403, 404],
      },
      ({ caller, params }) => checkpoints.verify(caller, params.id),
    );

    operation(
      {
        method: 'GET',
        url: '/audit/verify',
        operationId: 'verifyAuditChains',
        summary:
          "Recompute one entity's audit chain (entityId) or every chain, and report where a chain breaks",
        description: `${auditors} An entityId without audit events is 404.`,
        querystring: z.object({ entityId: z.uuid().optional() }),
        responses: { 200: verifySchema },
        problems: [400, 401, 403, 404],
      },
      ({ caller, query }) => audit.verify(caller, query.entityId),
    );
  },
);
