/**
 * The matcher's statements: the candidates of an order (read alone, or with the order and its audit
 * chain's head in the first read of a pass) and a wave, written in one statement.
 */
import { type SQL, sql } from 'drizzle-orm';
import { type ChainHead, chainHead } from '../../audit/audit.repo.js';
import type { Db } from '../../db/client.js';
import { execute, rowOf } from '../../db/exec.js';
import { alias, claimLive, claimTakesCapacity } from '../../db/predicates.js';
import { orders } from '../../db/schema/index.js';
import type { CandidateFeatures } from '../../domain/match-score.js';
import type { OrderRow } from '../orders/orders.repo.js';
import { membersInReach } from '../orders/reach.repo.js';
import type { OfferRow } from './offers.repo.js';

const RECENT_DAYS = 30;

interface CandidateRow {
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
}

export interface Candidate extends CandidateFeatures {
  unitId: string | null;
}

const c = alias('c');

/** When the candidates are read. */
export interface CandidateTimes {
  now: Date;
}

/**
 * Pending offers elsewhere counted per candidate, at most: the score part hardly moves past it
 * (3 of them weigh 0.75 of the part), and the count reads at most this many index entries
 * (offers_member_pending_idx), however many offers a member has open.
 */
const PENDING_COUNTED = 3;

/**
 * Members who may be offered the order `o` (a row of the enclosing query) now: eligible (in reach,
 * active, skilled), available with spare capacity, free in the order's window, never offered this
 * order and holding no live claim on it; with the counts the score needs, taken from their claims
 * and their offers pending on other orders. Times are given as one-row subqueries, so the
 * statement's plan does not depend on them (see reach.ts, dayOf) and is made once per connection.
 */
function candidatesOf({ now }: CandidateTimes): SQL {
  const since = new Date(now.getTime() - RECENT_DAYS * 86_400_000);
  return sql`
    select m.id, m.unit_id, m.grid_id, m.skills, m.home_lat, m.home_lng,
      coalesce(s.recent_hours, 0)::float8 as recent_hours, s.completions, s.withdrawals, s.no_shows,
      (select count(*)::int from (select 1 from offers p
        where p.member_id = m.id and p.status = 'pending' and p.expires_at > (select ${now}::timestamptz)
          and p.order_id <> o.id
        limit ${PENDING_COUNTED}) p) as pending_elsewhere
    from ${membersInReach('o', now)} r
    join members m on m.id = r.id and m.status = 'active' and m.skills @> o.required_skills
    cross join lateral (
      select sum(c.approved_hours) filter (where c.status = 'completed' and c.completed_at >= (select ${since}::timestamptz)) as recent_hours,
        count(*) filter (where c.status = 'completed')::int as completions,
        count(*) filter (where c.status = 'withdrawn')::int as withdrawals,
        count(*) filter (where c.status = 'no_show')::int as no_shows
      from claims c where c.member_id = m.id) s
    where m.available and m.active_claims < m.max_active_claims
      and not exists (select 1 from offers f where f.order_id = o.id and f.member_id = m.id)
      and not exists (select 1 from claims c where c.order_id = o.id and c.member_id = m.id
        and ${claimLive(c)})
      and (o.window_starts_at is null or not exists (
        select 1 from claims c join orders x on x.id = c.order_id
        where c.member_id = m.id and ${claimTakesCapacity(c)} and x.id <> o.id
          and x.window_starts_at < o.window_ends_at and x.window_ends_at > o.window_starts_at))`;
}

const toCandidate = (r: CandidateRow): Candidate => ({
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
});

/** The candidates of an order (see candidatesOf). */
export async function findCandidates(db: Db, orderId: string, at: CandidateTimes): Promise<Candidate[]> {
  const { rows } = await execute<CandidateRow & Record<string, unknown>>(
    db,
    sql`select x.* from orders o cross join lateral (${candidatesOf(at)}) x where o.id = ${orderId}`,
  );
  return rows.map(toCandidate);
}

export interface MatchingRead {
  order: OrderRow;
  /** The head of the order's audit chain, read without the append lock. */
  head: ChainHead | null;
  candidates: Candidate[];
}

/** An order as read for a pass, with its audit chain's head and its candidates, in one statement. */
export async function readForMatching(
  db: Db,
  orderId: string,
  at: CandidateTimes,
): Promise<MatchingRead | null> {
  const { rows } = await execute<
    Record<string, unknown> & {
      audit_seq: number | null;
      audit_hash: string | null;
      audit_created_at: Date | null;
    }
  >(
    db,
    sql`select o.*, h.seq as audit_seq, h.hash as audit_hash, h.created_at as audit_created_at,
        (select coalesce(json_agg(x), '[]'::json) from (${candidatesOf(at)}) x) as candidates
      from orders o
      left join lateral (
        select h.seq, h.hash, h.created_at from audit_chain_heads h where h.entity_id = o.id) h on true
     where o.id = ${orderId}`,
  );
  const raw = rows[0];
  if (!raw) return null;
  const head = chainHead(raw.audit_seq, raw.audit_hash, raw.audit_created_at);
  return { order: rowOf(orders, raw), head, candidates: (raw.candidates as CandidateRow[]).map(toCandidate) };
}

export interface WaveWrite {
  /** The order as read: the wave is written only while its version is still this one. */
  order: OrderRow;
  wave: number;
  now: Date;
  offers: OfferRow[];
  /** The order's audit event, chained (the argument of audit_append). */
  auditEvents: string;
  /** The offers' events and the wave's expiry timer (the arguments of outbox_emit). */
  outbox: { events: string; jobs: string };
}

/**
 * Writes a wave in one statement: its offers, the order's new match wave and version, the audit
 * event, the events and the timer. The order's version guards the wave: when another wave or a
 * change moved it on, nothing is written and the answer is false.
 */
export async function writeWave(db: Db, w: WaveWrite): Promise<boolean> {
  const offerRows = w.offers.map((o) => ({
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
  }));
  const applied = sql`exists (select 1 from upd)`;
  const { rows } = await execute<{ audited: number; emitted: number }>(
    db,
    sql`
    with upd as (
      update orders set match_wave = ${w.wave}, version = ${w.order.version + 1}, updated_at = ${w.now}
       where id = ${w.order.id} and version = ${w.order.version}
      returning id),
    off as (
      insert into offers (id, order_id, member_id, wave, rank, status, score, score_parts, expires_at, created_at)
      select id, order_id, member_id, wave, rank, status, score, score_parts, expires_at, created_at
        from jsonb_to_recordset(${JSON.stringify(offerRows)}::jsonb)
          as o(id uuid, order_id uuid, member_id uuid, wave int, rank int, status text, score float8,
               score_parts jsonb, expires_at timestamptz, created_at timestamptz)
       where ${applied}
       order by rank)
    select audit_append(${w.auditEvents}::jsonb) as audited,
           outbox_emit(${w.outbox.events}::jsonb, ${w.outbox.jobs}::jsonb) as emitted
      from upd`,
  );
  return rows.length > 0;
}
