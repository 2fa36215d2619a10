import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '../../http/caller.js';
import { idempotencyHeaders, sendIdempotent } from '../../http/headers.js';
import { withProblems } from '../../http/problem-schema.js';
import { pageOf } from '../../lib/pagination.js';
import { categorySchema, createCategoryBody, listCategoriesQuery } from './categories.schemas.js';

/** Kinds of work (micro-wish, home visit, ...) with their default SLA and points multiplier. */
export const categoriesRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = app.services.categories;
  const tags = ['categories'];

  app.get(
    '/categories',
    {
      schema: {
        tags,
        summary: 'List the categories (any key)',
        querystring: listCategoriesQuery,
        response: withProblems({ 200: pageOf(categorySchema) }, [400, 401]),
      },
    },
    async (request) => service.list(request.query),
  );

  app.post(
    '/categories',
    {
      schema: {
        tags,
        summary: 'Add a category with its default SLA (admin); its SLA policies per priority are created too',
        headers: idempotencyHeaders,
        body: createCategoryBody,
        response: withProblems({ 201: categorySchema }, [400, 401, 403, 409, 413, 415, 422]),
      },
    },
    async (request, reply) =>
      sendIdempotent(
        reply,
        await service.create(callerOf(request), request.body, request.headers['idempotency-key']),
      ),
  );
};
