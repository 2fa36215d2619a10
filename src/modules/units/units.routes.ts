import { crudRoutes } from '../../http/crud-routes.js';
import { routesOf } from '../../http/operation.js';
import { pageQuery } from '../../lib/pagination.js';
import {
  createPairingBody,
  createUnitBody,
  listUnitsQuery,
  pairingSchema,
  patchUnitBody,
  unitSchema,
} from './units.schemas.js';

const sees =
  'Officers, community staff and region-scoped ops keys see the units located in their subtree or paired with a community in it; a unit admin its unit; a member the unit it belongs to. Anything else is 404.';

/** Co-building units (共建单位) and their pairings with communities. */
export const unitsRoutes = routesOf({ tags: ['units'] }, (operation, { services: { units: service } }) => {
  crudRoutes(operation, {
    path: '/units',
    item: unitSchema,
    service,
    create: {
      operationId: 'createUnit',
      summary: 'Create a co-building unit located in a region',
      description:
        'Admins and street officers; the region must be one the key sees (404). Audited (unit.created).',
      body: createUnitBody,
    },
    list: {
      operationId: 'listUnits',
      summary: 'List the units in scope',
      description: `Any key. ${sees}`,
      query: listUnitsQuery,
    },
    get: { operationId: 'getUnit', summary: 'Read a unit', description: `Any key. ${sees}` },
    patch: {
      operationId: 'updateUnit',
      summary: 'Change a unit (a unit admin may not move it to another region)',
      description:
        'Admins; street officers for the units located in their subtree; a unit admin for its own unit, without moving it (403). At least one field. Audited (unit.updated).',
      body: patchUnitBody,
    },
  });

  crudRoutes(operation, {
    path: '/units/:id/pairings',
    item: pairingSchema,
    service: { create: service.pair, list: service.pairings },
    create: {
      operationId: 'createPairing',
      summary: 'Pair the unit with a community for a period (co-building agreement)',
      description:
        'Admins and street officers, for a unit and a community they see (404; communityId must be a community, 422). validTo, when given, is on or after validFrom; a pairing that overlaps another of the same unit and community is 409. Targeted orders may name only units paired with their community. Audited (pairing.created).',
      body: createPairingBody,
    },
    list: {
      operationId: 'listPairings',
      summary: "List the unit's pairings",
      description: `Any key that sees the unit; officers and staff see only its pairings with communities of their subtree. ${sees}`,
      query: pageQuery,
      problems: [400, 401, 404],
    },
  });
});
