import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type City, call, createCity, createKey, createMember } from '../factories/index.js';
import { orderBody } from '../factories/orders.js';
import { createTestContext, type TestContext } from '../helpers/context.js';

describe('rate limits', () => {
  let ctx: TestContext;
  let city: City;
  beforeAll(async () => {
    ctx = await createTestContext({
      RATE_LIMIT_ENABLED: 'true',
      RATE_LIMIT_WINDOW_S: '60',
      RATE_LIMIT_ANONYMOUS: '3',
      RATE_LIMIT_STAFF: '8',
      RATE_LIMIT_MEMBER: '50',
      RATE_LIMIT_CLAIMS_PER_MEMBER: '2',
    });
    city = await createCity(ctx.database);
  });
  afterAll(async () => ctx.close());

  it('limits a key by its role budget with a 429 problem document and Retry-After', async () => {
    const key = await createKey(ctx.database, 'community_staff', { regionId: city.communityA2.id });
    const statuses: number[] = [];
    let last: Awaited<ReturnType<typeof call>> | undefined;
    for (let i = 0; i < 10; i++) {
      last = await call(ctx, key, { method: 'GET', url: '/v1/categories' });
      statuses.push(last.statusCode);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 429, 429]);
    expect(last!.headers['content-type']).toContain('application/problem+json');
    expect(last!.json()).toMatchObject({ code: 'rate_limited', status: 429, limit: 8 });
    expect(Number(last!.headers['retry-after'])).toBeGreaterThan(0);
    // Another key has its own budget.
    expect((await call(ctx, city.keys.staffA1, { method: 'GET', url: '/v1/categories' })).statusCode).toBe(
      200,
    );
  });

  it('limits anonymous callers per IP', async () => {
    const url = '/open311/v2/services.json';
    const statuses = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await ctx.app.inject({ method: 'GET', url, remoteAddress: '10.9.8.7' })).statusCode);
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect((await ctx.app.inject({ method: 'GET', url, remoteAddress: '10.9.8.8' })).statusCode).toBe(200);
  });

  it('never limits the health probes, which need no key', async () => {
    const probe = (url: string) => ctx.app.inject({ method: 'GET', url, remoteAddress: '10.9.8.9' });
    const statuses = new Set<number>();
    for (let i = 0; i < 200; i++) statuses.add((await probe('/readyz')).statusCode);
    expect([...statuses]).toEqual([200]);
    expect((await probe('/healthz')).statusCode).toBe(200);
    const paths = (ctx.app.swagger() as { paths: Record<string, { get: { security?: unknown } }> }).paths;
    expect(paths['/healthz']?.get.security).toEqual([]);
    expect(paths['/readyz']?.get.security).toEqual([]);
  });

  it('gives claims a tighter budget per member', async () => {
    const m = await createMember(ctx.database, { communityId: city.communityA1.id });
    const key = await createKey(ctx.database, 'member', { memberId: m.id });
    const orders = [];
    for (let i = 0; i < 3; i++)
      orders.push(
        (
          await call(ctx, city.keys.admin, { method: 'POST', url: '/v1/orders', payload: orderBody(city) })
        ).json().id,
      );
    const statuses = [];
    for (const id of orders)
      statuses.push(
        (
          await call(ctx, key, {
            method: 'POST',
            url: `/v1/orders/${id}/claims`,
            payload: { memberId: m.id },
          })
        ).statusCode,
      );
    expect(statuses).toEqual([201, 201, 429]);
    const { rows } = await ctx.database.pool.query(
      'select count(*)::int as n from claims where member_id = $1',
      [m.id],
    );
    expect(rows[0].n).toBe(2);
  });
});
