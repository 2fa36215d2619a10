/**
 * The visit sweep: every active pairing's occurrences from its publishFrom up to now + ahead that are
 * not yet in `visits` are published, each as an order in its own transaction with its visit row. The
 * unique (pairing, occurrence) and the pairing's row lock make the sweep idempotent, so it is its own
 * reconciler: run twice at once, after a crash or after Redis lost its data, it publishes each visit
 * once and skips none.
 */
import { type Actor, appendAudit, chainedAudit, workerActor } from '../../audit/audit.repo.js';
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import { transaction } from '../../db/transaction.js';
import { transition } from '../../domain/order-state.js';
import { newId } from '../../lib/ids.js';
import { emitEvent, outboxArgs } from '../../outbox/outbox.repo.js';
import { timersDueSoon } from '../../outbox/timer-horizon.js';
import type { ServiceDeps } from '../deps.js';
import { writeWave } from '../offers/matching.repo.js';
import { offerEvent } from '../offers/offer-events.js';
import { waveTimer } from '../offers/offer-expiry.service.js';
import type { OfferRow } from '../offers/offers.repo.js';
import { orderEventInput } from '../orders/order-events.js';
import { orderSnapshot } from '../orders/orders.dto.js';
import { insertOrder, type OrderRow } from '../orders/orders.repo.js';
import { deadlinesFrom, orderTimers } from '../sla/deadlines.js';
import { findPolicy } from '../sla/sla.repo.js';
import type { HouseholdRow, PairingRow } from './households.repo.js';
import { occurrencesBetween, parseRhythm } from './visit-rhythm.js';
import {
  activePairingsAfter,
  insertVisit,
  lockPairing,
  publishedOccurrences,
  visitExists,
  visitFacts,
} from './visits.repo.js';

export type VisitsDeps = Pick<ServiceDeps, 'db' | 'clock'> & {
  config: Pick<Config, 'VISIT_PUBLISH_AHEAD_S' | 'OFFER_TTL_ROUTINE_S'>;
};

/** Occurrences published per pairing in one sweep; the next sweep goes on where this one stopped. */
const PER_PAIRING = 50;
/** Occurrences read per pairing and sweep, from the latest one published. */
const SCAN = 1_200;
const PAGE = 200;
const actor: Actor = workerActor('visits');

export interface SweepResult {
  pairings: number;
  published: number;
}

/** A visit's order: routine, one slot, auto-dispatched, published now, in the household's place. */
function visitOrder(
  p: PairingRow,
  h: HouseholdRow,
  occurrence: Date,
  now: Date,
  policy: Parameters<typeof deadlinesFrom>[0],
): OrderRow {
  return {
    id: newId(),
    communityId: h.communityId,
    gridId: null,
    regionPath: h.regionPath,
    categoryCode: p.categoryCode,
    // Titles are not masked anywhere: they name the rhythm, never the household.
    title: `Household visit (结对帮扶) ${occurrence.toISOString().slice(0, 10)}`,
    description: 'A recurring visit of a paired household; the paired member is offered it first.',
    priority: 'routine',
    headcount: 1,
    requiredSkills: [],
    lat: h.lat,
    lng: h.lng,
    address: h.address,
    windowStartsAt: occurrence,
    windowEndsAt: new Date(occurrence.getTime() + p.visitDurationS * 1000),
    beneficiaryName: h.name,
    beneficiaryPhone: h.phone,
    source: 'home_visit',
    dispatchMode: 'auto',
    targetUnitIds: [],
    status: transition({ status: 'draft', headcount: 1, held: 0, started: 0, done: 0 }, { type: 'publish' })
      .status,
    version: 2,
    slotsHeld: 0,
    escalationLevel: 0,
    matchWave: 0,
    ...deadlinesFrom(policy, now),
    rating: null,
    feedback: null,
    cancelReason: null,
    reopenCount: 0,
    claimBreachedAt: null,
    createdBy: null,
    createdAt: now,
    updatedAt: now,
    publishedAt: now,
    firstClaimedAt: null,
    startedAt: null,
    completedAt: null,
    verifiedAt: null,
    closedAt: null,
  };
}

/**
 * Publishes one occurrence of a pairing, once: under the pairing's row lock, unless it is already in
 * `visits` or the pairing is no longer active. The order is written published with its trail, events
 * and deadline timers (as intake writes one), then its first wave: one pending offer to the paired
 * member, expiring at the claim deadline; declined or expired, the matcher's usual waves follow.
 */
