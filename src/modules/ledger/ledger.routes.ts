import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { Caller } from '../../auth/scope.js';
import { callerOf } from '../../http/caller.js';
import { idempotencyHeaders, withIdempotencyRefusals } from '../../http/headers.js';
import { pageQuery } from '../../lib/pagination.js';
import {
  adjustmentBody,
  adjustmentSchema,
  createMerchantBody,
  idParams,
  memberLedgerSchema,
  merchantLedgerQuery,
  merchantLedgerSchema,
  merchantPage,
  merchantSchema,
  problem,
  redemptionBody,
  redemptionSchema,
} from './ledger.schemas.js';

const tags = ['love bank'];
const merchantErrors = { 400: problem, 401: problem, 403: problem, 404: problem, 422: problem };
const errors = { 400: problem, 401: problem, 403: problem, 404: problem, 409: problem, 422: problem };

/** The love bank: partner shops (联盟超市) and what they redeemed, redemptions, corrections and statements. */
export const ledgerRoutes: FastifyPluginAsyncZod = async (app) => {
  const { merchants, redemptions, statements } = app.services;

  /** A creating POST: it accepts Idempotency-Key and answers 201 with what it made. */
  function createRoute<B extends z.ZodType>(
    url: string,
    doc: { summary: string; description: string; body: B; created: z.ZodType; errors: object },
    create: (
      caller: Caller,
      body: z.output<B>,
      idempotencyKey: string | undefined,
    ) => Promise<{ body: unknown }>,
  ) {
    app.post(
      url,
      {
        schema: {
          tags,
          summary: doc.summary,
          description: doc.description,
          headers: idempotencyHeaders,
          body: doc.body,
          response: withIdempotencyRefusals({ 201: doc.created, ...doc.errors }),
        },
      },
      async (request, reply) => {
        const r = await create(
          callerOf(request),
          request.body as z.output<B>,
          request.headers['idempotency-key'],
        );
        return reply.status(201).send(r.body);
      },
    );
  }

  createRoute(
    '/merchants',
    {
      summary: 'Register a partner merchant (admin, street officer within its subtree)',
      description: 'Accepts Idempotency-Key.',
      body: createMerchantBody,
      created: merchantSchema,
      errors: merchantErrors,
    },
    merchants.create,
  );

  app.get(
    '/merchants',
    {
      schema: {
        tags,
        summary: 'Merchants in or above the caller’s region',
        querystring: pageQuery,
        response: { 200: merchantPage, ...merchantErrors },
      },
    },
    async (request) => merchants.list(callerOf(request), request.query),
  );

  app.get(
    '/merchants/:id',
    {
      schema: {
        tags,
        summary: 'One merchant',
        params: idParams,
        response: { 200: merchantSchema, ...merchantErrors },
      },
    },
    async (request) => merchants.get(callerOf(request), request.params.id),
  );

  app.get(
    '/merchants/:id/ledger',
    {
      schema: {
        tags,
        summary: 'What a merchant redeemed, with the total for settlement',
        params: idParams,
        querystring: merchantLedgerQuery,
        response: { 200: merchantLedgerSchema, ...merchantErrors },
      },
    },
    async (request) => merchants.ledger(callerOf(request), request.params.id, request.query),
  );

  createRoute(
    '/redemptions',
    {
      summary: 'Redeem points at a partner merchant',
      description:
        'Admins, staff above the member’s community, and the member itself. The balance never goes negative: 409 insufficient_points. Accepts Idempotency-Key.',
      body: redemptionBody,
      created: redemptionSchema,
      errors,
    },
    redemptions.redeem,
  );

  createRoute(
    '/ledger/adjustments',
    {
      summary: "Correct a member's points or hours (admin)",
      description:
        'A new pair of entries against the member’s community account; past entries are never edited. Accepts Idempotency-Key.',
      body: adjustmentBody,
      created: adjustmentSchema,
      errors,
    },
    redemptions.adjust,
  );

  app.get(
    '/members/:id/ledger',
    {
      schema: {
        tags,
        summary: "A member's statement: entries newest first, balance and total hours",
        params: idParams,
        querystring: pageQuery,
        response: { 200: memberLedgerSchema, ...errors },
      },
    },
    async (request) => statements.member(callerOf(request), request.params.id, request.query),
  );
};
