import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webhookEndpoints } from '../../src/db/schema/index.js';
import { newId } from '../../src/lib/ids.js';
import { type City, call, countRows, createCity } from '../factories/index.js';
import { createTestContext, type TestContext } from '../helpers/context.js';
import { emitDomainEvent, eventually, WebhookReceiver } from '../helpers/webhook-receiver.js';

/** A deployment that does not allow private webhook URLs (production's default). */
describe('webhook URLs on private addresses', () => {
  let ctx: TestContext;
  let city: City;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    ctx = await createTestContext({ WEBHOOK_ALLOW_PRIVATE_URLS: 'false', WEBHOOK_MAX_ATTEMPTS: '1' });
    city = await createCity(ctx.database);
    receiver = await WebhookReceiver.start();
    await ctx.startWorkers(['webhooks']);
  });
  afterAll(async () => {
    await ctx?.close();
    await receiver?.close();
  });

  it.each([
    ['http://127.0.0.1:8080/hook', 'IPv4 loopback'],
    ['http://10.0.0.5/hook', 'private 10/8'],
    ['https://172.20.1.1/hook', 'private 172.16/12'],
    ['http://192.168.1.20/hook', 'private 192.168/16'],
    ['http://169.254.169.254/latest/meta-data', 'link-local metadata'],
    ['http://100.64.12.1/hook', 'CGNAT'],
    ['http://224.0.0.1/hook', 'multicast'],
    ['http://0.0.0.0/hook', 'unspecified'],
    ['http://[::1]:8080/hook', 'IPv6 loopback'],
    ['http://[fd00::5]/hook', 'IPv6 unique local'],
    ['http://[fe80::1]/hook', 'IPv6 link-local'],
    ['http://[::ffff:127.0.0.1]/hook', 'IPv4-mapped loopback'],
    ['http://[::ffff:a00:1]/hook', 'IPv4-mapped private'],
    ['http://localhost:8080/hook', 'a hostname resolving to loopback'],
  ])('refuses %s (%s) with 422 and changes nothing', async (url) => {
    const before = await countRows(ctx.database, ['webhook_endpoints', 'audit_events', 'idempotency_keys']);
    const res = await call(ctx, city.keys.admin, {
      method: 'POST',
      url: '/v1/webhook-endpoints',
      payload: { url, events: ['*'] },
      headers: { 'idempotency-key': `ssrf-${url}` },
    });
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'webhook_url_refused', status: 422 });
    expect(await countRows(ctx.database, ['webhook_endpoints', 'audit_events', 'idempotency_keys'])).toEqual(
      before,
    );
  });

  it('accepts a public address', async () => {
    const res = await call(ctx, city.keys.admin, {
      method: 'POST',
      url: '/v1/webhook-endpoints',
      payload: { url: 'https://93.184.215.14/hook', events: ['*'] },
    });
    expect(res.statusCode).toBe(201);
  });

  it('checks the address again at delivery time and sends nothing to a private one', async () => {
    // Endpoints whose host became private after they were accepted (a DNS change), written directly.
    const literal = newId();
    const named = newId();
    await ctx.database.db.insert(webhookEndpoints).values([
      {
        id: literal,
        url: receiver.url('/literal'),
        events: ['order.published'],
        secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      },
      {
        id: named,
        url: receiver.url('/named').replace('127.0.0.1', 'localhost'),
        events: ['order.published'],
        secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      },
    ]);
    await emitDomainEvent(ctx, {
      type: 'order.published',
      regionPath: city.communityA1.path,
      data: { orderId: newId() },
    });
    const rows = await eventually(async () => {
      const { rows } = await ctx.database.db.execute<{
        status: string;
        attempts: number;
        last_error: string | null;
        last_status_code: number | null;
      }>(
        sql`select status, attempts, last_error, last_status_code from webhook_deliveries where endpoint_id in (${literal}, ${named})`,
      );
      return rows.length === 2 && rows.every((r) => r.status === 'dead') ? rows : null;
    });
    for (const row of rows) {
      expect(row).toMatchObject({ status: 'dead', attempts: 1, last_status_code: null });
      expect(row.last_error).toMatch(/loopback, private or reserved address/);
    }
    expect(receiver.received()).toEqual([]);
  });
});
