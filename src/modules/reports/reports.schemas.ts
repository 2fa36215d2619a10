import { z } from 'zod';
import { type OrderStatus, orderStatuses } from '../../db/schema/enums.js';
import { pageQuery } from '../../lib/pagination.js';

const isoDate = z.iso.datetime({ offset: true });

const scopeFields = {
  regionId: z
    .uuid()
    .optional()
    .describe("A region inside the caller's subtree; default: the caller's own region"),
  from: isoDate.optional().describe('Start of the period, inclusive'),
  to: isoDate.optional().describe('End of the period, exclusive; after from'),
};
const fromBeforeTo: [(q: { from?: string; to?: string }) => boolean, { message: string; path: string[] }] = [
  (q) => !q.from || !q.to || Date.parse(q.from) < Date.parse(q.to),
  { message: 'from must be before to', path: ['to'] },
];

export const reportQuery = z.strictObject(scopeFields).refine(...fromBeforeTo);

/** The members report's query: its scope, and a page of the JSON (CSV is the whole report). */
export const membersReportQuery = z
  .strictObject({
    ...scopeFields,
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(1000)
      .default(200)
      .describe('Rows per page of the JSON, in member id order; CSV ignores it'),
    cursor: pageQuery.shape.cursor,
  })
  .refine(...fromBeforeTo);
export type MembersReportQuery = z.infer<typeof membersReportQuery>;

const period = {
  regionId: z.uuid().nullable(),
  from: isoDate.nullable(),
  to: isoDate.nullable(),
};

const count = z.number().int();

/** Every status is present (0 when no order has it), each a property of its own. */
const byStatus = z
  .object(Object.fromEntries(orderStatuses.map((s) => [s, count])) as Record<OrderStatus, typeof count>)
  .describe('Orders created in the period, by their status now');

const quantiles = z.object({
  count: z.number().int().describe('Orders the figure is computed over'),
  medianS: z.number().nullable(),
  p90S: z.number().nullable(),
});

const reportInUnit = z.object({
  unitId: z.uuid(),
  unitName: z.string(),
  expectedMembers: z.number().int(),
  reportedIn: z.number().int(),
  reportInPct: z.number().nullable(),
});

export const summarySchema = z.object({
  ...period,
  orders: z.object({
    total: z.number().int().describe('Orders created in the period'),
    byStatus,
    byCategory: z.record(z.string(), z.number().int()),
  }),
  timeToFirstClaim: quantiles.describe('firstClaimedAt − publishedAt of orders published in the period'),
  timeToCompletion: quantiles.describe('completedAt − publishedAt of orders published in the period'),
  sla: z.object({
    publishedOrders: z.number().int(),
    breachedOrders: z.number().int(),
    compliancePct: z
      .number()
      .nullable()
      .describe('Orders published in the period without any SLA breach, in %'),
    breachesByLevel: z
      .record(z.string(), z.number().int())
      .describe('Breaches detected in the period, by the escalation level they led to'),
  }),
  volunteerHours: z.number().describe('Hours credited to members in the period for orders of the region'),
  pointsIssued: z.number(),
  pointsRedeemed: z
    .number()
    .describe("Points redeemed in the period by members reporting in to the region's communities"),
  averageRating: z.number().nullable(),
  ratedOrders: z.number().int(),
  reportIn: z.object({
    expectedMembers: z.number().int(),
    reportedIn: z.number().int(),
    reportInPct: z.number().nullable(),
    units: z.array(reportInUnit),
  }),
});
export type Summary = z.infer<typeof summarySchema>;

export const unitRowSchema = reportInUnit.extend({
  ordersTaken: z.number().int().describe("Distinct orders with a claim by the unit's members"),
  claims: z.number().int(),
  completed: z.number().int(),
  hours: z.number(),
  onTimePct: z.number().nullable().describe("Completed claims finished by the order's completeBy, in %"),
  averageRating: z.number().nullable(),
  noShows: z.number().int(),
  resourcesOpened: z
    .number()
    .int()
    .describe('Active resources the unit publishes (created before the period ends)'),
  bookingsHosted: z
    .number()
    .int()
    .describe("Approved or confirmed bookings of the unit's resources starting in the period"),
});
export type UnitRow = z.infer<typeof unitRowSchema>;
export const unitsReportSchema = z.object({ ...period, rows: z.array(unitRowSchema) });
export type UnitsReport = z.infer<typeof unitsReportSchema>;

export const memberRowSchema = z.object({
  memberId: z.uuid(),
  name: z.string().nullable().optional().describe('Masked; absent for ops keys'),
  unitId: z.uuid().nullable(),
  unitName: z.string().nullable(),
  claims: z.number().int(),
  completed: z.number().int(),
  hours: z.number(),
  points: z.number(),
  noShows: z.number().int(),
  averageRating: z.number().nullable(),
});
export type MemberRow = z.infer<typeof memberRowSchema>;
export const membersReportSchema = z.object({
  ...period,
  rows: z.array(memberRowSchema).describe('In member id order'),
  nextCursor: z.string().nullable().describe('Pass as cursor for the next page; null on the last page'),
});
export type MembersReport = z.infer<typeof membersReportSchema>;

export const visitsReportQuery = z.strictObject({
  regionId: z
    .uuid()
    .optional()
    .describe("A region inside the caller's subtree; default: the caller's own region"),
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM')
    .optional()
    .describe('The calendar month (UTC) of the visits; default: the current one'),
  groupBy: z.enum(['member', 'community', 'street']).default('community'),
});
export type VisitsReportQuery = z.infer<typeof visitsReportQuery>;

export const visitRowSchema = z.object({
  key: z.uuid().describe('The member, community or street'),
  name: z.string().nullable().describe('Its name (a member’s masked; absent for ops keys)'),
  households: count.describe('Households with a visit in the month'),
  householdsVisited: count.describe('Households with a visit done (completed or verified)'),
  due: count.describe('Visits whose time has come'),
  visited: count.describe('Visits done'),
  overdue: count.describe('Visits whose window is over, not done and not cancelled'),
  upcoming: count.describe('Visits still ahead in the month'),
});
export type VisitRow = z.infer<typeof visitRowSchema>;
export const visitsReportSchema = z.object({
  regionId: z.uuid().nullable(),
  month: z.string(),
  groupBy: z.enum(['member', 'community', 'street']),
  rows: z.array(visitRowSchema),
});
export type VisitsReport = z.infer<typeof visitsReportSchema>;
