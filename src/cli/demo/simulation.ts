import type { Db } from '../../db/client.js';
import { type ApiClient, createApiClient } from './api-client.js';
import type { DemoKeys } from './keys.js';
import { createRandom, type Random } from './random.js';
import { createResponders, type Responders, type Tally } from './responders.js';
import { Scheduler } from './scheduler.js';
import { loadSimCity, type SimCommunity } from './sim-city.js';
import { orderBody, type SimOrder } from './sim-orders.js';
import { categoryMix, type WhistleKind } from './whistles.js';

export interface SimulationOptions {
  baseUrl: string;
  keys: DemoKeys;
  /** The service's database: the city is read from it (the API does all the writing). */
  db: Db;
  orders: number;
  minutes: number;
  /** At most this many orders posted per second. */
  rate: number;
  seed?: number;
  /** Share of orders with a short claim deadline that nobody answers in time, so they escalate. */
  whistleShare?: number;
  /** Share of the run over which orders are posted (default 0.5); the rest lets work finish. */
  postingShare?: number;
  onTick?: (elapsedMs: number, tally: Tally) => void;
}

export interface SimulationResult {
  startedAt: Date;
  endedAt: Date;
  tally: Tally;
  orders: SimOrder[];
  outcomes: Map<string, number>;
  failures: Error[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** The matcher's offers are picked up once a second, as an app polling for its members would. */
const POLL_MS = 1000;
/** By default orders are posted over the first half of the run; the second half lets work finish and deadlines pass. */
const POSTING_SHARE = 0.5;

async function pollOffers(
  api: ApiClient,
  adminKey: string,
  orders: Map<string, SimOrder>,
  responders: Responders,
  endAt: number,
) {
  const seen = new Set<string>();
  while (Date.now() < endAt - POLL_MS) {
    let cursor: string | null = null;
    do {
      const r = await api.call(
        'GET',
        `/v1/offers?status=pending&limit=200${cursor ? `&cursor=${cursor}` : ''}`,
        adminKey,
      );
      if (r.status !== 200) break;
      for (const offer of r.body.items as { id: string; orderId: string; memberId: string }[]) {
        if (seen.has(offer.id)) continue;
        seen.add(offer.id);
        const order = orders.get(offer.orderId);
        if (order) responders.onOffer(offer, order);
      }
      cursor = r.body.nextCursor;
    } while (cursor);
    await sleep(POLL_MS);
  }
}

function pickCommunity(communities: SimCommunity[], random: Random): SimCommunity {
  // Whistles come where people are: weighted by the members paired with each community.
  return random.weighted(communities.map((c) => [c, c.pairedMembers.length + 1] as const));
}

/**
 * A compressed day of whistles against a running service: community staff post orders in the
 * proportions of the real figures, members answer offers and claim open orders through their unit
 * admins, check in, finish and report hours, staff verify. Some urgent orders are left alone so
 * their claim deadlines pass and they escalate (see sla-policies.ts).
 */
export async function runSimulation(opts: SimulationOptions): Promise<SimulationResult> {
  const ready = await fetch(`${opts.baseUrl}/readyz`).catch(() => null);
  if (!ready?.ok)
    throw new Error(`the service at ${opts.baseUrl} is not ready (start it with \`npm start\`)`);
  const api = createApiClient(opts.baseUrl);
  const city = await loadSimCity(opts.db, opts.keys);
  const seed = opts.seed ?? Date.now();
  const random = createRandom(seed);
  const startedAt = new Date();
  const durationMs = opts.minutes * 60_000;
  const endAt = startedAt.getTime() + durationMs;
  const scheduler = new Scheduler(endAt, 16);
  const tally: Tally = {
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
  };
  const orders = new Map<string, SimOrder>();
  const responders = createResponders(api, city, random, scheduler, tally);

  async function post(kind: WhistleKind, i: number) {
    const community = pickCommunity(city.communities, random);
    const o = orderBody(kind, community, random, new Date());
    const r = await api.call('POST', '/v1/orders', community.staffKey, {
      body: o.body,
      headers: { 'idempotency-key': `demo-${startedAt.getTime()}-${i}` },
    });
    if (r.status !== 201) return;
    tally.posted++;
    const claimBy = r.body.sla?.claimBy ? Date.parse(r.body.sla.claimBy) : null;
    const whistle = claimBy !== null && claimBy < endAt - 15_000 && random.chance(opts.whistleShare ?? 0.3);
    const order: SimOrder = {
      id: r.body.id,
      kind,
      community,
      headcount: o.headcount,
      requiredSkills: o.requiredSkills,
      dispatchMode: o.dispatchMode,
      location: o.location,
      claimBy,
      fate: whistle ? 'whistle' : 'taken',
      rescued: whistle && random.chance(0.5),
      claims: [],
      started: false,
      verified: false,
    };
    orders.set(order.id, order);
    responders.onPosted(order);
  }

  const interval = Math.max(
    1000 / opts.rate,
    (durationMs * (opts.postingShare ?? POSTING_SHARE)) / Math.max(opts.orders, 1),
  );
  categoryMix(opts.orders, random).forEach((kind, i) => {
    scheduler.at(i * interval, () => post(kind, i));
  });
  const poller = pollOffers(api, opts.keys.admin, orders, responders, endAt);
  while (Date.now() < endAt) {
    await sleep(Math.min(1000, endAt - Date.now()));
    opts.onTick?.(Date.now() - startedAt.getTime(), tally);
  }
  await scheduler.stop();
  await poller;
  return {
    startedAt,
    endedAt: new Date(),
    tally,
    orders: [...orders.values()],
    outcomes: api.outcomes,
    failures: scheduler.failures,
  };
}
