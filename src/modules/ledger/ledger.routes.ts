import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '../../http/caller.js';
import { idempotencyHeaders } from '../../http/headers.js';
import { pageQuery } from '../../lib/pagination.js';
import {
  adjustmentBody,
  adjustmentSchema,
  idParams,
  memberLedgerSchema,
  problem,
  redemptionBody,
  redemptionSchema,
} from './ledger.schemas.js';
import { merchantsRoutes } from './merchants.routes.js';

const errors = { 400: problem, 401: problem, 403: problem, 404: problem, 409: problem, 422: problem };

/** The love bank: merchants, redemptions, corrections and statements. */
export const ledgerRoutes: FastifyPluginAsyncZod = async (app) => {
  const { redemptions, statements } = app.services;
  await app.register(merchantsRoutes);

  app.post(
    '/redemptions',
    {
      schema: {
        tags: ['love bank'],
        summary: 'Redeem points at a partner merchant',
        description:
          'Admins, staff above the member’s community, and the member itself. The balance never goes negative: 409 insufficient_points. Accepts Idempotency-Key.',
        headers: idempotencyHeaders,
        body: redemptionBody,
        response: { 201: redemptionSchema, ...errors },
      },
    },
    async (request, reply) => {
      const r = await redemptions.redeem(callerOf(request), request.body, request.headers['idempotency-key']);
      return reply.status(r.status).send(r.body);
    },
  );

  app.post(
    '/ledger/adjustments',
    {
      schema: {
        tags: ['love bank'],
        summary: "Correct a member's points or hours (admin)",
        description:
          'A new pair of entries against the member’s community account; past entries are never edited. Accepts Idempotency-Key.',
        headers: idempotencyHeaders,
        body: adjustmentBody,
        response: { 201: adjustmentSchema, ...errors },
      },
    },
    async (request, reply) => {
      const r = await redemptions.adjust(callerOf(request), request.body, request.headers['idempotency-key']);
      return reply.status(r.status).send(r.body);
    },
  );

  app.get(
    '/members/:id/ledger',
    {
      schema: {
        tags: ['love bank'],
        summary: "A member's statement: entries newest first, balance and total hours",
        params: idParams,
        querystring: pageQuery,
        response: { 200: memberLedgerSchema, ...errors },
      },
    },
    async (request) => statements.member(callerOf(request), request.params.id, request.query),
  );
};
