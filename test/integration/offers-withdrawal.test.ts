import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offers } from '../../src/db/schema/index.js';
import type { JobDeps } from '../../src/jobs/job-deps.js';
import { newId } from '../../src/lib/ids.js';
import { type City, call, countRows, createCity, createMember } from '../factories/index.js';
import { orderBody } from '../factories/orders.js';
import { createTestContext, type TestContext } from '../helpers/context.js';
import { subscribe, verifyWebhook, WebhookReceiver } from '../helpers/webhook-receiver.js';
import {
  jobDepsOf,
  matchDirectly,
  memberKey,
  ORIGIN,
  offersOf,
  settle,
  waitForOffers,
} from './matching-fixtures.js';

/** A home `metres` due north of the orders' location. */
const home = (metres: number) => ({ homeLat: ORIGIN.lat + metres / 111_195, homeLng: ORIGIN.lng });

const TABLES = ['claims', 'offers', 'audit_events', 'outbox', 'domain_events'];

/** Members of unit A in community A1 with one skill nobody else has, nearest first. */
async function membersWith(ctx: TestContext, city: City, skill: string, distances: number[]) {
  const out = [];
  for (const d of distances)
    out.push(
      await createMember(ctx.database, {
        communityId: city.communityA1.id,
        unitId: city.unitA.id,
        skills: [skill],
        ...home(d),
      }),
    );
  return out;
}

