import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { createDatabase } from '../../src/db/client.js';
import { type City, call, countRows, createCity, createKey, createMember } from '../factories/index.js';
import { createTestContext, type TestContext } from '../helpers/context.js';
import { balanceOf, ledgerTotals } from './ledger-fixtures.js';

const WRITES = [
  'ledger_entries',
  'ledger_accounts',
  'audit_events',
  'domain_events',
  'outbox',
  'idempotency_keys',
  'merchants',
];

describe('love bank: merchants and redemptions', () => {
  let ctx: TestContext;
  let city: City;
  let shopA: { id: string };
  let shopDistrict: { id: string };

  const fund = async (memberId: string, points: number) => {
    const r = await call(ctx, city.keys.admin, {
      method: 'POST',
      url: '/v1/ledger/adjustments',
      payload: { memberId, points, reason: 'opening balance' },
    });
    expect(r.statusCode).toBe(201);
  };
  const redeem = (key: string, payload: Record<string, unknown>, headers: Record<string, string> = {}) =>
    call(ctx, key, { method: 'POST', url: '/v1/redemptions', payload, headers });

  beforeAll(async () => {
    ctx = await createTestContext();
    city = await createCity(ctx.database);
    const a = await call(ctx, city.keys.streetA, {
      method: 'POST',
      url: '/v1/merchants',
      payload: { name: 'Alliance Supermarket A1', regionId: city.communityA1.id, address: '1 Pine Lane' },
    });
    expect(a.statusCode).toBe(201);
    shopA = a.json();
    const d = await call(ctx, city.keys.admin, {
      method: 'POST',
      url: '/v1/merchants',
      payload: { name: 'District Market', regionId: city.district.id },
    });
    shopDistrict = d.json();
  });
  afterAll(async () => ctx.close());

  it('registers merchants within the caller’s subtree and shows each caller the shops of its region', async () => {
    expect(shopA).toMatchObject({
      name: 'Alliance Supermarket A1',
      regionId: city.communityA1.id,
      address: '1 Pine Lane',
    });
    const before = await countRows(ctx.database, WRITES);
    const foreign = await call(ctx, city.keys.streetB, {
      method: 'POST',
      url: '/v1/merchants',
      payload: { name: 'X', regionId: city.communityA1.id },
    });
    expect(foreign.json()).toMatchObject({ status: 422, code: 'invalid_reference' });
    const staff = await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: '/v1/merchants',
      payload: { name: 'X', regionId: city.communityA1.id },
    });
    expect(staff.statusCode).toBe(403);
    expect(await countRows(ctx.database, WRITES)).toEqual(before);

    const names = async (key: string) =>
      (await call(ctx, key, { method: 'GET', url: '/v1/merchants' }))
        .json()
        .items.map((m: { name: string }) => m.name)
        .sort();
    expect(await names(city.keys.staffA1)).toEqual(['Alliance Supermarket A1', 'District Market']);
    expect(await names(city.keys.staffB1)).toEqual(['District Market']);
    expect(await names(city.keys.admin)).toEqual(['Alliance Supermarket A1', 'District Market']);
    expect(
      (await call(ctx, city.keys.staffB1, { method: 'GET', url: `/v1/merchants/${shopA.id}` })).statusCode,
    ).toBe(404);
    expect(
      (await call(ctx, city.keys.staffA1, { method: 'GET', url: `/v1/merchants/${shopA.id}` })).json(),
    ).toEqual(shopA);
    expect((await call(ctx, city.keys.unitA, { method: 'GET', url: '/v1/merchants' })).statusCode).toBe(403);
  });

  it('redeems points: member −points ↔ merchant +points, balance returned', async () => {
    const m = await createMember(ctx.database, { communityId: city.communityA1.id });
    await fund(m.id, 100);
    const r = await redeem(city.keys.staffA1, {
      memberId: m.id,
      merchantId: shopA.id,
      points: 30.5,
      note: 'rice and oil',
    });
    expect(r.statusCode).toBe(201);
    expect(r.json()).toMatchObject({
      memberId: m.id,
      merchantId: shopA.id,
      points: 30.5,
      note: 'rice and oil',
      balance: 69.5,
    });
    expect(await balanceOf(ctx.database, 'member', m.id)).toEqual({ points: 69.5, hours: 0 });
    expect(await balanceOf(ctx.database, 'merchant', shopA.id)).toMatchObject({ points: 30.5 });
    const pair = await ctx.database.pool.query(
      'select account_type, points::float8 as points from ledger_entries where txn_id = $1 order by account_type',
      [r.json().id],
    );
    expect(pair.rows).toEqual([
      { account_type: 'member', points: -30.5 },
      { account_type: 'merchant', points: 30.5 },
    ]);
    expect((await ledgerTotals(ctx.database)).points).toBe(0);
  });

  it('refuses a redemption the balance does not cover, and writes nothing', async () => {
    const m = await createMember(ctx.database, { communityId: city.communityA1.id });
    const broke = await createMember(ctx.database, { communityId: city.communityA1.id });
    await fund(m.id, 20);
    const before = await countRows(ctx.database, WRITES);
    const r = await redeem(
      city.keys.admin,
      { memberId: m.id, merchantId: shopA.id, points: 20.01 },
      { 'idempotency-key': 'too-much' },
    );
    expect(r.statusCode).toBe(409);
    expect(r.headers['content-type']).toContain('application/problem+json');
    expect(r.json()).toMatchObject({ code: 'insufficient_points', balance: 20, requested: 20.01 });
    const none = await redeem(city.keys.admin, { memberId: broke.id, merchantId: shopA.id, points: 1 });
    expect(none.json()).toMatchObject({ code: 'insufficient_points', balance: 0 });
    expect(await countRows(ctx.database, WRITES)).toEqual(before);
    expect(await balanceOf(ctx.database, 'member', m.id)).toEqual({ points: 20, hours: 0 });
  });

  it('lets only admins, staff above the member and the member itself redeem, at shops they deal with', async () => {
    const m = await createMember(ctx.database, { communityId: city.communityA1.id, unitId: city.unitA.id });
    const other = await createMember(ctx.database, { communityId: city.communityA1.id });
    await fund(m.id, 50);
    const self = await createKey(ctx.database, 'member', { memberId: m.id });
    const otherKey = await createKey(ctx.database, 'member', { memberId: other.id });
    const before = await countRows(ctx.database, WRITES);
    const body = { memberId: m.id, merchantId: shopA.id, points: 1 };
    expect((await redeem(city.keys.staffB1, body)).statusCode).toBe(404);
    expect((await redeem(city.keys.streetB, body)).statusCode).toBe(404);
    expect((await redeem(otherKey, body)).statusCode).toBe(404);
    expect((await redeem(city.keys.unitA, body)).statusCode).toBe(403);
    expect((await redeem(city.keys.ops, body)).statusCode).toBe(403);
    expect((await redeem(city.keys.admin, { ...body, merchantId: crypto.randomUUID() })).json().code).toBe(
      'invalid_reference',
    );
    expect((await redeem(city.keys.admin, { ...body, points: 0 })).statusCode).toBe(400);
    expect((await redeem(city.keys.admin, { ...body, extra: true })).statusCode).toBe(400);
    expect(await countRows(ctx.database, WRITES)).toEqual(before);

    const own = await redeem(self, { ...body, merchantId: shopDistrict.id, points: 4 });
    expect(own.json()).toMatchObject({ balance: 46 });
    expect((await redeem(city.keys.streetA, body)).json()).toMatchObject({ balance: 45 });
  });

  it('replays a redemption sent again with the same Idempotency-Key and refuses the key with another body', async () => {
    const m = await createMember(ctx.database, { communityId: city.communityA1.id });
    await fund(m.id, 40);
    const body = { memberId: m.id, merchantId: shopA.id, points: 15 };
    const headers = { 'idempotency-key': 'till-7-receipt-0042' };
    const first = await redeem(city.keys.staffA1, body, headers);
    expect(first.statusCode).toBe(201);
    const before = await countRows(ctx.database, WRITES);
    const again = await redeem(city.keys.staffA1, body, headers);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    expect(await countRows(ctx.database, WRITES)).toEqual(before);
    const changed = await redeem(city.keys.staffA1, { ...body, points: 16 }, headers);
    expect(changed.json()).toMatchObject({ status: 422, code: 'idempotency_key_reused' });
    expect(await countRows(ctx.database, WRITES)).toEqual(before);
    expect(await balanceOf(ctx.database, 'member', m.id)).toEqual({ points: 25, hours: 0 });
  });

  it('never drives a balance negative under 50 concurrent redemptions through two API instances', async () => {
    const m = await createMember(ctx.database, { communityId: city.communityA1.id });
    await fund(m.id, 105);
    // A second replica: its own app and its own connection pool on the same database.
    const database2 = createDatabase(ctx.config.DATABASE_URL, 10);
    const app2 = await buildApp({
      config: ctx.config,
      database: database2,
      redis: ctx.redis,
      queues: ctx.queues,
      clock: ctx.clock,
    });
    try {
      const body = JSON.stringify({ memberId: m.id, merchantId: shopA.id, points: 10 });
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          (i % 2 === 0 ? ctx.app : app2).inject({
            method: 'POST',
            url: '/v1/redemptions',
            payload: body,
            headers: {
              authorization: `Bearer ${city.keys.staffA1}`,
              'content-type': 'application/json',
              'idempotency-key': `race-${i}`,
            },
          }),
        ),
      );
      const codes = results.map((r) => r.statusCode);
      expect(codes.filter((c) => c === 201)).toHaveLength(Math.floor(105 / 10));
      expect(codes.filter((c) => c === 409)).toHaveLength(50 - 10);
      const balances = results.filter((r) => r.statusCode === 201).map((r) => r.json().balance as number);
      expect(balances.sort((a, b) => a - b)).toEqual([5, 15, 25, 35, 45, 55, 65, 75, 85, 95]);
    } finally {
      await app2.close();
      await database2.close();
    }
    expect(await balanceOf(ctx.database, 'member', m.id)).toEqual({ points: 5, hours: 0 });
    const redemptions = await ctx.database.pool.query(
      `select count(*)::int as n from ledger_entries where kind = 'redemption' and account_id = $1`,
      [m.id],
    );
    expect(redemptions.rows[0].n).toBe(10);
    expect((await ledgerTotals(ctx.database)).points).toBe(0);
  });

  it('gives a merchant its redemptions with the period’s total for settlement', async () => {
    const shop = (
      await call(ctx, city.keys.admin, {
        method: 'POST',
        url: '/v1/merchants',
        payload: { name: 'Corner Shop', regionId: city.communityB1.id },
      })
    ).json();
    const m = await createMember(ctx.database, { communityId: city.communityB1.id });
    await fund(m.id, 100);
    const start = ctx.clock.now();
    for (const points of [12.5, 7.25, 30]) {
      ctx.clock.advance(60_000);
      expect(
        (await redeem(city.keys.staffB1, { memberId: m.id, merchantId: shop.id, points })).statusCode,
      ).toBe(201);
    }
    const url = `/v1/merchants/${shop.id}/ledger`;
    const all = (await call(ctx, city.keys.streetB, { method: 'GET', url: `${url}?limit=2` })).json();
    expect(all).toMatchObject({
      merchantId: shop.id,
      redemptions: 3,
      totalPoints: 49.75,
      from: null,
      to: null,
    });
    expect(all.items.map((e: { points: number; memberId: string }) => [e.points, e.memberId])).toEqual([
      [30, m.id],
      [7.25, m.id],
    ]);
    const rest = (
      await call(ctx, city.keys.streetB, { method: 'GET', url: `${url}?limit=2&cursor=${all.nextCursor}` })
    ).json();
    expect(rest.items.map((e: { points: number }) => e.points)).toEqual([12.5]);

    const to = new Date(start.getTime() + 150_000).toISOString();
    const period = (
      await call(ctx, city.keys.admin, {
        method: 'GET',
        url: `${url}?from=${encodeURIComponent(start.toISOString())}&to=${encodeURIComponent(to)}`,
      })
    ).json();
    expect(period).toMatchObject({ redemptions: 2, totalPoints: 19.75 });
    expect((await call(ctx, city.keys.streetA, { method: 'GET', url })).statusCode).toBe(404);
    expect((await call(ctx, city.keys.ops, { method: 'GET', url })).statusCode).toBe(403);
  });
});
