import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/lib/ids.js';
import { type DomainEventInput, emitEvent } from '../../src/outbox/outbox.js';
import { call, type City, countRows, createCity } from '../factories/index.js';
import { createTestContext, type TestContext } from '../helpers/context.js';
import { verifyWebhook, WebhookReceiver } from '../helpers/webhook-receiver.js';

const BASE_MS = 200;

interface Delivery {
  id: string;
  messageId: string;
  status: string;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  lastLatencyMs: number | null;
}

/** A domain event written as a service writes it: in a transaction, with its outbox row. */
const emit = (ctx: TestContext, event: DomainEventInput) => ctx.database.db.transaction((tx) => emitEvent(tx, event));

/** Polls until `probe` returns something other than null. */
async function eventually<T>(probe: () => Promise<T | null>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function deliveriesOf(ctx: TestContext, key: string, endpointId: string, status?: string): Promise<Delivery[]> {
  const res = await call(ctx, key, { method: 'GET', url: `/v1/webhook-endpoints/${endpointId}/deliveries?limit=200${status ? `&status=${status}` : ''}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items;
}

describe('webhook deliveries', () => {
  let ctx: TestContext;
  let city: City;
  let receiver: WebhookReceiver;

  const subscribe = async (key: string, path: string, events: string[], scope?: object) => {
    const res = await call(ctx, key, { method: 'POST', url: '/v1/webhook-endpoints', payload: { url: receiver.url(path), events, scope } });
    expect(res.statusCode).toBe(201);
    return res.json() as { id: string; secret: string };
  };

  beforeAll(async () => {
    ctx = await createTestContext({ WEBHOOK_MAX_ATTEMPTS: '4', WEBHOOK_BACKOFF_BASE_MS: String(BASE_MS), WEBHOOK_TIMEOUT_MS: '500' });
    city = await createCity(ctx.database);
    receiver = await WebhookReceiver.start();
    await ctx.startWorkers(['events', 'webhooks']);
  });
  afterAll(async () => {
    await ctx.close();
    await receiver.close();
  });

  it('delivers a signed event that the standardwebhooks library verifies, and logs it', async () => {
    const endpoint = await subscribe(city.keys.admin, '/signed', ['order.published']);
    const orderId = newId();
    const eventId = await emit(ctx, {
      type: 'order.published',
      orderId,
      regionPath: city.communityA1.path,
      data: { orderId, beneficiaryPhone: '13912345678' },
    });
    const [request] = await receiver.waitFor(1, '/signed');
    expect(request!.method).toBe('POST');
    expect(request!.headers).toMatchObject({ 'webhook-id': `msg_${eventId}`, 'content-type': 'application/json' });
    expect(request!.headers['webhook-timestamp']).toMatch(/^\d{10}$/);
    const payload = verifyWebhook(endpoint.secret, request!) as { type: string; timestamp: string; data: Record<string, unknown> };
    expect(payload).toEqual({ type: 'order.published', timestamp: expect.any(String), data: { orderId, beneficiaryPhone: '139****5678' } });
    expect(Number.isNaN(Date.parse(payload.timestamp))).toBe(false);
    expect(() => verifyWebhook(`whsec_${Buffer.alloc(32, 7).toString('base64')}`, request!)).toThrow(/signature/i);

    const [delivery] = await eventually(async () => {
      const items = await deliveriesOf(ctx, city.keys.admin, endpoint.id);
      return items[0]?.status === 'succeeded' ? items : null;
    });
    expect(delivery).toMatchObject({
      endpointId: endpoint.id,
      messageId: `msg_${eventId}`,
      eventType: 'order.published',
      status: 'succeeded',
      attempts: 1,
      lastStatusCode: 200,
      lastError: null,
      deliveredAt: expect.any(String),
    });
    expect(delivery!.lastLatencyMs).toBeGreaterThanOrEqual(0);
    await call(ctx, city.keys.admin, { method: 'DELETE', url: `/v1/webhook-endpoints/${endpoint.id}` });
  });

  it('sends a unit endpoint only events addressed to its unit and a region endpoint only events of its subtree', async () => {
    const unitA = await subscribe(city.keys.unitA, '/unit-a', ['order.published']);
    const streetA = await subscribe(city.keys.streetA, '/street-a', ['*']);
    const b1 = await subscribe(city.keys.staffB1, '/b1', ['claim.created']);

    const inA1ForUnitB = await emit(ctx, { type: 'order.published', regionPath: city.communityA1.path, unitIds: [city.unitB.id], data: {} });
    const inB1ForUnitA = await emit(ctx, { type: 'order.published', regionPath: city.communityB1.path, unitIds: [city.unitA.id], data: {} });
    const claimInGridB1 = await emit(ctx, { type: 'claim.created', regionPath: city.gridB1.path, unitIds: [city.unitA.id], data: {} });

    await receiver.waitFor(1, '/street-a');
    await receiver.waitFor(1, '/unit-a');
    await receiver.waitFor(1, '/b1');
    // Each event's deliveries are created in one transaction: once the expected ones exist, no other will.
    const ids = async (id: string) => (await deliveriesOf(ctx, city.keys.admin, id)).map((d) => d.messageId);
    expect(await ids(streetA.id)).toEqual([`msg_${inA1ForUnitB}`]);
    expect(await ids(unitA.id)).toEqual([`msg_${inB1ForUnitA}`]);
    expect(await ids(b1.id)).toEqual([`msg_${claimInGridB1}`]);
    expect(receiver.received('/unit-a').map((r) => r.headers['webhook-id'])).toEqual([`msg_${inB1ForUnitA}`]);

    const seenByUnitB = await call(ctx, city.keys.unitB, { method: 'GET', url: `/v1/webhook-endpoints/${unitA.id}/deliveries` });
    expect(seenByUnitB.statusCode).toBe(404);
  });

  it('creates nothing twice when the same event job runs again', async () => {
    const endpoint = await subscribe(city.keys.staffA1, '/twice', ['order.updated']);
    const eventId = await emit(ctx, { type: 'order.updated', regionPath: city.communityA1.path, data: {} });
    await receiver.waitFor(1, '/twice');
    const before = await countRows(ctx.database, ['webhook_deliveries', 'outbox']);

    const job = await ctx.queues.get('events').add('order.updated', { eventId }, { jobId: `rerun-${eventId}` });
    const result = await eventually(async () => {
      const state = await job.getState();
      if (state === 'failed') throw new Error('the re-run failed');
      return state === 'completed' ? (await ctx.queues.get('events').getJob(job.id!))!.returnvalue : null;
    });
    expect(result).toEqual({ deliveries: 0 });
    expect(await countRows(ctx.database, ['webhook_deliveries', 'outbox'])).toEqual(before);
    await new Promise((r) => setTimeout(r, 300));
    expect(receiver.received('/twice')).toHaveLength(1);
    expect(await deliveriesOf(ctx, city.keys.staffA1, endpoint.id)).toHaveLength(1);
  });

  it('retries a failing receiver with the same webhook-id and growing gaps until it answers', async () => {
    const endpoint = await subscribe(city.keys.admin, '/flaky', ['order.filled']);
    receiver.failNext(3, 503, '/flaky');
    const eventId = await emit(ctx, { type: 'order.filled', regionPath: city.communityA1.path, data: {} });
    const requests = await receiver.waitFor(4, '/flaky');
    expect(requests.map((r) => r.answeredWith)).toEqual([503, 503, 503, 200]);
    expect(new Set(requests.map((r) => r.headers['webhook-id']))).toEqual(new Set([`msg_${eventId}`]));
    for (const r of requests) expect(verifyWebhook(endpoint.secret, r)).toMatchObject({ type: 'order.filled' });

    const gaps = requests.slice(1).map((r, i) => r.receivedAt - requests[i]!.receivedAt);
    // Retry n waits between half the ceiling and the ceiling, which doubles from the base: 100-200, 200-400, 400-800 ms.
    gaps.forEach((gap, i) => expect(gap).toBeGreaterThanOrEqual((BASE_MS * 2 ** i) / 2 - 5));
    expect(gaps[2]!).toBeGreaterThan(gaps[0]!);

    const [delivery] = await eventually(async () => {
      const items = await deliveriesOf(ctx, city.keys.admin, endpoint.id);
      return items[0]?.status === 'succeeded' ? items : null;
    });
    expect(delivery).toMatchObject({ status: 'succeeded', attempts: 4, lastStatusCode: 200, lastError: null });
    const after = (await call(ctx, city.keys.admin, { method: 'GET', url: `/v1/webhook-endpoints/${endpoint.id}` })).json();
    expect(after).toMatchObject({ enabled: true, failingSince: null });
  });

  it('counts a receiver that does not answer in time as a failed attempt', async () => {
    const endpoint = await subscribe(city.keys.admin, '/slow', ['order.reopened']);
    receiver.hangNext(1, '/slow');
    await emit(ctx, { type: 'order.reopened', regionPath: city.communityA1.path, data: {} });
    await receiver.waitFor(2, '/slow');
    const [delivery] = await eventually(async () => {
      const items = await deliveriesOf(ctx, city.keys.admin, endpoint.id);
      return items[0]?.status === 'succeeded' ? items : null;
    });
    expect(delivery).toMatchObject({ attempts: 2, lastStatusCode: 200 });
    const logged = ctx.logs.find((l) => l.msg === 'job failed' && String((l.err as { message?: string })?.message).includes('timed out after 500 ms'));
    expect(logged).toBeDefined();
  });

  it('marks a delivery dead after the last attempt, keeps the failed job, and redelivers it by hand', async () => {
    const endpoint = await subscribe(city.keys.streetA, '/down', ['offer.expired'], { regionId: city.streetA.id });
    receiver.failNext(4, 500, '/down');
    const eventId = await emit(ctx, { type: 'offer.expired', regionPath: city.communityA2.path, data: {} });
    const [dead] = await eventually(async () => {
      const items = await deliveriesOf(ctx, city.keys.streetA, endpoint.id, 'dead');
      return items.length ? items : null;
    });
    expect(dead).toMatchObject({ status: 'dead', attempts: 4, lastStatusCode: 500, lastError: 'HTTP 500 Internal Server Error', deliveredAt: null });
    expect(receiver.received('/down')).toHaveLength(4);
    const failedJobs = await ctx.queues.get('webhooks').getFailed();
    expect(failedJobs.map((j) => j.data.deliveryId)).toContain(dead!.id);

    const foreign = await call(ctx, city.keys.streetB, { method: 'POST', url: `/v1/webhook-deliveries/${dead!.id}/retry` });
    expect(foreign.statusCode).toBe(404);

    const before = await countRows(ctx.database, ['outbox', 'audit_events']);
    const retry = await call(ctx, city.keys.streetA, { method: 'POST', url: `/v1/webhook-deliveries/${dead!.id}/retry` });
    expect(retry.statusCode).toBe(202);
    expect(retry.json()).toMatchObject({ id: dead!.id, status: 'pending', attempts: 4 });
    expect(await countRows(ctx.database, ['outbox', 'audit_events'])).toEqual({ outbox: before.outbox + 1, audit_events: before.audit_events + 1 });

    const fifth = await receiver.waitFor(5, '/down');
    expect(fifth[4]!.headers['webhook-id']).toBe(`msg_${eventId}`);
    expect(verifyWebhook(endpoint.secret, fifth[4]!)).toMatchObject({ type: 'offer.expired' });
    const [redelivered] = await eventually(async () => {
      const items = await deliveriesOf(ctx, city.keys.streetA, endpoint.id);
      return items[0]?.status === 'succeeded' ? items : null;
    });
    expect(redelivered).toMatchObject({ status: 'succeeded', attempts: 5, lastStatusCode: 200 });
    const audit = await ctx.database.pool.query(`select action, actor_type, actor_id from audit_events where entity_id = $1`, [dead!.id]);
    expect(audit.rows).toEqual([{ action: 'redelivery_requested', actor_type: 'api_key', actor_id: expect.any(String) }]);
  });

  it('disables an endpoint failing for longer than WEBHOOK_DISABLE_AFTER_S, reports it, and re-enables it', async () => {
    const endpoint = await subscribe(city.keys.staffB1, '/gone', ['order.expired']);
    const sentinel = await subscribe(city.keys.staffB1, '/sentinel', ['order.expired']);
    receiver.failNext(Number.POSITIVE_INFINITY, 502, '/gone');
    await emit(ctx, { type: 'order.expired', regionPath: city.communityB1.path, data: {} });
    await eventually(async () => ((await deliveriesOf(ctx, city.keys.staffB1, endpoint.id, 'dead')).length ? true : null));
    const failing = (await call(ctx, city.keys.staffB1, { method: 'GET', url: `/v1/webhook-endpoints/${endpoint.id}` })).json();
    expect(failing).toMatchObject({ enabled: true, failingSince: ctx.clock.now().toISOString() });

    const disabledAt = ctx.clock.advance(ctx.config.WEBHOOK_DISABLE_AFTER_S * 1000 + 1000);
    await emit(ctx, { type: 'order.expired', regionPath: city.communityB1.path, data: {} });
    const disabled = await eventually(async () => {
      const e = (await call(ctx, city.keys.staffB1, { method: 'GET', url: `/v1/webhook-endpoints/${endpoint.id}` })).json();
      return e.enabled === false ? e : null;
    });
    expect(disabled).toMatchObject({ disabledAt: disabledAt.toISOString(), disabledReason: expect.stringMatching(/failing since/) });
    expect(ctx.logs.filter((l) => l.msg === 'endpoint.disabled')).toEqual([expect.objectContaining({ level: 40, endpointId: endpoint.id })]);
    const audit = await ctx.database.pool.query(`select action, actor_type from audit_events where entity_id = $1 order by seq`, [endpoint.id]);
    expect(audit.rows).toEqual([
      { action: 'created', actor_type: 'api_key' },
      { action: 'disabled', actor_type: 'worker' },
    ]);
    // The second delivery stops at once instead of using up its attempts on a disabled endpoint.
    const deliveries = await eventually(async () => {
      const items = await deliveriesOf(ctx, city.keys.staffB1, endpoint.id);
      return items.length === 2 && items.every((d) => d.status === 'dead') ? items : null;
    });
    expect(deliveries[1]).toMatchObject({ attempts: 1, lastError: 'endpoint disabled' });

    // While disabled, new events are not queued for it (the sentinel shows the event was fanned out).
    await emit(ctx, { type: 'order.expired', regionPath: city.communityB1.path, data: {} });
    await receiver.waitFor(3, '/sentinel');
    expect(await deliveriesOf(ctx, city.keys.staffB1, endpoint.id)).toHaveLength(2);
    expect(await deliveriesOf(ctx, city.keys.staffB1, sentinel.id)).toHaveLength(3);

    const before = await countRows(ctx.database, ['outbox', 'audit_events']);
    const refused = await call(ctx, city.keys.staffB1, { method: 'POST', url: `/v1/webhook-deliveries/${deliveries[0]!.id}/retry` });
    expect(refused.json()).toMatchObject({ status: 409, code: 'conflict' });
    expect(await countRows(ctx.database, ['outbox', 'audit_events'])).toEqual(before);

    const enabled = await call(ctx, city.keys.staffB1, { method: 'PATCH', url: `/v1/webhook-endpoints/${endpoint.id}`, payload: { enabled: true } });
    expect(enabled.json()).toMatchObject({ enabled: true, failingSince: null, disabledAt: null, disabledReason: null });
    receiver.succeed('/gone');
    const retry = await call(ctx, city.keys.staffB1, { method: 'POST', url: `/v1/webhook-deliveries/${deliveries[1]!.id}/retry` });
    expect(retry.statusCode).toBe(202);
    await eventually(async () => {
      const items: Delivery[] = await deliveriesOf(ctx, city.keys.staffB1, endpoint.id, 'succeeded');
      return items.length === 1 ? items : null;
    });
    const actions = await ctx.database.pool.query(`select action from audit_events where entity_id = $1 order by seq`, [endpoint.id]);
    expect(actions.rows.map((r) => r.action)).toEqual(['created', 'disabled', 'enabled']);
  });
});
