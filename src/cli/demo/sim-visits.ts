import type { Db } from '../../db/client.js';
import type { SimCity } from './sim-city.js';
import { type VisitOrderRow, visitOrders } from './sim-city.repo.js';
import type { SimOrder } from './sim-orders.js';
import { whistleKinds } from './whistles.js';

/**
 * The household visits the simulation meets among the pending offers: orders it did not post, which
 * the visit sweep published from the seeded pairings (结对帮扶). Learnt from Postgres once per order;
 * an order that is no visit (one posted before this run, say) is remembered as such.
 */
export interface VisitBook {
  /** The visit; null for an order known to be no visit; undefined for one not learnt yet. */
  lookup(orderId: string): SimOrder | null | undefined;
  /** Looks up the orders not seen before; when Postgres does not answer, they stay unknown. */
  learn(orderIds: string[]): Promise<void>;
  readonly visits: Map<string, SimOrder>;
}

function visitOrder(row: VisitOrderRow, city: SimCity): SimOrder | undefined {
  const community = city.communities.find((c) => c.id === row.communityId);
  if (!community) return undefined;
  return {
    id: row.orderId,
    kind: whistleKinds.find((k) => k.category === row.categoryCode) ?? whistleKinds[0]!,
    community,
    headcount: 1,
    requiredSkills: [],
    dispatchMode: 'auto',
    location: row.lat !== null && row.lng !== null ? { lat: row.lat, lng: row.lng } : community,
    claimBy: row.claimBy?.getTime() ?? null,
    fate: 'taken',
    rescued: false,
    claims: [],
    started: false,
    verified: false,
    visit: { at: row.occurrenceAt.getTime(), endsAt: row.windowEndsAt.getTime(), memberId: row.memberId },
  };
}

export function createVisitBook(db: Db, city: SimCity): VisitBook {
  const visits = new Map<string, SimOrder>();
  const others = new Set<string>();
  return {
    visits,
    lookup: (orderId) => visits.get(orderId) ?? (others.has(orderId) ? null : undefined),
    async learn(orderIds) {
      const fresh = [...new Set(orderIds)].filter((id) => !visits.has(id) && !others.has(id));
      const rows = await visitOrders(db, fresh).catch(() => null);
      if (!rows) return;
      const found = new Map(rows.map((r) => [r.orderId, r]));
      for (const id of fresh) {
        const row = found.get(id);
        const order = row && visitOrder(row, city);
        if (order) visits.set(id, order);
        else others.add(id);
      }
    },
  };
}
