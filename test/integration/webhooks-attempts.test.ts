import { PassThrough } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggerOptions } from '../../src/logger.js';
import { startAttempts } from '../../src/modules/webhooks/webhooks.repo.js';
import { type City, call, createCity } from '../factories/index.js';
import { createTestContext, type TestContext } from '../helpers/context.js';
import { appendLogs } from '../helpers/logs.js';
import {
  type DeliveryView,
  deliveriesOf,
  emitDomainEvent,
  eventually,
  subscribe,
  verifyWebhook,
  WebhookReceiver,
} from '../helpers/webhook-receiver.js';

interface DeliveryRow {
  status: string;
  attempts: number;
  in_flight_since: Date | null;
  unknown_outcome_attempts: number;
}

const rowOf = async (ctx: TestContext, endpointId: string): Promise<DeliveryRow & { id: string }> => {
  const { rows } = await ctx.database.pool.query(
    `select id, status, attempts, in_flight_since, unknown_outcome_attempts
       from webhook_deliveries where endpoint_id = $1`,
    [endpointId],
  );
  expect(rows).toHaveLength(1);
  return rows[0];
};

const succeeded = (ctx: TestContext, key: string, endpointId: string) =>
  eventually(async () => {
    const [d] = await deliveriesOf(ctx, key, endpointId);
    return d?.status === 'succeeded' ? d : null;
  });

describe('webhook attempts: recorded before the POST', () => {
  let ctx: TestContext;
  let city: City;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    ctx = await createTestContext({ WEBHOOK_BACKOFF_BASE_MS: '200' });
    city = await createCity(ctx.database);
    receiver = await WebhookReceiver.start();
    await ctx.startWorkers(['webhooks']);
  });
  afterAll(async () => {
    await ctx?.close();
    await receiver?.close();
  });

  it('counts each attempt and marks it in flight while the receiver holds it, and clears the mark with its outcome', async () => {
    const endpoint = await subscribe(ctx, city.keys.admin, {
      url: receiver.url('/held'),
      events: ['order.filled'],
    });
    receiver.failNext(1, 503, '/held');
    const whileHeld: { row: DeliveryRow; view: DeliveryView }[] = [];
    receiver.beforeAnswer('/held', async () => {
      const { id: _, ...row } = await rowOf(ctx, endpoint.id);
      const [view] = await deliveriesOf(ctx, city.keys.admin, endpoint.id);
      whileHeld.push({ row, view: view! });
    });
    const startedAt = ctx.clock.now();
    const eventId = await emitDomainEvent(ctx, {
      type: 'order.filled',
      regionPath: city.communityA1.path,
      data: {},
    });
    const delivery = await succeeded(ctx, city.keys.admin, endpoint.id);

    const inFlight = (status: string, attempts: number) => ({
      row: { status, attempts, in_flight_since: startedAt, unknown_outcome_attempts: 0 },
      view: expect.objectContaining({
        status,
        attempts,
        inFlightSince: startedAt.toISOString(),
        unknownOutcomeAttempts: 0,
      }),
    });
    // The first attempt is seen pending, the retry after its 503 failed: both counted and in flight.
    expect(whileHeld).toEqual([inFlight('pending', 1), inFlight('failed', 2)]);
    expect(delivery).toMatchObject({
      messageId: `msg_${eventId}`,
      status: 'succeeded',
      attempts: 2,
      lastStatusCode: 200,
      inFlightSince: null,
      unknownOutcomeAttempts: 0,
    });
    expect(receiver.received('/held').map((r) => r.answeredWith)).toEqual([503, 200]);
  });
});

