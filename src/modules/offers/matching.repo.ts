/**
 * The matcher's statements: the candidates of an order (read alone, or with the order and its audit
 * chain's head in the first read of a pass) and a wave, written in one statement.
 */
import { type SQL, sql } from 'drizzle-orm';
import { type ChainHead, chainHead } from '../../audit/audit.repo.js';
import type { Db } from '../../db/client.js';
import { execute, rowOf } from '../../db/exec.js';
import { orders } from '../../db/schema/index.js';
import type { CandidateFeatures } from '../../domain/match-score.js';
import type { OrderRow } from '../orders/orders.repo.js';
import { type Attempt, attemptsFor, candidateCtes } from './matching.candidates.repo.js';
import type { OfferRow } from './offers.repo.js';

/** A candidate as the read returns it. */
export interface CandidateRow {
  id: string;
  unit_id: string | null;
  grid_id: string | null;
  skills: string[];
  home_lat: number | null;
  home_lng: number | null;
  recent_hours: number;
  completions: number;
  withdrawals: number;
  no_shows: number;
  pending_elsewhere: number;
  score: number;
}

export interface Candidate extends CandidateFeatures {
  unitId: string | null;
  /** The score as Postgres computed it, by which the candidate was chosen. */
  sqlScore: number;
}

/** When the candidates are read, and the weight of the score's pending penalty. */
export interface CandidateTimes {
  now: Date;
  pendingWeight: number;
}

export const toCandidate = (r: CandidateRow): Candidate => ({
  memberId: r.id,
  unitId: r.unit_id,
  skills: r.skills,
  home: r.home_lat !== null && r.home_lng !== null ? { lat: r.home_lat, lng: r.home_lng } : null,
  gridId: r.grid_id,
  recentHours: r.recent_hours,
  completions: r.completions,
  withdrawals: r.withdrawals,
  noShows: r.no_shows,
  pendingElsewhere: r.pending_elsewhere,
  sqlScore: r.score,
});

/**
 * The candidates of an order for a wave of `need` offers: members who may be offered it now
 * (eligible: in reach, active, skilled; available with spare capacity, free in the order's window,
 * never offered this order and holding no live claim on it), at least the `need` best by the score
 * and whoever scores within a hair of the need-th, with the features the score reads (see
 * matching.candidates.repo.ts). Read as narrowly as completeness allows: nearest first, wider only
 * when the narrow read cannot prove it holds the best.
 */
export async function findCandidates(
  db: Db,
  order: OrderRow,
  need: number,
  at: CandidateTimes,
  attempts: Attempt[] = attemptsFor(order, need),
): Promise<Candidate[]> {
  for (const [i, attempt] of attempts.entries()) {
    const found = await readCandidates(db, order.id, need, at, attempt);
    if (found.complete || i === attempts.length - 1) return found.candidates;
  }
  return [];
}

async function readCandidates(db: Db, orderId: string, need: number, at: CandidateTimes, attempt: Attempt) {
  const { rows } = await execute<{ candidates: CandidateRow[]; complete: boolean }>(
    db,
    sql`with o as (select * from orders where id = ${orderId}),
      ${candidateCtes({ need: sql`${need}::int`, when: sql`true`, now: at.now, pendingWeight: at.pendingWeight, attempt })}
      select candidates, complete from found`,
  );
  const row = rows[0];
  return { candidates: (row?.candidates ?? []).map(toCandidate), complete: row?.complete ?? true };
}

export interface MatchingRead {
  order: OrderRow;
  /** The head of the order's audit chain, read without the append lock. */
  head: ChainHead | null;
  /**
   * The candidates of the order's first wave, when it is at its first, in its community (or has no
   * location) and the read proved it holds the best; null when they are still to be read.
   */
  candidates: Candidate[] | null;
  /** Attempts of `attemptsFor` this read made without proving it held the best (0 or 1). */
  attemptsMade: number;
}

/**
 * An order as read for a pass, with its audit chain's head and, for its first wave (`fanout` offers
 * per free slot), its candidates, in one statement; null when there is no such order.
 */
export async function readForMatching(
  db: Db,
  orderId: string,
  at: CandidateTimes & { fanout: number },
): Promise<MatchingRead | null> {
  return (await readAllForMatching(db, [orderId], at)).get(orderId) ?? null;
}

/** The ids, then nulls up to the next power of two. */
const padded = (ids: string[]): (string | null)[] => {
  const size = 2 ** Math.ceil(Math.log2(Math.max(1, ids.length)));
  return [...ids, ...Array<null>(size - ids.length).fill(null)];
};

