import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type City,
  call,
  countRows,
  createCity,
  createMember,
  createRegion,
  createUnit,
} from '../factories/index.js';
import { orderBody } from '../factories/orders.js';
import { createTestContext, type TestContext } from '../helpers/context.js';

const TABLES = [
  'orders',
  'claims',
  'audit_events',
  'outbox',
  'domain_events',
  'idempotency_keys',
  'ledger_entries',
  'members',
];

describe('bad input to orders and claims changes nothing', () => {
  let ctx: TestContext;
  let city: City;
  let foreignGridId: string;
  let unpairedUnitId: string;
  beforeAll(async () => {
    ctx = await createTestContext();
    city = await createCity(ctx.database);
    foreignGridId = city.gridB1.id;
    unpairedUnitId = (await createUnit(ctx.database, { regionId: city.district.id })).id;
    await createRegion(ctx.database, { level: 'grid', parentId: city.communityA1.id });
  });
  afterAll(async () => ctx.close());

  const cases: [string, (c: City) => Record<string, unknown>, number, string][] = [
    ['a missing title', (c) => ({ ...orderBody(c), title: undefined }), 400, 'validation_failed'],
    ['a wrong-typed headcount', (c) => orderBody(c, { headcount: 'two' }), 400, 'validation_failed'],
    ['an unknown field', (c) => orderBody(c, { urgent: true }), 400, 'validation_failed'],
    ['headcount 0', (c) => orderBody(c, { headcount: 0 }), 400, 'validation_failed'],
    ['headcount 501', (c) => orderBody(c, { headcount: 501 }), 400, 'validation_failed'],
    [
      'a window that ends before it starts',
      (c) => orderBody(c, { window: { startsAt: '2030-01-02T10:00:00Z', endsAt: '2030-01-02T09:00:00Z' } }),
      400,
      'validation_failed',
    ],
    ['an unknown priority', (c) => orderBody(c, { priority: 'whenever' }), 400, 'validation_failed'],
    [
      'targets without targeted mode',
      (c) => orderBody(c, { targetUnitIds: [c.unitA.id] }),
      400,
      'validation_failed',
    ],
    ['an unknown category', (c) => orderBody(c, { categoryCode: 'space_travel' }), 422, 'unknown_category'],
    [
      'a grid of another community',
      () => orderBody(city, { gridId: foreignGridId }),
      422,
      'invalid_reference',
    ],
    [
      'target units not paired with the community',
      () => orderBody(city, { dispatchMode: 'targeted', targetUnitIds: [unpairedUnitId] }),
      422,
      'invalid_reference',
    ],
    [
      'a community outside the caller’s scope',
      (c) => orderBody(c, { communityId: c.communityB1.id }),
      404,
      'not_found',
    ],
  ];

  for (const [what, body, status, code] of cases) {
    it(`refuses ${what} with ${status} ${code}`, async () => {
      const before = await countRows(ctx.database, TABLES);
      const res = await call(ctx, city.keys.staffA1, {
        method: 'POST',
        url: '/v1/orders',
        payload: body(city),
      });
      expect(res.statusCode).toBe(status);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().code).toBe(code);
      expect(await countRows(ctx.database, TABLES)).toEqual(before);
    });
  }

  it('lists each bad field of a validation error', async () => {
    const res = await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: '/v1/orders',
      payload: orderBody(city, { headcount: 0, priority: 'x', extra: 1 }),
    });
    const paths = res
      .json()
      .errors.map((e: { path: string }) => e.path)
      .sort();
    expect(paths).toEqual(['body.extra', 'body.headcount', 'body.priority'].sort());
  });

  it('refuses a body over 1 MiB with 413', async () => {
    const before = await countRows(ctx.database, TABLES);
    const res = await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: '/v1/orders',
      payload: orderBody(city, { description: 'x'.repeat(1_100_000) }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('payload_too_large');
    expect(await countRows(ctx.database, TABLES)).toEqual(before);
  });

  it('refuses a member or unit key posting orders with 403', async () => {
    const before = await countRows(ctx.database, TABLES);
    const res = await call(ctx, city.keys.unitA, {
      method: 'POST',
      url: '/v1/orders',
      payload: orderBody(city),
    });
    expect(res.statusCode).toBe(403);
    expect(await countRows(ctx.database, TABLES)).toEqual(before);
  });

  it('refuses absurd hours, bad ratings and claims on a verified order', async () => {
    const order = (
      await call(ctx, city.keys.staffA1, {
        method: 'POST',
        url: '/v1/orders',
        payload: orderBody(city, { headcount: 1 }),
      })
    ).json();
    const m = await createMember(ctx.database, { communityId: city.communityA1.id });
    const claim = (
      await call(ctx, city.keys.staffA1, {
        method: 'POST',
        url: `/v1/orders/${order.id}/claims`,
        payload: { memberId: m.id },
      })
    ).json();
    await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: `/v1/orders/${order.id}/claims/${claim.id}/check-in`,
      payload: {},
    });
    const completeUrl = `/v1/orders/${order.id}/claims/${claim.id}/complete`;
    for (const hours of [-1, 0, 25, 1000]) {
      const before = await countRows(ctx.database, TABLES);
      const res = await call(ctx, city.keys.staffA1, {
        method: 'POST',
        url: completeUrl,
        payload: { hours },
      });
      expect([hours, res.statusCode]).toEqual([hours, 400]);
      expect(await countRows(ctx.database, TABLES)).toEqual(before);
    }
    await call(ctx, city.keys.staffA1, { method: 'POST', url: completeUrl, payload: { hours: 2 } });
    for (const rating of [0, 6, 3.5]) {
      const before = await countRows(ctx.database, TABLES);
      const res = await call(ctx, city.keys.staffA1, {
        method: 'POST',
        url: `/v1/orders/${order.id}/verify`,
        payload: { rating },
      });
      expect([rating, res.statusCode]).toEqual([rating, 400]);
      expect(await countRows(ctx.database, TABLES)).toEqual(before);
    }
    const ok = await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: `/v1/orders/${order.id}/verify`,
      payload: { rating: 4 },
    });
    expect(ok.statusCode).toBe(200);
    const other = await createMember(ctx.database, { communityId: city.communityA1.id });
    const before = await countRows(ctx.database, TABLES);
    const late = await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: `/v1/orders/${order.id}/claims`,
      payload: { memberId: other.id },
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('invalid_transition');
    expect(await countRows(ctx.database, TABLES)).toEqual(before);
  });

  it('answers 401 without a key and 404 for an unknown order', async () => {
    expect((await call(ctx, null, { method: 'GET', url: '/v1/orders' })).statusCode).toBe(401);
    const res = await call(ctx, city.keys.admin, {
      method: 'GET',
      url: '/v1/orders/01900000-0000-7000-8000-000000000000',
    });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('not_found');
  });
});
