import { type SQL, sql } from 'drizzle-orm';
import pg from 'pg';
import type { Db } from '../../db/client.js';
import { execute } from '../../db/exec.js';
import type { Position } from './cursor.js';
import type { EventScope } from './events.access.js';

/**
 * Every statement of the event feed. A read returns only events of transactions below its horizon:
 * the oldest transaction of this database still running when its snapshot was taken (or the
 * snapshot's xmax). Every transaction below it has ended, so what a read returns up to a position is
 * all there will ever be up to it: a transaction still running, or one that began earlier and
 * commits later, has an id at or above the horizon and shows up after the position. Transactions of
 * other databases of the cluster (told apart through pg_stat_activity) hold nothing back; one whose
 * database cannot be told holds the horizon, to be safe. Events within a transaction keep their id
 * order. The webhook payload's timestamp is formatted here exactly as `webhooks_fan_out` does.
 */

/** A domain event as the feed reads it. */
export interface FeedEventRow {
  position: Position;
  type: string;
  orderId: string | null;
  regionPath: string | null;
  unitIds: string[];
  memberId: string | null;
  /** ISO 8601 UTC to the millisecond, as in the webhook payload. */
  timestamp: string;
  createdAt: Date;
  data: Record<string, unknown>;
}

export interface FeedRead {
  events: FeedEventRow[];
  /** The read's horizon (a transaction id): every event of a transaction below it was visible to it. */
  horizon: string;
  /** Retention has removed events after `after`. */
  expired: boolean;
  /** Committed events at or above the horizon exist, held back by an older transaction still running. */
  withheld: boolean;
}

export interface FeedQuery {
  scope: EventScope;
  after: Position | null;
  /** Read no further than this position (a stream catching up to where live delivery begins). */
  until?: Position;
  types?: string[];
  orderId?: string;
  since?: Date;
  limit: number;
}

/** The scope rule of events.access.ts inScope, as a condition the feed's indexes serve. */
function scopeCondition(scope: EventScope): SQL | null {
  switch (scope.kind) {
    case 'all':
      return null;
    case 'region':
      return sql`e.region_path like ${`${scope.path.replace(/[\\%_]/g, '\\$&')}%`}`;
    case 'unit':
      return sql`e.unit_ids @> array[${scope.unitId}::uuid]`;
    case 'member':
      return sql`e.member_id = ${scope.memberId}::uuid`;
  }
}

const position = (p: Position) => sql`(${p.tx}::xid8, ${p.id}::uuid)`;

interface RawRead {
  horizon: string;
  expired: boolean;
  withheld: boolean;
  id: string | null;
  tx_id: string;
  type: string;
  order_id: string | null;
  region_path: string | null;
  unit_ids: string[];
  member_id: string | null;
  ts: string;
  created_at: Date;
  data: Record<string, unknown>;
}

/**
 * One page of events after `after` in the scope, in feed order, read in one snapshot together with
 * its horizon, whether retention removed events after `after`, and whether events are withheld.
 */
export async function readFeed(db: Db, q: FeedQuery): Promise<FeedRead> {
  const conditions = [
    sql`e.tx_id < h.horizon`,
    q.after && sql`(e.tx_id, e.id) > ${position(q.after)}`,
    q.until && sql`(e.tx_id, e.id) <= ${position(q.until)}`,
    scopeCondition(q.scope),
    q.types && sql`e.type = any(${sql.param(q.types)}::text[])`,
    q.orderId && sql`e.order_id = ${q.orderId}::uuid`,
    q.since && sql`e.created_at >= ${q.since.toISOString()}::timestamptz`,
  ].filter((c): c is SQL => Boolean(c));
  const expired = q.after
    ? sql`exists (select 1 from event_feed_floor f where (f.tx_id, f.event_id) > ${position(q.after)})`
    : sql`false`;
  const { rows } = await execute<RawRead>(
    db,
    sql`
    with snap as (select pg_current_snapshot() as s),
    h as (
      select least(pg_snapshot_xmax(snap.s), (
               select min(x) from pg_snapshot_xip(snap.s) as x
                where not exists (
                  select 1 from pg_stat_activity a
                   where a.backend_xid::text = (x::text::numeric % 4294967296)::text
                     and a.datname <> current_database()))) as horizon
        from snap)
    select h.horizon::text as horizon, ${expired} as expired,
           exists (select 1 from domain_events w where w.tx_id >= h.horizon) as withheld,
           e.id, e.tx_id, e.type, e.order_id, e.region_path, e.unit_ids, e.member_id, e.ts, e.created_at, e.data
      from h left join lateral (
        select e.id, e.tx_id::text as tx_id, e.type, e.order_id, e.region_path, e.unit_ids, e.member_id,
               to_char(e.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as ts,
               e.created_at, e.data
          from domain_events e
         where ${sql.join(conditions, sql` and `)}
         order by e.tx_id, e.id
         limit ${q.limit}) e on true`,
  );
  const first = rows[0]!;
  return {
    horizon: first.horizon,
    expired: first.expired,
    withheld: first.withheld,
    events: rows
      .filter((r) => r.id !== null)
      .map((r) => ({
        position: { tx: r.tx_id, id: r.id! },
        type: r.type,
        orderId: r.order_id,
        regionPath: r.region_path,
        unitIds: r.unit_ids,
        memberId: r.member_id,
        timestamp: r.ts,
        createdAt: r.created_at,
        data: r.data,
      })),
  };
}

/**
 * Removes up to `batch` events created before `cutoff`, oldest first, and raises the feed's floor to
 * the last position removed (a cursor before it has lost events). Returns how many were removed.
 */
export async function purgeEvents(db: Db, cutoff: Date, now: Date, batch: number): Promise<number> {
  const { rows } = await execute<{ n: number }>(
    db,
    sql`
    with gone as (
      delete from domain_events where id in (
        select id from domain_events where created_at < ${cutoff.toISOString()}::timestamptz
         order by created_at limit ${batch})
      returning tx_id, id),
    last as (select tx_id, id from gone order by tx_id desc, id desc limit 1),
    floor as (
      insert into event_feed_floor (id, tx_id, event_id, purged_at)
      select 1, tx_id, id, ${now.toISOString()}::timestamptz from last
      on conflict (id) do update
         set tx_id = excluded.tx_id, event_id = excluded.event_id, purged_at = excluded.purged_at
       where (excluded.tx_id, excluded.event_id) > (event_feed_floor.tx_id, event_feed_floor.event_id))
    select count(*)::int as n from gone`,
  );
  return rows[0]?.n ?? 0;
}

/**
 * A connection of its own that listens for the NOTIFY sent when a transaction that wrote events
 * commits (migration 0010). `onNotify` runs on each; `onError` once, when the connection breaks.
 */
export async function listenForEvents(
  url: string,
  onNotify: () => void,
  onError: (err: Error) => void,
): Promise<{ close(): Promise<void> }> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  client.on('notification', onNotify);
  client.on('error', onError);
  await client.connect();
  try {
    await client.query('LISTEN domain_events');
  } catch (err) {
    await client.end().catch(() => {});
    throw err;
  }
  return { close: () => client.end().catch(() => {}) };
}