async function postAutoOrder(ctx: TestContext, city: City, skill: string, headcount = 1) {
  const res = await call(ctx, city.keys.staffA1, {
    method: 'POST',
    url: '/v1/orders',
    payload: orderBody(city, { dispatchMode: 'auto', headcount, requiredSkills: [skill], location: ORIGIN }),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

/** The order's `offer.withdrawn` audit entries (their `after`) and events (data and addressees). */
async function withdrawalTrail(ctx: TestContext, orderId: string) {
  const { rows: audited } = await ctx.database.pool.query(
    `select after from audit_events where entity_id = $1 and action = 'offer.withdrawn' order by seq`,
    [orderId],
  );
  const { rows: events } = await ctx.database.pool.query(
    `select data, unit_ids from domain_events where order_id = $1 and type = 'offer.withdrawn' order by data->>'rank'`,
    [orderId],
  );
  return { audited: audited.map((r) => r.after), events };
}

describe('offers end with their order’s need of them', () => {
  let ctx: TestContext;
  let city: City;
  let receiver: WebhookReceiver;
  beforeAll(async () => {
    ctx = await createTestContext();
    city = await createCity(ctx.database);
    receiver = await WebhookReceiver.start();
    await ctx.startWorkers(['matching', 'offers', 'webhooks']);
  });
  afterAll(async () => {
    await ctx?.close();
    await receiver?.close();
  });

  it('an accept that fills the order withdraws the other offers at once, audited and announced; a freed slot sends the next wave', async () => {
    const endpoint = await subscribe(ctx, city.keys.unitA, {
      url: receiver.url('/unit-a'),
      events: ['offer.withdrawn'],
    });
    const [m1, m2, m3, m4, m5, m6] = await membersWith(
      ctx,
      city,
      'first-aid',
      [100, 200, 300, 400, 500, 600],
    );
    const orderId = await postAutoOrder(ctx, city, 'first-aid');
    const wave1 = await waitForOffers(ctx, orderId, 3);
    expect(wave1.map((o) => o.memberId)).toEqual([m1!.id, m2!.id, m3!.id]);
    await settle(ctx);

    const accepted = await call(ctx, await memberKey(ctx, m1!.id), {
      method: 'POST',
      url: `/v1/offers/${wave1[0]!.id}/accept`,
    });
    expect(accepted.statusCode, accepted.body).toBe(201);
    const claimId = accepted.json().id as string;

    // In the accept's own transaction: the other two are withdrawn, each audited on the order's
    // chain after the claim, and each announced to the member's unit.
    const after = await offersOf(ctx, orderId);
    expect(after.map((o) => o.status)).toEqual(['accepted', 'withdrawn', 'withdrawn']);
    for (const o of after.slice(1)) expect(o.respondedAt).toEqual(ctx.clock.now());
    const trail = await withdrawalTrail(ctx, orderId);
    expect(trail.audited).toEqual(
      after.slice(1).map((o) => ({
        offerId: o.id,
        memberId: o.memberId,
        wave: 1,
        rank: o.rank,
        status: 'withdrawn',
        reason: 'order_filled',
      })),
    );
    expect(trail.events.map((e) => [e.data.offerId, e.data.reason, e.unit_ids])).toEqual(
      after.slice(1).map((o) => [o.id, 'order_filled', [city.unitA.id]]),
    );
    const timeline = await call(ctx, city.keys.staffA1, {
      method: 'GET',
      url: `/v1/orders/${orderId}/timeline`,
    });
    expect(timeline.json().items.map((e: { action: string }) => e.action)).toEqual([
      'order.created',
      'order.published',
      'order.matched',
      'claim.created',
      'offer.withdrawn',
      'offer.withdrawn',
    ]);
    const verify = await call(ctx, city.keys.admin, {
      method: 'GET',
      url: `/v1/audit/verify?entityId=${orderId}`,
    });
    expect(verify.json()).toMatchObject({ ok: true, events: 6 });

    // The unit's app hears of it, signed.
    const received = await receiver.waitFor(2, '/unit-a');
    const payloads = received.map(
      (r) => verifyWebhook(endpoint.secret, r) as { type: string; data: Record<string, unknown> },
    );
    expect(payloads.map((p) => p.type)).toEqual(['offer.withdrawn', 'offer.withdrawn']);
    expect(payloads.map((p) => p.data.offerId).sort()).toEqual(
      after
        .slice(1)
        .map((o) => o.id)
        .sort(),
    );
    expect(payloads[0]!.data).toMatchObject({ orderId, status: 'withdrawn', reason: 'order_filled' });

    // The unit admin's pending list no longer holds them; answering one is a clear 409 that changes nothing.
    const pending = await call(ctx, city.keys.unitA, {
      method: 'GET',
      url: '/v1/offers?status=pending&limit=100',
    });
    expect(pending.statusCode).toBe(200);
    expect(pending.json().items.filter((o: { orderId: string }) => o.orderId === orderId)).toEqual([]);
    const before = await countRows(ctx.database, TABLES);
    const late = await call(ctx, city.keys.unitA, {
      method: 'POST',
      url: `/v1/offers/${wave1[1]!.id}/accept`,
    });
    expect(late.statusCode).toBe(409);
    expect(late.headers['content-type']).toContain('application/problem+json');
    expect(late.json()).toMatchObject({
      code: 'offer_not_pending',
      offerStatus: 'withdrawn',
      orderStatus: 'filled',
      detail: 'the offer was withdrawn because every slot of the order is taken',
    });
    const declined = await call(ctx, await memberKey(ctx, m3!.id), {
      method: 'POST',
      url: `/v1/offers/${wave1[2]!.id}/decline`,
    });
    expect(declined.json()).toMatchObject({ code: 'offer_not_pending', offerStatus: 'withdrawn' });
    expect(await countRows(ctx.database, TABLES)).toEqual(before);

    // The claim is withdrawn: the slot is free again and the next wave goes out, to members not yet asked.
    const withdrawn = await call(ctx, await memberKey(ctx, m1!.id), {
      method: 'DELETE',
      url: `/v1/orders/${orderId}/claims/${claimId}`,
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    const wave2 = (await waitForOffers(ctx, orderId, 6)).slice(3);
    expect(wave2.map((o) => [o.wave, o.rank, o.memberId, o.status])).toEqual([
      [2, 1, m4!.id, 'pending'],
      [2, 2, m5!.id, 'pending'],
      [2, 3, m6!.id, 'pending'],
    ]);
    const { rows } = await ctx.database.pool.query(
      `select after->>'reason' as reason from audit_events where entity_id = $1 and action = 'order.matched' order by seq`,
      [orderId],
    );
    expect(rows.map((r) => r.reason)).toEqual(['published', 'claim_withdrawn']);
    const reopened = await call(ctx, city.keys.staffA1, { method: 'GET', url: `/v1/orders/${orderId}` });
    expect(reopened.json()).toMatchObject({ status: 'open', slots: { total: 1, held: 0 } });
  });

  it('an edit that adds a slot sends a wave for it; one that lowers the headcount to the slots held withdraws the rest', async () => {
    const [m1] = await membersWith(ctx, city, 'cooking', [100, 200, 300, 400, 500, 600, 700]);
    const orderId = await postAutoOrder(ctx, city, 'cooking');
    await waitForOffers(ctx, orderId, 3);
    await settle(ctx);
    const edit = async (headcount: number) => {
      const read = await call(ctx, city.keys.staffA1, { method: 'GET', url: `/v1/orders/${orderId}` });
      const res = await call(ctx, city.keys.staffA1, {
        method: 'PATCH',
        url: `/v1/orders/${orderId}`,
        headers: { 'if-match': read.headers.etag as string },
        payload: { headcount },
      });
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    };
    await edit(2);
    const widened = await waitForOffers(ctx, orderId, 6);
    expect(widened.map((o) => [o.wave, o.status])).toEqual([
      ...Array(3).fill([1, 'pending']),
      ...Array(3).fill([2, 'pending']),
    ]);
    await settle(ctx);

    const claimed = await call(ctx, await memberKey(ctx, m1!.id), {
      method: 'POST',
      url: `/v1/offers/${widened[0]!.id}/accept`,
    });
    expect(claimed.statusCode, claimed.body).toBe(201);
    expect(await edit(1)).toMatchObject({ status: 'filled', slots: { total: 1, held: 1 } });
    expect((await offersOf(ctx, orderId)).map((o) => o.status)).toEqual([
      'accepted',
      ...Array(5).fill('withdrawn'),
    ]);
    expect((await withdrawalTrail(ctx, orderId)).audited.map((a) => a.reason)).toEqual(
      Array(5).fill('order_filled'),
    );
  });

  it('cancelling withdraws the pending offers, audited and announced', async () => {
    await membersWith(ctx, city, 'sign-language', [100, 200, 300]);
    const orderId = await postAutoOrder(ctx, city, 'sign-language');
    await waitForOffers(ctx, orderId, 3);
    await settle(ctx);
    const cancel = await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: `/v1/orders/${orderId}/cancel`,
      payload: { reason: 'resident moved' },
    });
    expect(cancel.statusCode, cancel.body).toBe(200);
    const after = await offersOf(ctx, orderId);
    expect(after.map((o) => o.status)).toEqual(['withdrawn', 'withdrawn', 'withdrawn']);
    const trail = await withdrawalTrail(ctx, orderId);
    expect(trail.audited.map((a) => [a.offerId, a.reason])).toEqual(
      after.map((o) => [o.id, 'order_cancelled']),
    );
    expect(trail.events.map((e) => e.data.offerId)).toEqual(after.map((o) => o.id));
    const accept = await call(ctx, city.keys.unitA, {
      method: 'POST',
      url: `/v1/offers/${after[0]!.id}/accept`,
    });
    expect(accept.json()).toMatchObject({
      code: 'offer_not_pending',
      offerStatus: 'withdrawn',
      detail: 'the offer was withdrawn because the order is cancelled',
    });
  });

  it('an order completed with a slot still unclaimed withdraws its offers; verifying sweeps up any left', async () => {
    const [worker] = await membersWith(ctx, city, 'carpentry', [100, 200, 300, 400, 500, 600, 700]);
    const orderId = await postAutoOrder(ctx, city, 'carpentry', 2);
    const offered = await waitForOffers(ctx, orderId, 6);
    await settle(ctx);
    const key = await memberKey(ctx, worker!.id);
    const claim = await call(ctx, key, { method: 'POST', url: `/v1/offers/${offered[0]!.id}/accept` });
    expect(claim.statusCode, claim.body).toBe(201);
    const base = `/v1/orders/${orderId}/claims/${claim.json().id}`;
    expect((await call(ctx, key, { method: 'POST', url: `${base}/check-in`, payload: {} })).statusCode).toBe(
      200,
    );
    // One slot held of two, the work started: the order still wants offers.
    expect((await offersOf(ctx, orderId)).filter((o) => o.status === 'pending')).toHaveLength(5);
    const done = await call(ctx, key, { method: 'POST', url: `${base}/complete`, payload: { hours: 2 } });
    expect(done.statusCode, done.body).toBe(200);
    const completed = await offersOf(ctx, orderId);
    expect(completed.map((o) => o.status)).toEqual(['accepted', ...Array(5).fill('withdrawn')]);
    expect((await withdrawalTrail(ctx, orderId)).audited.map((a) => a.reason)).toEqual(
      Array(5).fill('order_completed'),
    );

    // An offer left pending by an older version of the service is withdrawn when the order is verified.
    const [late] = await membersWith(ctx, city, 'carpentry', [800]);
    const legacyId = newId();
    await ctx.database.db.insert(offers).values({
      id: legacyId,
      orderId,
      memberId: late!.id,
      wave: 1,
      rank: 7,
      status: 'pending',
      score: 0.5,
      scoreParts: {},
      expiresAt: new Date(ctx.clock.now().getTime() + 3_600_000),
    });
    const verified = await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: `/v1/orders/${orderId}/verify`,
      payload: { rating: 5 },
    });
    expect(verified.statusCode, verified.body).toBe(200);
    const legacy = (await offersOf(ctx, orderId)).find((o) => o.id === legacyId)!;
    expect(legacy.status).toBe('withdrawn');
    const trail = await withdrawalTrail(ctx, orderId);
    expect(trail.audited.at(-1)).toMatchObject({ offerId: legacyId, reason: 'order_verified' });
    expect(trail.events.map((e) => e.data.offerId)).toContain(legacyId);
  });
});

describe('matching counts a member’s pending offers on other orders', () => {
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

  it('two orders posted together in one community: the second wave asks the members not yet asked first', async () => {
    const [p1, p2, p3, p4, p5, p6] = await membersWith(
      ctx,
      city,
      'wheelchair',
      [200, 400, 600, 800, 1000, 1200],
    );
    const first = await postAutoOrder(ctx, city, 'wheelchair');
    const second = await postAutoOrder(ctx, city, 'wheelchair', 2);
    await match(first);
    await match(second);

    const firstWave = await offersOf(ctx, first);
    expect(firstWave.map((o) => o.memberId)).toEqual([p1!.id, p2!.id, p3!.id]);
    for (const o of firstWave) expect((o.scoreParts as Record<string, number>).pendingElsewhere).toBe(0);

    // Without pending offers elsewhere the ranking would be p1…p6; p1–p3 are now asked last.
    const listed = await call(ctx, city.keys.staffA1, { method: 'GET', url: `/v1/orders/${second}/offers` });
    const items = listed.json().items as {
      memberId: string;
      score: number;
      scoreParts: Record<string, number>;
    }[];
    expect(items.map((o) => o.memberId)).toEqual([p4!.id, p5!.id, p6!.id, p1!.id, p2!.id, p3!.id]);
    expect(items.map((o) => o.scoreParts.pendingElsewhere)).toEqual([0, 0, 0, 0.5, 0.5, 0.5]);
    // p1 200 m away, no history: 0.2 + 0.3 / 1.1 + 0.25 + 0.15 × 0.75 = 0.835, less 0.3 × 0.5.
    expect(items[3]!.score).toBeCloseTo(0.835 - 0.15, 3);
    expect(items[0]!.score).toBeCloseTo(0.2 + 0.3 / 1.4 + 0.25 + 0.15 * 0.75, 3);

    // Offers that are due no longer count: a third order sees p1–p6 as free again once both waves expire.
    ctx.clock.advance(14_400 * 1000 + 1000);
    const third = await postAutoOrder(ctx, city, 'wheelchair', 2);
    await match(third);
    const thirdWave = await offersOf(ctx, third);
    expect(thirdWave.map((o) => o.memberId)).toEqual([p1, p2, p3, p4, p5, p6].map((m) => m!.id));
    for (const o of thirdWave) expect((o.scoreParts as Record<string, number>).pendingElsewhere).toBe(0);
  });
});
