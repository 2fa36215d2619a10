import { crudRoutes } from '../../http/crud-routes.js';
import { routesOf } from '../../http/operation.js';
import { categorySchema, createCategoryBody, listCategoriesQuery } from './categories.schemas.js';

/** Kinds of work (micro-wish, home visit, ...) with their default SLA and points multiplier. */
export const categoriesRoutes = routesOf({ tags: ['categories'] }, (operation, app) => {
  crudRoutes(operation, {
    path: '/categories',
    item: categorySchema,
    service: app.services.categories,
    list: {
      operationId: 'listCategories',
      summary: 'List the categories (any key)',
      description: 'Any key: categories are the same for every region. Ordered by code.',
      query: listCategoriesQuery,
    },
    create: {
      operationId: 'createCategory',
      summary: 'Add a category with its default SLA (admin); its SLA policies per priority are created too',
      description:
        'Admins only. The routine SLA policy takes the default durations; urgent a quarter of the claim time (at least 1 hour) and half of the completion time (at least 4 hours); emergency 15 minutes to claim and 4 hours to complete. defaultCompleteWithin is at least defaultClaimWithin. A code that exists is 409. Audited.',
      body: createCategoryBody,
      problems: [400, 401, 403, 409, 413, 415, 422],
    },
  });
});
