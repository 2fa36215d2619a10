import type { Job } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processMaintenance } from '../../src/jobs/processors/maintenance.js';
import { type City, call, createCity } from '../factories/index.js';
import { orderBody } from '../factories/orders.js';
import { createTestContext, type TestContext } from '../helpers/context.js';
import {
  deliveriesOf,
  eventually,
  subscribe,
  verifyWebhook,
  WebhookReceiver,
} from '../helpers/webhook-receiver.js';
import { createCrowd, jobDepsOf, ORIGIN, waitForOffers } from './matching-fixtures.js';

/**
 * A matching wave's offer.created deliveries get their first attempt from the worker process that
 * wrote the wave (src/modules/webhooks/inline-attempts.ts), not from the webhooks queue.
 */

const BASE_MS = 200;

async function postAutoOrder(ctx: TestContext, city: City) {
  await createCrowd(ctx, city, city.communityA1.id, city.gridA1.id);
  const res = await call(ctx, city.keys.staffA1, {
    method: 'POST',
    url: '/v1/orders',
    payload: orderBody(city, {
      dispatchMode: 'auto',
      headcount: 2,
      requiredSkills: ['medical'],
      location: ORIGIN,
      gridId: city.gridA1.id,
    }),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string };
}

/** The order's offer.created deliveries as stored, with what the API does not show. */
async function deliveriesOfOrder(ctx: TestContext, orderId: string) {
  const { rows } = await ctx.database.pool.query<{
    id: string;
    status: string;
    attempts: number;
    inline: boolean;
    unknown_outcome_attempts: number;
    url: string;
  }>(
    `select d.id, d.status, d.attempts, d.inline_since is not null as inline, d.unknown_outcome_attempts, w.url
       from webhook_deliveries d join domain_events e on d.message_id = 'msg_' || e.id
       join webhook_endpoints w on w.id = d.endpoint_id
      where e.order_id = $1 and e.type = 'offer.created' order by d.id`,
    [orderId],
  );
  return rows;
}

/** Outbox rows of the webhooks queue whose jobs name one of `ids`. */
async function webhookJobsFor(ctx: TestContext, ids: string[]) {
  const { rows } = await ctx.database.pool.query<{
    payload: { deliveryIds?: string[]; attemptsBefore?: number };
    delay_ms: number;
  }>(
    `select payload, delay_ms::int from outbox
      where queue = 'webhooks' and (payload->'deliveryIds' ?| $1::text[] or payload->>'deliveryId' = any($1::text[]))
      order by id`,
    [ids],
  );
  return rows;
}

describe('a wave’s first webhook attempts, made by the matching worker', () => {
  let ctx: TestContext;
  let city: City;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    ctx = await createTestContext({
      WEBHOOK_MAX_ATTEMPTS: '3',
      WEBHOOK_BACKOFF_BASE_MS: String(BASE_MS),
      WEBHOOK_TIMEOUT_MS: '500',
    });
    city = await createCity(ctx.database);
    receiver = await WebhookReceiver.start();
  });
  afterAll(async () => {
    await ctx?.close();
    await receiver?.close();
  });

  it('delivers every offer.created of a wave with no webhooks worker running and no webhooks job', async () => {
    const runtime = await ctx.startWorkers(['matching']);
    const endpoint = await subscribe(ctx, city.keys.admin, {
      url: receiver.url('/inline'),
      events: ['offer.created'],
    });
    const order = await postAutoOrder(ctx, city);
    await waitForOffers(ctx, order.id, 6);
    const requests = await receiver.waitFor(6, '/inline');
    for (const r of requests)
      expect(verifyWebhook(endpoint.secret, r)).toMatchObject({ type: 'offer.created' });
    const stored = await eventually(async () => {
      const rows = await deliveriesOfOrder(ctx, order.id);
      return rows.length === 6 && rows.every((d) => d.status === 'succeeded') ? rows : null;
    });
    expect(stored.map((d) => [d.attempts, d.inline, d.unknown_outcome_attempts])).toEqual(
      Array.from({ length: 6 }, () => [1, false, 0]),
    );
    expect(
      await webhookJobsFor(
        ctx,
        stored.map((d) => d.id),
      ),
    ).toEqual([]);
    const log = await deliveriesOf(ctx, city.keys.admin, endpoint.id);
    expect(log.map((d) => [d.status, d.attempts, d.inFlightSince])).toEqual(
      Array.from({ length: 6 }, () => ['succeeded', 1, null]),
    );
    await runtime.close();
  });

  it('hands a failed first attempt to the webhooks queue, which counts on from it to the last attempt', async () => {
    const runtime = await ctx.startWorkers(['matching', 'webhooks']);
    await subscribe(ctx, city.keys.admin, { url: receiver.url('/flaky'), events: ['offer.created'] });
    await subscribe(ctx, city.keys.admin, { url: receiver.url('/down'), events: ['offer.created'] });
    receiver.failNext(1, 503, '/flaky');
    receiver.failNext(Number.POSITIVE_INFINITY, 503, '/down');
    const order = await postAutoOrder(ctx, city);
    await waitForOffers(ctx, order.id, 6);

    // /flaky: one of the six failed once and was delivered by the queue on its second attempt.
    const flaky = await receiver.waitFor(7, '/flaky');
    const byMessage = new Map<string, (number | null)[]>();
    for (const r of flaky)
      byMessage.set(r.headers['webhook-id']!, [
        ...(byMessage.get(r.headers['webhook-id']!) ?? []),
        r.answeredWith,
      ]);
    expect([...byMessage.values()].filter((codes) => codes.length === 2)).toEqual([[503, 200]]);
    // /down: each of the six was attempted exactly WEBHOOK_MAX_ATTEMPTS times in all, then left dead.
    const down = await receiver.waitFor(18, '/down', 20_000);
    const stored = await eventually(async () => {
      const rows = (await deliveriesOfOrder(ctx, order.id)).filter((d) => !d.url.endsWith('/inline'));
      return rows.filter((d) => d.status === 'dead').length === 6 &&
        rows.filter((d) => d.status === 'succeeded').length === 6
        ? rows
        : null;
    }, 20_000);
    expect(stored.filter((d) => d.status === 'dead').map((d) => [d.attempts, d.inline])).toEqual(
      Array.from({ length: 6 }, () => [3, false]),
    );
    expect(
      stored
        .filter((d) => d.status === 'succeeded')
        .map((d) => d.attempts)
        .sort(),
    ).toEqual([1, 1, 1, 1, 1, 2]);
    // The retries were planned as jobs that carry the first attempt, after the first backoff.
    const jobs = await webhookJobsFor(
      ctx,
      stored.map((d) => d.id),
    );
    expect(jobs.map((j) => j.payload.attemptsBefore)).toEqual([1, 1]);
    for (const j of jobs) expect(j.delay_ms).toBeGreaterThanOrEqual(BASE_MS / 2);
    // No fourth attempt follows the last one.
    await new Promise((r) => setTimeout(r, 4 * BASE_MS));
    expect(receiver.received('/down')).toHaveLength(down.length);
    expect(down).toHaveLength(18);
    await runtime.close();
  });
});