/**
 * Orders as read for their passes (see readForMatching), in one statement: each order's read by its
 * id; an order that does not exist has none. Each order is read by the same subquery, run once per
 * id (a lateral join), so its plan is the one of a single read.
 *
 * The ids are written into the statement one parameter each (`array[$1, $2, …]`), padded with
 * nulls to a power of two, so Postgres counts them alike in every plan, the generic one included:
 * one statement per size, planned once per connection for that many orders. Given as one array
 * parameter, they were counted in each call's custom plan but guessed in the generic one, and the
 * statement was planned on every call (2.4 ms a plan of this size); given as JSON, guessed at 100 in
 * both, it kept a generic plan made for 100 orders, which read a million-member city's members whole.
 */
export async function readAllForMatching(
  db: Db,
  orderIds: string[],
  at: CandidateTimes & { fanout: number },
): Promise<Map<string, MatchingRead>> {
  const reads = new Map<string, MatchingRead>();
  if (orderIds.length === 0) return reads;
  const firstWave: SQL = sql`o.match_wave = 0 and o.headcount > o.slots_held
    and (o.escalation_level = 0 or o.lat is null or o.lng is null)`;
  const { rows } = await execute<
    Record<string, unknown> & {
      audit_seq: number | null;
      audit_hash: string | null;
      audit_created_at: Date | null;
      candidates: CandidateRow[] | null;
      complete: boolean | null;
    }
  >(
    db,
    sql`select r.* from unnest(array[${sql.join(
      padded(orderIds).map((id) => sql`${id}::uuid`),
      sql`, `,
    )}]) as i(order_id) cross join lateral (
      with o as (select * from orders where id = i.order_id),
      ${candidateCtes({
        need: sql`(o.headcount - o.slots_held) * ${sql.raw(String(Math.trunc(at.fanout)))}`,
        when: firstWave,
        now: at.now,
        pendingWeight: at.pendingWeight,
        attempt: attemptsFor({ escalationLevel: 0, lat: null, lng: null, requiredSkills: [] }, 0)[0]!,
      })}
      select o.*, h.seq as audit_seq, h.hash as audit_hash, h.created_at as audit_created_at,
        found.candidates, found.complete
      from o
      left join found on true
      left join lateral (
        select h.seq, h.hash, h.created_at from audit_chain_heads h where h.entity_id = o.id) h on true) r`,
  );
  for (const raw of rows) {
    const order = rowOf(orders, raw);
    const candidates = raw.complete ? (raw.candidates ?? []).map(toCandidate) : null;
    reads.set(order.id, {
      order,
      head: chainHead(raw.audit_seq, raw.audit_hash, raw.audit_created_at),
      candidates,
      attemptsMade: raw.complete === false ? 1 : 0,
    });
  }
  return reads;
}

export interface WaveWrite {
  /** The order as read: the wave is written only while its version is still this one. */
  order: OrderRow;
  wave: number;
  now: Date;
  offers: OfferRow[];
  /** The order's audit event, chained (the argument of audit_append). */
  auditEvents: string;
  /**
   * The offers' events and the wave's expiry timer (the arguments of outbox_emit), and the events'
   * ids, by which a statement writing several waves tells their deliveries apart.
   */
  outbox: { events: string; jobs: string; eventIds: string[] };
  /**
   * The fan-out creates the wave's webhook deliveries without their jobs, their first attempt
   * counted and in flight, marked for the writer's own POST (migration 0023), and the statement
   * returns what those POSTs need.
   */
  inlineWebhooks: boolean;
}

/** A delivery of the wave whose first attempt is counted and in flight, with what its POST needs. */
export interface InlineDelivery {
  deliveryId: string;
  messageId: string;
  payload: unknown;
  endpoint: { id: string; url: string; secret: string };
}

/** What a written wave leaves to its writer. */
export interface WaveWritten {
  inlineDeliveries: InlineDelivery[];
}

/**
 * Writes a wave in one statement: its offers, the order's new match wave and version, the audit
 * event, the events and the timer. The order's version guards the wave: when another wave or a
 * change moved it on, nothing is written and the answer is null. With `inlineWebhooks`, the
 * setting that asks the fan-out for it is local to the transaction: nothing may write events after
 * the wave in the same transaction.
 */
export async function writeWave(db: Db, w: WaveWrite): Promise<WaveWritten | null> {
  return (await writeWaves(db, [w]))[0] ?? null;
}

/**
 * Writes the waves of several orders in one statement (see writeWave): each wave is written whole
 * or, when its order's version moved on, not at all, and the others are written all the same. The
 * answers come in the waves' order. They must agree on `inlineWebhooks`; the deliveries' mark is
 * the earliest wave's time. The statement fails as a whole when any wave breaks a constraint (an
 * audit chain moved on, a member offered the order already).
 */
