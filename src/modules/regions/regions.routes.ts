import { crudRoutes } from '../../http/crud-routes.js';
import { routesOf } from '../../http/operation.js';
import { createRegionBody, listRegionsQuery, patchRegionBody, regionSchema } from './regions.schemas.js';

const sees =
  'Officers, community staff and region-scoped ops keys see their subtree; a unit admin the communities its unit is paired with; a member its own community; admins and unscoped ops keys everything. A region outside that is 404.';

/** The region tree: district → street → community → grid. */
export const regionsRoutes = routesOf({ tags: ['regions'] }, (operation, app) => {
  crudRoutes(operation, {
    path: '/regions',
    item: regionSchema,
    service: app.services.regions,
    create: {
      operationId: 'createRegion',
      summary: 'Create a region under a parent exactly one level above (a district has none)',
      description:
        'Admins, street officers and community staff, inside their own subtree; only an admin founds a district (403). The parent must be one the key sees (404) and exactly one level above (422). centerLat and centerLng are given together. Audited (region.created).',
      body: createRegionBody,
    },
    list: {
      operationId: 'listRegions',
      summary: 'List the regions in scope, optionally under one parent or at one level',
      description: `Any key. ${sees}`,
      query: listRegionsQuery,
    },
    get: { operationId: 'getRegion', summary: 'Read a region', description: `Any key. ${sees}` },
    patch: {
      operationId: 'updateRegion',
      summary: 'Rename a region or change its centre, radius or outline',
      description:
        'Admins, street officers and community staff, inside their own subtree. At least one field; centerLat and centerLng are given (or cleared with null) together. A region cannot move in the tree. Audited (region.updated).',
      body: patchRegionBody,
    },
  });
});
