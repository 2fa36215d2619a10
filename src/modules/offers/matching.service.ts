/**
 * The matcher: a pass over an order sends its next wave of offers to the best-ranked candidates.
 */
import { type ChainHead, chainedAudit, lockedHead, workerActor } from '../../audit/audit.repo.js';
import type { Config } from '../../config.js';
import { isUniqueViolation } from '../../db/pg-errors.js';
import type { Priority } from '../../db/schema/enums.js';
import { transaction } from '../../db/transaction.js';
import { rankCandidates } from '../../domain/match-score.js';
import { newId } from '../../lib/ids.js';
import { outboxArgs } from '../../outbox/outbox.repo.js';
import { timersDueSoon } from '../../outbox/timer-horizon.js';
import type { ServiceDeps } from '../deps.js';
import { orderSnapshot } from '../orders/orders.dto.js';
import type { OrderRow } from '../orders/orders.repo.js';
import { lockOrder } from '../orders/orders.repo.js';
import type { FirstReads, TimedRead } from './first-reads.js';
import { attemptsFor } from './matching.candidates.repo.js';
import {
  type Candidate,
  type CandidateTimes,
  findCandidates,
  type InlineDelivery,
  readForMatching,
  type WaveWrite,
  type WaveWritten,
  writeWave,
} from './matching.repo.js';
import { type MatchReason, offerEvent, wantsOffers } from './offer-events.js';
import { expireDueOffers, waveTimer } from './offer-expiry.service.js';
import { countOpenOffers, type OfferRow } from './offers.repo.js';
import type { WaveWrites } from './wave-writes.js';

export type MatchingDeps = Pick<ServiceDeps, 'db' | 'clock'> & {
  config: Pick<
    Config,
    | 'MATCH_FANOUT'
    | 'MATCH_PENDING_WEIGHT'
    | 'OFFER_TTL_EMERGENCY_S'
    | 'OFFER_TTL_URGENT_S'
    | 'OFFER_TTL_ROUTINE_S'
  >;
  /** The process's first waves written together (see wave-writes.ts); each alone without. */
  waves?: WaveWrites;
  /** The process's first reads made together (see first-reads.ts); each alone without. */
  reads?: FirstReads;
};

export interface MatchResult {
  orderId: string;
  /** The wave that was sent, or null when none was needed or possible. */
  wave: number | null;
  offers: number;
  skipped?: 'order_not_found' | 'not_matching' | 'enough_pending' | 'no_candidates';
  /**
   * With `inlineWebhooks`: the wave's webhook deliveries, their first attempt counted and in flight,
   * left to the caller to POST (see src/modules/webhooks/inline-attempts.ts).
   */
  inlineDeliveries?: InlineDelivery[];
}

export interface MatchOptions {
  /** The caller attempts the wave's webhook deliveries itself; they get no webhooks job. */
  inlineWebhooks?: boolean;
}

const offerTtlS = (config: MatchingDeps['config'], priority: Priority): number =>
  ({
    emergency: config.OFFER_TTL_EMERGENCY_S,
    urgent: config.OFFER_TTL_URGENT_S,
    routine: config.OFFER_TTL_ROUTINE_S,
  })[priority];

/** The candidates' read time and the pending penalty's weight. */
const candidateTimes = (config: MatchingDeps['config'], now: Date): CandidateTimes => ({
  now,
  pendingWeight: config.MATCH_PENDING_WEIGHT,
});

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
  opts: MatchOptions = {},
): Promise<MatchResult> {
  const first = await firstWave(deps, orderId, reason, opts);
  if (first) return first;
  return transaction(deps.db, async (tx) => {
    const now = deps.clock.now();
    const order = await lockOrder(tx, orderId);
    if (!order) return { orderId, wave: null, offers: 0, skipped: 'order_not_found' as const };
    // Offers are made here only, each wave counted in match_wave: an order never matched has none
    // to expire or count.
    const offered = order.matchWave > 0;
    if (offered) await expireDueOffers(tx, order, now, workerActor('matching'));
    if (!wantsOffers(order)) return { orderId, wave: null, offers: 0, skipped: 'not_matching' as const };
    const open = offered ? await countOpenOffers(tx, orderId, now) : 0;
    const result = await nextWave(
      deps,
      (wave) => writeWave(tx, wave),
      order,
      {
        head: () => lockedHead(tx, orderId),
        candidates: (need) => findCandidates(tx, order, need, candidateTimes(deps.config, now)),
      },
      open,
      reason,
      now,
      opts,
    );
    if (!result) throw new Error(`order ${orderId} changed under its row lock`);
    return result;
  });
}

