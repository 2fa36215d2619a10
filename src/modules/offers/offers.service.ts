import { and, asc, eq, gt, type SQL, sql } from 'drizzle-orm';
import { type Actor, appendAudit } from '../../audit/audit.repo.js';
import { type AuthContext, seesEverything } from '../../auth/scope.js';
import type { Db } from '../../db/client.js';
import { members, offers } from '../../db/schema/index.js';
import { transaction } from '../../db/transaction.js';
import { Errors } from '../../errors.js';
import { idempotent } from '../../lib/idempotency.js';
import { decodeCursor, toPage } from '../../lib/pagination.js';
import { emitEvent } from '../../outbox/outbox.repo.js';
import { createClaimsService } from '../orders/claims.service.js';
import { loadVisibleOrder, managesOrder } from '../orders/orders.access.js';
import { lockOrder } from '../orders/orders.repo.js';
import type { OrdersDeps } from '../orders/orders.service.js';
import { type OfferRow, toOfferDto } from './offer-dto.js';
import { offerEntity, offerEvent, requestNextWave } from './offer-events.js';
import type { ListOffersQuery } from './offers.schemas.js';

/**
 * Which offers a key may see, as a filter over `offers` (undefined: all). A member sees its own, a
 * unit admin those of its unit's members, staff and officers those on orders in their subtree.
 */
function offerVisibility(auth: AuthContext): SQL | undefined {
  if (seesEverything(auth)) return undefined;
  switch (auth.role) {
    case 'member':
      return auth.memberId ? eq(offers.memberId, auth.memberId) : sql`false`;
    case 'unit_admin':
      return auth.unitId
        ? sql`exists (select 1 from members vm where vm.id = ${offers.memberId} and vm.unit_id = ${auth.unitId})`
        : sql`false`;
    case 'street_officer':
    case 'community_staff':
    case 'ops':
      return auth.regionPath
        ? sql`exists (select 1 from orders vo where vo.id = ${offers.orderId} and vo.region_path like ${`${auth.regionPath}%`})`
        : sql`false`;
    default:
      return sql`false`;
  }
}

async function loadVisibleOffer(tx: Db, auth: AuthContext, id: string): Promise<OfferRow> {
  const [row] = await tx
    .select()
    .from(offers)
    .where(and(eq(offers.id, id), offerVisibility(auth)));
  if (!row) throw Errors.notFound(`offer ${id} not found`);
  return row;
}

/**
 * Only the member, or the admin of its unit, answers an offer. For those two roles visibility is
 * exactly that rule (anyone else gets 404 above); other roles may see offers but never answer them.
 */
function requireResponder(auth: AuthContext): void {
  if (auth.role !== 'member' && auth.role !== 'unit_admin')
    throw Errors.forbidden('only the member or its unit admin answers an offer');
}

/**
 * The order first, then the offer: the same lock order as the claim path and cancellation, so an
 * answer racing a claim, a cancellation or a matching pass waits instead of deadlocking.
 */
async function lockPendingOffer(tx: Db, offer: OfferRow, now: Date) {
  const order = await lockOrder(tx, offer.orderId);
  const [current] = await tx.select().from(offers).where(eq(offers.id, offer.id)).for('update');
  if (!order || !current) throw Errors.notFound(`offer ${offer.id} not found`);
  if (current.status !== 'pending' || current.expiresAt <= now)
    throw Errors.offerNotPending(
      current.status === 'pending' ? 'the offer has expired' : `the offer is ${current.status}`,
      {
        offerStatus: current.status === 'pending' ? 'expired' : current.status,
      },
    );
  return { order, offer: current };
}

async function unitOf(tx: Db, memberId: string): Promise<string | null> {
  const [m] = await tx.select({ unitId: members.unitId }).from(members).where(eq(members.id, memberId));
  return m?.unitId ?? null;
}

export function createOffersService(deps: OrdersDeps) {
  const { db, clock } = deps;
  const claims = createClaimsService(deps);

  return {
    async list(auth: AuthContext, q: ListOffersQuery) {
      const after = decodeCursor(q.cursor);
      const rows = await db
        .select()
        .from(offers)
        .where(
          and(
            offerVisibility(auth),
            after ? gt(offers.id, after) : undefined,
            q.status ? eq(offers.status, q.status) : undefined,
            q.orderId ? eq(offers.orderId, q.orderId) : undefined,
            q.memberId ? eq(offers.memberId, q.memberId) : undefined,
          ),
        )
        .orderBy(asc(offers.id))
        .limit(q.limit + 1);
      const page = toPage(rows, q.limit);
      return { items: page.items.map(toOfferDto), nextCursor: page.nextCursor };
    },

    async get(auth: AuthContext, id: string) {
      return toOfferDto(await loadVisibleOffer(db, auth, id));
    },

    /** Staff managing the order see every offer made for it, wave by wave, with the score parts. */
    async listForOrder(auth: AuthContext, orderId: string) {
      const order = await loadVisibleOrder(db, auth, orderId, clock.now());
      if (!managesOrder(auth, order)) throw Errors.forbidden('only staff managing the order see its offers');
      const rows = await db
        .select()
        .from(offers)
        .where(eq(offers.orderId, orderId))
        .orderBy(asc(offers.wave), asc(offers.rank));
      return { items: rows.map(toOfferDto) };
    },

    /** Accepting is claiming: the one claim path decides, with its own 409s, and marks the offer accepted. */
    async accept(auth: AuthContext, actor: Actor, id: string, idempotencyKey?: string) {
      return idempotent(
        db,
        { apiKeyId: auth.keyId, key: idempotencyKey, route: `POST /v1/offers/${id}/accept`, request: {} },
        async (tx) => {
          const seen = await loadVisibleOffer(tx, auth, id);
          requireResponder(auth);
          const { order, offer } = await lockPendingOffer(tx, seen, clock.now());
          const claim = await claims.claimInTx(tx, auth, actor, offer.orderId, {
            memberId: offer.memberId,
            waitlist: false,
            offerId: offer.id,
          });
          const unitId = await unitOf(tx, offer.memberId);
          await emitEvent(
            tx,
            offerEvent('offer.accepted', { ...offer, status: 'accepted' }, order, unitId, {
              claimId: claim.id,
            }),
          );
          return { status: 201, body: claim };
        },
      );
    },

    async decline(auth: AuthContext, actor: Actor, id: string, reason: string | undefined) {
      return transaction(db, async (tx) => {
        const seen = await loadVisibleOffer(tx, auth, id);
        requireResponder(auth);
        const now = clock.now();
        const { order } = await lockPendingOffer(tx, seen, now);
        const [declined] = await tx
          .update(offers)
          .set({ status: 'declined', respondedAt: now, declineReason: reason ?? null })
          .where(eq(offers.id, id))
          .returning();
        const row = declined!;
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
        await requestNextWave(tx, order);
        return toOfferDto(row);
      });
    },
  };
}

export type OffersService = ReturnType<typeof createOffersService>;
