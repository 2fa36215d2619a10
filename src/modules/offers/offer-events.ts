/**
 * What a change of an offer tells: its audit entry and its domain event; and when an order asks the
 * matcher for (more) offers.
 */
import { type Actor, type ChainHead, chainedAudit, lockedHead } from '../../audit/audit.repo.js';
import type { Db } from '../../db/client.js';
import type { JobPayloads, OutboxJob } from '../../outbox/jobs.js';
import { type DomainEventInput, enqueueJob, outboxArgs } from '../../outbox/outbox.repo.js';
import type { OrderRow } from '../orders/orders.repo.js';
import { type OfferRow, type OfferToMember, writeOfferTrail } from './offers.repo.js';

export type OfferEventType =
  | 'offer.created'
  | 'offer.accepted'
  | 'offer.declined'
  | 'offer.expired'
  | 'offer.withdrawn';
export type MatchReason = JobPayloads['matching']['reason'];

/** What the audit trail keeps of an offer: ids and positions, nothing personal. */
export const offerEntity = (o: OfferRow) => ({
  offerId: o.id,
  memberId: o.memberId,
  wave: o.wave,
  rank: o.rank,
  status: o.status,
});

/**
 * An offer event goes to the member (its key's event feed), to the member's unit and to region-scoped
 * subscribers of the order's community; ids only.
 */
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
    memberId: offer.memberId,
    data: {
      ...offerEntity(offer),
      orderId: offer.orderId,
      expiresAt: offer.expiresAt.toISOString(),
      ...extra,
    },
  };
}

/**
 * Offers of a locked order that changed together (expired, withdrawn): an audit entry each on the
 * order's chain and an event each to the member's unit, written in one statement. `head`: the
 * order's chain head when the caller has just appended to it (otherwise it is locked and read here);
 * `extra` joins both the entries and the events.
 */
export async function recordOfferChanges(
  tx: Db,
  order: OrderRow,
  type: 'offer.expired' | 'offer.withdrawn',
  changed: OfferToMember[],
  opts: { actor: Actor; now: Date; head?: ChainHead | null; extra?: Record<string, unknown> },
): Promise<void> {
  if (changed.length === 0) return;
  const extra = opts.extra ?? {};
  const audit = chainedAudit(
    changed.map(({ offer }) => ({
      entityType: 'order',
      entityId: order.id,
      action: type,
      actor: opts.actor,
      after: { ...offerEntity(offer), ...extra },
      at: opts.now,
    })),
    opts.head === undefined ? await lockedHead(tx, order.id) : opts.head,
  );
  const out = outboxArgs(changed.map(({ offer, unitId }) => offerEvent(type, offer, order, unitId, extra)));
  await writeOfferTrail(tx, audit.events, out);
}

/** An auto order that still has free slots and can be claimed wants offers. */
export const wantsOffers = (order: OrderRow): boolean =>
  order.dispatchMode === 'auto' &&
  (order.status === 'open' || order.status === 'in_progress') &&
  order.slotsHeld < order.headcount;

/** The job of a matching pass for an order. */
export const matchingJob = (orderId: string, reason: MatchReason): OutboxJob<'matching'> => ({
  queue: 'matching',
  name: 'match',
  payload: { orderId, reason },
});

/** Asks for a matching pass when the order wants offers (a closed offer makes room, an escalation widens the reach). */
export async function requestMatching(tx: Db, order: OrderRow, reason: MatchReason): Promise<void> {
  if (wantsOffers(order)) await enqueueJob(tx, matchingJob(order.id, reason));
}
