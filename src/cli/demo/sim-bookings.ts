import { type OpeningInterval, slotIsOpen } from '../../domain/opening-hours.js';
import type { ApiClient, ApiResult } from './api-client.js';
import type { Random } from './random.js';
import type { Tally } from './responders.js';
import { type Scheduler, sec } from './scheduler.js';
import type { SimCity } from './sim-city.js';

/** A resource as `GET /v1/resources` shows it, with the fields a booking needs. */
interface SimResource {
  id: string;
  owner: Party;
  kind: 'venue' | 'equipment' | 'vehicle' | 'expertise';
  timeZone: string;
  openingHours: OpeningInterval[];
}

interface Party {
  type: 'unit' | 'community';
  id: string;
}

const purposes: Record<SimResource['kind'], string[]> = {
  venue: ['老年人太极拳活动', '主题党日活动', '青少年暑期托管课堂', '居民议事会', '社区文艺汇演彩排'],
  vehicle: ['接送高龄老人到医院体检', '运送慰问物资到困难户家中', '组织志愿者到江边清理垃圾'],
  equipment: ['社区广场文化活动', '小区环境卫生整治', '老旧小区水电义务维修'],
  expertise: ['社区义诊', '慢病随访和健康讲座', '老年人眼科筛查'],
};
const rejections = ['当天已安排内部活动', '车辆年检，暂不外借'];

const HOUR = 3_600_000;
/** Slots are offered this far ahead: next week's activities are booked this week. */
const AHEAD_MS = 7 * 24 * HOUR;
/** Bookers want the earliest slots: a few of them, so two bookers sometimes want the same one. */
const POPULAR_SLOTS = 4;

/**
 * The earliest open slots of a resource, an hour ahead at least: on whole hours, `hours` long, each
 * inside one opening interval.
 */
export function openSlots(r: SimResource, hours: number, now: number, limit: number) {
  const out: { startsAt: Date; endsAt: Date }[] = [];
  for (let t = Math.ceil(now / HOUR) * HOUR + HOUR; t < now + AHEAD_MS && out.length < limit; t += HOUR) {
    const startsAt = new Date(t);
    const endsAt = new Date(t + hours * HOUR);
    if (slotIsOpen(r.openingHours, r.timeZone, startsAt, endsAt)) out.push({ startsAt, endsAt });
  }
  return out;
}

/**
 * Communities (through their staff) and units (through their admins) book the resources they may
 * book (资源双向开放): a slot among the next open ones, so a popular one is sometimes taken and the
 * booking answered 409 slot_unavailable; the owner approves or rejects what waits for approval.
 */
export function createBookers(
  api: ApiClient,
  city: SimCity,
  random: Random,
  scheduler: Scheduler,
  tally: Tally,
  runId: string,
) {
  /** What each booker's key may book, listed once: the API shows a key the resources open to it. */
  const lists = new Map<string, Promise<SimResource[]>>();
  function bookable(key: string): Promise<SimResource[]> {
    let list = lists.get(key);
    if (!list) {
      list = api.call('GET', '/v1/resources?active=true&limit=200', key).then((r) => {
        if (r.status === 200) return r.body.items as SimResource[];
        lists.delete(key);
        return [];
      });
      lists.set(key, list);
    }
    return list;
  }

  const ownerKey = (owner: Party) =>
    owner.type === 'unit'
      ? city.unitKeys.get(owner.id)
      : city.communities.find((c) => c.id === owner.id)?.staffKey;

  /** Whether a decision answered 409 after a retry had landed: the booking is in the state it asked for. */
  async function landed(r: ApiResult, id: string, key: string, status: string) {
    if (r.status !== 409 || !r.retried) return false;
    return (await api.call('GET', `/v1/bookings/${id}`, key)).body?.status === status;
  }

  /** Mostly a community's staff, sometimes a unit's admin. */
  function pickBooker(): { booker: Party; key: string } {
    if (random.chance(0.75)) {
      const c = random.pick(city.communities);
      return { booker: { type: 'community', id: c.id }, key: c.staffKey };
    }
    const [id, key] = random.pick([...city.unitKeys]);
    return { booker: { type: 'unit', id }, key };
  }

  async function decide(bookingId: string, owner: Party) {
    const key = ownerKey(owner);
    if (!key) return;
    const approve = random.chance(0.85);
    const status = approve ? 'approved' : 'rejected';
    const r = await api.call('POST', `/v1/bookings/${bookingId}/${approve ? 'approve' : 'reject'}`, key, {
      body: approve ? {} : { reason: random.pick(rejections) },
    });
    if (r.status !== 200 && !(await landed(r, bookingId, key, status))) return;
    if (approve) tally.bookingsApproved++;
    else tally.bookingsRejected++;
  }

  return {
    /** The `i`th booking of the run: a booker, one of the resources open to it, a popular slot. */
    async book(i: number) {
      const { booker, key } = pickBooker();
      const options = (await bookable(key)).filter(
        (r) => r.owner.type !== booker.type || r.owner.id !== booker.id,
      );
      if (options.length === 0) return;
      const resource = random.pick(options);
      const slots = openSlots(resource, random.int(1, 2), Date.now(), POPULAR_SLOTS);
      if (slots.length === 0) return;
      const slot = random.pick(slots);
      const r = await api.call('POST', `/v1/resources/${resource.id}/bookings`, key, {
        body: {
          booker,
          startsAt: slot.startsAt.toISOString(),
          endsAt: slot.endsAt.toISOString(),
          purpose: random.pick(purposes[resource.kind]),
        },
        headers: { 'idempotency-key': `demo-book-${runId}-${i}` },
      });
      if (r.status === 201) {
        tally.bookingsMade++;
        if (r.body.status === 'requested')
          scheduler.at(sec(random, 3, 10), () => decide(r.body.id, resource.owner));
      } else if (r.status === 409 && r.body?.code === 'slot_unavailable') tally.bookingsRefused++;
    },
  };
}

export type Bookers = ReturnType<typeof createBookers>;
