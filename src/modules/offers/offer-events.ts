import { and, eq, inArray, lte } from 'drizzle-orm';
import { type Actor, appendAudit } from '../../audit/audit.repo.js';
import type { Db } from '../../db/client.js';
import { members, offers } from '../../db/schema/index.js';
import { type DomainEventInput, emitEvents, enqueueJob } from '../../outbox/outbox.repo.js';
import type { OrderRow } from '../orders/orders.repo.js';
import type { OfferRow } from './offer-dto.js';

export type OfferEventType = 'offer.created' | 'offer.accepted' | 'offer.declined' | 'offer.expired';

/** What the audit trail keeps of an offer: ids and positions, nothing personal. */
export const offerEntity = (o: OfferRow) => ({
  offerId: o.id,
  memberId: o.memberId,
  wave: o.wave,
  rank: o.rank,
  status: o.status,
});

/** The unit of each member (members without a unit are left out). */
export async function unitsOfMembers(tx: Db, memberIds: string[]): Promise<Map<string, string>> {
  if (memberIds.length === 0) return new Map();
  const rows = await tx
    .select({ id: members.id, unitId: members.unitId })
    .from(members)
    .where(inArray(members.id, memberIds));
  return new Map(rows.filter((r) => r.unitId !== null).map((r) => [r.id, r.unitId!]));
}

/** An offer event goes to the member's unit (and to region-scoped subscribers of the order's community); ids only. */
export function offerEvent(
  type: OfferEventType,
  offer: OfferRow,
  order: Pick<OrderRow, 'regionPath'>,
  memberUnitId: string | null,
  extra: Record<string, unknown> = {},
): DomainEventInput {
  return {
    type,
    orderId: offer.orderId,
    regionPath: order.regionPath,
    unitIds: memberUnitId ? [memberUnitId] : [],
    data: {
      offerId: offer.id,
      orderId: offer.orderId,
      memberId: offer.memberId,
      wave: offer.wave,
      rank: offer.rank,
      status: offer.status,
      expiresAt: offer.expiresAt.toISOString(),
      ...extra,
    },
  };
}

/** An auto order that still has free slots and can be claimed wants offers. */
export const wantsOffers = (order: OrderRow): boolean =>
  order.dispatchMode === 'auto' &&
  (order.status === 'open' || order.status === 'in_progress') &&
  order.slotsHeld < order.headcount;

/** A closed offer (declined, expired) makes room for the next wave. */
export async function requestNextWave(tx: Db, order: OrderRow): Promise<void> {
  if (wantsOffers(order))
    await enqueueJob(tx, {
      queue: 'matching',
      name: 'match',
      payload: { orderId: order.id, reason: 'offers_closed' },
    });
}

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
  const expired = await tx
    .update(offers)
    .set({ status: 'expired' })
    .where(
      and(
        eq(offers.orderId, order.id),
        eq(offers.status, 'pending'),
        lte(offers.expiresAt, now),
        offerId ? eq(offers.id, offerId) : undefined,
      ),
    )
    .returning();
  if (expired.length === 0) return expired;
  const unitOf = await unitsOfMembers(
    tx,
    expired.map((o) => o.memberId),
  );
  for (const o of expired)
    await appendAudit(tx, {
      entityType: 'order',
      entityId: order.id,
      action: 'offer.expired',
      actor,
      after: offerEntity(o),
      at: now,
    });
  await emitEvents(
    tx,
    expired.map((o) => offerEvent('offer.expired', o, order, unitOf.get(o.memberId) ?? null)),
  );
  return expired;
}
