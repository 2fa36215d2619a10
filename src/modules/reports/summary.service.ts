import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { orderStatuses } from '../../db/schema/index.js';
import type { Summary } from './reports.schemas.js';
import {
  inPeriod,
  inRegion,
  pct,
  type ReportScope,
  reportRows,
  round,
  unitsOfScope,
} from './reports.scope.js';

const num = (v: unknown): number => Number(v ?? 0);

/**
 * The summary of a region over a period. Each figure is one aggregate query, answered from the
 * indexes on region path and time; the queries run side by side on separate connections.
 */
export async function summary(db: Db, s: ReportScope): Promise<Summary> {
  const region = inRegion(s, sql`o.region_path`);
  const [counts, timing, breaches, issued, redeemed, units] = await Promise.all([
    reportRows(
      db,
      sql`select o.status, o.category_code, count(*)::int as n, count(o.rating)::int as rated, coalesce(sum(o.rating), 0)::int as rating_sum
            from orders o where ${region} and ${inPeriod(s, sql`o.created_at`)}
           group by o.status, o.category_code`,
    ),
    reportRows(
      db,
      // A hash anti-join on the breached orders, not a correlated EXISTS per order.
      sql`select count(*)::int as published,
                 count(br.order_id)::int as breached,
                 count(o.first_claimed_at)::int as claimed,
                 percentile_cont(array[0.5, 0.9]) within group (order by extract(epoch from o.first_claimed_at - o.published_at)) as claim_q,
                 count(o.completed_at)::int as completed,
                 percentile_cont(array[0.5, 0.9]) within group (order by extract(epoch from o.completed_at - o.published_at)) as done_q
            from orders o left join (select distinct order_id from sla_breaches) br on br.order_id = o.id
           where ${region} and o.published_at is not null and ${inPeriod(s, sql`o.published_at`)}`,
    ),
    reportRows(
      db,
      s.regionPath === null
        ? sql`select b.level_after as level, count(*)::int as n from sla_breaches b
               where ${inPeriod(s, sql`b.detected_at`)} group by b.level_after order by b.level_after`
        : sql`select b.level_after as level, count(*)::int as n
                from sla_breaches b join orders o on o.id = b.order_id
               where ${region} and ${inPeriod(s, sql`b.detected_at`)}
               group by b.level_after order by b.level_after`,
    ),
    reportRows(
      db,
      s.regionPath === null
        ? sql`select coalesce(sum(e.hours), 0)::float8 as hours, coalesce(sum(e.points), 0)::float8 as points
                from ledger_entries e
               where e.kind = 'credit' and e.account_type = 'member' and ${inPeriod(s, sql`e.created_at`)}`
        : sql`select coalesce(sum(e.hours), 0)::float8 as hours, coalesce(sum(e.points), 0)::float8 as points
                from ledger_entries e join orders o on o.id = e.order_id
               where e.kind = 'credit' and e.account_type = 'member' and ${region} and ${inPeriod(s, sql`e.created_at`)}`,
    ),
    reportRows(
      db,
      s.regionPath === null
        ? sql`select coalesce(-sum(e.points), 0)::float8 as points from ledger_entries e
               where e.kind = 'redemption' and e.account_type = 'member' and ${inPeriod(s, sql`e.created_at`)}`
        : sql`select coalesce(-sum(e.points), 0)::float8 as points
                from ledger_entries e join members m on m.id = e.account_id join regions r on r.id = m.community_id
               where e.kind = 'redemption' and e.account_type = 'member' and ${inRegion(s, sql`r.path`)}
                 and ${inPeriod(s, sql`e.created_at`)}`,
    ),
    reportRows(db, sql`${unitsOfScope(s)} order by u.name, u.id`),
  ]);

  const byStatus = Object.fromEntries(orderStatuses.map((st) => [st, 0])) as Summary['orders']['byStatus'];
  const byCategory: Record<string, number> = {};
  let total = 0;
  let rated = 0;
  let ratingSum = 0;
  for (const r of counts) {
    const n = num(r.n);
    byStatus[r.status as keyof typeof byStatus] += n;
    byCategory[String(r.category_code)] = (byCategory[String(r.category_code)] ?? 0) + n;
    total += n;
    rated += num(r.rated);
    ratingSum += num(r.rating_sum);
  }
  const t = timing[0] ?? {};
  // percentile_cont over no rows is null; otherwise [median, p90] in seconds.
  const quantiles = (count: unknown, q: unknown) => {
    const [median, p90] = Array.isArray(q) ? q : [null, null];
    return { count: num(count), medianS: round(median ?? null, 3), p90S: round(p90 ?? null, 3) };
  };
  const unitRows = units.map((u) => ({
    unitId: String(u.id),
    unitName: String(u.name),
    expectedMembers: num(u.expected_members),
    reportedIn: num(u.reported_in),
    reportInPct: pct(num(u.reported_in), num(u.expected_members)),
  }));
  const expected = unitRows.reduce((a, u) => a + u.expectedMembers, 0);
  // A unit that declares no expected count cannot be over- or under-reported; it adds nothing.
  const reportedIn = unitRows.reduce((a, u) => a + (u.expectedMembers > 0 ? u.reportedIn : 0), 0);
  return {
    regionId: s.regionId,
    from: s.from?.toISOString() ?? null,
    to: s.to?.toISOString() ?? null,
    orders: { total, byStatus, byCategory },
    timeToFirstClaim: quantiles(t.claimed, t.claim_q),
    timeToCompletion: quantiles(t.completed, t.done_q),
    sla: {
      publishedOrders: num(t.published),
      breachedOrders: num(t.breached),
      compliancePct: pct(num(t.published) - num(t.breached), num(t.published)),
      breachesByLevel: Object.fromEntries(breaches.map((b) => [String(b.level), num(b.n)])),
    },
    volunteerHours: round(num(issued[0]?.hours)) ?? 0,
    pointsIssued: round(num(issued[0]?.points)) ?? 0,
    pointsRedeemed: round(num(redeemed[0]?.points)) ?? 0,
    averageRating: rated > 0 ? round(ratingSum / rated) : null,
    ratedOrders: rated,
    reportIn: {
      expectedMembers: expected,
      reportedIn,
      reportInPct: pct(reportedIn, expected),
      units: unitRows,
    },
  };
}
