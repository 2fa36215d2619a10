import type { Readable } from 'node:stream';
import type { Caller } from '../../auth/scope.js';
import type { Db } from '../../db/client.js';
import type { ReadRouting } from '../../db/replica.js';
import { orderStatuses } from '../../db/schema/enums.js';
import { decodeCursor, encodeCursor } from '../../lib/pagination.js';
import { maskName } from '../../lib/personal.js';
import type { ServiceDeps } from '../deps.js';
import { type ReportQuery, reportScope, staffRoles } from './reports.access.js';
import { membersCsv, summaryCsv, unitsCsv, visitsCsv } from './reports.csv.js';
import { type Quantiles, type ReportScope, summaryFigures, type UnitHeadcount } from './reports.repo.js';
import type {
  MemberRow,
  MembersReport,
  MembersReportQuery,
  Summary,
  UnitsReport,
  VisitsReport,
  VisitsReportQuery,
} from './reports.schemas.js';
import { visitFigures } from './visits-report.repo.js';
import { type MemberFigures, memberFiguresPage, streamMemberFigures, unitFigures } from './work.repo.js';

/** A report, and the same report as CSV (made only when asked for). */
export interface Report<T> {
  json: T;
  csv(): string;
}

/** A report too large to build whole: JSON a page at a time, CSV as a stream; each read when asked for. */
export interface StreamedReport<T> {
  stream: true;
  json(): Promise<T>;
  csv(): Promise<Readable>;
}

const pct = (part: number, whole: number): number | null =>
  whole > 0 ? Math.round((part / whole) * 10_000) / 100 : null;
const round = (v: number | null, digits = 2): number | null =>
  v === null ? null : Math.round(v * 10 ** digits) / 10 ** digits;

const period = (s: ReportScope): Pick<Summary, 'regionId' | 'from' | 'to'> => ({
  regionId: s.regionId,
  from: s.from?.toISOString() ?? null,
  to: s.to?.toISOString() ?? null,
});

const reportIn = (u: UnitHeadcount) => ({
  unitId: u.unitId,
  unitName: u.unitName,
  expectedMembers: u.expectedMembers,
  reportedIn: u.reportedIn,
  reportInPct: pct(u.reportedIn, u.expectedMembers),
});

/** percentile_cont over no rows is null; otherwise [median, p90] in seconds. */
const quantiles = (count: number, q: Quantiles) => ({
  count,
  medianS: round(q?.[0] ?? null, 3),
  p90S: round(q?.[1] ?? null, 3),
});

