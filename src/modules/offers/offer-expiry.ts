import { and, asc, eq, lte, sql } from 'drizzle-orm';
import { timerActor } from '../../audit/audit.repo.js';
import type { Db } from '../../db/client.js';
import { offers } from '../../db/schema/index.js';
import { transaction } from '../../db/transaction.js';
import type { Clock } from '../../lib/clock.js';
import { lockOrder } from '../orders/orders.repo.js';
import { expireDueOffers, requestNextWave } from './offer-events.js';

export interface OfferExpiryDeps {
  db: Db;
  clock: Clock;
}

const SWEEP_BATCH = 200;

/** Under the order's lock: expire what is due (only `offerId` when given) and ask for the next wave. */
async function expireForOrder(
  deps: OfferExpiryDeps,
  orderId: string,
  timer: string,
  offerId?: string,
): Promise<number> {
  return transaction(deps.db, async (tx) => {
    const order = await lockOrder(tx, orderId);
    if (!order) return 0;
    const expired = await expireDueOffers(tx, order, deps.clock.now(), timerActor(timer), offerId);
    if (expired.length > 0) await requestNextWave(tx, order);
    return expired.length;
  });
}

/**
 * Offer timers: the delayed job of each offer, and a periodic sweep that catches every pending offer
 * whose time is up (a timer lost with Redis, or one that fired early), so no order stalls.
 */
export function offerExpiry(deps: OfferExpiryDeps) {
  return {
    /** The offer's own timer; does nothing unless the offer is still pending and due by our clock. */
    async expireOffer(offerId: string): Promise<number> {
      const [offer] = await deps.db
        .select({ orderId: offers.orderId, status: offers.status })
        .from(offers)
        .where(eq(offers.id, offerId));
      if (offer?.status !== 'pending') return 0;
      return expireForOrder(deps, offer.orderId, 'offer_expiry', offerId);
    },

    /**
     * A wave's timer: expires the order's pending offers that are due (the wave's, and any earlier
     * one's whose timer was lost) and asks for the next wave; does nothing when none is due by our clock.
     */
    async expireWave(orderId: string): Promise<number> {
      const [due] = await deps.db
        .select({ n: sql<number>`1` })
        .from(offers)
        .where(
          and(
            eq(offers.orderId, orderId),
            eq(offers.status, 'pending'),
            lte(offers.expiresAt, deps.clock.now()),
          ),
        )
        .limit(1);
      if (!due) return 0;
      return expireForOrder(deps, orderId, 'offer_expiry');
    },

    /** Expires every overdue pending offer, one order (and one transaction) at a time. */
    async sweep(): Promise<{ orders: number; offers: number }> {
      const seen = new Set<string>();
      let expired = 0;
      for (;;) {
        const due = await deps.db
          .selectDistinct({ orderId: offers.orderId })
          .from(offers)
          .where(and(eq(offers.status, 'pending'), lte(offers.expiresAt, deps.clock.now())))
          .orderBy(asc(offers.orderId))
          .limit(SWEEP_BATCH);
        const fresh = due.filter((d) => !seen.has(d.orderId));
        for (const d of fresh) {
          seen.add(d.orderId);
          expired += await expireForOrder(deps, d.orderId, 'expire_offers');
        }
        if (due.length < SWEEP_BATCH || fresh.length === 0) break;
      }
      return { orders: seen.size, offers: expired };
    },
  };
}
