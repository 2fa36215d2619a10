import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify as stringifyStream } from 'csv-stringify';
import { stringify } from 'csv-stringify/sync';
import type { MemberRow, Summary, UnitRow, VisitRow } from './reports.schemas.js';

export const CSV_TYPE = 'text/csv; charset=utf-8';

/** Did the client ask for CSV (Accept: text/csv) rather than JSON? */
export const wantsCsv = (accept: string | undefined): boolean => /\btext\/csv\b/i.test(accept ?? '');

/** Text that a spreadsheet would run as a formula (=, +, -, @) is quoted with a leading apostrophe. */
export function cell(v: number | string | null | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(v)) return `'${v}`;
  return String(v);
}

/** The summary as one long table: metric, dimension (status, category, level, unit...), value. */
export function summaryCsv(s: Summary): string {
  const rows: [string, string, string][] = [['orders_total', '', cell(s.orders.total)]];
  for (const [status, n] of Object.entries(s.orders.byStatus))
    rows.push(['orders_by_status', status, cell(n)]);
  for (const [category, n] of Object.entries(s.orders.byCategory))
    rows.push(['orders_by_category', category, cell(n)]);
  for (const [name, q] of [
    ['time_to_first_claim_s', s.timeToFirstClaim],
    ['time_to_completion_s', s.timeToCompletion],
  ] as const) {
    rows.push([name, 'count', cell(q.count)], [name, 'median', cell(q.medianS)], [name, 'p90', cell(q.p90S)]);
  }
  rows.push(
    ['sla_published_orders', '', cell(s.sla.publishedOrders)],
    ['sla_breached_orders', '', cell(s.sla.breachedOrders)],
    ['sla_compliance_pct', '', cell(s.sla.compliancePct)],
  );
  for (const [level, n] of Object.entries(s.sla.breachesByLevel))
    rows.push(['breaches_by_level', level, cell(n)]);
  rows.push(
    ['volunteer_hours', '', cell(s.volunteerHours)],
    ['points_issued', '', cell(s.pointsIssued)],
    ['points_redeemed', '', cell(s.pointsRedeemed)],
    ['average_rating', '', cell(s.averageRating)],
    ['rated_orders', '', cell(s.ratedOrders)],
  );
  for (const u of s.reportIn.units) rows.push(['report_in_pct', u.unitId, cell(u.reportInPct)]);
  rows.push(['report_in_pct', 'overall', cell(s.reportIn.reportInPct)]);
  return stringify(rows, { header: true, columns: ['metric', 'dimension', 'value'] });
}

const unitColumns = [
  ['unitId', 'unit_id'],
  ['unitName', 'unit_name'],
  ['expectedMembers', 'expected_members'],
  ['reportedIn', 'reported_in'],
  ['reportInPct', 'report_in_pct'],
  ['ordersTaken', 'orders_taken'],
  ['claims', 'claims'],
  ['completed', 'completed'],
  ['hours', 'hours'],
  ['onTimePct', 'on_time_pct'],
  ['averageRating', 'average_rating'],
  ['noShows', 'no_shows'],
  ['resourcesOpened', 'resources_opened'],
  ['bookingsHosted', 'bookings_hosted'],
] as const;

export function unitsCsv(rows: UnitRow[]): string {
  return stringify(
    rows.map((r) => unitColumns.map(([k]) => cell(r[k]))),
    { header: true, columns: unitColumns.map(([, h]) => h) },
  );
}

const memberColumns = [
  ['memberId', 'member_id'],
  ['name', 'name'],
  ['unitId', 'unit_id'],
  ['unitName', 'unit_name'],
  ['claims', 'claims'],
  ['completed', 'completed'],
  ['hours', 'hours'],
  ['points', 'points'],
  ['noShows', 'no_shows'],
  ['averageRating', 'average_rating'],
] as const;

/**
 * The members report as a CSV stream, row by row as `rows` yields them; without personal data (ops)
 * the name column is not there at all. Destroying the stream (a client that went away) ends `rows`.
 */
export function membersCsv(rows: AsyncIterable<MemberRow>, personalData: boolean): Readable {
  const columns = memberColumns.filter(([k]) => personalData || k !== 'name');
  const csv = stringifyStream({ header: true, columns: columns.map(([, h]) => h) });
  const cells = async function* () {
    for await (const r of rows) yield columns.map(([k]) => cell(r[k]));
  };
  // A failure mid-stream destroys the response: the client sees a cut transfer, never a short file.
  pipeline(Readable.from(cells()), csv).catch(() => {});
  return csv;
}

const visitColumns = [
  ['key', 'key'],
  ['name', 'name'],
  ['households', 'households'],
  ['householdsVisited', 'households_visited'],
  ['due', 'due'],
  ['visited', 'visited'],
  ['overdue', 'overdue'],
  ['upcoming', 'upcoming'],
] as const;

export function visitsCsv(rows: VisitRow[]): string {
  return stringify(
    rows.map((r) => visitColumns.map(([k]) => cell(r[k]))),
    { header: true, columns: visitColumns.map(([, h]) => h) },
  );
}
