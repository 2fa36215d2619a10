import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import {
  headcountOf,
  inPeriod,
  inRegion,
  type ReportScope,
  reportRows,
  streamReportRows,
  type UnitHeadcount,
  unitsOfScope,
} from './reports.repo.js';

/** The work reports' queries: a row per unit, a row per member (see reports.repo.ts for how they run). */

/** Claims made in the period on orders of the region (`c`, with their order `o` and more joins). */
const claimsInScope = (
  s: ReportScope,
  joins: SQL = sql``,
) => sql`from claims c join orders o on o.id = c.order_id ${joins}
  where ${inRegion(s, sql`o.region_path`)} and ${inPeriod(s, sql`c.created_at`)}`;

const completed = sql`c.status = 'completed'`;
// Sums are taken in float8 and rounded to the cent afterwards: numeric aggregate state over ~100,000
// groups costs about twice as much, for no difference once rounded.
/** A claim is on time when it was completed by the order's completeBy (or the order had none). */
const onTime = sql`${completed} and (o.complete_by is null or c.completed_at <= o.complete_by)`;

/** Work done in the period; zeros (and no rating) where there were no claims. */
export interface WorkFigures {
  claims: number;
  completed: number;
  hours: number;
  noShows: number;
  rating: number | null;
}

const workOf = (r: Record<string, unknown>): WorkFigures => ({
  claims: Number(r.claims ?? 0),
  completed: Number(r.completed ?? 0),
  hours: Number(r.hours ?? 0),
  noShows: Number(r.no_shows ?? 0),
  rating: r.rating === null || r.rating === undefined ? null : Number(r.rating),
});

/** The work a unit's members did in the period. */
export interface UnitFigures extends UnitHeadcount, WorkFigures {
  ordersTaken: number;
  onTime: number;
  /** Active resources the unit publishes (created before the period's end). */
  resourcesOpened: number;
  /** Approved or confirmed bookings of its resources starting in the period. */
  bookingsHosted: number;
}

/**
 * A row per unit the region deals with or whose members claimed in it. Claims are first folded per
 * unit and order, so an order several of a unit's members served is taken, and rated, once; both
 * passes are hash aggregates.
 */
export async function unitFigures(db: Db, s: ReportScope): Promise<UnitFigures[]> {
  const unit = s.unitId === null ? sql`m.unit_id is not null` : sql`m.unit_id = ${s.unitId}`;
  const rows = await reportRows(
    db,
    sql`
    with per_order as (
      select m.unit_id, c.order_id,
             count(*) as claims,
             count(*) filter (where ${completed}) as completed,
             coalesce(sum(c.approved_hours::float8) filter (where ${completed}), 0) as hours,
             count(*) filter (where ${onTime}) as on_time,
             count(*) filter (where c.status = 'no_show') as no_shows,
             max(o.rating) as rating
        ${claimsInScope(s, sql`join members m on m.id = c.member_id`)} and ${unit}
        group by 1, 2),
    figures as (
      select unit_id as key, count(*)::int as orders_taken, sum(claims)::int as claims, sum(completed)::int as completed,
             sum(hours)::float8 as hours, sum(on_time)::int as on_time, sum(no_shows)::int as no_shows,
             avg(rating) filter (where completed > 0)::float8 as rating
        from per_order group by unit_id),
    listed as (${unitsOfScope(s)}
      union
      select u.id, u.name, u.expected_members,
        (select count(*) from members m where m.unit_id = u.id and m.community_id is not null and m.status = 'active')::int
      from units u where u.id in (select key from figures))
    select l.id, l.name, l.expected_members, l.reported_in, f.*,
           (select count(*) from resources res where res.owner_unit_id = l.id and res.active
               ${s.to ? sql`and res.created_at < ${s.to.toISOString()}::timestamptz` : sql``})::int as resources_opened,
           (select count(*) from bookings b join resources res on res.id = b.resource_id
             where res.owner_unit_id = l.id and b.status in ('approved', 'confirmed')
               and ${inPeriod(s, sql`b.starts_at`)})::int as bookings_hosted
      from listed l left join figures f on f.key = l.id
     order by l.name, l.id`,
  );
  return rows.map((r) => ({
    ...headcountOf(r),
    ...workOf(r),
    ordersTaken: Number(r.orders_taken ?? 0),
    onTime: Number(r.on_time ?? 0),
    resourcesOpened: Number(r.resources_opened ?? 0),
    bookingsHosted: Number(r.bookings_hosted ?? 0),
  }));
}

