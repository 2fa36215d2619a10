import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/lib/ids.js';
import { type City, call, countRows, createCity } from '../factories/index.js';
import { orderBody } from '../factories/orders.js';
import { createTestContext, type TestContext } from '../helpers/context.js';
import {
  deliveriesOf,
  emitDomainEvent,
  eventually,
  subscribe,
  verifyWebhook,
  WebhookReceiver,
} from '../helpers/webhook-receiver.js';

describe('webhook delivery: signing, scopes, fan-out', () => {
  let ctx: TestContext;
  let city: City;
  let receiver: WebhookReceiver;

  const subscribeTo = (key: string, path: string, events: string[], scope?: { regionId?: string }) =>
    subscribe(ctx, key, { url: receiver.url(path), events, scope });

  beforeAll(async () => {
    ctx = await createTestContext();
    city = await createCity(ctx.database);
    receiver = await WebhookReceiver.start();
    await ctx.startWorkers(['webhooks']);
  });
  afterAll(async () => {
    await ctx?.close();
    await receiver?.close();
  });

  it('delivers a signed event that the standardwebhooks library verifies, and logs it', async () => {
    const endpoint = await subscribeTo(city.keys.admin, '/signed', ['order.published']);
    const orderId = newId();
    const eventId = await emitDomainEvent(ctx, {
      type: 'order.published',
      orderId,
      regionPath: city.communityA1.path,
      data: { orderId, beneficiaryPhone: '13912345678' },
    });
    const [request] = await receiver.waitFor(1, '/signed');
    expect(request!.method).toBe('POST');
    expect(request!.headers).toMatchObject({
      'webhook-id': `msg_${eventId}`,
      'content-type': 'application/json',
    });
    expect(request!.headers['webhook-timestamp']).toMatch(/^\d{10}$/);
    const payload = verifyWebhook(endpoint.secret, request!) as {
      type: string;
      timestamp: string;
      data: Record<string, unknown>;
    };
    expect(payload).toEqual({
      type: 'order.published',
      timestamp: expect.any(String),
      data: { orderId, beneficiaryPhone: '139****5678' },
    });
    expect(Number.isNaN(Date.parse(payload.timestamp))).toBe(false);
    expect(() => verifyWebhook(`whsec_${Buffer.alloc(32, 7).toString('base64')}`, request!)).toThrow(
      /signature/i,
    );

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
    const unitA = await subscribeTo(city.keys.unitA, '/unit-a', ['order.published']);
    const streetA = await subscribeTo(city.keys.streetA, '/street-a', ['*']);
    const b1 = await subscribeTo(city.keys.staffB1, '/b1', ['claim.created']);

    const inA1ForUnitB = await emitDomainEvent(ctx, {
      type: 'order.published',
      regionPath: city.communityA1.path,
      unitIds: [city.unitB.id],
      data: {},
    });
    const inB1ForUnitA = await emitDomainEvent(ctx, {
      type: 'order.published',
      regionPath: city.communityB1.path,
      unitIds: [city.unitA.id],
      data: {},
    });
    const claimInGridB1 = await emitDomainEvent(ctx, {
      type: 'claim.created',
      regionPath: city.gridB1.path,
      unitIds: [city.unitA.id],
      data: {},
    });

    await receiver.waitFor(1, '/street-a');
    await receiver.waitFor(1, '/unit-a');
    await receiver.waitFor(1, '/b1');
    // Each event's deliveries are created in one transaction: once the expected ones exist, no other will.
    const ids = async (id: string) => (await deliveriesOf(ctx, city.keys.admin, id)).map((d) => d.messageId);
    expect(await ids(streetA.id)).toEqual([`msg_${inA1ForUnitB}`]);
    expect(await ids(unitA.id)).toEqual([`msg_${inB1ForUnitA}`]);
    expect(await ids(b1.id)).toEqual([`msg_${claimInGridB1}`]);
    expect(receiver.received('/unit-a').map((r) => r.headers['webhook-id'])).toEqual([`msg_${inB1ForUnitA}`]);

    const seenByUnitB = await call(ctx, city.keys.unitB, {
      method: 'GET',
      url: `/v1/webhook-endpoints/${unitA.id}/deliveries`,
    });
    expect(seenByUnitB.statusCode).toBe(404);
  });

  it('writes a posted order and its webhook deliveries together, or neither', async () => {
    const endpoint = await subscribeTo(city.keys.admin, '/atomic', ['order.published']);
    const tables = ['orders', 'audit_events', 'domain_events', 'outbox', 'webhook_deliveries'];
    const pool = ctx.database.pool;
    // Without an Idempotency-Key no transaction is opened: the order, its trail, its event, its
    // deliveries and their jobs are one statement. Make the deliveries' part of it fail.
    await pool.query(`create function refuse_delivery() returns trigger language plpgsql as $$
      begin raise exception 'deliveries refused'; end $$`);
    await pool.query(`create trigger refuse_delivery before insert on webhook_deliveries
      for each row execute function refuse_delivery()`);
    const before = await countRows(ctx.database, tables);
    try {
      const refused = await call(ctx, city.keys.staffA1, {
        method: 'POST',
        url: '/v1/orders',
        payload: orderBody(city, { publish: true }),
      });
      expect(refused.statusCode).toBe(500);
      expect(await countRows(ctx.database, tables)).toEqual(before);
    } finally {
      await pool.query('drop trigger refuse_delivery on webhook_deliveries');
      await pool.query('drop function refuse_delivery()');
    }

    const posted = await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: '/v1/orders',
      payload: orderBody(city, { publish: true }),
    });
    expect(posted.statusCode, posted.body).toBe(201);
    const { rows } = await pool.query(
      `select e.id, e.created_at, d.id as delivery_id, d.payload, o.payload as job
         from domain_events e
         join webhook_deliveries d on d.message_id = 'msg_' || e.id and d.endpoint_id = $2
         join outbox o on o.queue = 'webhooks' and o.payload->>'deliveryId' = d.id::text
        where e.order_id = $1 and e.type = 'order.published'`,
      [posted.json().id, endpoint.id],
    );
    expect(rows).toHaveLength(1);
    const [row] = rows;
    // A UUIDv7 made by the statement, and the body's timestamp is when the event was stored.
    expect(row.delivery_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(row.payload).toMatchObject({ type: 'order.published', timestamp: row.created_at.toISOString() });
    const [request] = await receiver.waitFor(1, '/atomic');
    expect(request!.headers['webhook-id']).toBe(`msg_${row.id}`);
  });
});
