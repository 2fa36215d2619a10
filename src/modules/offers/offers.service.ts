/** Offers as members, their units and staff see and answer them. */
import { appendAudit } from '../../audit/audit.repo.js';
import type { Caller } from '../../auth/scope.js';
import type { Db } from '../../db/client.js';
import { transaction } from '../../db/transaction.js';
import { Errors } from '../../errors.js';
import { idempotent } from '../../lib/idempotency.js';
import { decodeCursor, toPage } from '../../lib/pagination.js';
import { emitEvent } from '../../outbox/outbox.repo.js';
import type { ServiceDeps } from '../deps.js';
import type { ClaimsService } from '../orders/claims.service.js';
import { loadVisibleOrder, managesOrder } from '../orders/orders.access.js';
import { lockOrder } from '../orders/orders.repo.js';
import { offerEntity, offerEvent, requestMatching } from './offer-events.js';
import { withdrawnDetail } from './offer-withdrawal.js';
import { offerScope, requireResponder } from './offers.access.js';
import { toOfferDto } from './offers.dto.js';
import {
  declineOffer,
  findOffer,
  listOffers,
  lockOffer,
  type OfferRow,
  offersOfOrder,
  unitsOfMembers,
} from './offers.repo.js';
import type { ListOffersQuery } from './offers.schemas.js';

/**
 * The order first, then the offer: the same lock order as the claim path and cancellation, so an
 * answer racing a claim, a cancellation or a matching pass waits instead of deadlocking.
 */
async function lockPendingOffer(tx: Db, offer: OfferRow, now: Date) {
  const order = await lockOrder(tx, offer.orderId);
  const current = await lockOffer(tx, offer.id);
  if (!order || !current) throw Errors.notFound(`offer ${offer.id} not found`);
  if (current.status === 'withdrawn')
    throw Errors.offerNotPending(withdrawnDetail(order), {
      offerStatus: current.status,
      orderStatus: order.status,
    });
  if (current.status !== 'pending' || current.expiresAt <= now)
    throw Errors.offerNotPending(
      current.status === 'pending' ? 'the offer has expired' : `the offer is ${current.status}`,
      { offerStatus: current.status === 'pending' ? 'expired' : current.status },
    );
  return { order, offer: current };
}

const unitOf = async (tx: Db, memberId: string) =>
  (await unitsOfMembers(tx, [memberId])).get(memberId) ?? null;

export function createOffersService({
  db,
  clock,
  claims,
}: Pick<ServiceDeps, 'db' | 'clock'> & { claims: Pick<ClaimsService, 'claimInTx'> }) {
  /** An offer the caller may see (404 otherwise). */
  async function visibleOffer(tx: Db, { auth }: Caller, id: string): Promise<OfferRow> {
    const row = await findOffer(tx, id, offerScope(auth));
    if (!row) throw Errors.notFound(`offer ${id} not found`);
    return row;
  }

  return {
    async list({ auth }: Caller, q: ListOffersQuery) {
      const rows = await listOffers(db, offerScope(auth), {
        ...q,
        after: decodeCursor(q.cursor),
        limit: q.limit + 1,
      });
      const page = toPage(rows, q.limit);
      return { items: page.items.map(toOfferDto), nextCursor: page.nextCursor };
    },

    async get(caller: Caller, id: string) {
      return toOfferDto(await visibleOffer(db, caller, id));
    },

    /** Staff managing the order see every offer made for it, wave by wave, with the score parts. */
    async listForOrder({ auth }: Caller, orderId: string) {
      const order = await loadVisibleOrder(db, auth, orderId, clock.now());
      if (!managesOrder(auth, order)) throw Errors.forbidden('only staff managing the order see its offers');
      return { items: (await offersOfOrder(db, orderId)).map(toOfferDto) };
    },

    /** Accepting is claiming: the one claim path decides, with its own 409s, and marks the offer accepted. */
    async accept(caller: Caller, id: string, key: string | undefined) {
      const { auth, actor } = caller;
      const route = `POST /v1/offers/${id}/accept`;
      return idempotent(db, { apiKeyId: auth.keyId, key, route, request: {} }, async (tx) => {
        const seen = await visibleOffer(tx, caller, id);
        requireResponder(auth);
        const { order, offer } = await lockPendingOffer(tx, seen, clock.now());
        const claim = await claims.claimInTx(tx, auth, actor, offer.orderId, {
          memberId: offer.memberId,
          waitlist: false,
          offerId: offer.id,
        });
        const accepted = { ...offer, status: 'accepted' as const };
        const event = offerEvent('offer.accepted', accepted, order, await unitOf(tx, offer.memberId), {
          claimId: claim.id,
        });
        await emitEvent(tx, event);
        return { status: 201, body: claim };
      });
    },

    async decline(caller: Caller, id: string, reason: string | undefined) {
      const { auth, actor } = caller;
      return transaction(db, async (tx) => {
        const seen = await visibleOffer(tx, caller, id);
        requireResponder(auth);
        const now = clock.now();
        const { order } = await lockPendingOffer(tx, seen, now);
        const row = await declineOffer(tx, id, { respondedAt: now, declineReason: reason ?? null });
        await appendAudit(tx, {
          entityType: 'order',
          entityId: order.id,
          action: 'offer.declined',
          actor,
          after: { ...offerEntity(row), reason: reason ?? null },
          at: now,
        });
        // The reason is free text: it stays on the offer and in the trail, not in webhook payloads.
        await emitEvent(tx, offerEvent('offer.declined', row, order, await unitOf(tx, row.memberId)));
        await requestMatching(tx, order, 'offers_closed');
        return toOfferDto(row);
      });
    },
  };
}

export type OffersService = ReturnType<typeof createOffersService>;
