import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '../../http/caller.js';
import { crudRoutes, idParams } from '../../http/crud-routes.js';
import { withProblems } from '../../http/problem-schema.js';
import {
  createMemberBody,
  listMembersQuery,
  memberDetailSchema,
  memberSchema,
  patchMemberBody,
  reportInBody,
} from './members.schemas.js';

const CHANGE = [400, 401, 403, 404, 409, 413, 415, 422] as const;

/** Members (在职党员 and volunteers) and their report-in (报到) to communities. */
export const membersRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = app.services.members;

  crudRoutes(app, {
    path: '/members',
    tags: ['members'],
    item: memberDetailSchema,
    listItem: memberSchema,
    service,
    create: {
      summary: 'Register a member, reported in to a community of your scope',
      body: createMemberBody,
    },
    list: { summary: 'List the members in scope (names and phones masked)', query: listMembersQuery },
    get: {
      summary:
        'Read a member with its report-in history (full name and phone for staff above it and the member)',
    },
    patch: {
      summary: 'Change a member (use report-in to move it to another community)',
      body: patchMemberBody,
      problems: CHANGE,
    },
  });

  app.post(
    '/members/:id/report-in',
    {
      schema: {
        tags: ['members'],
        summary: 'Report the member in to another community (报到), keeping the history',
        params: idParams,
        body: reportInBody,
        response: withProblems({ 200: memberDetailSchema }, CHANGE),
      },
    },
    async (request) => service.reportIn(callerOf(request), request.params.id, request.body),
  );
};
