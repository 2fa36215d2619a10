import type { Readable } from 'node:stream';
import { eq, type SQL, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import QueryStream from 'pg-query-stream';
import type { Db } from '../../db/client.js';
import { execute } from '../../db/exec.js';
import { pairingValidOn } from '../../db/predicates.js';
import { type OrderStatus, regions } from '../../db/schema/index.js';
import { transaction } from '../../db/transaction.js';

/**
 * The reports' aggregate queries. Each is one statement answered from the indexes on region path
 * and time, run in a read-only transaction of its own (see reportRows), so the queries of one report
 * run side by side on separate connections.
 */

/** What a report covers: a region subtree (null: everywhere), maybe one unit, a period. */
export interface ReportScope {
  regionId: string | null;
  regionPath: string | null;
  unitId: string | null;
  from: Date | null;
  to: Date | null;
  /** Ops see figures, never personal data. */
  personalData: boolean;
  now: Date;
}

export async function regionPathOf(db: Db, regionId: string): Promise<string | undefined> {
  const [region] = await db.select({ path: regions.path }).from(regions).where(eq(regions.id, regionId));
  return region?.path;
}

/**
 * Runs one report query in a read-only transaction tuned for aggregates: JIT compilation costs more
 * (≈100 ms) than it saves on sub-second queries, and sorts of a few hundred thousand rows should stay
 * in memory instead of spilling to disk. Each query is planned for its own region and period (a
 * generic plan of a prepared statement cannot use the region path index for `like $1`).
 */
export async function reportRows<T = Record<string, unknown>>(db: Db, query: SQL): Promise<T[]> {
  return transaction(
    db,
    async (tx) => {
      await execute(
        tx,
        sql`select set_config('jit', 'off', true), set_config('work_mem', '64MB', true), set_config('plan_cache_mode', 'force_custom_plan', true)`,
      );
      return (await execute(tx, query)).rows as T[];
    },
    { accessMode: 'read only' },
  );
}

const dialect = new PgDialect();
/** Rows fetched from the cursor at a time: a streamed report holds about this many rows at once. */
const STREAM_BATCH = 500;

/**
 * Streams a report query's rows (objects, as `reportRows` returns them) from a Postgres cursor, in a
 * read-only transaction on a connection of its own with the same settings, so memory stays bounded
 * whatever the number of rows. The connection goes back to the pool when the stream ends; a stream
 * destroyed before its end (the client went away) or failing throws the connection away, which
 * ends the query in Postgres.
 */
export async function streamReportRows(db: Db, query: SQL): Promise<Readable> {
  const pool = db.$client;
  if (!(pool instanceof pg.Pool)) throw new Error('a report streams on a connection of its own');
  const client = await pool.connect();
  try {
    await client.query('begin read only');
    await client.query(
      `select set_config('jit', 'off', true), set_config('work_mem', '64MB', true), set_config('plan_cache_mode', 'force_custom_plan', true)`,
    );
  } catch (err) {
    client.release(err as Error);
    throw err;
  }
  const { sql: text, params } = dialect.sqlToQuery(query);
  const rows = client.query(new QueryStream(text, params, { batchSize: STREAM_BATCH }));
  let released = false;
  const release = (err?: Error) => {
    if (released) return;
    released = true;
    if (err) client.release(err);
    else
      client.query('commit').then(
        () => client.release(),
        (e: Error) => client.release(e),
      );
  };
  rows.once('end', () => release());
  rows.once('error', (err) => release(err));
  rows.once('close', () => release(new Error('report stream closed before its end')));
  return rows;
}

/** `column LIKE '<path>%'` (an index range scan under text_pattern_ops), or true for everywhere. */
export const inRegion = (s: ReportScope, column: SQL): SQL =>
  s.regionPath === null ? sql`true` : sql`${column} like ${`${s.regionPath}%`}`;

/** Half-open period [from, to) on a timestamp column. */
export function inPeriod(s: ReportScope, column: SQL): SQL {
  const parts: SQL[] = [sql`true`];
  if (s.from) parts.push(sql`${column} >= ${s.from.toISOString()}::timestamptz`);
  if (s.to) parts.push(sql`${column} < ${s.to.toISOString()}::timestamptz`);
  return sql.join(parts, sql` and `);
}

/**
 * The units a region deals with: those sitting in it and those paired with one of its communities
 * today. Each with its expected members and how many of its active members report in somewhere now.
 */
export function unitsOfScope(s: ReportScope): SQL {
  const today = s.now.toISOString().slice(0, 10);
  const unit = s.unitId === null ? sql`true` : sql`u.id = ${s.unitId}`;
  const region =
    s.regionPath === null
      ? sql`true`
      : sql`(exists (select 1 from regions r where r.id = u.region_id and ${inRegion(s, sql`r.path`)})
          or exists (select 1 from pairings pa join regions c on c.id = pa.community_id
                      where pa.unit_id = u.id and ${inRegion(s, sql`c.path`)}
                        and ${pairingValidOn(sql`pa`, today)}))`;
  return sql`select u.id, u.name, u.expected_members,
      (select count(*) from members m where m.unit_id = u.id and m.community_id is not null and m.status = 'active')::int as reported_in
    from units u where ${unit} and ${region}`;
}

/** A unit with the members it expects and those of them reporting in somewhere. */
export interface UnitHeadcount {
  unitId: string;
  unitName: string;
  expectedMembers: number;
  reportedIn: number;
}

export const headcountOf = (r: Record<string, unknown>): UnitHeadcount => ({
  unitId: String(r.id),
  unitName: String(r.name),
  expectedMembers: Number(r.expected_members ?? 0),
  reportedIn: Number(r.reported_in ?? 0),
});

export interface OrderCount {
  status: OrderStatus;
  categoryCode: string;
  n: number;
  rated: number;
  ratingSum: number;
}

/** [median, p90] in seconds; null over no rows. */
export type Quantiles = [number | null, number | null] | null;

export interface Timing {
  published: number;
  breached: number;
  claimed: number;
  claimQ: Quantiles;
  completed: number;
  doneQ: Quantiles;
}

export interface SummaryFigures {
  orders: OrderCount[];
  timing: Timing;
  breachesByLevel: { level: number; n: number }[];
  issued: { hours: number; points: number };
  redeemedPoints: number;
  units: UnitHeadcount[];
}

/** The figures of the summary report: six aggregate queries, side by side. */
export async function summaryFigures(db: Db, s: ReportScope): Promise<SummaryFigures> {
  const region = inRegion(s, sql`o.region_path`);
  const [counts, timing, breaches, issued, redeemed, units] = await Promise.all([
    reportRows<OrderCount>(
      db,
      sql`select o.status, o.category_code as "categoryCode", count(*)::int as n, count(o.rating)::int as rated, coalesce(sum(o.rating), 0)::int as "ratingSum"
            from orders o where ${region} and ${inPeriod(s, sql`o.created_at`)}
           group by o.status, o.category_code`,
    ),
    reportRows<Timing>(
      db,
      // A hash anti-join on the breached orders, not a correlated EXISTS per order.
      sql`select count(*)::int as published,
                 count(br.order_id)::int as breached,
                 count(o.first_claimed_at)::int as claimed,
                 percentile_cont(array[0.5, 0.9]) within group (order by extract(epoch from o.first_claimed_at - o.published_at)) as "claimQ",
                 count(o.completed_at)::int as completed,
                 percentile_cont(array[0.5, 0.9]) within group (order by extract(epoch from o.completed_at - o.published_at)) as "doneQ"
            from orders o left join (select distinct order_id from sla_breaches) br on br.order_id = o.id
           where ${region} and o.published_at is not null and ${inPeriod(s, sql`o.published_at`)}`,
    ),
    reportRows<{ level: number; n: number }>(
      db,
      s.regionPath === null
        ? sql`select b.level_after as level, count(*)::int as n from sla_breaches b
               where ${inPeriod(s, sql`b.detected_at`)} group by b.level_after order by b.level_after`
        : sql`select b.level_after as level, count(*)::int as n
                from sla_breaches b join orders o on o.id = b.order_id
               where ${region} and ${inPeriod(s, sql`b.detected_at`)}
               group by b.level_after order by b.level_after`,
    ),
    reportRows<{ hours: number; points: number }>(
      db,
      s.regionPath === null
        ? sql`select coalesce(sum(e.hours), 0)::float8 as hours, coalesce(sum(e.points), 0)::float8 as points
                from ledger_entries e
               where e.kind = 'credit' and e.account_type = 'member' and ${inPeriod(s, sql`e.created_at`)}`
        : sql`select coalesce(sum(e.hours), 0)::float8 as hours, coalesce(sum(e.points), 0)::float8 as points
                from ledger_entries e join orders o on o.id = e.order_id
               where e.kind = 'credit' and e.account_type = 'member' and ${region} and ${inPeriod(s, sql`e.created_at`)}`,
    ),
    reportRows<{ points: number }>(
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
  return {
    orders: counts,
    // An aggregate without GROUP BY answers one row, over no rows too.
    timing: timing[0]!,
    breachesByLevel: breaches,
    issued: { hours: issued[0]?.hours ?? 0, points: issued[0]?.points ?? 0 },
    redeemedPoints: redeemed[0]?.points ?? 0,
    units: units.map(headcountOf),
  };
}
