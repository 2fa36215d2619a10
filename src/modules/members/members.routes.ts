import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { callerOf } from '../../http/caller.js';
import { idempotencyHeaders, sendIdempotent } from '../../http/headers.js';
import { withProblems } from '../../http/problem-schema.js';
import { pageOf } from '../../lib/pagination.js';
import {
  createMemberBody,
  idParams,
  listMembersQuery,
  memberDetailSchema,
  memberSchema,
  patchMemberBody,
  reportInBody,
} from './members.schemas.js';

/** Members (在职党员 and volunteers) and their report-in (报到) to communities. */
export const membersRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = app.services.members;
  const tags = ['members'];

  app.post(
    '/members',
    {
      schema: {
        tags,
        summary: 'Register a member, reported in to a community of your scope',
        headers: idempotencyHeaders,
        body: createMemberBody,
        response: withProblems({ 201: memberDetailSchema }, [400, 401, 403, 404, 409, 413, 415, 422]),
      },
    },
    async (request, reply) =>
      sendIdempotent(
        reply,
        await service.create(callerOf(request), request.body, request.headers['idempotency-key']),
      ),
  );

  app.get(
    '/members',
    {
      schema: {
        tags,
        summary: 'List the members in scope (names and phones masked)',
        querystring: listMembersQuery,
        response: withProblems({ 200: pageOf(memberSchema) }, [400, 401]),
      },
    },
    async (request) => service.list(callerOf(request), request.query),
  );

  app.get(
    '/members/:id',
    {
      schema: {
        tags,
        summary:
          'Read a member with its report-in history (full name and phone for staff above it and the member)',
        params: idParams,
        response: withProblems({ 200: memberDetailSchema }, [400, 401, 404]),
      },
    },
    async (request) => service.get(callerOf(request), request.params.id),
  );

  app.patch(
    '/members/:id',
    {
      schema: {
        tags,
        summary: 'Change a member (use report-in to move it to another community)',
        params: idParams,
        body: patchMemberBody,
        response: withProblems({ 200: memberDetailSchema }, [400, 401, 403, 404, 409, 413, 415, 422]),
      },
    },
    async (request) => service.patch(callerOf(request), request.params.id, request.body),
  );

  app.post(
    '/members/:id/report-in',
    {
      schema: {
        tags,
        summary: 'Report the member in to another community (报到), keeping the history',
        params: idParams,
        body: reportInBody,
        response: withProblems({ 200: memberDetailSchema }, [400, 401, 403, 404, 409, 413, 415, 422]),
      },
    },
    async (request) => service.reportIn(callerOf(request), request.params.id, request.body),
  );
};
