import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { crudRoutes } from '../../http/crud-routes.js';
import { createRegionBody, listRegionsQuery, patchRegionBody, regionSchema } from './regions.schemas.js';

/** The region tree: district → street → community → grid. */
export const regionsRoutes: FastifyPluginAsyncZod = async (app) => {
  crudRoutes(app, {
    path: '/regions',
    tags: ['regions'],
    item: regionSchema,
    service: app.services.regions,
    create: {
      summary: 'Create a region under a parent exactly one level above (a district has none)',
      body: createRegionBody,
    },
    list: {
      summary: 'List the regions in scope, optionally under one parent or at one level',
      query: listRegionsQuery,
    },
    get: { summary: 'Read a region' },
    patch: { summary: 'Rename a region or change its centre, radius or outline', body: patchRegionBody },
  });
};
