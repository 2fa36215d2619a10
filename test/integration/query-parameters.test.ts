import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type City, call, countRows, createCity } from '../factories/index.js';
import { createTestContext, type TestContext } from '../helpers/context.js';
import { publishOrder, setPolicy, slaOf } from './sla-fixtures.js';

interface Operation {
  method: string;
  path: string;
  hasBody: boolean;
}

/** A concrete URL for an OpenAPI path: a fresh UUID for each id, a format Open311 knows. */
const urlOf = (path: string) =>
  path
    .replace('{format}', 'json')
    .replace('{priority}', 'urgent')
    .replace('{categoryCode}', 'errand')
    .replace(/\{[^}]+\}/g, () => randomUUID());

/** A query parameter the operation does not declare is refused by name, as unknown body fields are. */
describe('query parameters', () => {
  let ctx: TestContext;
  let city: City;
  let operations: Operation[];
  beforeAll(async () => {
    ctx = await createTestContext({ SLA_RECONCILE_EVERY_MS: '3600000' });
    city = await createCity(ctx.database);
    const doc = ctx.app.swagger() as {
      paths: Record<string, Record<string, { requestBody?: unknown }>>;
    };
    operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({
        method: method.toUpperCase(),
        path,
        hasBody: op.requestBody !== undefined,
      })),
    );
  });
  afterAll(async () => ctx.close());

  it('refuses an unknown query parameter on every operation with 400 validation_failed naming it', async () => {
    const tables = ['orders', 'regions', 'api_keys', 'audit_events', 'audit_checkpoints', 'outbox'];
    const before = await countRows(ctx.database, tables);
    const failures: string[] = [];
    // Fastify validates params, then the body, then the query: operations with a body are sent valid ones below.
    for (const op of operations.filter((o) => !o.hasBody)) {
      const url = `${urlOf(op.path)}?x-unknown=42`;
      const res = await call(ctx, city.keys.admin, { method: op.method as 'GET', url });
      const body = res.json();
      const named = op.path.startsWith('/open311/')
        ? body[0]?.code === 400 && /x-unknown/.test(body[0]?.description)
        : body.code === 'validation_failed' &&
          body.errors.some((e: { path: string }) => e.path === 'querystring.x-unknown');
      if (res.statusCode !== 400 || !named)
        failures.push(`${op.method} ${url}: ${res.statusCode} ${res.body}`);
    }
    expect(failures).toEqual([]);
    expect(operations.filter((o) => !o.hasBody).length).toBeGreaterThan(40);

    const region = await call(ctx, city.keys.admin, {
      method: 'POST',
      url: '/v1/regions?dryRun=true',
      payload: { name: 'r', level: 'grid', parentId: city.communityA1.id },
    });
    expect(region.statusCode).toBe(400);
    expect(region.json().errors).toEqual([{ path: 'querystring.dryRun', message: expect.any(String) }]);
    const open311 = await call(ctx, null, {
      method: 'POST',
      url: '/open311/v2/requests.json?api_key=x',
      payload: 'service_code=errand',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(open311.statusCode).toBe(400);
    expect(open311.json()[0].description).toContain('api_key');
    expect(await countRows(ctx.database, tables)).toEqual(before);
  });

  it('keeps the parameters an operation declares, and the empty ones Open311 ignores', async () => {
    const ok = [
      '/v1/regions?level=grid&limit=5',
      '/open311/v2/services.json?jurisdiction_id=xunyang.gov.cn',
      '/open311/v2/requests.json?jurisdiction_id=x&status=open',
      '/open311/v2/services.xml?extensions=',
    ];
    for (const url of ok) {
      const res = await call(ctx, city.keys.admin, { method: 'GET', url });
      expect(res.statusCode, `${url} ${res.body}`).toBe(200);
    }
  });

  it('filters SLA breaches by order', async () => {
    await setPolicy(ctx, city, 'errand', 'urgent', {
      claimWithin: 'PT5S',
      completeWithin: 'PT30S',
      responseWithin: 'PT10S',
      maxLevel: 2,
    });
    const sla = slaOf(ctx);
    const orders = [
      await publishOrder(ctx, city, { priority: 'urgent', categoryCode: 'errand' }),
      await publishOrder(ctx, city, { priority: 'urgent', categoryCode: 'errand' }),
    ];
    ctx.clock.advance(6_000);
    for (const order of orders)
      expect(await sla.checkOrderDeadline(order.id, 'claim', new Date(order.sla.claimBy), 'timer')).toBe(
        'escalate',
      );
    const list = async (query: string) => {
      const res = await call(ctx, city.keys.admin, { method: 'GET', url: `/v1/sla/breaches${query}` });
      expect(res.statusCode, res.body).toBe(200);
      return res.json().items.map((b: { orderId: string }) => b.orderId);
    };
    expect(await list('')).toEqual(expect.arrayContaining(orders.map((o) => o.id)));
    for (const order of orders) expect(await list(`?orderId=${order.id}`)).toEqual([order.id]);
    expect(await list(`?orderId=${randomUUID()}`)).toEqual([]);
    const staffB1 = await call(ctx, city.keys.staffB1, {
      method: 'GET',
      url: `/v1/sla/breaches?orderId=${orders[0]?.id}`,
    });
    expect(staffB1.json().items).toEqual([]);
  });
});
