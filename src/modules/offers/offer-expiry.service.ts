/**
 * Offers whose time is up: expired by their wave's timer, by the matcher before a new wave, and by a
 * periodic sweep that catches those whose timer was lost or fired early, so no order stalls. Also
 * the wave timers the planner adds as their expiry comes within the timer horizon.
 */
import { type Actor, timerActor } from '../../audit/audit.repo.js';
import type { Db } from '../../db/client.js';
import { transaction } from '../../db/transaction.js';
import type { OutboxJob } from '../../outbox/jobs.js';
import type { PlanWindow } from '../../outbox/timer-horizon.js';
import type { ServiceDeps } from '../deps.js';
import type { OrderRow } from '../orders/orders.repo.js';
import { lockOrder } from '../orders/orders.repo.js';
import { recordOfferChanges, requestMatching } from './offer-events.js';
import {
  expireDue,
  hasDueOffer,
  type OfferRow,
  offerHead,
  ordersWithDueOffers,
  type PendingWave,
  pendingWavesExpiring,
  unitsOfMembers,
} from './offers.repo.js';

const SWEEP_BATCH = 200;
const PLAN_BATCH = 1_000;

/** The job id of a wave's expiry timer: one per (order, wave), so a wave planned twice has one timer. */
const waveExpiryJobId = (orderId: string, wave: number) => `offer-expire-${orderId}-w${wave}`;

/** The expiry timer of a wave's offers, due in `delayMs`. */
export const waveTimer = (orderId: string, wave: number, delayMs: number): OutboxJob<'offers'> => ({
  queue: 'offers',
  name: 'expire',
  payload: { orderId, wave },
  delayMs,
  jobId: waveExpiryJobId(orderId, wave),
});

/**
 * Expires the pending offers of a locked order whose time is up (only `offerId` when given), each
 * audited and announced. An offer that is not yet due is left alone, so a timer that fires early
 * (clock skew) changes nothing. The caller decides whether the next wave is asked for.
 */
export async function expireDueOffers(
  tx: Db,
  order: OrderRow,
  now: Date,
  actor: Actor,
  offerId?: string,
): Promise<OfferRow[]> {
  const expired = await expireDue(tx, order.id, now, offerId);
  if (expired.length === 0) return expired;
  const unitOf = await unitsOfMembers(
    tx,
    expired.map((o) => o.memberId),
  );
  await recordOfferChanges(
    tx,
    order,
    'offer.expired',
    expired.map((offer) => ({ offer, unitId: unitOf.get(offer.memberId) ?? null })),
    { actor, now },
  );
  return expired;
}

/** The offer timers' and the sweep's work. */
export function createOfferExpiryService({ db, clock }: Pick<ServiceDeps, 'db' | 'clock'>) {
  /** Under the order's lock: expire what is due (only `offerId` when given) and ask for the next wave. */
  function expireForOrder(orderId: string, timer: string, offerId?: string): Promise<number> {
    return transaction(db, async (tx) => {
      const order = await lockOrder(tx, orderId);
      if (!order) return 0;
      const expired = await expireDueOffers(tx, order, clock.now(), timerActor(timer), offerId);
      if (expired.length > 0) await requestMatching(tx, order, 'offers_closed');
      return expired.length;
    });
  }

  return {
    /** An offer's own timer (from before waves shared one); does nothing unless it is pending and due by our clock. */
    async expireOffer(offerId: string): Promise<number> {
      const offer = await offerHead(db, offerId);
      if (offer?.status !== 'pending') return 0;
      return expireForOrder(offer.orderId, 'offer_expiry', offerId);
    },

    /**
     * A wave's timer: expires the order's pending offers that are due (the wave's, and any earlier
     * one's whose timer was lost) and asks for the next wave; does nothing when none is due by our clock.
     */
    async expireWave(orderId: string): Promise<number> {
      if (!(await hasDueOffer(db, orderId, clock.now()))) return 0;
      return expireForOrder(orderId, 'offer_expiry');
    },

    /**
     * The expiry timers of the waves whose pending offers expire in a planner run's window (after
     * `from`, by `until`), batch by batch (the planner's part for offers; see timer-horizon.ts).
     * Returns how many.
     */
    async timersAhead(
      { from, until }: PlanWindow,
      onBatch: (jobs: OutboxJob<'offers'>[]) => Promise<void>,
    ): Promise<number> {
      const now = clock.now();
      let after: PendingWave | null = null;
      let total = 0;
      for (;;) {
        const waves = await pendingWavesExpiring(db, from, until, after, PLAN_BATCH);
        if (waves.length === 0) return total;
        total += waves.length;
        await onBatch(waves.map((w) => waveTimer(w.orderId, w.wave, w.expiresAt.getTime() - now.getTime())));
        after = waves.at(-1) ?? null;
      }
    },

    /** Expires every overdue pending offer, one order (and one transaction) at a time. */
    async sweep(): Promise<{ orders: number; offers: number }> {
      const seen = new Set<string>();
      let expired = 0;
      for (;;) {
        const due = await ordersWithDueOffers(db, clock.now(), SWEEP_BATCH);
        const fresh = due.filter((orderId) => !seen.has(orderId));
        for (const orderId of fresh) {
          seen.add(orderId);
          expired += await expireForOrder(orderId, 'expire_offers');
        }
        if (due.length < SWEEP_BATCH || fresh.length === 0) break;
      }
      return { orders: seen.size, offers: expired };
    },
  };
}

export type OfferExpiryService = ReturnType<typeof createOfferExpiryService>;