export async function writeWaves(db: Db, waves: WaveWrite[]): Promise<(WaveWritten | null)[]> {
  const first = waves[0];
  if (!first) return [];
  if (waves.some((w) => w.inlineWebhooks !== first.inlineWebhooks))
    throw new Error('writeWaves: the waves must agree on inlineWebhooks');
  const since = new Date(Math.min(...waves.map((w) => w.now.getTime())));
  // Each wave's arguments, as the JSON they already are: one element per wave.
  const arg = `[${waves
    .map(
      (w) =>
        `{"order_id":${JSON.stringify(w.order.id)},"version":${w.order.version},"wave":${w.wave},` +
        `"at":${JSON.stringify(w.now.toISOString())},"offers":${JSON.stringify(w.offers.map(offerRow))},` +
        `"audit":${w.auditEvents},"events":${w.outbox.events},"jobs":${w.outbox.jobs}}`,
    )
    .join(',')}]`;
  // The waves' orders as an array parameter: planned as the few index lookups they are, where the
  // join with the jsonb elements alone is guessed at 100 rows and read the whole orders table.
  const orderIds = sql.param(waves.map((w) => w.order.id));
  // Asked for before the orders' update, so before the events' insert (which reads the update).
  const inline = first.inlineWebhooks
    ? {
        cte: sql`inline as materialized (select set_config('wd.webhooks_inline', ${since.toISOString()}, true)),`,
        asked: sql`and exists (select 1 from inline)`,
      }
    : { cte: sql``, asked: sql`` };
  const { rows } = await execute<{ applied: string[]; inline_started: InlineDelivery[] | null }>(
    db,
    sql`
    with ${inline.cte} w as materialized (
      select (x->>'order_id')::uuid as order_id, (x->>'version')::int as version, (x->>'wave')::int as wave,
             (x->>'at')::timestamptz as at, x, n
        from jsonb_array_elements(${arg}::jsonb) with ordinality as e(x, n)),
    upd as (
      update orders o set match_wave = w.wave, version = w.version + 1, updated_at = w.at
        from w
       where o.id = any(${orderIds}::uuid[])
         and o.id = w.order_id and o.version = w.version ${inline.asked}
      returning o.id),
    applied as materialized (select w.x, w.n, w.order_id from w where w.order_id in (select id from upd)),
    off as (
      insert into offers (id, order_id, member_id, wave, rank, status, score, score_parts, expires_at, created_at)
      select o.id, o.order_id, o.member_id, o.wave, o.rank, o.status, o.score, o.score_parts, o.expires_at, o.created_at
        from applied a
        cross join lateral jsonb_to_recordset(a.x->'offers')
          as o(id uuid, order_id uuid, member_id uuid, wave int, rank int, status text, score float8,
               score_parts jsonb, expires_at timestamptz, created_at timestamptz)
       order by a.n, o.rank),
    written as materialized (
      select audit_append((select jsonb_agg(e order by a.n, k) from applied a,
                             jsonb_array_elements(a.x->'audit') with ordinality as l(e, k))) as audited,
             outbox_emit((select jsonb_agg(e order by a.n, k) from applied a,
                            jsonb_array_elements(a.x->'events') with ordinality as l(e, k)),
                         coalesce((select jsonb_agg(j order by a.n, k) from applied a,
                            jsonb_array_elements(a.x->'jobs') with ordinality as l(j, k)), '[]'::jsonb)) as emitted
       where exists (select 1 from applied))
    -- Read once the events are in (the fan-out leaves the deliveries it started here).
    select (select array_agg(order_id::text) from applied) as applied,
           nullif(current_setting('wd.webhooks_inline_started', true), '')::json as inline_started
      from written`,
  );
  const row = rows[0];
  const applied = new Set(row?.applied ?? []);
  const started = row?.inline_started ?? [];
  return waves.map((w) => {
    if (!applied.has(w.order.id)) return null;
    const messages = new Set(w.outbox.eventIds.map((id) => `msg_${id}`));
    return { inlineDeliveries: started.filter((d) => messages.has(d.messageId)) };
  });
}

const offerRow = (o: OfferRow) => ({
  id: o.id,
  order_id: o.orderId,
  member_id: o.memberId,
  wave: o.wave,
  rank: o.rank,
  status: o.status,
  score: o.score,
  score_parts: o.scoreParts,
  expires_at: o.expiresAt.toISOString(),
  created_at: o.createdAt.toISOString(),
});
