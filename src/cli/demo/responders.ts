import type { ApiClient, ApiResult } from './api-client.js';
import type { Random } from './random.js';
import { type Scheduler, sec } from './scheduler.js';
import type { SimCity } from './sim-city.js';
import { addClaim, heldClaims, openClaimCandidates, type SimClaim, type SimOrder } from './sim-orders.js';
import { hoursFor } from './whistles.js';

export interface Tally {
  posted: number;
  offersSeen: number;
  accepted: number;
  declined: number;
  ignored: number;
  openClaims: number;
  withdrawn: number;
  checkedIn: number;
  completed: number;
  verified: number;
  /** Household visits the paired member took, and those done (checked in at the visit, completed). */
  visitsTaken: number;
  visitsRecorded: number;
  /** Bookings answered 201, and those refused because the slot was full (409 slot_unavailable). */
  bookingsMade: number;
  bookingsRefused: number;
  bookingsApproved: number;
  bookingsRejected: number;
  /** Escalations the street officers answered, and answers the whistlers rated. */
  answersGiven: number;
  answersRated: number;
}

export const newTally = (): Tally => ({
  posted: 0,
  offersSeen: 0,
  accepted: 0,
  declined: 0,
  ignored: 0,
  openClaims: 0,
  withdrawn: 0,
  checkedIn: 0,
  completed: 0,
  verified: 0,
  visitsTaken: 0,
  visitsRecorded: 0,
  bookingsMade: 0,
  bookingsRefused: 0,
  bookingsApproved: 0,
  bookingsRejected: 0,
  answersGiven: 0,
  answersRated: 0,
});

export interface Responders {
  onOffer(offer: { id: string; memberId: string }, order: SimOrder): void;
  onPosted(order: SimOrder): void;
}

const declineReasons = ['时间冲突', '出差中', '身体不适', '不在本地', '单位有会'];
const feedback = ['非常及时，谢谢党员同志', '服务很耐心', '问题解决了', '态度很好', '下次还找你们'];

/**
 * The people of the simulation: members (through their unit admins) answer offers, claim open
 * orders, check in, finish and report hours; community staff verify with the resident's rating.
 * Times are compressed: seconds stand for the hours of a real day. Household visits keep the
 * calendar: the paired member takes the visit when it is offered and checks in when it starts.
 */
