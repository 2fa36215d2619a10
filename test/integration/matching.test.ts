import type { Job } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobDeps } from '../../src/jobs/job-deps.js';
import { processMaintenance } from '../../src/jobs/processors/maintenance.js';
import { processOfferExpiry } from '../../src/jobs/processors/offers.js';
import type { MatchResult } from '../../src/modules/offers/matching.service.js';
import { type City, call, countRows, createCity, createMember } from '../factories/index.js';
import { orderBody } from '../factories/orders.js';
import { createTestContext, type TestContext } from '../helpers/context.js';
import {
  type Crowd,
  createCrowd,
  jobDepsOf,
  matchDirectly,
  memberKey,
  ORIGIN,
  offersOf,
  settle,
  waitForOffers,
} from './matching-fixtures.js';

const TTL_S = 14_400;

describe('matching: waves of offers for auto orders', () => {
  let ctx: TestContext;
  let city: City;
  let deps: JobDeps;
  beforeAll(async () => {
    ctx = await createTestContext();
    city = await createCity(ctx.database);
    await ctx.startWorkers();
    deps = jobDepsOf(ctx);
  });
  afterAll(async () => ctx.close());

  async function postAutoOrder(key: string, extra: Record<string, unknown>) {
    const res = await call(ctx, key, {
      method: 'POST',
      url: '/v1/orders',
      payload: orderBody(city, {
        dispatchMode: 'auto',
        headcount: 2,
        requiredSkills: ['medical'],
        location: ORIGIN,
        ...extra,
      }),
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string };
  }

  it('offers the order to the six best-ranked members, in rank order, and fills when two accept', async () => {
    const crowd: Crowd = await createCrowd(ctx, city, city.communityA1.id, city.gridA1.id);
    const { A, B, C, D, E, F } = crowd.ranked;
    const order = await postAutoOrder(city.keys.staffA1, { gridId: city.gridA1.id });
    await waitForOffers(ctx, order.id, 6);
    await settle(ctx);

    const listed = await call(ctx, city.keys.staffA1, {
      method: 'GET',
      url: `/v1/orders/${order.id}/offers`,
    });
    expect(listed.statusCode).toBe(200);
    const items = listed.json().items as {
      memberId: string;
      wave: number;
      rank: number;
      status: string;
      score: number;
      scoreParts: Record<string, number>;
      expiresAt: string;
    }[];
    expect(items.map((o) => o.memberId)).toEqual([A.id, B.id, C.id, D.id, E.id, F.id]);
    expect(items.map((o) => [o.wave, o.rank, o.status])).toEqual(
      [1, 2, 3, 4, 5, 6].map((r) => [1, r, 'pending']),
    );
    expect(items[0]!.scoreParts).toEqual({
      skillFit: 1,
      distance: expect.closeTo(1 / 1.1, 3),
      fairness: 1,
      reliability: 0.75,
      sameGrid: 1,
      pendingElsewhere: 0,
    });
    expect(items[4]!.scoreParts.distance).toBe(0.5);
    expect(items[0]!.score).toBeCloseTo(0.935, 3);
    expect(items.map((o) => o.score)).toEqual([...items.map((o) => o.score)].sort((a, b) => b - a));
    expect(new Date(items[0]!.expiresAt).getTime() - ctx.clock.now().getTime()).toBeLessThanOrEqual(
      TTL_S * 1000,
    );

    const { rows: events } = await ctx.database.pool.query(
      `select data, unit_ids from domain_events where type = 'offer.created' and order_id = $1 order by data->>'rank'`,
      [order.id],
    );
    expect(events).toHaveLength(6);
    expect(events.find((e) => e.data.memberId === B.id).unit_ids).toEqual([city.unitA.id]);
    expect(Object.keys(events[0].data).sort()).toEqual([
      'expiresAt',
      'memberId',
      'offerId',
      'orderId',
      'rank',
      'scoreParts',
      'status',
      'wave',
    ]);
    const timeline = await call(ctx, city.keys.staffA1, {
      method: 'GET',
      url: `/v1/orders/${order.id}/timeline`,
    });
    expect(timeline.json().items.map((e: { action: string }) => e.action)).toEqual([
      'order.created',
      'order.published',
      'order.matched',
    ]);

    const byMember = new Map(items.map((o) => [o.memberId, (o as unknown as { id: string }).id]));
    const acceptA = await call(ctx, await memberKey(ctx, A.id), {
      method: 'POST',
      url: `/v1/offers/${byMember.get(A.id)}/accept`,
    });
    expect(acceptA.statusCode, acceptA.body).toBe(201);
    expect(acceptA.json()).toMatchObject({ memberId: A.id, status: 'held', offerId: byMember.get(A.id) });
    // B's unit admin answers for B.
    const acceptB = await call(ctx, city.keys.unitA, {
      method: 'POST',
      url: `/v1/offers/${byMember.get(B.id)}/accept`,
    });
    expect(acceptB.statusCode, acceptB.body).toBe(201);
    expect(acceptB.json()).toMatchObject({ memberId: B.id, unitId: city.unitA.id });
    const read = await call(ctx, city.keys.staffA1, { method: 'GET', url: `/v1/orders/${order.id}` });
    expect(read.json()).toMatchObject({ status: 'filled', slots: { total: 2, held: 2 } });

    const TABLES = ['claims', 'offers', 'audit_events', 'outbox', 'domain_events'];
    const before = await countRows(ctx.database, TABLES);
    // Filling the order withdrew the offers still pending.
    for (const m of [C, D]) {
      const late = await call(ctx, await memberKey(ctx, m.id), {
        method: 'POST',
        url: `/v1/offers/${byMember.get(m.id)}/accept`,
      });
      expect(late.statusCode).toBe(409);
      expect(late.json()).toMatchObject({
        code: 'offer_not_pending',
        offerStatus: 'withdrawn',
        detail: 'the offer was withdrawn because every slot of the order is taken',
      });
    }
    expect(await countRows(ctx.database, TABLES)).toEqual(before);
    await settle(ctx);
    expect((await offersOf(ctx, order.id)).map((o) => o.status)).toEqual([
      'accepted',
      'accepted',
      'withdrawn',
      'withdrawn',
      'withdrawn',
      'withdrawn',
    ]);
  });

  it('a decline, then an expired wave, bring the next waves to new members only', async () => {
    const crowd = await createCrowd(ctx, city, city.communityA2.id, null);
    const { A, B, C, D, E, F, I, G, H, J } = crowd.ranked;
    const order = await postAutoOrder(city.keys.staffA2, { communityId: city.communityA2.id });
    const wave1 = await waitForOffers(ctx, order.id, 6);
    // A and B score the same without a grid: the lower member id goes first.
    expect(wave1.map((o) => o.memberId)).toEqual([A.id, B.id, C.id, D.id, E.id, F.id]);

    const fKey = await memberKey(ctx, F.id);
    const declined = await call(ctx, fKey, {
      method: 'POST',
      url: `/v1/offers/${wave1[5]!.id}/decline`,
      payload: { reason: 'Away this week' },
    });
    expect(declined.statusCode, declined.body).toBe(200);
    expect(declined.json()).toMatchObject({ status: 'declined', declineReason: 'Away this week' });
    const again = await call(ctx, fKey, { method: 'POST', url: `/v1/offers/${wave1[5]!.id}/decline` });
    expect(again.statusCode, again.body).toBe(409);
    expect(again.json().code).toBe('offer_not_pending');

    const afterDecline = await waitForOffers(ctx, order.id, 7);
    expect(afterDecline[6]).toMatchObject({ wave: 2, rank: 1, memberId: I.id, status: 'pending' });

    // Past the time-to-live nobody can accept; the sweep expires the lot and wave 3 goes out.
    ctx.clock.advance(TTL_S * 1000 + 1000);
    const stale = await call(ctx, await memberKey(ctx, A.id), {
      method: 'POST',
      url: `/v1/offers/${wave1[0]!.id}/accept`,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('offer_not_pending');
    await processMaintenance(
      { name: 'expire_offers', data: { kind: 'expire_offers' } } as Job<{ kind: 'expire_offers' }>,
      deps,
    );
    const afterExpiry = await waitForOffers(ctx, order.id, 10);
    expect(afterExpiry.slice(0, 7).map((o) => o.status)).toEqual([
      'expired',
      'expired',
      'expired',
      'expired',
      'expired',
      'declined',
      'expired',
    ]);
    expect(afterExpiry.slice(7).map((o) => [o.wave, o.rank, o.memberId])).toEqual([
      [3, 1, G.id],
      [3, 2, H.id],
      [3, 3, J.id],
    ]);
    const offered = afterExpiry.map((o) => o.memberId);
    expect(new Set(offered).size).toBe(offered.length);
    for (const m of Object.values(crowd.excluded)) expect(offered).not.toContain(m.id);

    // An expiry timer (a wave's, or an offer's) that fires early changes nothing; once due, an
    // offer's timer expires the offer and the wave's timer the rest of the wave.
    const last = afterExpiry[9]!;
    const waveTimer = { name: 'expire', data: { orderId: order.id, wave: 3 } } as Job<{
      orderId: string;
      wave: number;
    }>;
    const tables = ['offers', 'outbox', 'domain_events', 'audit_events'];
    const before = await countRows(ctx.database, tables);
    await processOfferExpiry(
      { name: 'expire', data: { offerId: last.id } } as Job<{ offerId: string }>,
      deps,
    );
    expect(await processOfferExpiry(waveTimer, deps)).toEqual({ expired: 0 });
    expect(await countRows(ctx.database, tables)).toEqual(before);
    expect((await offersOf(ctx, order.id))[9]!.status).toBe('pending');
    ctx.clock.advance(TTL_S * 1000 + 1000);
    expect(
      await processOfferExpiry(
        { name: 'expire', data: { offerId: last.id } } as Job<{ offerId: string }>,
        deps,
      ),
    ).toEqual({ expired: 1 });
    expect(await processOfferExpiry(waveTimer, deps)).toEqual({ expired: 2 });
    expect(await processOfferExpiry(waveTimer, deps)).toEqual({ expired: 0 });
    await processMaintenance(
      { name: 'expire_offers', data: { kind: 'expire_offers' } } as Job<{ kind: 'expire_offers' }>,
      deps,
    );
    await settle(ctx);
    // Nobody is left to ask: no fourth wave, and nobody was asked twice.
    const final = await offersOf(ctx, order.id);
    expect(final.map((o) => o.status)).toEqual([
      ...Array(5).fill('expired'),
      'declined',
      ...Array(4).fill('expired'),
    ]);
    const { rows } = await ctx.database.pool.query('select match_wave from orders where id = $1', [order.id]);
    expect(rows[0].match_wave).toBe(3);
    const { rows: kinds } = await ctx.database.pool.query(
      `select type, count(*)::int as n from domain_events where order_id = $1 and type like 'offer.%' group by type order by type`,
      [order.id],
    );
    expect(kinds).toEqual([
      { type: 'offer.created', n: 10 },
      { type: 'offer.declined', n: 1 },
      { type: 'offer.expired', n: 9 },
    ]);
  });
});

describe('matching pass, run directly', () => {
  let ctx: TestContext;
  let city: City;
  let deps: JobDeps;
  beforeAll(async () => {
    ctx = await createTestContext();
    city = await createCity(ctx.database);
    deps = jobDepsOf(ctx);
  });
  afterAll(async () => ctx.close());

  const match = (orderId: string) => matchDirectly(deps, orderId);

  async function postOrder(extra: Record<string, unknown>) {
    const res = await call(ctx, city.keys.streetA, {
      method: 'POST',
      url: '/v1/orders',
      payload: orderBody(city, {
        dispatchMode: 'auto',
        headcount: 2,
        requiredSkills: ['medical'],
        location: ORIGIN,
        ...extra,
      }),
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string };
  }

  it('running the job twice for the same order offers nothing more the second time', async () => {
    await createCrowd(ctx, city, city.communityA1.id, city.gridA1.id);
    // An emergency: its offers expire within the timer horizon, so the wave's timer is written with it.
    const order = await postOrder({ gridId: city.gridA1.id, priority: 'emergency' });
    expect(await match(order.id)).toEqual({ orderId: order.id, wave: 1, offers: 6 });
    const tables = ['offers', 'outbox', 'domain_events', 'audit_events', 'orders'];
    const before = await countRows(ctx.database, tables);
    const { rows: version } = await ctx.database.pool.query(
      'select version, match_wave from orders where id = $1',
      [order.id],
    );
    expect(await match(order.id)).toEqual({
      orderId: order.id,
      wave: null,
      offers: 0,
      skipped: 'enough_pending',
    });
    expect(await countRows(ctx.database, tables)).toEqual(before);
    const { rows: after } = await ctx.database.pool.query(
      'select version, match_wave from orders where id = $1',
      [order.id],
    );
    expect(after).toEqual(version);
    expect(version[0].match_wave).toBe(1);
    // The wave has one expiry timer for its offers (they share their expiry), with a deterministic
    // job id, due after the emergency time-to-live.
    const { rows: timers } = await ctx.database.pool.query(
      `select job_id, delay_ms, payload from outbox where queue = 'offers' order by id`,
    );
    const offered = await offersOf(ctx, order.id);
    expect(new Set(offered.map((o) => o.expiresAt.getTime())).size).toBe(1);
    expect(timers).toEqual([
      {
        job_id: `offer-expire-${order.id}-w1`,
        delay_ms: 300_000,
        payload: { orderId: order.id, wave: 1 },
      },
    ]);
  });

  it('twenty passes at once for a new order send one first wave, chained once in its audit trail', async () => {
    await createCrowd(ctx, city, city.communityA1.id, city.gridA1.id);
    const order = await postOrder({ gridId: city.gridA1.id, priority: 'emergency' });
    // Each pass reads the order without a lock and writes its wave only if the order is still the
    // version it read; the losers fall back to the pass under the row lock, which finds the wave sent.
    const results = (await Promise.all(Array.from({ length: 20 }, () => match(order.id)))) as MatchResult[];
    expect(results.filter((r) => r.wave === 1)).toEqual([{ orderId: order.id, wave: 1, offers: 6 }]);
    expect(results.filter((r) => r.wave === null).map((r) => r.skipped)).toEqual(
      Array.from({ length: 19 }, () => 'enough_pending'),
    );
    const offered = await offersOf(ctx, order.id);
    expect(offered).toHaveLength(6);
    expect(new Set(offered.map((o) => o.memberId)).size).toBe(6);
    const { rows } = await ctx.database.pool.query(
      `select (select version from orders where id = $1) as version,
              (select match_wave from orders where id = $1) as wave,
              (select count(*)::int from audit_events where entity_id = $1 and action = 'order.matched') as matched,
              (select count(*)::int from domain_events where order_id = $1 and type = 'offer.created') as events,
              (select count(*)::int from outbox where job_id = $2) as timers`,
      [order.id, `offer-expire-${order.id}-w1`],
    );
    expect(rows[0]).toEqual({ version: 3, wave: 1, matched: 1, events: 6, timers: 1 });
    const verify = await call(ctx, city.keys.admin, {
      method: 'GET',
      url: `/v1/audit/verify?entityId=${order.id}`,
    });
    expect(verify.json()).toEqual({ ok: true, chains: 1, events: 3, broken: [] });
  });

  it('skips members busy in an overlapping window, and orders that are not auto', async () => {
    const doctor = await createMember(ctx.database, { communityId: city.communityA2.id, skills: ['legal'] });
    const busy = await createMember(ctx.database, { communityId: city.communityA2.id, skills: ['legal'] });
    const at = (h: number) => new Date(ctx.clock.now().getTime() + h * 3_600_000).toISOString();
    const other = await postOrder({
      communityId: city.communityA2.id,
      dispatchMode: 'open',
      requiredSkills: [],
      window: { startsAt: at(24), endsAt: at(27) },
    });
    const claimed = await call(ctx, await memberKey(ctx, busy.id), {
      method: 'POST',
      url: `/v1/orders/${other.id}/claims`,
      payload: { memberId: busy.id },
    });
    expect(claimed.statusCode, claimed.body).toBe(201);

    const overlapping = await postOrder({
      communityId: city.communityA2.id,
      requiredSkills: ['legal'],
      window: { startsAt: at(26), endsAt: at(30) },
    });
    await match(overlapping.id);
    expect((await offersOf(ctx, overlapping.id)).map((o) => o.memberId)).toEqual([doctor.id]);
    const later = await postOrder({
      communityId: city.communityA2.id,
      requiredSkills: ['legal'],
      window: { startsAt: at(27), endsAt: at(30) },
    });
    await match(later.id);
    expect((await offersOf(ctx, later.id)).map((o) => o.memberId).sort()).toEqual(
      [doctor.id, busy.id].sort(),
    );

    expect(await match(other.id)).toMatchObject({ offers: 0, skipped: 'not_matching' });
    expect(await offersOf(ctx, other.id)).toEqual([]);
  });
});
