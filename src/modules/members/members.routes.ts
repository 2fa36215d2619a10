import { crudRoutes, idParams } from '../../http/crud-routes.js';
import { routesOf } from '../../http/operation.js';
import {
  createMemberBody,
  listMembersQuery,
  memberDetailSchema,
  memberSchema,
  patchMemberBody,
  reportInBody,
} from './members.schemas.js';

const CHANGE = [400, 401, 403, 404, 409, 413, 415, 422] as const;
const sees =
  'Officers, community staff and region-scoped ops keys see the members reported in to a community of their subtree; a unit admin its unit’s members; a member itself. Anything else is 404.';

/** Members (在职党员 and volunteers) and their report-in (报到) to communities. */
export const membersRoutes = routesOf(
  { tags: ['members'] },
  (operation, { services: { members: service } }) => {
    crudRoutes(operation, {
      path: '/members',
      item: memberDetailSchema,
      listItem: memberSchema,
      service,
      create: {
        operationId: 'createMember',
        summary: 'Register a member, reported in to a community of your scope',
        description:
          'Admins, street officers, community staff and unit admins. Community staff default communityId to their community, unit admins unitId to their unit; a street officer must give communityId. The community and unit must be ones the key sees (404), gridId a grid of that community (422). homeLat and homeLng are given together. Audited (member.created).',
        body: createMemberBody,
      },
      list: {
        operationId: 'listMembers',
        summary: 'List the members in scope (names and phones masked)',
        description: `Any key; names and phones are always masked in lists. ${sees}`,
        query: listMembersQuery,
      },
      get: {
        operationId: 'getMember',
        summary:
          'Read a member with its report-in history (full name and phone for staff above it and the member)',
        description: `Any key. Admins, the officers and staff above the member’s community and the member itself get the full name and phone; ops keys and unit admins masked values. ${sees}`,
      },
      patch: {
        operationId: 'updateMember',
        summary: 'Change a member (use report-in to move it to another community)',
        description: `Admins, street officers, community staff, unit admins and the member itself, on a member they see. At least one field; homeLat and homeLng are given (or cleared with null) together; gridId must be a grid of the member’s community (422). maxActiveClaims below the claims the member holds is 409, and an erased member cannot be changed (409 already_erased). Audited (member.updated). ${sees}`,
        body: patchMemberBody,
        problems: CHANGE,
      },
    });

    operation(
      {
        method: 'POST',
        url: '/members/:id/report-in',
        operationId: 'reportInMember',
        summary: 'Report the member in to another community (报到), keeping the history',
        description:
          'Admins, street officers, community staff and unit admins into a community of their scope, and a member itself into any community. The open stay is closed and a new one opened; the grid is cleared unless gridId (a grid of the new community) is given. Reporting in to the current community is 409, as is an erased member. Audited (member.reported_in).',
        params: idParams,
        body: reportInBody,
        responses: { 200: memberDetailSchema },
        problems: CHANGE,
      },
      ({ caller, params, body }) => service.reportIn(caller, params.id, body),
    );
  },
);
