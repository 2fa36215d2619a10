import { z } from 'zod';
import type { Caller } from '../../auth/scope.js';
import { type OperationId, routesOf } from '../../http/operation.js';
import type { ReportQuery } from './reports.access.js';
import { CSV_TYPE, wantsCsv } from './reports.csv.js';
import {
  membersReportQuery,
  membersReportSchema,
  reportQuery,
  summarySchema,
  unitsReportSchema,
  visitsReportQuery,
  visitsReportSchema,
} from './reports.schemas.js';
import type { Report, StreamedReport } from './reports.service.js';

const csvOr = (json: z.ZodType) => ({
  description: 'The report as JSON, or as CSV when Accept names text/csv',
  content: { 'application/json': { schema: json }, 'text/csv': { schema: z.string() } },
});
const scopeNote =
  "regionId must lie inside the caller's subtree (404 otherwise); the default is the caller's own region, everything for admins and unscoped ops keys. from is inclusive, to exclusive, and from must be before to.";
const staff = 'Admins, ops keys, street officers and community staff';

/** Figures for every level, as JSON or (Accept: text/csv) CSV. */
export const reportsRoutes = routesOf({ tags: ['reports'] }, (operation, { services: { reports } }) => {
  /** A report route: the report as JSON, or as CSV when the client accepts text/csv. */
  function reportRoute<T, Q extends ReportQuery>(
    url: string,
    doc: {
      operationId: OperationId;
      summary: string;
      description: string;
      schema: z.ZodType;
      query?: z.ZodType<Q>;
    },
    read: (caller: Caller, q: Q) => Promise<Report<T> | StreamedReport<T>>,
  ) {
    const { schema, query = reportQuery, ...text } = doc;
    operation(
      {
        ...text,
        method: 'GET',
        url,
        querystring: query,
        responses: { 200: csvOr(schema) },
        problems: [400, 401, 403, 404],
      },
      async ({ caller, query, request, reply }) => {
        const report = await read(caller, query as Q);
        if (wantsCsv(request.headers.accept)) return reply.type(CSV_TYPE).send(await report.csv());
        return 'stream' in report ? report.json() : report.json;
      },
    );
  }

  reportRoute(
    '/reports/summary',
    {
      operationId: 'getSummaryReport',
      summary: 'Orders, times to claim and complete, SLA compliance, hours, points, ratings, report-in rate',
      description: `${staff} (403 for other roles). ${scopeNote}`,
      schema: summarySchema,
    },
    reports.summary,
  );
  reportRoute(
    '/reports/units',
    {
      operationId: 'getUnitsReport',
      summary: 'A row per unit: orders taken, hours, on-time %, rating, no-shows, report-in rate',
      description: `${staff}, and unit admins for their own unit only (403 for members). ${scopeNote}`,
      schema: unitsReportSchema,
    },
    reports.units,
  );
  reportRoute(
    '/reports/members',
    {
      operationId: 'getMembersReport',
      summary: 'A row per member: claims, completions, hours, points, no-shows, rating',
      description: `${staff} (403 for other roles). Names are masked, and absent for ops keys. ${scopeNote} JSON comes in pages of limit rows in member id order (pass nextCursor back as cursor); CSV is the whole report, most hours first, streamed row by row.`,
      schema: membersReportSchema,
      query: membersReportQuery,
    },
    reports.members,
  );
  reportRoute(
    '/reports/visits',
    {
      operationId: 'getVisitsReport',
      summary: 'Paired households’ visits of a month per member, community or street: visited, due, overdue',
      description: `${staff} (403 for other roles). regionId must lie inside the caller's subtree (404 otherwise); the default is the caller's own region. month (YYYY-MM, UTC) defaults to the current one; groupBy is member, community (default) or street. Member names are masked, and absent for ops keys.`,
      schema: visitsReportSchema,
      query: visitsReportQuery,
    },
    reports.visits,
  );
});
