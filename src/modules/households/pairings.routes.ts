import { crudRoutes, idParams } from '../../http/crud-routes.js';
import { routesOf } from '../../http/operation.js';
import {
  createPairingBody,
  handOverBody,
  listPairingsQuery,
  pairingSchema,
  patchPairingBody,
} from './households.schemas.js';

const managers =
  'Admins and the staff of the household’s community (403 for other roles; 404 for a pairing the key does not see).';
const sees =
  'Officers, community staff and region-scoped ops keys see the pairings of their subtree; a member its own; unit admins none.';
const CHANGE = [400, 401, 403, 404, 409, 413, 415, 422] as const;

/** Pairings (结对帮扶): a member visiting a household on an RRULE rhythm. */
export const pairingsRoutes = routesOf(
  { tags: ['households'] },
  (operation, { services: { pairings: service } }) => {
    crudRoutes(operation, {
      path: '/households/:id/pairings',
      item: pairingSchema,
      service: { create: service.create, list: service.listOfHousehold },
      create: {
        operationId: 'createHouseholdPairing',
        summary: 'Pair a member with the household, visiting on an RRULE rhythm',
        description: `${managers} The member must be active and reported in to the household’s community or in a unit paired with it (422 invalid_reference); the category needs a routine SLA policy (422 unknown_category); the rrule must be a readable iCalendar RRULE recurring at most daily and yielding a visit (422 invalid_rrule). Each visit is published as an order VISIT_PUBLISH_AHEAD_S before it starts, offered first to the member. A member already paired with the household is 409. Audited (household_pairing.created).`,
        body: createPairingBody,
      },
      list: {
        operationId: 'listHouseholdPairings',
        summary: 'The household’s pairings, present and past',
        description: `Any key that sees the household (404 otherwise). Filters: memberId, status. ${sees}`,
        query: listPairingsQuery.omit({ householdId: true }),
        problems: [400, 401, 404],
      },
    });

    crudRoutes(operation, {
      path: '/household-pairings',
      item: pairingSchema,
      service: { list: service.list, get: service.get, patch: service.patch },
      list: {
        operationId: 'listPairingsOfHouseholds',
        summary: 'List the household pairings in scope (a member: its own)',
        description: `Any key. Filters: householdId, memberId, status. ${sees}`,
        query: listPairingsQuery,
      },
      get: {
        operationId: 'getHouseholdPairing',
        summary: 'Read a pairing with its next visit',
        description: `Any key that sees it (404 otherwise). ${sees}`,
      },
      patch: {
        operationId: 'updateHouseholdPairing',
        summary: 'Change the rhythm, visit window or category of a pairing',
        description: `${managers} Active or paused pairings (409 invalid_transition once ended). A new rrule (422 invalid_rrule when unusable) applies from now on: visits already published stand. Audited (household_pairing.updated).`,
        body: patchPairingBody,
        problems: CHANGE,
      },
    });

    const action = (name: 'pause' | 'resume' | 'end', summary: string, description: string) =>
      operation(
        {
          method: 'POST',
          url: `/household-pairings/:id/${name}`,
          operationId: `${name}HouseholdPairing`,
          summary,
          description: `${managers} ${description}`,
          params: idParams,
          responses: { 200: pairingSchema },
          problems: [400, 401, 403, 404, 409],
        },
        ({ caller, params }) => service[name](caller, params.id),
      );
    action(
      'pause',
      'Pause a pairing: no visits are published while paused',
      'Only an active pairing (409 invalid_transition). Audited (household_pairing.paused).',
    );
    action(
      'resume',
      'Resume a paused pairing: visits from now on are published',
      'Only a paused pairing (409 invalid_transition). Visits that fell in the pause are not published. Audited (household_pairing.resumed).',
    );
    action(
      'end',
      'End a pairing (history kept)',
      'An active or paused pairing (409 invalid_transition once ended). Audited (household_pairing.ended).',
    );

    operation(
      {
        method: 'POST',
        url: '/household-pairings/:id/hand-over',
        operationId: 'handOverHouseholdPairing',
        summary: 'Hand the household to another member: this pairing ends, a new one starts',
        description: `${managers} The new pairing keeps the rhythm, window and category, names this one in replacesId and publishes the visits after the last one already published. The member must fit the household’s community (422 invalid_reference); the same member, or an ended pairing, is 409. Audited (household_pairing.handed_over, household_pairing.created).`,
        params: idParams,
        body: handOverBody,
        responses: { 201: pairingSchema },
        problems: CHANGE,
      },
      ({ caller, params, body }) => service.handOver(caller, params.id, body),
    );
  },
);