export function createResponders(
  api: ApiClient,
  city: SimCity,
  random: Random,
  scheduler: Scheduler,
  tally: Tally,
): Responders {
  const path = (o: SimOrder, c: SimClaim, action = '') => `/v1/orders/${o.id}/claims/${c.id}${action}`;
  /** A few seconds after the work starts; a visit at its time, if that comes before the run ends. */
  const checkInDelay = (o: SimOrder) => Math.max(sec(random, 2, 6), (o.visit?.at ?? 0) - Date.now());

  /**
   * Whether a state change answered 409 after a retry had landed on an earlier attempt (whose answer
   * was lost with its connection): the claim as the service has it is already in one of `states`.
   */
  async function landed(r: ApiResult, order: SimOrder, claim: SimClaim, states: string[]) {
    if (r.status !== 409 || !r.retried) return false;
    const list = await api.call('GET', `/v1/orders/${order.id}/claims`, claim.unitKey);
    if (list.status !== 200) return false;
    const now = (list.body.items as { id: string; status: string }[]).find((c) => c.id === claim.id);
    return now !== undefined && states.includes(now.status);
  }

  /** Follows a claim the API answered 201 to; false when it is one the simulation already follows. */
  function gotClaim(order: SimOrder, claim: SimClaim): boolean {
    if (!addClaim(order, claim)) return false;
    // Some members drop out before they start; the slot reopens and matching goes on. A household
    // visit, once taken, is kept.
    if (!order.visit && random.chance(0.04)) scheduler.at(sec(random, 1, 4), () => withdraw(order, claim));
    if (order.started) scheduler.at(checkInDelay(order), () => checkIn(order, claim));
    else if (heldClaims(order) >= order.headcount) startWork(order);
    return true;
  }

  /** Work starts when every slot is held, or at the latest a while after posting with whoever came. */
  function startWork(order: SimOrder) {
    if (order.started) return;
    order.started = true;
    for (const c of order.claims)
      if (c.state === 'held') scheduler.at(checkInDelay(order), () => checkIn(order, c));
  }

  async function accept(offer: { id: string; memberId: string }, order: SimOrder) {
    const unitId = city.memberUnit.get(offer.memberId);
    const unitKey = unitId ? city.unitKeys.get(unitId) : undefined;
    if (!unitKey || heldClaims(order) >= order.headcount) return;
    const r = await api.call('POST', `/v1/offers/${offer.id}/accept`, unitKey, {
      headers: { 'idempotency-key': `demo-accept-${offer.id}` },
    });
    if (
      r.status === 201 &&
      gotClaim(order, { id: r.body.id, memberId: offer.memberId, unitKey, state: 'held' })
    ) {
      tally.accepted++;
      if (order.visit) tally.visitsTaken++;
    }
  }

  async function decline(offer: { id: string; memberId: string }) {
    const unitId = city.memberUnit.get(offer.memberId);
    const unitKey = unitId ? city.unitKeys.get(unitId) : undefined;
    if (!unitKey) return;
    const r = await api.call('POST', `/v1/offers/${offer.id}/decline`, unitKey, {
      body: { reason: random.pick(declineReasons) },
    });
    if (r.status === 200) tally.declined++;
  }

  /** A unit admin claims an open order for members of a unit paired with the community. */
  async function claimOpen(order: SimOrder) {
    const candidates = random.shuffle(openClaimCandidates(order));
    for (const m of candidates.slice(0, order.headcount + 4)) {
      if (heldClaims(order) >= order.headcount) return;
      const unitKey = city.unitKeys.get(m.unitId)!;
      const r = await api.call('POST', `/v1/orders/${order.id}/claims`, unitKey, {
        body: { memberId: m.id },
        headers: { 'idempotency-key': `demo-claim-${order.id}-${m.id}` },
      });
      if (r.status === 201 && gotClaim(order, { id: r.body.id, memberId: m.id, unitKey, state: 'held' }))
        tally.openClaims++;
    }
  }

  async function withdraw(order: SimOrder, claim: SimClaim) {
    if (claim.state !== 'held') return;
    const r = await api.call('DELETE', path(order, claim), claim.unitKey);
    if (r.status !== 200 && !(await landed(r, order, claim, ['withdrawn']))) return;
    claim.state = 'withdrawn';
    tally.withdrawn++;
    if (order.dispatchMode === 'open') scheduler.at(sec(random, 2, 6), () => claimOpen(order));
  }

  async function checkIn(order: SimOrder, claim: SimClaim) {
    if (claim.state !== 'held') return;
    const at = random.pointNear(order.location, 80);
    const r = await api.call('POST', path(order, claim, '/check-in'), claim.unitKey, { body: at });
    if (r.status !== 200 && !(await landed(r, order, claim, ['checked_in', 'completed']))) return;
    claim.state = 'checked_in';
    tally.checkedIn++;
    scheduler.at(sec(random, 3, 10), () => complete(order, claim));
  }

  async function complete(order: SimOrder, claim: SimClaim) {
    const r = await api.call('POST', path(order, claim, '/complete'), claim.unitKey, {
      body: { hours: hoursFor(order.kind, random), note: '已完成' },
    });
    if (r.status !== 200 && !(await landed(r, order, claim, ['completed']))) return;
    claim.state = 'completed';
    tally.completed++;
    if (order.visit) tally.visitsRecorded++;
    if (order.claims.every((c) => c.state === 'completed' || c.state === 'withdrawn'))
      scheduler.at(sec(random, 2, 6), () => verify(order, 0));
  }

  async function verify(order: SimOrder, attempt: number) {
    if (order.verified) return;
    const rating = random.weighted<number>([
      [5, 70],
      [4, 22],
      [3, 6],
      [2, 1.5],
      [1, 0.5],
    ]);
    const r = await api.call('POST', `/v1/orders/${order.id}/verify`, order.community.staffKey, {
      body: { rating, ...(rating >= 4 && { feedback: random.pick(feedback) }) },
    });
    const verified =
      r.status === 200 ||
      (r.status === 409 &&
        r.retried &&
        (await api.call('GET', `/v1/orders/${order.id}`, order.community.staffKey)).body?.status ===
          'verified');
    if (verified) {
      order.verified = true;
      tally.verified++;
    } else if (r.status === 409 && attempt < 2) {
      scheduler.at(3000, () => verify(order, attempt + 1));
    }
  }

  return {
    onPosted(order) {
      if (order.dispatchMode === 'open') {
        const delay =
          order.fate === 'whistle'
            ? order.rescued
              ? order.claimBy! - Date.now() + sec(random, 3, 10)
              : null
            : sec(random, 2, 10);
        if (delay !== null) scheduler.at(delay, () => claimOpen(order));
      }
      // Multi-slot work starts with whoever came, a while after posting.
      if (order.headcount > 1) scheduler.at(sec(random, 30, 45), async () => startWork(order));
    },
    onOffer(offer, order) {
      tally.offersSeen++;
      if (order.visit?.memberId === offer.memberId) {
        // The paired member takes its household's visit, unless its window is already over.
        if (order.visit.endsAt > Date.now()) scheduler.at(sec(random, 2, 12), () => accept(offer, order));
        else tally.ignored++;
        return;
      }
      const urgent = order.claimBy !== null && order.claimBy - Date.now() < 120_000;
      if (order.fate === 'whistle') {
        // Nobody answers before the deadline; one in three says no. A rescued order is taken once escalated.
        if (order.rescued)
          scheduler.at(Math.max(order.claimBy! - Date.now(), 0) + sec(random, 3, 10), () =>
            accept(offer, order),
          );
        else if (random.chance(0.33)) scheduler.at(sec(random, 2, 8), () => decline(offer));
        else tally.ignored++;
        return;
      }
      const roll = random.next();
      if (roll < 0.72)
        scheduler.at(urgent ? sec(random, 1, 5) : sec(random, 2, 12), () => accept(offer, order));
      else if (roll < 0.86) scheduler.at(sec(random, 1, 6), () => decline(offer));
      else tally.ignored++;
    },
  };
}
