import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { crudRoutes } from '../../http/crud-routes.js';
import { pageQuery } from '../../lib/pagination.js';
import {
  createPairingBody,
  createUnitBody,
  listUnitsQuery,
  pairingSchema,
  patchUnitBody,
  unitSchema,
} from './units.schemas.js';

/** Co-building units (共建单位) and their pairings with communities. */
export const unitsRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = app.services.units;
  const tags = ['units'];

  crudRoutes(app, {
    path: '/units',
    tags,
    item: unitSchema,
    service,
    create: { summary: 'Create a co-building unit located in a region', body: createUnitBody },
    list: { summary: 'List the units in scope', query: listUnitsQuery },
    get: { summary: 'Read a unit' },
    patch: {
      summary: 'Change a unit (a unit admin may not move it to another region)',
      body: patchUnitBody,
    },
  });

  crudRoutes(app, {
    path: '/units/:id/pairings',
    tags,
    item: pairingSchema,
    service: { create: service.pair, list: service.pairings },
    create: {
      summary: 'Pair the unit with a community for a period (co-building agreement)',
      body: createPairingBody,
    },
    list: { summary: "List the unit's pairings", query: pageQuery, problems: [400, 401, 404] },
  });
};
