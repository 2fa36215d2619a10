import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type City, call, countRows, createCity } from '../factories/index.js';
import { orderBody } from '../factories/orders.js';
import { createTestContext, type TestContext } from '../helpers/context.js';

/**
 * An order checked against the facts an earlier order read (src/modules/orders/order-intake.ts):
 * written by one statement while they hold, and never on facts that moved on: a changed SLA policy
 * gives the new deadlines, an ended pairing refuses the unit, a category added since admits it.
 */
const WRITTEN_TABLES = ['orders', 'audit_events', 'outbox', 'domain_events'];

describe('an order’s intake on the facts of the last', () => {
  let ctx: TestContext;
  let city: City;
  beforeAll(async () => {
    ctx = await createTestContext();
    city = await createCity(ctx.database);
  });
  afterAll(async () => ctx.close());

  const post = (extra: Record<string, unknown> = {}) =>
    call(ctx, city.keys.staffA1, { method: 'POST', url: '/v1/orders', payload: orderBody(city, extra) });

  const counts = () => countRows(ctx.database, WRITTEN_TABLES);

  async function verified(orderId: string) {
    const res = await call(ctx, city.keys.admin, {
      method: 'GET',
      url: `/v1/audit/verify?entityId=${orderId}`,
    });
    return res.json();
  }

  it('writes the next order of a community and category in one statement, with its possible duplicates', async () => {
    const at = { location: { lat: 29.71, lng: 116.01, address: '9 Lane' } };
    const first = await post(at);
    expect(first.statusCode, first.body).toBe(201);

    const spy = vi.spyOn(ctx.database.pool, 'query');
    const second = await post(at);
    const statements = spy.mock.calls.length;
    spy.mockRestore();

    expect(second.statusCode, second.body).toBe(201);
    expect(statements).toBe(1);
    expect(second.json().possibleDuplicates.map((d: { id: string }) => d.id)).toEqual([first.json().id]);
    expect(await verified(second.json().id)).toEqual({ ok: true, chains: 1, events: 2, broken: [] });
  });

  it('gives an order the deadlines of its SLA policy as changed since the last order', async () => {
    expect((await post()).statusCode).toBe(201);
    await ctx.database.pool.query(
      `update sla_policies set claim_within_s = 7200 where category_code = 'home_visit' and priority = 'routine'`,
    );
    try {
      const res = await post();
      expect(res.statusCode, res.body).toBe(201);
      const order = res.json();
      expect(Date.parse(order.sla.claimBy) - Date.parse(order.publishedAt)).toBe(7_200_000);
      const { rows } = await ctx.database.pool.query(
        'select extract(epoch from claim_by - published_at)::int as s from orders where id = $1',
        [order.id],
      );
      expect(rows[0].s).toBe(7200);
      expect(await verified(order.id)).toEqual({ ok: true, chains: 1, events: 2, broken: [] });
    } finally {
      await ctx.database.pool.query(
        `update sla_policies set claim_within_s = 86400 where category_code = 'home_visit' and priority = 'routine'`,
      );
    }
  });

  it('refuses a target unit whose pairing ended since the last order, and writes nothing', async () => {
    const targeted = { dispatchMode: 'targeted', targetUnitIds: [city.unitA.id] };
    expect((await post(targeted)).statusCode).toBe(201);
    await ctx.database.pool.query(
      `update pairings set valid_to = current_date - 1 where unit_id = $1 and community_id = $2`,
      [city.unitA.id, city.communityA1.id],
    );
    try {
      const before = await counts();
      const res = await post(targeted);
      expect(res.statusCode, res.body).toBe(422);
      expect(res.json()).toMatchObject({ code: 'invalid_reference', unitIds: [city.unitA.id] });
      expect(await counts()).toEqual(before);
    } finally {
      await ctx.database.pool.query(
        `update pairings set valid_to = null where unit_id = $1 and community_id = $2`,
        [city.unitA.id, city.communityA1.id],
      );
    }
  });

  it('admits an order of a category added since an order of it was refused', async () => {
    const before = await counts();
    const refused = await post({ categoryCode: 'stair_lift' });
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.json().code).toBe('unknown_category');
    expect(await counts()).toEqual(before);

    await ctx.database.pool.query(
      `insert into categories (code, name, name_zh, default_claim_within_s, default_complete_within_s)
       values ('stair_lift', 'Stair lift', '楼梯升降', 3600, 86400)`,
    );
    await ctx.database.pool.query(
      `insert into sla_policies (category_code, priority, claim_within_s, complete_within_s, response_within_s)
       values ('stair_lift', 'routine', 3600, 86400, 3600)`,
    );
    const admitted = await post({ categoryCode: 'stair_lift' });
    expect(admitted.statusCode, admitted.body).toBe(201);
    expect(admitted.json()).toMatchObject({ categoryCode: 'stair_lift', status: 'open' });
  });
});