/** What a member did in the period, and the points it was credited for it. */
export interface MemberFigures extends WorkFigures {
  memberId: string;
  name: string;
  unitId: string | null;
  unitName: string | null;
  points: number;
}

/** The figures per member, over claims in scope narrowed by `members` (a condition on c.member_id). */
const memberWork = (s: ReportScope, members: SQL = sql`true`) => sql`
      select c.member_id as key,
             count(*)::int as claims,
             count(*) filter (where ${completed})::int as completed,
             coalesce(sum(c.approved_hours::float8) filter (where ${completed}), 0) as hours,
             count(*) filter (where c.status = 'no_show')::int as no_shows,
             avg(o.rating) filter (where ${completed})::float8 as rating,
             coalesce(sum(e.points::float8), 0) as points
        ${claimsInScope(s, sql`left join ledger_entries e on e.claim_id = c.id and e.kind = 'credit' and e.account_type = 'member'`)}
         and ${members}
       group by c.member_id`;

/** Members reporting in to one of the region's communities (`m`). */
const reportsIn = (s: ReportScope) =>
  s.regionPath === null
    ? sql`select m.id from members m where m.community_id is not null`
    : sql`select m.id from members m join regions r on r.id = m.community_id where ${inRegion(s, sql`r.path`)}`;

const memberOf = (r: Record<string, unknown>): MemberFigures => ({
  memberId: String(r.id),
  name: r.name as string,
  unitId: (r.unit_id as string | null) ?? null,
  unitName: (r.unit_name as string | null) ?? null,
  ...workOf(r),
  points: Number(r.points ?? 0),
});

/**
 * A row per member who claimed in the region during the period or reports in to one of its
 * communities, most hours first: the whole report, streamed from a cursor (rows as `memberOf`
 * reads them). A member holds at most one live claim per order (a unique index), so each rated
 * order counts once.
 */
export async function streamMemberFigures(db: Db, s: ReportScope): Promise<AsyncGenerator<MemberFigures>> {
  const rows = await streamReportRows(
    db,
    sql`
    with figures as (${memberWork(s)}),
    listed as (select key as id from figures union ${reportsIn(s)})
    select m.id, m.name, m.unit_id, u.name as unit_name, f.*
      from listed l join members m on m.id = l.id
      left join units u on u.id = m.unit_id
      left join figures f on f.key = l.id
     order by coalesce(f.hours, 0) desc, m.id`,
  );
  // Leaving the loop early (the consumer returned or failed) destroys the row stream.
  return (async function* () {
    for await (const r of rows) yield memberOf(r as Record<string, unknown>);
  })();
}

/**
 * One page of the same rows in member id order: the first `limit + 1` members after `after` (either
 * side of the listing, each cut at limit + 1 in id order), then the figures of each of those members
 * from its own claims (a lateral join on the claims' member index), so a page costs the same at any
 * size of the region.
 */
export async function memberFiguresPage(
  db: Db,
  s: ReportScope,
  page: { after: string | undefined; limit: number },
): Promise<MemberFigures[]> {
  const after = (column: SQL) => (page.after === undefined ? sql`true` : sql`${column} > ${page.after}`);
  const take = page.limit + 1;
  const rows = await reportRows(
    db,
    sql`
    with listed as (
      select id from (
        (${reportsIn(s)} and ${after(sql`m.id`)} order by m.id limit ${take})
        union
        (select distinct c.member_id ${claimsInScope(s)} and ${after(sql`c.member_id`)} order by 1 limit ${take})
      ) x order by id limit ${take})
    select m.id, m.name, m.unit_id, u.name as unit_name, f.*
      from listed l join members m on m.id = l.id
      left join units u on u.id = m.unit_id
      left join lateral (${memberWork(s, sql`c.member_id = l.id`)}) f on true
     order by m.id`,
  );
  return rows.map(memberOf);
}