describe('webhook attempts: an attempt whose process stopped', () => {
  let ctx: TestContext;
  let city: City;
  let receiver: WebhookReceiver;
  const logs: Record<string, unknown>[] = [];

  // No worker runs here: the test makes the attempts itself, as the webhooks worker does.
  beforeAll(async () => {
    ctx = await createTestContext();
    city = await createCity(ctx.database);
    receiver = await WebhookReceiver.start();
  });
  afterAll(async () => {
    await ctx?.close();
    await receiver?.close();
  });

  const redeliveriesFigure = async () => {
    const res = await call(ctx, city.keys.ops, { method: 'GET', url: '/metrics' });
    expect(res.statusCode).toBe(200);
    const line = res.body.split('\n').find((l) => l.startsWith('wd_webhook_redeliveries_after_crash '));
    return line === undefined ? undefined : Number(line.split(' ')[1]);
  };

  it('shows it in flight, then redelivers with the same webhook-id, counts its outcome as unknown, logs and figures it', async () => {
    const endpoint = await subscribe(ctx, city.keys.admin, {
      url: receiver.url('/crashed'),
      events: ['order.filled'],
    });
    const eventId = await emitDomainEvent(ctx, {
      type: 'order.filled',
      regionPath: city.communityA1.path,
      data: {},
    });
    const { id } = await rowOf(ctx, endpoint.id);
    expect(await redeliveriesFigure()).toBe(0);

    // What a worker killed during its POST leaves behind: the attempt counted and in flight, no outcome.
    const firstStart = ctx.clock.now();
    expect(await startAttempts(ctx.database.db, [id], firstStart)).toEqual({
      started: [
        {
          deliveryId: id,
          attempt: 1,
          unknownSince: null,
          messageId: `msg_${eventId}`,
          payload: expect.objectContaining({ type: 'order.filled', data: {} }),
          endpoint: { id: endpoint.id, url: receiver.url('/crashed'), secret: endpoint.secret },
        },
      ],
      closed: [],
    });
    const [left] = await deliveriesOf(ctx, city.keys.admin, endpoint.id);
    expect(left).toMatchObject({
      status: 'pending',
      attempts: 1,
      inFlightSince: firstStart.toISOString(),
      unknownOutcomeAttempts: 0,
      lastAttemptAt: null,
    });

    ctx.clock.advance(60_000);
    const stream = new PassThrough();
    stream.on('data', (chunk: Buffer) => appendLogs(logs, chunk));
    const log = pino(loggerOptions(ctx.config), stream);
    const result = await ctx.app.services.webhookDeliveries.attempt([id], { lastAttempt: false, log });
    expect(result).toEqual({ delivered: 1, skipped: 0 });

    const [request] = receiver.received('/crashed');
    expect(receiver.received('/crashed')).toHaveLength(1);
    expect(request!.headers['webhook-id']).toBe(`msg_${eventId}`);
    expect(verifyWebhook(endpoint.secret, request!)).toMatchObject({ type: 'order.filled' });
    const [after] = await deliveriesOf(ctx, city.keys.admin, endpoint.id);
    expect(after).toMatchObject({
      messageId: `msg_${eventId}`,
      status: 'succeeded',
      attempts: 2,
      unknownOutcomeAttempts: 1,
      inFlightSince: null,
      lastStatusCode: 200,
    });
    await eventually(async () => (logs.length > 0 ? true : null));
    expect(logs.filter((l) => l.msg === 'webhook.redelivery_after_crash')).toEqual([
      expect.objectContaining({
        level: 40,
        deliveryId: id,
        messageId: `msg_${eventId}`,
        attempt: 2,
        unknownAttemptStartedAt: firstStart.toISOString(),
      }),
    ]);
    expect(await redeliveriesFigure()).toBe(1);

    // The job run again after the success attempts nothing more.
    expect(await ctx.app.services.webhookDeliveries.attempt([id], { lastAttempt: false, log })).toEqual({
      delivered: 0,
      skipped: 1,
    });
    expect(receiver.received('/crashed')).toHaveLength(1);
    expect(await rowOf(ctx, endpoint.id)).toMatchObject({ attempts: 2, unknown_outcome_attempts: 1 });
  });
});
