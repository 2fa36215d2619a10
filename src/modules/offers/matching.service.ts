import { and, eq, gt, type SQL, sql } from 'drizzle-orm';
import { type ChainHead, chainedAudit, chainHead, lockedHead, workerActor } from '../../audit/audit.repo.js';
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import { execute, rowOf } from '../../db/exec.js';
import { isUniqueViolation } from '../../db/pg-errors.js';
import { offers, orders, type Priority } from '../../db/schema/index.js';
import { transaction } from '../../db/transaction.js';
import { type CandidateFeatures, rankCandidates } from '../../domain/match-score.js';
import type { Clock } from '../../lib/clock.js';
import { newId } from '../../lib/ids.js';
import type { JobPayloads } from '../../outbox/jobs.js';
import { outboxArgs } from '../../outbox/outbox.repo.js';
import { orderSnapshot } from '../orders/orders.dto.js';
import type { OrderRow } from '../orders/orders.repo.js';
import { lockOrder } from '../orders/orders.repo.js';
import { membersInReach } from '../orders/reach.repo.js';
import type { OfferRow } from './offer-dto.js';
import { expireDueOffers, offerEvent, wantsOffers } from './offer-events.js';

export interface MatchingDeps {
  db: Db;
  clock: Clock;
  config: Pick<
    Config,
    'MATCH_FANOUT' | 'OFFER_TTL_EMERGENCY_S' | 'OFFER_TTL_URGENT_S' | 'OFFER_TTL_ROUTINE_S'
  >;
}

export type MatchReason = JobPayloads['matching']['reason'];

export interface MatchResult {
  orderId: string;
  /** The wave that was sent, or null when none was needed or possible. */
  wave: number | null;
  offers: number;
  skipped?: 'order_not_found' | 'not_matching' | 'enough_pending' | 'no_candidates';
}

const RECENT_DAYS = 30;

export const offerTtlS = (config: MatchingDeps['config'], priority: Priority): number =>
  ({
    emergency: config.OFFER_TTL_EMERGENCY_S,
    urgent: config.OFFER_TTL_URGENT_S,
    routine: config.OFFER_TTL_ROUTINE_S,
  })[priority];

export const offerExpiryJobId = (offerId: string) => `offer-expire-${offerId}`;
/** The job id of a wave's expiry timer: one per (order, wave), so a pass that runs twice adds it once. */
export const waveExpiryJobId = (orderId: string, wave: number) => `offer-expire-${orderId}-w${wave}`;

interface CandidateRow extends Record<string, unknown> {
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
}

export interface Candidate extends CandidateFeatures {
  unitId: string | null;
}

/**
 * Members who may be offered the order `o` (a row of the enclosing query) now: eligible (in reach,
 * active, skilled), available with spare capacity, free in the order's window, never offered this
 * order and holding no live claim on it; with the counts the score needs, taken from their claims.
 * Times are given as one-row subqueries, so the statement's plan does not depend on them (see
 * reach.ts, dayOf) and is made once per connection.
 */