/** Figures for every level: orders, timing, SLA, hours and points, report-in; per unit; per member. */
export function createReportsService(deps: Pick<ServiceDeps, 'clock'> & { reads: ReadRouting }) {
  const { reads, clock } = deps;
  const scopeOf = (db: Db, caller: Caller, q: ReportQuery, roles = staffRoles) =>
    reportScope(db, caller.auth, q, { roles, now: clock.now() });
  /** Every statement of a report on one side: the replica when it may answer the caller, or the primary. */
  const readFor = <T>(caller: Caller, work: (db: Db) => Promise<T>) => reads.read(caller.auth.keyId, work);

  return {
    /** The summary of a region over a period. */
    summary: (caller: Caller, q: ReportQuery): Promise<Report<Summary>> =>
      readFor(caller, async (db) => {
        const s = await scopeOf(db, caller, q);
        const f = await summaryFigures(db, s);
        const byStatus = Object.fromEntries(
          orderStatuses.map((st) => [st, 0]),
        ) as Summary['orders']['byStatus'];
        const byCategory: Record<string, number> = {};
        let total = 0;
        let rated = 0;
        let ratingSum = 0;
        for (const r of f.orders) {
          byStatus[r.status] += r.n;
          byCategory[r.categoryCode] = (byCategory[r.categoryCode] ?? 0) + r.n;
          total += r.n;
          rated += r.rated;
          ratingSum += r.ratingSum;
        }
        const t = f.timing;
        const units = f.units.map(reportIn);
        const expected = units.reduce((a, u) => a + u.expectedMembers, 0);
        // A unit that declares no expected count cannot be over- or under-reported; it adds nothing.
        const reportedIn = units.reduce((a, u) => a + (u.expectedMembers > 0 ? u.reportedIn : 0), 0);
        const json: Summary = {
          ...period(s),
          orders: { total, byStatus, byCategory },
          timeToFirstClaim: quantiles(t.claimed, t.claimQ),
          timeToCompletion: quantiles(t.completed, t.doneQ),
          sla: {
            publishedOrders: t.published,
            breachedOrders: t.breached,
            compliancePct: pct(t.published - t.breached, t.published),
            breachesByLevel: Object.fromEntries(f.breachesByLevel.map((b) => [String(b.level), b.n])),
          },
          volunteerHours: round(f.issued.hours) ?? 0,
          pointsIssued: round(f.issued.points) ?? 0,
          pointsRedeemed: round(f.redeemedPoints) ?? 0,
          averageRating: rated > 0 ? round(ratingSum / rated) : null,
          ratedOrders: rated,
          reportIn: { expectedMembers: expected, reportedIn, reportInPct: pct(reportedIn, expected), units },
        };
        return { json, csv: () => summaryCsv(json) };
      }),

    /** A row per unit, the basis of the yearly unit evaluation. */
    units: (caller: Caller, q: ReportQuery): Promise<Report<UnitsReport>> =>
      readFor(caller, async (db) => {
        const s = await scopeOf(db, caller, q, [...staffRoles, 'unit_admin']);
        const rows = (await unitFigures(db, s)).map((u) => ({
          ...reportIn(u),
          ordersTaken: u.ordersTaken,
          claims: u.claims,
          completed: u.completed,
          hours: round(u.hours) ?? 0,
          onTimePct: pct(u.onTime, u.completed),
          averageRating: round(u.rating),
          noShows: u.noShows,
          resourcesOpened: u.resourcesOpened,
          bookingsHosted: u.bookingsHosted,
        }));
        return { json: { ...period(s), rows }, csv: () => unitsCsv(rows) };
      }),

    /**
     * A page of the members report (member id order), or the whole report as a CSV stream (most hours
     * first). Names are masked, and left out entirely for ops.
     */
    members: async (caller: Caller, q: MembersReportQuery): Promise<StreamedReport<MembersReport>> => ({
      stream: true,
      json: () =>
        readFor(caller, async (db) => {
          const s = await scopeOf(db, caller, q);
          const page = await memberFiguresPage(db, s, { after: decodeCursor(q.cursor), limit: q.limit });
          const rows = page.slice(0, q.limit).map(memberRow(s));
          const last = rows.at(-1);
          const more = page.length > q.limit && last;
          return { ...period(s), rows, nextCursor: more ? encodeCursor(last.memberId) : null };
        }),
      csv: () =>
        readFor(caller, async (db) => {
          const s = await scopeOf(db, caller, q);
          const figures = await streamMemberFigures(db, s);
          const rowOf = memberRow(s);
          return membersCsv(
            (async function* () {
              for await (const m of figures) yield rowOf(m);
            })(),
            s.personalData,
          );
        }),
    }),

    /**
     * Paired households' visits of a month, per member, community or street (docs/households.md):
     * households visited and due, visits due, done, overdue and ahead. Member names are masked, and
     * left out for ops.
     */
    visits: (caller: Caller, q: VisitsReportQuery): Promise<Report<VisitsReport>> =>
      readFor(caller, async (db) => {
        const month = q.month ?? clock.now().toISOString().slice(0, 7);
        const from = new Date(`${month}-01T00:00:00Z`);
        const to = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 1, 1));
        const s = await scopeOf(db, caller, { ...(q.regionId && { regionId: q.regionId }) });
        const figures = await visitFigures(db, { ...s, from, to }, q.groupBy);
        const rows = figures.map((f) => ({
          ...f,
          name: q.groupBy !== 'member' ? f.name : s.personalData ? maskName(f.name) : null,
        }));
        const json = { regionId: s.regionId, month, groupBy: q.groupBy, rows };
        return { json, csv: () => visitsCsv(rows) };
      }),
  };
}

/** A member's row of the report; the name masked, and absent without personal data (ops). */
const memberRow =
  (s: ReportScope) =>
  (m: MemberFigures): MemberRow => ({
    memberId: m.memberId,
    ...(s.personalData ? { name: maskName(m.name) } : {}),
    unitId: m.unitId,
    unitName: m.unitName,
    claims: m.claims,
    completed: m.completed,
    hours: round(m.hours) ?? 0,
    points: round(m.points) ?? 0,
    noShows: m.noShows,
    averageRating: round(m.rating),
  });
