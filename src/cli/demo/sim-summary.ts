import type { Db } from '../../db/client.js';
import { type ApiClient, type ApiResult, createApiClient } from './api-client.js';
import { DEMO_TIME_ZONE } from './geography.js';
import { formatRanking, monthIn, type StreetRanking, streetRanking } from './sim-ranking.js';
import { runFigures } from './sim-summary.repo.js';
import type { SimulationResult } from './simulation.js';

/** The paired households' visits of the month (UTC), summed over the streets (GET /v1/reports/visits). */
export interface VisitTotals {
  month: string;
  due: number;
  visited: number;
  overdue: number;
  upcoming: number;
}

/**
 * The figures of one run: the reports API for time to claim, hours, points and the month's visits,
 * the evaluations API for the month's three-rates ranking of the streets, Postgres for the rest.
 * A figure the API could not give says why instead.
 */
export interface RunSummary {
  orders: number;
  byCategory: Record<string, number>;
  byStatus: Record<string, number>;
  claimed: number;
  medianClaimS: number | null;
  p90ClaimS: number | null;
  verified: number;
  averageRating: number | null;
  escalations: number;
  escalationsByLevel: Record<string, number>;
  escalatedOrders: number;
  breaches: number;
  expired: number;
  hours: number;
  points: number;
  /** An order that escalated (the highest level reached), to open its timeline. */
  escalatedOrderId: string | null;
  reportsApi: 'ok' | string;
  visits: VisitTotals | string;
  ranking: StreetRanking | string;
}

const unavailable = (path: string, r: ApiResult) =>
  r.status === 0 ? `GET ${path} failed: ${r.body?.detail}` : `GET ${path} answered ${r.status}`;

async function monthVisits(api: ApiClient, key: string, month: string) {
  const r = await api.call('GET', `/v1/reports/visits?groupBy=street&month=${month}`, key);
  if (r.status !== 200) return unavailable('/v1/reports/visits', r);
  const totals: VisitTotals = { month, due: 0, visited: 0, overdue: 0, upcoming: 0 };
  for (const row of r.body.rows as Omit<VisitTotals, 'month'>[]) {
    totals.due += row.due;
    totals.visited += row.visited;
    totals.overdue += row.overdue;
    totals.upcoming += row.upcoming;
  }
  return totals;
}

export async function summarise(
  db: Db,
  baseUrl: string,
  adminKey: string,
  run: SimulationResult,
): Promise<RunSummary> {
  const api = createApiClient(baseUrl, { maxRetryMs: 30_000 });
  const from = run.startedAt.toISOString();
  const res = await api.call('GET', `/v1/reports/summary?from=${encodeURIComponent(from)}`, adminKey);
  const report = res.status === 200 ? (res.body as ReportBody) : null;
  const reportsApi = report ? 'ok' : unavailable('/v1/reports/summary', res);

  const f = await runFigures(
    db,
    run.orders.map((o) => o.id),
  );

  const byStatus: Record<string, number> = {};
  const byCategory: Record<string, number> = {};
  let rated = 0;
  let ratingSum = 0;
  for (const r of f.orders) {
    byStatus[r.status] = (byStatus[r.status] ?? 0) + r.n;
    byCategory[r.categoryCode] = (byCategory[r.categoryCode] ?? 0) + r.n;
    rated += r.rated;
    ratingSum += (r.rating ?? 0) * r.rated;
  }
  return {
    orders: f.orders.reduce((s, r) => s + r.n, 0),
    byCategory,
    byStatus,
    claimed: f.orders.reduce((s, r) => s + r.claimed, 0),
    medianClaimS: report?.timeToFirstClaim.medianS ?? null,
    p90ClaimS: report?.timeToFirstClaim.p90S ?? null,
    verified: byStatus.verified ?? 0,
    averageRating: rated > 0 ? Math.round((ratingSum / rated) * 100) / 100 : null,
    escalations: f.escalationsByLevel.reduce((s, r) => s + r.n, 0),
    escalationsByLevel: Object.fromEntries(
      f.escalationsByLevel.map((r) => [r.level === 1 ? 'street' : 'district', r.n]),
    ),
    escalatedOrders: f.escalatedOrders,
    breaches: f.breaches,
    expired: byStatus.expired ?? 0,
    hours: report?.volunteerHours ?? 0,
    points: report?.pointsIssued ?? 0,
    escalatedOrderId: f.topEscalatedOrderId,
    reportsApi,
    visits: await monthVisits(api, adminKey, run.endedAt.toISOString().slice(0, 7)),
    ranking: await streetRanking(api, adminKey, monthIn(run.endedAt, DEMO_TIME_ZONE)),
  };
}

interface ReportBody {
  timeToFirstClaim: { medianS: number | null; p90S: number | null };
  volunteerHours: number;
  pointsIssued: number;
}

