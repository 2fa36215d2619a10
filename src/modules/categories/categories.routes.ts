import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { crudRoutes } from '../../http/crud-routes.js';
import { categorySchema, createCategoryBody, listCategoriesQuery } from './categories.schemas.js';

/** Kinds of work (micro-wish, home visit, ...) with their default SLA and points multiplier. */
export const categoriesRoutes: FastifyPluginAsyncZod = async (app) => {
  crudRoutes(app, {
    path: '/categories',
    tags: ['categories'],
    item: categorySchema,
    service: app.services.categories,
    list: { summary: 'List the categories (any key)', query: listCategoriesQuery },
    create: {
      summary: 'Add a category with its default SLA (admin); its SLA policies per priority are created too',
      body: createCategoryBody,
      problems: [400, 401, 403, 409, 413, 415, 422],
    },
  });
};