describe('first attempts left by a matching process that stopped', () => {
  let ctx: TestContext;
  let city: City;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    ctx = await createTestContext({ WEBHOOK_TIMEOUT_MS: '500' });
    city = await createCity(ctx.database);
    receiver = await WebhookReceiver.start();
  });
  afterAll(async () => {
    await ctx?.close();
    await receiver?.close();
  });

  const sweep = () =>
    processMaintenance(
      { name: 'webhooks_inline_sweep', data: { kind: 'webhooks_inline_sweep' } } as Job<{
        kind: 'webhooks_inline_sweep';
      }>,
      jobDepsOf(ctx),
    );

  it('are handed to the webhooks queue by the sweep once older than an attempt can last, their outcome counted as unknown', async () => {
    const endpoint = await subscribe(ctx, city.keys.admin, {
      url: receiver.url('/late'),
      events: ['offer.created'],
    });
    // The wave is written for first attempts this process never makes: it stops right after it.
    const order = await postAutoOrder(ctx, city);
    ctx.clock.set(new Date());
    const wave = await ctx.app.services.matching.match(order.id, 'published', { inlineWebhooks: true });
    expect(wave).toMatchObject({ wave: 1, offers: 6 });
    const ids = wave.inlineDeliveries!.map((d) => d.deliveryId);
    expect(ids).toHaveLength(6);
    for (const d of wave.inlineDeliveries!)
      expect(d).toMatchObject({
        messageId: expect.stringMatching(/^msg_/),
        endpoint: { id: endpoint.id, secret: endpoint.secret },
      });
    const stored = await deliveriesOfOrder(ctx, order.id);
    expect(stored.map((d) => d.id)).toEqual([...ids].sort());
    // Counted and in flight from the wave's statement on, before any POST.
    expect(stored.map((d) => [d.inline, d.status, d.attempts])).toEqual(
      Array.from({ length: 6 }, () => [true, 'pending', 1]),
    );
    expect(await webhookJobsFor(ctx, ids)).toEqual([]);

    // Within an attempt's time limit (500 ms) and the grace after it (10 s) they are still the process's own.
    ctx.clock.advance(10_000);
    expect(await sweep()).toEqual({ handedOver: 0 });
    ctx.clock.advance(1_000);
    expect(await sweep()).toEqual({ handedOver: 6 });
    expect(await sweep()).toEqual({ handedOver: 0 });
    const jobs = await webhookJobsFor(ctx, ids);
    expect(jobs.map((j) => [j.payload.deliveryIds?.length, j.payload.attemptsBefore, j.delay_ms])).toEqual([
      [6, 1, 0],
    ]);

    const runtime = await ctx.startWorkers(['webhooks']);
    await receiver.waitFor(6, '/late');
    const log = await eventually(async () => {
      const items = await deliveriesOf(ctx, city.keys.admin, endpoint.id);
      return items.length === 6 && items.every((d) => d.status === 'succeeded') ? items : null;
    });
    // The first attempt's outcome is unknown (the POST may have gone out): counted, and sent again.
    expect(log.map((d) => [d.attempts, d.unknownOutcomeAttempts])).toEqual(
      Array.from({ length: 6 }, () => [2, 1]),
    );
    expect((await deliveriesOfOrder(ctx, order.id)).every((d) => !d.inline)).toBe(true);
    await runtime.close();
  });
});