async function publishOccurrence(deps: VisitsDeps, pairingId: string, occurrence: Date): Promise<boolean> {
  return transaction(deps.db, async (tx) => {
    const p = await lockPairing(tx, pairingId);
    if (p?.status !== 'active' || occurrence < p.publishFrom) return false;
    if (await visitExists(tx, pairingId, occurrence)) return false;
    const facts = await visitFacts(tx, p);
    const policy = await findPolicy(tx, p.categoryCode, 'routine');
    if (!facts || facts.household.erasedAt || !policy) return false;
    const now = deps.clock.now();
    const order = visitOrder(p, facts.household, occurrence, now, policy);
    const draft = {
      ...order,
      status: 'draft' as const,
      version: 1,
      publishedAt: null,
      claimBy: null,
      completeBy: null,
    };
    const trail = chainedAudit(
      [
        {
          entityType: 'order',
          entityId: order.id,
          action: 'order.created',
          actor,
          after: {
            ...orderSnapshot(draft),
            communityId: order.communityId,
            categoryCode: order.categoryCode,
          },
          at: now,
        },
        {
          entityType: 'order',
          entityId: order.id,
          action: 'order.published',
          actor,
          before: orderSnapshot(draft),
          after: orderSnapshot(order),
          at: now,
        },
      ],
      null,
    );
    await insertOrder(
      tx,
      order,
      trail.events,
      outboxArgs([orderEventInput('order.published', order, [])], orderTimers(order, now)),
    );
    const offer = await offerToPairedMember(tx, deps, order, p, facts.memberUnitId, trail.head, now);
    await insertVisit(tx, {
      id: newId(),
      pairingId: p.id,
      householdId: p.householdId,
      memberId: p.memberId,
      occurrenceAt: occurrence,
      orderId: order.id,
      offerId: offer?.id ?? null,
      publishedAt: now,
    });
    await emitEvent(tx, {
      type: 'visit.published',
      orderId: order.id,
      regionPath: order.regionPath,
      unitIds: facts.memberUnitId ? [facts.memberUnitId] : [],
      memberId: p.memberId,
      data: {
        pairingId: p.id,
        householdId: p.householdId,
        memberId: p.memberId,
        orderId: order.id,
        offerId: offer?.id ?? null,
        occurrenceAt: occurrence.toISOString(),
      },
    });
    await appendAudit(tx, {
      entityType: 'household_pairing',
      entityId: p.id,
      action: 'household_pairing.visit_published',
      actor,
      after: { occurrenceAt: occurrence.toISOString(), orderId: order.id, offerId: offer?.id ?? null },
      at: now,
    });
    return true;
  });
}

/** The order's first wave: one offer to the paired member (rank 1), with its expiry timer. */
async function offerToPairedMember(
  tx: Db,
  deps: VisitsDeps,
  order: OrderRow,
  p: PairingRow,
  memberUnitId: string | null,
  head: ReturnType<typeof chainedAudit>['head'],
  now: Date,
): Promise<OfferRow | null> {
  const expiresAt = order.claimBy ?? new Date(now.getTime() + deps.config.OFFER_TTL_ROUTINE_S * 1000);
  const offer: OfferRow = {
    id: newId(),
    orderId: order.id,
    memberId: p.memberId,
    wave: 1,
    rank: 1,
    status: 'pending',
    score: 1,
    // Chosen by the pairing, not ranked: every part of the score is full.
    scoreParts: { skillFit: 1, distance: 1, fairness: 1, reliability: 1, sameGrid: 1 },
    expiresAt,
    createdAt: now,
    respondedAt: null,
    declineReason: null,
  };
  const updated = { ...order, matchWave: 1, version: order.version + 1 };
  const audit = chainedAudit(
    [
      {
        entityType: 'order',
        entityId: order.id,
        action: 'order.matched',
        actor,
        before: orderSnapshot(order),
        after: {
          ...orderSnapshot(updated),
          wave: 1,
          reason: 'paired_visit',
          offers: [{ offerId: offer.id, memberId: offer.memberId, rank: 1, score: 1 }],
        },
        at: now,
      },
    ],
    head,
  );
  const out = outboxArgs(
    [
      offerEvent('offer.created', offer, order, memberUnitId, {
        scoreParts: offer.scoreParts,
        pairingId: p.id,
      }),
    ],
    timersDueSoon([waveTimer(order.id, 1, Math.max(0, expiresAt.getTime() - now.getTime()))]),
  );
  const written = await writeWave(tx, {
    order,
    wave: 1,
    now,
    offers: [offer],
    auditEvents: audit.events,
    outbox: out,
    inlineWebhooks: false,
  });
  return written ? offer : null;
}

/** Sweeps every active pairing (see the top of this file). */
export async function sweepVisits(deps: VisitsDeps): Promise<SweepResult> {
  const result: SweepResult = { pairings: 0, published: 0 };
  let after: string | null = null;
  for (;;) {
    const page = await activePairingsAfter(deps.db, after, PAGE);
    for (const p of page) {
      result.pairings += 1;
      const until = new Date(deps.clock.now().getTime() + deps.config.VISIT_PUBLISH_AHEAD_S * 1000);
      const done = await publishedOccurrences(deps.db, p.id, p.publishFrom);
      // Visits are published in order, so the scan starts at the latest one published.
      const from = done.size > 0 ? new Date(Math.max(...done)) : p.publishFrom;
      const all = occurrencesBetween(parseRhythm(p.rrule, p.startsAt), from, until, SCAN);
      const due = all.filter((at) => !done.has(at.getTime())).slice(0, PER_PAIRING);
      for (const occurrence of due) {
        if (await publishOccurrence(deps, p.id, occurrence)) result.published += 1;
      }
    }
    if (page.length < PAGE) return result;
    after = page[page.length - 1]!.id;
  }
}

export function createVisitsService(deps: VisitsDeps) {
  return { sweep: () => sweepVisits(deps) };
}

export type VisitsService = ReturnType<typeof createVisitsService>;
