import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Role } from '../../db/schema/index.js';
import { authOf } from '../../plugins/auth.js';
import { problem } from '../ledger/ledger.schemas.js';
import { CSV_TYPE, membersCsv, summaryCsv, unitsCsv, wantsCsv } from './reports.csv.js';
import { membersReportSchema, reportQuery, summarySchema, unitsReportSchema } from './reports.schemas.js';
import { reportScope } from './reports.scope.js';
import { summary } from './summary.service.js';
import { membersReport, unitsReport } from './work.service.js';

const staffRoles: Role[] = ['admin', 'ops', 'street_officer', 'community_staff'];
const errors = { 400: problem, 401: problem, 403: problem, 404: problem };
const csvOr = <T extends z.ZodType>(json: T) => ({
  content: { 'application/json': { schema: json }, 'text/csv': { schema: z.string() } },
});
const scopeNote =
  "Scoped: regionId must lie inside the caller's subtree (404 otherwise); default is the caller's own region.";

/** Figures for every level, as JSON or (Accept: text/csv) CSV. */
export const reportsRoutes: FastifyPluginAsyncZod = async (app) => {
  const scopeOf = (auth: ReturnType<typeof authOf>, query: z.infer<typeof reportQuery>, roles: Role[]) =>
    reportScope(app.deps.database.db, auth, query, { roles, now: app.deps.clock.now() });

  app.get(
    '/reports/summary',
    {
      schema: {
        tags: ['reports'],
        summary:
          'Orders, times to claim and complete, SLA compliance, hours, points, ratings, report-in rate',
        description: scopeNote,
        querystring: reportQuery,
        response: { 200: csvOr(summarySchema), ...errors },
      },
    },
    async (request, reply) => {
      const scope = await scopeOf(authOf(request), request.query, staffRoles);
      const body = await summary(app.deps.database.db, scope);
      if (wantsCsv(request.headers.accept)) return reply.type(CSV_TYPE).send(summaryCsv(body));
      return body;
    },
  );

  app.get(
    '/reports/units',
    {
      schema: {
        tags: ['reports'],
        summary: 'A row per unit: orders taken, hours, on-time %, rating, no-shows, report-in rate',
        description: `${scopeNote} Unit admins get their own unit only.`,
        querystring: reportQuery,
        response: { 200: csvOr(unitsReportSchema), ...errors },
      },
    },
    async (request, reply) => {
      const scope = await scopeOf(authOf(request), request.query, [...staffRoles, 'unit_admin']);
      const rows = await unitsReport(app.deps.database.db, scope);
      if (wantsCsv(request.headers.accept)) return reply.type(CSV_TYPE).send(unitsCsv(rows));
      return {
        regionId: scope.regionId,
        from: scope.from?.toISOString() ?? null,
        to: scope.to?.toISOString() ?? null,
        rows,
      };
    },
  );

  app.get(
    '/reports/members',
    {
      schema: {
        tags: ['reports'],
        summary: 'A row per member: claims, completions, hours, points, no-shows, rating',
        description: `${scopeNote} Names are masked, and absent for ops keys.`,
        querystring: reportQuery,
        response: { 200: csvOr(membersReportSchema), ...errors },
      },
    },
    async (request, reply) => {
      const scope = await scopeOf(authOf(request), request.query, staffRoles);
      const rows = await membersReport(app.deps.database.db, scope);
      if (wantsCsv(request.headers.accept))
        return reply.type(CSV_TYPE).send(membersCsv(rows, scope.personalData));
      return {
        regionId: scope.regionId,
        from: scope.from?.toISOString() ?? null,
        to: scope.to?.toISOString() ?? null,
        rows,
      };
    },
  );
};