/**
 * The pass of an order at its first wave, without a transaction (see matchOrder): its answer, or
 * null when the order is past its first wave or moved on meanwhile. The wave is written with the
 * first waves of the process's other passes (deps.waves) when there are any.
 */
async function firstWave(
  deps: MatchingDeps,
  orderId: string,
  reason: MatchReason,
  opts: MatchOptions,
): Promise<MatchResult | null> {
  const leave = deps.waves?.enter();
  try {
    const seen = await readFirst(deps, orderId);
    if (!seen) return { orderId, wave: null, offers: 0, skipped: 'order_not_found' };
    const now = seen.now;
    if (seen.order.matchWave !== 0) return null;
    return await nextWave(
      deps,
      (wave) => (deps.waves ? deps.waves.write(wave) : writeWave(deps.db, wave)),
      seen.order,
      {
        head: async () => seen.head,
        candidates: async (need) =>
          seen.candidates ??
          findCandidates(
            deps.db,
            seen.order,
            need,
            candidateTimes(deps.config, now),
            attemptsFor(seen.order, need).slice(seen.attemptsMade),
          ),
      },
      0,
      reason,
      now,
      opts,
    ).catch((err: unknown) => {
      if (isUniqueViolation(err)) return null;
      throw err;
    });
  } finally {
    leave?.();
  }
}

/** The first read of a pass (see readForMatching), with the process's others when it gathers them. */
async function readFirst(deps: MatchingDeps, orderId: string): Promise<TimedRead | null> {
  if (deps.reads) return deps.reads.read(orderId);
  const now = deps.clock.now();
  const read = await readForMatching(deps.db, orderId, {
    ...candidateTimes(deps.config, now),
    fanout: deps.config.MATCH_FANOUT,
  });
  return read && { ...read, now };
}

/**
 * Sends the order's next wave, if it wants one, in one statement conditional on the order's version
 * (see matchOrder). `open`: its pending offers not yet due. Null when the order's version is no
 * longer the one read, in which case nothing was written.
 */
async function nextWave(
  deps: MatchingDeps,
  /** Writes the wave (see writeWave). */
  write: (wave: WaveWrite) => Promise<WaveWritten | null>,
  order: OrderRow,
  /** The order's candidates, and the head of its audit chain, asked for only when needed. */
  read: { head: () => Promise<ChainHead | null>; candidates: (need: number) => Promise<Candidate[]> },
  open: number,
  reason: MatchReason,
  now: Date,
  opts: MatchOptions,
): Promise<MatchResult | null> {
  const orderId = order.id;
  if (!wantsOffers(order)) return { orderId, wave: null, offers: 0, skipped: 'not_matching' };
  const need = (order.headcount - order.slotsHeld) * deps.config.MATCH_FANOUT - open;
  if (need <= 0) return { orderId, wave: null, offers: 0, skipped: 'enough_pending' };

  // At least the `need` best candidates (and any within a hair of the need-th), ranked here by the
  // score's spec, so that the offers store exactly its parts.
  const candidates = await read.candidates(need);
  const location = order.lat !== null && order.lng !== null ? { lat: order.lat, lng: order.lng } : null;
  const chosen = rankCandidates(
    { requiredSkills: order.requiredSkills, location, gridId: order.gridId },
    candidates,
    { pendingElsewhere: deps.config.MATCH_PENDING_WEIGHT },
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
  const updated: OrderRow = { ...order, matchWave: wave, version: order.version + 1, updatedAt: now };
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
  const unitOf = new Map(chosen.map((r) => [r.candidate.memberId, r.candidate.unitId]));
  // The wave's offers share their expiry, so one timer expires them all (planned later when its
  // expiry lies beyond the timer horizon).
  const out = outboxArgs(
    inserted.map((o) =>
      offerEvent('offer.created', o, order, unitOf.get(o.memberId) ?? null, { scoreParts: o.scoreParts }),
    ),
    timersDueSoon([waveTimer(orderId, wave, ttlS * 1000)]),
  );
  const written = await write({
    order,
    wave,
    now,
    offers: inserted,
    auditEvents: audit.events,
    outbox: out,
    inlineWebhooks: opts.inlineWebhooks ?? false,
  });
  if (!written) return null;
  const result: MatchResult = { orderId, wave, offers: inserted.length };
  return opts.inlineWebhooks ? { ...result, inlineDeliveries: written.inlineDeliveries } : result;
}

/** Matching passes, for the matching queue's processor. */
export function createMatchingService(deps: MatchingDeps) {
  return {
    /** One pass for an order (see matchOrder). */
    match: (orderId: string, reason: MatchReason, opts?: MatchOptions) =>
      matchOrder(deps, orderId, reason, opts),
  };
}