function candidatesOf(now: Date): SQL {
  const since = new Date(now.getTime() - RECENT_DAYS * 86_400_000);
  return sql`
    select m.id, m.unit_id, m.grid_id, m.skills, m.home_lat, m.home_lng,
      coalesce(s.recent_hours, 0)::float8 as recent_hours, s.completions, s.withdrawals, s.no_shows
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
        and c.status in ('waitlisted','held','checked_in','completed'))
      and (o.window_starts_at is null or not exists (
        select 1 from claims c join orders x on x.id = c.order_id
        where c.member_id = m.id and c.status in ('held','checked_in') and x.id <> o.id
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
});

/** The candidates of an order (see candidatesOf). */
async function findCandidates(tx: Db, order: OrderRow, now: Date): Promise<Candidate[]> {
  const { rows } = await execute<CandidateRow>(
    tx,
    sql`select x.* from orders o cross join lateral (${candidatesOf(now)}) x where o.id = ${order.id}`,
  );
  return rows.map(toCandidate);
}

interface FirstRead {
  order: OrderRow;
  /** The head of the order's audit chain, read without the append lock. */
  head: ChainHead | null;
  candidates: Candidate[];
}

/** An order as read for a pass, with its audit chain's head and its candidates, in one statement. */
async function readOrder(db: Db, orderId: string, now: Date): Promise<FirstRead | null> {
  const { rows } = await execute<Record<string, unknown>>(
    db,
    sql`select o.*, h.seq as audit_seq, h.hash as audit_hash,
        (select coalesce(json_agg(x), '[]'::json) from (${candidatesOf(now)}) x) as candidates
      from orders o
      left join lateral (
        select e.seq, e.hash from audit_events e where e.entity_id = o.id order by e.seq desc limit 1) h on true
     where o.id = ${orderId}`,
  );
  const raw = rows[0];
  if (!raw) return null;
  const head = chainHead(raw.audit_seq, raw.audit_hash);
  return { order: rowOf(orders, raw), head, candidates: (raw.candidates as CandidateRow[]).map(toCandidate) };
}

/**
 * One matching pass for an order: offers that are due expire, then the next wave goes out to the
 * best-ranked candidates, so that the free slots × fan-out are covered by pending offers. A wave is
 * written in one statement — its offers, the order's new match wave and version, the audit event,
 * an offer.created event (with webhook deliveries) per offer and the wave's expiry timer — so a job
 * delivered twice, or a worker killed mid-pass, never offers anything twice.
 *
 * An order's first wave (the pass right after publication: nothing to expire or count) needs no
 * transaction: the order is read without a lock and the wave is written only if the order's version
 * is still the one read (and the audit chain's head, which is unique per entity). If anything moved
 * on meanwhile, nothing is written and the pass runs again the general way, in a transaction under
 * the order's row lock.
 */
export async function matchOrder(
  deps: MatchingDeps,
  orderId: string,
  reason: MatchReason,
): Promise<MatchResult> {
  const now = deps.clock.now();
  const seen = await readOrder(deps.db, orderId, now);
  if (!seen) return { orderId, wave: null, offers: 0, skipped: 'order_not_found' };
  if (seen.order.matchWave === 0) {
    const first = await nextWave(
      deps,
      deps.db,
      seen.order,
      { head: async () => seen.head, candidates: async () => seen.candidates },
      0,
      reason,
      now,
    ).catch((err: unknown) => {
      if (isUniqueViolation(err)) return null;
      throw err;
    });
    if (first) return first;
  }
  return transaction(deps.db, async (tx) => {
    const now = deps.clock.now();
    const order = await lockOrder(tx, orderId);
    if (!order) return { orderId, wave: null, offers: 0, skipped: 'order_not_found' as const };
    // Offers are made here only, each wave counted in match_wave: an order never matched has none
    // to expire or count.
    const offered = order.matchWave > 0;
    if (offered) await expireDueOffers(tx, order, now, workerActor('matching'));
    if (!wantsOffers(order)) return { orderId, wave: null, offers: 0, skipped: 'not_matching' as const };
    const [open] = offered
      ? await tx
          .select({ n: sql<number>`count(*)::int` })
          .from(offers)
          .where(and(eq(offers.orderId, orderId), eq(offers.status, 'pending'), gt(offers.expiresAt, now)))
      : [{ n: 0 }];
    const result = await nextWave(
      deps,
      tx,
      order,
      { head: () => lockedHead(tx, orderId), candidates: () => findCandidates(tx, order, now) },
      open?.n ?? 0,
      reason,
      now,
    );
    if (!result) throw new Error(`order ${orderId} changed under its row lock`);
    return result;
  });
}

/**
 * Sends the order's next wave, if it wants one, in one statement conditional on the order's version
 * (see matchOrder). `open`: its pending offers not yet due. Null when the order's version is no
 * longer the one read, in which case nothing was written.
 */
async function nextWave(
  deps: MatchingDeps,
  handle: Db,
  order: OrderRow,
  /** The order's candidates, and the head of its audit chain, asked for only when needed. */
  read: { head: () => Promise<ChainHead | null>; candidates: () => Promise<Candidate[]> },
  open: number,
  reason: MatchReason,
  now: Date,
): Promise<MatchResult | null> {
  const orderId = order.id;
  if (!wantsOffers(order)) return { orderId, wave: null, offers: 0, skipped: 'not_matching' };
  const need = (order.headcount - order.slotsHeld) * deps.config.MATCH_FANOUT - open;
  if (need <= 0) return { orderId, wave: null, offers: 0, skipped: 'enough_pending' };

  const candidates = await read.candidates();
  const location = order.lat !== null && order.lng !== null ? { lat: order.lat, lng: order.lng } : null;
  const chosen = rankCandidates(
    { requiredSkills: order.requiredSkills, location, gridId: order.gridId },
    candidates,
  ).slice(0, need);
  if (chosen.length === 0) return { orderId, wave: null, offers: 0, skipped: 'no_candidates' };

  const wave = order.matchWave + 1;
  const ttlS = offerTtlS(deps.config, order.priority);
  const expiresAt = new Date(now.getTime() + ttlS * 1000);
  const inserted: OfferRow[] = chosen.map((r, i) => ({
    id: newId(),
    orderId,
    memberId: r.candidate.memberId,
    wave,
    rank: i + 1,
    status: 'pending' as const,
    score: r.score,
    scoreParts: r.parts,
    expiresAt,
    createdAt: now,
    respondedAt: null,
    declineReason: null,
  }));
  const version = order.version + 1;
  const updated: OrderRow = { ...order, matchWave: wave, version, updatedAt: now };
  const applied = sql`exists (select 1 from upd)`;
  const audit = chainedAudit(
    [
      {
        entityType: 'order',
        entityId: orderId,
        action: 'order.matched',
        actor: workerActor('matching'),
        before: orderSnapshot(order),
        after: {
          ...orderSnapshot(updated),
          wave,
          reason,
          offers: inserted.map((o) => ({
            offerId: o.id,
            memberId: o.memberId,
            rank: o.rank,
            score: o.score,
          })),
        },
        at: now,
      },
    ],
    await read.head(),
  );
  const offerRows = inserted.map((o) => ({
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
  const unitOf = new Map(chosen.map((r) => [r.candidate.memberId, r.candidate.unitId]));
  // The wave's offers share their expiry, so one timer expires them all.
  const out = outboxArgs(
    inserted.map((o) =>
      offerEvent('offer.created', o, order, unitOf.get(o.memberId) ?? null, { scoreParts: o.scoreParts }),
    ),
    [
      {
        queue: 'offers',
        name: 'expire',
        payload: { orderId, wave },
        delayMs: ttlS * 1000,
        jobId: waveExpiryJobId(orderId, wave),
      },
    ],
  );
  // The order's version guards the wave: when another wave or a change moved it on, nothing is written.
  const { rows } = await execute<{ audited: number; emitted: number }>(
    handle,
    sql`
    with upd as (
      update orders set match_wave = ${wave}, version = ${version}, updated_at = ${now}
       where id = ${orderId} and version = ${order.version}
      returning id),
    off as (
      insert into offers (id, order_id, member_id, wave, rank, status, score, score_parts, expires_at, created_at)
      select id, order_id, member_id, wave, rank, status, score, score_parts, expires_at, created_at
        from jsonb_to_recordset(${JSON.stringify(offerRows)}::jsonb)
          as o(id uuid, order_id uuid, member_id uuid, wave int, rank int, status text, score float8,
               score_parts jsonb, expires_at timestamptz, created_at timestamptz)
       where ${applied}
       order by rank)
    select audit_append(${audit.events}::jsonb) as audited,
           outbox_emit(${out.events}::jsonb, ${out.jobs}::jsonb) as emitted
      from upd`,
  );
  return rows.length > 0 ? { orderId, wave, offers: inserted.length } : null;
}
