import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '../../http/caller.js';
import { crudRoutes, idParams } from '../../http/crud-routes.js';
import { withProblems } from '../../http/problem-schema.js';
import {
  apiKeySchema,
  createdKeySchema,
  createKeyBody,
  listKeysQuery,
  rotateKeyBody,
} from './api-keys.schemas.js';

/** API keys: issue (plaintext shown once), list, revoke, rotate with a grace period. */
export const apiKeysRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = app.services.apiKeys;
  const tags = ['api-keys'];

  crudRoutes(app, {
    path: '/api-keys',
    tags,
    item: createdKeySchema,
    listItem: apiKeySchema,
    service,
    create: {
      summary: 'Issue a key with a role and scope; the plaintext is in this response only',
      body: createKeyBody,
      idempotent: false,
      problems: [400, 401, 403, 404, 413, 415, 422],
    },
    list: {
      summary: 'List the keys you manage (never their secrets)',
      query: listKeysQuery,
      problems: [400, 401, 403],
    },
  });

  app.delete(
    '/api-keys/:id',
    {
      schema: {
        tags,
        summary: 'Revoke a key: it stops working at once',
        params: idParams,
        response: withProblems({ 200: apiKeySchema }, [400, 401, 403, 404]),
      },
    },
    async (request) => {
      const revoked = await service.revoke(callerOf(request), request.params.id);
      app.keyCache.clear();
      return revoked;
    },
  );

  app.post(
    '/api-keys/:id/rotate',
    {
      schema: {
        tags,
        summary:
          'Replace a key: a new key with the same role and scope; the old one works for the grace period',
        params: idParams,
        body: rotateKeyBody,
        response: withProblems({ 201: createdKeySchema }, [400, 401, 403, 404, 409, 413, 415]),
      },
      // Every field has a default, so a bare POST (no body at all) rotates with a 24-hour grace period.
      preValidation: async (request) => {
        (request as { body: unknown }).body ??= {};
      },
    },
    async (request, reply) => {
      const rotated = await service.rotate(callerOf(request), request.params.id, request.body);
      app.keyCache.clear();
      return reply.status(201).send(rotated);
    },
  );
};
