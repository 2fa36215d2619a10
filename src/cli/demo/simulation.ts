import type { Db } from '../../db/client.js';
import { type ApiClient, createApiClient } from './api-client.js';
import type { DemoKeys } from './keys.js';
import { createRandom, type Random } from './random.js';
import { createResponders, newTally, type Responders, type Tally } from './responders.js';
import { Scheduler } from './scheduler.js';
import { createBookers } from './sim-bookings.js';
import { loadSimCity, type SimCommunity } from './sim-city.js';
import { createOfficers } from './sim-escalations.js';
import { orderBody, type SimOrder } from './sim-orders.js';
import { createVisitBook, type VisitBook } from './sim-visits.js';
import { categoryMix, type WhistleKind } from './whistles.js';

export interface SimulationOptions {
  baseUrl: string;
  keys: DemoKeys;
  /** The service's database: the city is read from it (the API does all the writing). */
  db: Db;
  orders: number;
  /** Resource bookings to make over the posting share of the run (default: one per eight orders). */
  bookings?: number;
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
  /** The orders the API answered 201 to (household visits are not among them: the sweep made those). */
  orders: SimOrder[];
  visits: SimOrder[];
  outcomes: Map<string, number>;
  failures: Error[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** The matcher's offers are picked up once a second, as an app polling for its members would. */
const POLL_MS = 1000;
/** Officers look at their open escalations every few seconds. */
const ESCALATIONS_POLL_MS = 3000;
/** By default orders are posted over the first half of the run; the second half lets work finish and deadlines pass. */
const POSTING_SHARE = 0.5;

/** Runs `pass` every `ms` until the run's end is near. */
async function every(ms: number, endAt: number, pass: () => Promise<void>) {
  while (Date.now() < endAt - ms) {
    await pass();
    await sleep(ms);
  }
}

/**
 * One look at the pending offers: those of orders the simulation posted, and of household visits it
 * learns of (the sweep's orders), go to the responders, each once.
 */
async function offersPass(
  api: ApiClient,
  adminKey: string,
  orders: Map<string, SimOrder>,
  visits: VisitBook,
  responders: Responders,
  seen: Set<string>,
) {
  let cursor: string | null = null;
  do {
    const r = await api.call(
      'GET',
      `/v1/offers?status=pending&limit=200${cursor ? `&cursor=${cursor}` : ''}`,
      adminKey,
    );
    if (r.status !== 200) break;
    const fresh = (r.body.items as { id: string; orderId: string; memberId: string }[]).filter(
      (o) => !seen.has(o.id),
    );
    await visits.learn(fresh.map((o) => o.orderId).filter((id) => !orders.has(id)));
    for (const offer of fresh) {
      const order = orders.get(offer.orderId) ?? visits.lookup(offer.orderId);
      // Not learnt yet (Postgres did not answer): the next pass looks again.
      if (order === undefined) continue;
      seen.add(offer.id);
      if (order) responders.onOffer(offer, order);
    }
    cursor = r.body.nextCursor;
  } while (cursor);
}

function pickCommunity(communities: SimCommunity[], random: Random): SimCommunity {
  // Whistles come where people are: weighted by the members paired with each community.
  return random.weighted(communities.map((c) => [c, c.pairedMembers.length + 1] as const));
}

/**
 * A compressed day of whistles against a running service: community staff post orders in the
 * proportions of the real figures, members answer offers and claim open orders through their unit
 * admins, check in, finish and report hours, staff verify. Some urgent orders are left alone so
 * their claim deadlines pass and they escalate (see sla-policies.ts); the street officers answer
 * those escalations and the community's staff rate the answers. Paired members take and record the
 * household visits the visit sweep publishes; communities and units book each other's resources.
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
  const tally = newTally();
  const orders = new Map<string, SimOrder>();
  const visits = createVisitBook(opts.db, city);
  const responders = createResponders(api, city, random, scheduler, tally);
  const bookers = createBookers(api, city, random, scheduler, tally, String(startedAt.getTime()));
  const officers = createOfficers(api, opts.keys, city, random, scheduler, tally);

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

  const postingMs = durationMs * (opts.postingShare ?? POSTING_SHARE);
  const interval = Math.max(1000 / opts.rate, postingMs / Math.max(opts.orders, 1));
  categoryMix(opts.orders, random).forEach((kind, i) => {
    scheduler.at(i * interval, () => post(kind, i));
  });
  const bookings = opts.bookings ?? Math.ceil(opts.orders / 8);
  for (let i = 0; i < bookings; i++) scheduler.at(((i + 0.5) * postingMs) / bookings, () => bookers.book(i));
  const seen = new Set<string>();
  const pollers = Promise.all([
    every(POLL_MS, endAt, () => offersPass(api, opts.keys.admin, orders, visits, responders, seen)),
    every(ESCALATIONS_POLL_MS, endAt, () => officers.poll()),
  ]);
  while (Date.now() < endAt) {
    await sleep(Math.min(1000, endAt - Date.now()));
    opts.onTick?.(Date.now() - startedAt.getTime(), tally);
  }
  await scheduler.stop();
  await pollers;
  return {
    startedAt,
    endedAt: new Date(),
    tally,
    orders: [...orders.values()],
    visits: [...visits.visits.values()],
    outcomes: api.outcomes,
    failures: scheduler.failures,
  };
}
