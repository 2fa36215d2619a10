import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { inRegion, type ReportScope, reportRows } from './reports.repo.js';

export type VisitsGroup = 'member' | 'community' | 'street';

export interface VisitFigures {
  key: string;
  name: string | null;
  households: number;
  householdsVisited: number;
  due: number;
  visited: number;
  overdue: number;
  upcoming: number;
}

const DONE = sql`('completed', 'verified')`;

/**
 * The visits of paired households whose occurrence falls in the period, per member, community or
 * street: households with a visit, households with a visit done (completed or verified), visits due
 * (occurrence passed), done, overdue (window over, not done, not cancelled) and still ahead.
 */
export function visitFigures(db: Db, s: ReportScope & { from: Date; to: Date }, by: VisitsGroup) {
  const key: SQL = { member: sql`v.member_id`, community: sql`h.community_id`, street: sql`c.parent_id` }[by];
  const name: SQL =
    by === 'member'
      ? sql`(select m.name from members m where m.id = g.key)`
      : sql`(select r.name from regions r where r.id = g.key)`;
  return reportRows<{
    key: string;
    name: string | null;
    households: number;
    households_visited: number;
    due: number;
    visited: number;
    overdue: number;
    upcoming: number;
  }>(
    db,
    sql`
    with g as (
      select ${key} as key,
        count(distinct v.household_id)::int as households,
        (count(distinct v.household_id) filter (where o.status in ${DONE}))::int as households_visited,
        (count(*) filter (where v.occurrence_at <= ${s.now}))::int as due,
        (count(*) filter (where o.status in ${DONE}))::int as visited,
        (count(*) filter (where o.window_ends_at < ${s.now} and o.status not in ${DONE} and o.status <> 'cancelled'))::int as overdue,
        (count(*) filter (where v.occurrence_at > ${s.now}))::int as upcoming
      from visits v
      join orders o on o.id = v.order_id
      join households h on h.id = v.household_id
      join regions c on c.id = h.community_id
      where v.occurrence_at >= ${s.from} and v.occurrence_at < ${s.to} and ${inRegion(s, sql`h.region_path`)}
      group by 1)
    select g.key, ${name} as name, g.households, g.households_visited, g.due, g.visited, g.overdue, g.upcoming
      from g order by g.key`,
  ).then((rows) =>
    rows.map(
      (r): VisitFigures => ({
        key: r.key,
        name: r.name,
        households: r.households,
        householdsVisited: r.households_visited,
        due: r.due,
        visited: r.visited,
        overdue: r.overdue,
        upcoming: r.upcoming,
      }),
    ),
  );
}
