import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Caller } from '../../auth/scope.js';
import { callerOf } from '../../http/caller.js';
import { problem } from '../ledger/ledger.schemas.js';
import type { ReportQuery } from './reports.access.js';
import { CSV_TYPE, wantsCsv } from './reports.csv.js';
import { membersReportSchema, reportQuery, summarySchema, unitsReportSchema } from './reports.schemas.js';
import type { Report } from './reports.service.js';

const errors = { 400: problem, 401: problem, 403: problem, 404: problem };
const csvOr = <T extends z.ZodType>(json: T) => ({
  content: { 'application/json': { schema: json }, 'text/csv': { schema: z.string() } },
});
const scopeNote =
  "Scoped: regionId must lie inside the caller's subtree (404 otherwise); default is the caller's own region.";

/** Figures for every level, as JSON or (Accept: text/csv) CSV. */
export const reportsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { reports } = app.services;

  /** A report route: the report as JSON, or as CSV when the client accepts text/csv. */
  function reportRoute<T>(
    url: string,
    doc: { summary: string; description: string; schema: z.ZodType },
    read: (caller: Caller, q: ReportQuery) => Promise<Report<T>>,
  ) {
    app.get(
      url,
      {
        schema: {
          tags: ['reports'],
          summary: doc.summary,
          description: doc.description,
          querystring: reportQuery,
          response: { 200: csvOr(doc.schema), ...errors },
        },
      },
      async (request, reply) => {
        const report = await read(callerOf(request), request.query);
        if (wantsCsv(request.headers.accept)) return reply.type(CSV_TYPE).send(report.csv());
        return report.json;
      },
    );
  }

  reportRoute(
    '/reports/summary',
    {
      summary: 'Orders, times to claim and complete, SLA compliance, hours, points, ratings, report-in rate',
      description: scopeNote,
      schema: summarySchema,
    },
    reports.summary,
  );
  reportRoute(
    '/reports/units',
    {
      summary: 'A row per unit: orders taken, hours, on-time %, rating, no-shows, report-in rate',
      description: `${scopeNote} Unit admins get their own unit only.`,
      schema: unitsReportSchema,
    },
    reports.units,
  );
  reportRoute(
    '/reports/members',
    {
      summary: 'A row per member: claims, completions, hours, points, no-shows, rating',
      description: `${scopeNote} Names are masked, and absent for ops keys.`,
      schema: membersReportSchema,
    },
    reports.members,
  );
};
