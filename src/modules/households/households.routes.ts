import { crudRoutes, idParams } from '../../http/crud-routes.js';
import { routesOf } from '../../http/operation.js';
import {
  createHouseholdBody,
  eraseHouseholdBody,
  exportHouseholdSchema,
  householdErasureSchema,
  householdSchema,
  listHouseholdsQuery,
  patchHouseholdBody,
} from './households.schemas.js';

const sees =
  'Officers, community staff and region-scoped ops keys see the households of their subtree; a member those it is paired with; unit admins none. Anything else is 404.';
const CHANGE = [400, 401, 403, 404, 409, 413, 415, 422] as const;

/** Households (beneficiaries) a community looks after: records, export and erasure. */
export const householdsRoutes = routesOf(
  { tags: ['households'] },
  (operation, { services: { households: service } }) => {
    crudRoutes(operation, {
      path: '/households',
      item: householdSchema,
      service,
      create: {
        operationId: 'createHousehold',
        summary: 'Record a household (beneficiary) of your community',
        description:
          'Admins and community staff; staff default communityId to their community, an admin must give it. lat and lng are given together; tags from the fixed list (docs/households.md). Audited (household.created) with masked values only.',
        body: createHouseholdBody,
      },
      list: {
        operationId: 'listHouseholds',
        summary: 'List the households in scope (names and phones masked, addresses and needs withheld)',
        description: `Any key; lists are always masked. Filters: communityId, tag. ${sees}`,
        query: listHouseholdsQuery,
      },
      get: {
        operationId: 'getHousehold',
        summary: 'Read a household (in full for admins and its community’s staff)',
        description: `Admins and the community’s staff read everything; a paired member the address, location and needs with name and phone masked; officers and ops masked values. ${sees}`,
      },
      patch: {
        operationId: 'updateHousehold',
        summary: 'Change a household',
        description: `Admins and the community’s staff (403 for other roles). At least one field; lat and lng together. An erased household cannot be changed (409 already_erased). Audited (household.updated). ${sees}`,
        body: patchHouseholdBody,
        problems: CHANGE,
      },
    });

    operation(
      {
        method: 'GET',
        url: '/households/:id/export',
        operationId: 'exportHousehold',
        summary: 'Everything held about a household, as JSON (admin, its community’s staff)',
        description:
          'Admins and the staff of the household’s community; any other key gets 404. The household in full, its pairings and its published visits. The export is audited (household.exported).',
        params: idParams,
        responses: { 200: exportHouseholdSchema },
        problems: [400, 401, 404],
      },
      ({ caller, params }) => service.exportHousehold(caller, params.id),
    );

    operation(
      {
        method: 'POST',
        url: '/households/:id/erase',
        operationId: 'eraseHousehold',
        summary: "Erase a household's personal data, and the beneficiary of its visit orders",
        description:
          'Admins and the staff of the household’s community (403 for other roles, 404 for a household the key does not see). Name replaced by a pseudonym; phone, address, location, needs and tags cleared; live pairings ended; the beneficiary name and phone of every visit order erased; stored Idempotency-Key answers rewritten. The audit chains stay valid (they only ever held masked values). 409 already_erased the second time. Audited (household.erased, order.beneficiary_erased).',
        params: idParams,
        body: eraseHouseholdBody,
        responses: { 200: householdErasureSchema },
        problems: [400, 401, 403, 404, 409, 413, 415],
      },
      ({ caller, params, body }) => service.erase(caller, params.id, body),
    );
  },
);
