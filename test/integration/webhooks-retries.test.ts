import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { transaction } from '../../src/db/transaction.js';
import { emitEvents } from '../../src/outbox/outbox.repo.js';
import { type City, call, countRows, createCity } from '../factories/index.js';
import { createTestContext, type TestContext } from '../helpers/context.js';
import {
  deliveriesOf,
  emitDomainEvent,
  eventually,
  subscribe,
  verifyWebhook,
  WebhookReceiver,
} from '../helpers/webhook-receiver.js';

const BASE_MS = 200;

describe('webhook delivery: retries, dead letters, disabling', () => {
  let ctx: TestContext;
  let city: City;
  let receiver: WebhookReceiver;

  const subscribeTo = (key: string, path: string, events: string[], scope?: { regionId?: string }) =>
    subscribe(ctx, key, { url: receiver.url(path), events, scope });

  beforeAll(async () => {
    ctx = await createTestContext({
      WEBHOOK_MAX_ATTEMPTS: '4',
      WEBHOOK_BACKOFF_BASE_MS: String(BASE_MS),
      WEBHOOK_TIMEOUT_MS: '500',
    });
    city = await createCity(ctx.database);
    receiver = await WebhookReceiver.start();
    await ctx.startWorkers(['webhooks']);
  });
  afterAll(async () => {
    await ctx?.close();
    await receiver?.close();
  });

  it('retries a failing receiver with the same webhook-id and growing gaps until it answers', async () => {
    const endpoint = await subscribeTo(city.keys.admin, '/flaky', ['order.filled']);
    receiver.failNext(3, 503, '/flaky');
    const eventId = await emitDomainEvent(ctx, {
      type: 'order.filled',
      regionPath: city.communityA1.path,
      data: {},
    });
    const requests = await receiver.waitFor(4, '/flaky');
    expect(requests.map((r) => r.answeredWith)).toEqual([503, 503, 503, 200]);
    expect(new Set(requests.map((r) => r.headers['webhook-id']))).toEqual(new Set([`msg_${eventId}`]));
    for (const r of requests)
      expect(verifyWebhook(endpoint.secret, r)).toMatchObject({ type: 'order.filled' });

    const gaps = requests.slice(1).map((r, i) => r.receivedAt - requests[i]!.receivedAt);
    // Retry n waits between half the ceiling and the ceiling, which doubles from the base: 100-200, 200-400, 400-800 ms.
    for (const [i, gap] of gaps.entries()) expect(gap).toBeGreaterThanOrEqual((BASE_MS * 2 ** i) / 2 - 5);
    expect(gaps[2]!).toBeGreaterThan(gaps[0]!);

    const [delivery] = await eventually(async () => {
      const items = await deliveriesOf(ctx, city.keys.admin, endpoint.id);
      return items[0]?.status === 'succeeded' ? items : null;
    });
    expect(delivery).toMatchObject({
      status: 'succeeded',
      attempts: 4,
      lastStatusCode: 200,
      lastError: null,
    });
    const after = (
      await call(ctx, city.keys.admin, { method: 'GET', url: `/v1/webhook-endpoints/${endpoint.id}` })
    ).json();
    expect(after).toMatchObject({ enabled: true, failingSince: null });
  });

  it('attempts the deliveries of one transaction to one endpoint in one job, retrying only the failed one', async () => {
    const endpoint = await subscribeTo(city.keys.admin, '/batch', ['order.cancelled']);
    receiver.failNext(1, 503, '/batch');
    const eventIds = await transaction(ctx.database.db, (tx) =>
      emitEvents(
        tx,
        [0, 1, 2].map((n) => ({ type: 'order.cancelled', regionPath: city.communityA1.path, data: { n } })),
      ),
    );
    const { rows: jobs } = await ctx.database.pool.query(
      `select o.payload from outbox o where o.queue = 'webhooks'
          and exists (select 1 from webhook_deliveries d where d.endpoint_id = $1 and o.payload->'deliveryIds' ? d.id::text)`,
      [endpoint.id],
    );
    expect(jobs).toHaveLength(1);
    expect(jobs[0].payload.deliveryIds).toHaveLength(3);

    const requests = await receiver.waitFor(4, '/batch');
    const byMessage = new Map<string, number[]>();
    for (const r of requests)
      byMessage.set(r.headers['webhook-id']!, [
        ...(byMessage.get(r.headers['webhook-id']!) ?? []),
        r.answeredWith!,
      ]);
    expect([...byMessage.keys()].sort()).toEqual(eventIds.map((id) => `msg_${id}`).sort());
    expect([...byMessage.values()].map((codes) => codes.join(',')).sort()).toEqual(['200', '200', '503,200']);
    for (const r of requests)
      expect(verifyWebhook(endpoint.secret, r)).toMatchObject({ type: 'order.cancelled' });
    const items = await eventually(async () => {
      const list = await deliveriesOf(ctx, city.keys.admin, endpoint.id);
      return list.length === 3 && list.every((d) => d.status === 'succeeded') ? list : null;
    });
    expect(items.map((d) => d.attempts).sort()).toEqual([1, 1, 2]);
    expect(receiver.received('/batch')).toHaveLength(4);
  });

  it('counts a receiver that does not answer in time as a failed attempt', async () => {
    const endpoint = await subscribeTo(city.keys.admin, '/slow', ['order.reopened']);
    receiver.hangNext(1, '/slow');
    await emitDomainEvent(ctx, { type: 'order.reopened', regionPath: city.communityA1.path, data: {} });
    const requests = await receiver.waitFor(2, '/slow');
    expect(requests.map((r) => r.answeredWith)).toEqual([null, 200]);
    const [delivery] = await eventually(async () => {
      const items = await deliveriesOf(ctx, city.keys.admin, endpoint.id);
      return items[0]?.status === 'succeeded' ? items : null;
    });
    expect(delivery).toMatchObject({ attempts: 2, lastStatusCode: 200 });
    const logged = ctx.logs.find(
      (l) =>
        l.msg === 'job failed' &&
        String((l.err as { message?: string })?.message).includes('timed out after 500 ms'),
    );
    expect(logged).toBeDefined();
  });

  it('marks a delivery dead after the last attempt, keeps the failed job, and redelivers it by hand', async () => {
    const endpoint = await subscribeTo(city.keys.streetA, '/down', ['offer.expired'], {
      regionId: city.streetA.id,
    });
    receiver.failNext(4, 500, '/down');
    const eventId = await emitDomainEvent(ctx, {
      type: 'offer.expired',
      regionPath: city.communityA2.path,
      data: {},
    });
    const [dead] = await eventually(async () => {
      const items = await deliveriesOf(ctx, city.keys.streetA, endpoint.id, 'dead');
      return items.length ? items : null;
    });
    expect(dead).toMatchObject({
      status: 'dead',
      attempts: 4,
      lastStatusCode: 500,
      lastError: 'HTTP 500 Internal Server Error',
      deliveredAt: null,
    });
    expect(receiver.received('/down')).toHaveLength(4);
    // The row is marked dead before the processor throws; the queue moves the job to failed just after.
    const failedJobs = await eventually(async () => {
      const jobs = await ctx.queues.get('webhooks').getFailed();
      return jobs.some((j) => j.data.deliveryId === dead!.id) ? jobs : null;
    });
    expect(failedJobs.map((j) => j.data.deliveryId)).toContain(dead!.id);

    const foreign = await call(ctx, city.keys.streetB, {
      method: 'POST',
      url: `/v1/webhook-deliveries/${dead!.id}/retry`,
    });
    expect(foreign.statusCode).toBe(404);

    const before = await countRows(ctx.database, ['outbox', 'audit_events']);
    const retry = await call(ctx, city.keys.streetA, {
      method: 'POST',
      url: `/v1/webhook-deliveries/${dead!.id}/retry`,
    });
    expect(retry.statusCode).toBe(202);
    expect(retry.json()).toMatchObject({ id: dead!.id, status: 'pending', attempts: 4 });
    expect(await countRows(ctx.database, ['outbox', 'audit_events'])).toEqual({
      outbox: before.outbox! + 1,
      audit_events: before.audit_events! + 1,
    });

    const fifth = await receiver.waitFor(5, '/down');
    expect(fifth[4]!.headers['webhook-id']).toBe(`msg_${eventId}`);
    expect(verifyWebhook(endpoint.secret, fifth[4]!)).toMatchObject({ type: 'offer.expired' });
    const [redelivered] = await eventually(async () => {
      const items = await deliveriesOf(ctx, city.keys.streetA, endpoint.id);
      return items[0]?.status === 'succeeded' ? items : null;
    });
    expect(redelivered).toMatchObject({ status: 'succeeded', attempts: 5, lastStatusCode: 200 });
    const audit = await ctx.database.pool.query(
      `select action, actor_type, actor_id from audit_events where entity_id = $1`,
      [dead!.id],
    );
    expect(audit.rows).toEqual([
      { action: 'redelivery_requested', actor_type: 'api_key', actor_id: expect.any(String) },
    ]);
  });

  it('disables an endpoint failing for longer than WEBHOOK_DISABLE_AFTER_S, reports it, and re-enables it', async () => {
    const endpoint = await subscribeTo(city.keys.staffB1, '/gone', ['order.expired']);
    const sentinel = await subscribeTo(city.keys.staffB1, '/sentinel', ['order.expired']);
    receiver.failNext(Number.POSITIVE_INFINITY, 502, '/gone');
    await emitDomainEvent(ctx, { type: 'order.expired', regionPath: city.communityB1.path, data: {} });
    await eventually(async () =>
      (await deliveriesOf(ctx, city.keys.staffB1, endpoint.id, 'dead')).length ? true : null,
    );
    const failing = (
      await call(ctx, city.keys.staffB1, { method: 'GET', url: `/v1/webhook-endpoints/${endpoint.id}` })
    ).json();
    expect(failing).toMatchObject({ enabled: true, failingSince: ctx.clock.now().toISOString() });

    const disabledAt = ctx.clock.advance(ctx.config.WEBHOOK_DISABLE_AFTER_S * 1000 + 1000);
    await emitDomainEvent(ctx, { type: 'order.expired', regionPath: city.communityB1.path, data: {} });
    const disabled = await eventually(async () => {
      const e = (
        await call(ctx, city.keys.staffB1, { method: 'GET', url: `/v1/webhook-endpoints/${endpoint.id}` })
      ).json();
      return e.enabled === false ? e : null;
    });
    expect(disabled).toMatchObject({
      disabledAt: disabledAt.toISOString(),
      disabledReason: expect.stringMatching(/failing since/),
    });
    expect(ctx.logs.filter((l) => l.msg === 'endpoint.disabled')).toEqual([
      expect.objectContaining({ level: 40, endpointId: endpoint.id }),
    ]);
    const audit = await ctx.database.pool.query(
      `select action, actor_type from audit_events where entity_id = $1 order by seq`,
      [endpoint.id],
    );
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
    await emitDomainEvent(ctx, { type: 'order.expired', regionPath: city.communityB1.path, data: {} });
    await receiver.waitFor(3, '/sentinel');
    expect(await deliveriesOf(ctx, city.keys.staffB1, endpoint.id)).toHaveLength(2);
    expect(await deliveriesOf(ctx, city.keys.staffB1, sentinel.id)).toHaveLength(3);

    const before = await countRows(ctx.database, ['outbox', 'audit_events']);
    const refused = await call(ctx, city.keys.staffB1, {
      method: 'POST',
      url: `/v1/webhook-deliveries/${deliveries[0]!.id}/retry`,
    });
    expect(refused.json()).toMatchObject({ status: 409, code: 'conflict' });
    expect(await countRows(ctx.database, ['outbox', 'audit_events'])).toEqual(before);

    const enabled = await call(ctx, city.keys.staffB1, {
      method: 'PATCH',
      url: `/v1/webhook-endpoints/${endpoint.id}`,
      payload: { enabled: true },
    });
    expect(enabled.json()).toMatchObject({
      enabled: true,
      failingSince: null,
      disabledAt: null,
      disabledReason: null,
    });
    receiver.succeed('/gone');
    const retry = await call(ctx, city.keys.staffB1, {
      method: 'POST',
      url: `/v1/webhook-deliveries/${deliveries[1]!.id}/retry`,
    });
    expect(retry.statusCode).toBe(202);
    await eventually(async () => {
      const items = await deliveriesOf(ctx, city.keys.staffB1, endpoint.id, 'succeeded');
      return items.length === 1 ? items : null;
    });
    const actions = await ctx.database.pool.query(
      `select action from audit_events where entity_id = $1 order by seq`,
      [endpoint.id],
    );
    expect(actions.rows.map((r) => r.action)).toEqual(['created', 'disabled', 'enabled']);
  });
});
