import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '../../http/caller.js';
import { idempotencyHeaders } from '../../http/headers.js';
import { pageQuery } from '../../lib/pagination.js';
import {
  createMerchantBody,
  idParams,
  merchantLedgerQuery,
  merchantLedgerSchema,
  merchantPage,
  merchantSchema,
  problem,
} from './ledger.schemas.js';

const errors = { 400: problem, 401: problem, 403: problem, 404: problem, 422: problem };

/** Partner shops (联盟超市) and what they redeemed. */
export const merchantsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { merchants } = app.services;
  app.post(
    '/merchants',
    {
      schema: {
        tags: ['love bank'],
        summary: 'Register a partner merchant (admin, street officer within its subtree)',
        description: 'Accepts Idempotency-Key.',
        headers: idempotencyHeaders,
        body: createMerchantBody,
        response: { 201: merchantSchema, ...errors },
      },
    },
    async (request, reply) => {
      const r = await merchants.create(callerOf(request), request.body, request.headers['idempotency-key']);
      return reply.status(r.status).send(r.body);
    },
  );

  app.get(
    '/merchants',
    {
      schema: {
        tags: ['love bank'],
        summary: 'Merchants in or above the caller’s region',
        querystring: pageQuery,
        response: { 200: merchantPage, ...errors },
      },
    },
    async (request) => merchants.list(callerOf(request), request.query),
  );

  app.get(
    '/merchants/:id',
    {
      schema: {
        tags: ['love bank'],
        summary: 'One merchant',
        params: idParams,
        response: { 200: merchantSchema, ...errors },
      },
    },
    async (request) => merchants.get(callerOf(request), request.params.id),
  );

  app.get(
    '/merchants/:id/ledger',
    {
      schema: {
        tags: ['love bank'],
        summary: 'What a merchant redeemed, with the total for settlement',
        params: idParams,
        querystring: merchantLedgerQuery,
        response: { 200: merchantLedgerSchema, ...errors },
      },
    },
    async (request) => merchants.ledger(callerOf(request), request.params.id, request.query),
  );
};