const n = (v: number) => v.toLocaleString('en-US', { maximumFractionDigits: 2 });
const secs = (v: number | null) => (v === null ? '–' : `${v.toFixed(1)} s`);
const parts = (r: Record<string, number>) =>
  Object.entries(r)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${v}`)
    .join(' · ');

/** The table printed at the end of a run, and where to look next. */
export function formatSummary(
  s: RunSummary,
  run: SimulationResult,
  o: { baseUrl: string; keysFile: string; minutes: number; requested: number },
): string {
  const t = run.tally;
  const row = (label: string, value: string, note = '') =>
    `  ${label.padEnd(22)}${value.padStart(10)}   ${note}`.trimEnd();
  const pct = s.orders > 0 ? `${Math.round((s.claimed / s.orders) * 100)}%` : '';
  const answers = [...run.outcomes.entries()]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([k, v]) => `    ${k} ×${v}`);
  const lines = [
    `Whistle Dispatch demo: ${o.minutes} min against ${o.baseUrl}`,
    '',
    row(
      'orders posted',
      n(s.orders),
      `${o.requested > s.orders ? `of ${o.requested} requested · ` : ''}${parts(s.byCategory)}`,
    ),
    row('claimed', n(s.claimed), pct),
    row('median time to claim', secs(s.medianClaimS), `p90 ${secs(s.p90ClaimS)}`),
    row('verified', n(s.verified), s.averageRating === null ? '' : `average rating ${s.averageRating}`),
    row(
      'escalations',
      n(s.escalations),
      s.escalations ? `${parts(s.escalationsByLevel)} (on ${s.escalatedOrders} orders)` : '',
    ),
    row('SLA breaches', n(s.breaches)),
    row('expired at the top', n(s.expired)),
    row('volunteer hours', n(s.hours)),
    row('points issued', n(s.points)),
    row('orders by status', '', parts(s.byStatus)),
    row(
      'household visits',
      n(t.visitsRecorded),
      `recorded in this run (${t.visitsTaken} taken by the paired members) · ${
        typeof s.visits === 'string'
          ? `(${s.visits})`
          : `${s.visits.month} (UTC): ${s.visits.visited} visited of ${s.visits.due} due, ${s.visits.overdue} overdue, ${s.visits.upcoming} ahead`
      }`,
    ),
    row(
      'resource bookings',
      n(t.bookingsMade),
      `${t.bookingsRefused} refused, the slot taken · ${t.bookingsApproved} approved and ${t.bookingsRejected} rejected by the owner`,
    ),
    row(
      'escalation answers',
      n(t.answersGiven),
      `by the street officers · ${t.answersRated} rated by the whistlers`,
    ),
    '',
    `  simulated members: ${t.offersSeen} offers seen, ${t.accepted} accepted, ${t.declined} declined, ${t.ignored} left unanswered; ` +
      `${t.openClaims} open-order claims, ${t.withdrawn} withdrawn; ${t.checkedIn} check-ins, ${t.completed} done; ${t.verified} verified by staff`,
    '  API answers:',
    ...answers,
  ];
  if (s.reportsApi !== 'ok')
    lines.push(`  (time to claim, hours and points need the reports API: ${s.reportsApi})`);
  if (run.failures.length > 0)
    lines.push(`  ${run.failures.length} simulated actions failed, first: ${run.failures[0]!.message}`);
  lines.push(
    '',
    ...(typeof s.ranking === 'string'
      ? [`The month's three rates (三率) could not be read: ${s.ranking}`]
      : formatRanking(s.ranking, DEMO_TIME_ZONE)),
  );
  const key = `ADMIN_KEY=$(node -p "require('${o.keysFile}').admin")`;
  lines.push('', 'Where to look', `  ${key}`);
  if (s.escalatedOrderId) {
    lines.push(
      '  the timeline of an escalated order (whistle, breaches, widened offers):',
      `    curl -s -H "Authorization: Bearer $ADMIN_KEY" ${o.baseUrl}/v1/orders/${s.escalatedOrderId}/timeline`,
    );
  } else {
    lines.push('  no order escalated in this run (try a longer run: --minutes 3)');
  }
  lines.push(
    `  the figures: curl -s -H "Authorization: Bearer $ADMIN_KEY" "${o.baseUrl}/v1/reports/summary?from=${run.startedAt.toISOString()}"`,
    `  the ranking as a spreadsheet: curl -s -H "Authorization: Bearer $ADMIN_KEY" -H 'Accept: text/csv' "${o.baseUrl}/v1/evaluations/rankings?level=street&month=${monthIn(run.endedAt, DEMO_TIME_ZONE)}"`,
    `  the month's visits per community: curl -s -H "Authorization: Bearer $ADMIN_KEY" "${o.baseUrl}/v1/reports/visits?groupBy=community"`,
    `  the queue dashboard: ${o.baseUrl}/admin/login (sign in with the ops or admin key of ${o.keysFile}), then ${o.baseUrl}/admin/queues`,
  );
  return lines.join('\n');
}
