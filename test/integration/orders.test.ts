import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type City, call, countRows, createCity } from '../factories/index.js';
import { orderBody } from '../factories/orders.js';
import { createTestContext, type TestContext } from '../helpers/context.js';

const ORDER_TABLES = ['orders', 'claims', 'audit_events', 'outbox', 'domain_events', 'idempotency_keys'];

describe('orders', () => {
  let ctx: TestContext;
  let city: City;
  beforeAll(async () => {
    ctx = await createTestContext();
    city = await createCity(ctx.database);
  });
  afterAll(async () => ctx.close());

  it('creates an open order with slots, deadlines from the SLA policy and an ETag', async () => {
    const res = await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: '/v1/orders',
      payload: orderBody(city, {
        beneficiary: { name: '李秀英', phone: '13812345678' },
        location: { lat: 29.7, lng: 116.0, address: '5 Lane' },
      }),
    });
    expect(res.statusCode).toBe(201);
    const order = res.json();
    expect(order).toMatchObject({
      status: 'open',
      version: 2,
      slots: { total: 2, held: 0 },
      escalationLevel: 0,
      possibleDuplicates: [],
    });
    expect(res.headers.etag).toBe('"v2"');
    // home_visit routine: claim within 1 day, complete within 3 days of publishing.
    const published = Date.parse(order.publishedAt);
    expect(Date.parse(order.sla.claimBy) - published).toBe(86_400_000);
    expect(Date.parse(order.sla.completeBy) - published).toBe(3 * 86_400_000);
    expect(order.beneficiary).toEqual({ name: '李秀英', phone: '13812345678' });

    const { rows } = await ctx.database.pool.query(
      'select action from audit_events where entity_id = $1 order by seq',
      [order.id],
    );
    expect(rows.map((r) => r.action)).toEqual(['order.created', 'order.published']);
    // Both deadlines lie beyond the timer horizon: their timers are planned as they come within it
    // (test/integration/timer-planner.test.ts), none is written with the order.
    const outbox = await ctx.database.pool.query(
      "select queue, job_name from outbox where queue = 'sla' and payload->>'orderId' = $1",
      [order.id],
    );
    expect(outbox.rows).toEqual([]);
  });

  it('answers a created order exactly as it then reads back, in both forms of the trail', async () => {
    for (const publish of [true, false]) {
      const res = await call(ctx, city.keys.staffA1, {
        method: 'POST',
        url: '/v1/orders',
        payload: orderBody(city, {
          publish,
          requiredSkills: ['medical', 'driving', 'medical'],
          window: { startsAt: '2030-01-01T08:00:00.000Z', endsAt: '2030-01-01T10:30:00.000Z' },
          beneficiary: { name: '王建国', phone: '13912345678' },
          location: { lat: 29.7, lng: 116.0, address: '5 Lane' },
        }),
      });
      expect(res.statusCode).toBe(201);
      const { possibleDuplicates, ...posted } = res.json();
      expect(possibleDuplicates).toEqual(expect.any(Array));
      const read = await call(ctx, city.keys.staffA1, { method: 'GET', url: `/v1/orders/${posted.id}` });
      const { breaches, ...stored } = read.json();
      expect(breaches).toEqual([]);
      expect(posted).toEqual(stored);
      expect(stored.requiredSkills).toEqual(['medical', 'driving']);
      const chain = await call(ctx, city.keys.admin, {
        method: 'GET',
        url: `/v1/audit/verify?entityId=${posted.id}`,
      });
      expect(chain.statusCode).toBe(200);
      expect(chain.json()).toMatchObject({ ok: true, events: publish ? 2 : 1 });
    }
  });

  it('flags possible duplicates within 50 m in the same category', async () => {
    const base = orderBody(city, { categoryCode: 'errand', location: { lat: 29.701, lng: 116.001 } });
    const first = await call(ctx, city.keys.staffA1, { method: 'POST', url: '/v1/orders', payload: base });
    const near = await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: '/v1/orders',
      payload: { ...base, location: { lat: 29.7101, lng: 116.001 } },
    });
    expect(near.json().possibleDuplicates).toEqual([]);
    const dup = await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: '/v1/orders',
      payload: { ...base, location: { lat: 29.7012, lng: 116.001 } },
    });
    expect(dup.json().possibleDuplicates.map((d: { id: string }) => d.id)).toEqual([first.json().id]);
    expect(dup.json().possibleDuplicates[0].distanceM).toBeLessThanOrEqual(50);
  });

  it('without a location, flags the ten newest live orders of the category in the same grid', async () => {
    const inGrid = orderBody(city, {
      categoryCode: 'errand',
      gridId: city.gridA1.id,
      title: 'Carry coal upstairs',
    });
    const post = async (payload: Record<string, unknown>) =>
      (await call(ctx, city.keys.staffA1, { method: 'POST', url: '/v1/orders', payload })).json();
    const posted: string[] = [];
    for (let i = 0; i < 12; i++) posted.push((await post(inGrid)).id);
    await post({ ...inGrid, categoryCode: 'home_visit' });
    await post({ ...inGrid, gridId: undefined });
    const cancelled = posted.pop()!;
    await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: `/v1/orders/${cancelled}/cancel`,
      payload: { reason: 'Posted twice' },
    });
    const probe = await post(inGrid);
    expect(probe.possibleDuplicates.map((d: { id: string }) => d.id)).toEqual(posted.slice(-10).reverse());
    expect(probe.possibleDuplicates[0]).toMatchObject({ status: 'open', distanceM: null });
  });

  it('creates a draft, edits it with If-Match, then publishes it', async () => {
    const created = await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: '/v1/orders',
      payload: orderBody(city, { publish: false }),
    });
    expect(created.json()).toMatchObject({
      status: 'draft',
      version: 1,
      sla: { claimBy: null, completeBy: null },
    });
    const id = created.json().id;

    const missing = await call(ctx, city.keys.staffA1, {
      method: 'PATCH',
      url: `/v1/orders/${id}`,
      payload: { title: 'New title' },
    });
    expect(missing.statusCode).toBe(428);
    expect(missing.json().code).toBe('precondition_required');

    const ok = await call(ctx, city.keys.staffA1, {
      method: 'PATCH',
      url: `/v1/orders/${id}`,
      headers: { 'if-match': '"v1"' },
      payload: { title: 'New title', headcount: 3 },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ title: 'New title', headcount: 3, version: 2 });
    expect(ok.headers.etag).toBe('"v2"');

    const before = await countRows(ctx.database, ORDER_TABLES);
    const stale = await call(ctx, city.keys.staffA1, {
      method: 'PATCH',
      url: `/v1/orders/${id}`,
      headers: { 'if-match': '"v1"' },
      payload: { title: 'Lost update' },
    });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().code).toBe('version_mismatch');
    expect(await countRows(ctx.database, ORDER_TABLES)).toEqual(before);
    const read = await call(ctx, city.keys.staffA1, { method: 'GET', url: `/v1/orders/${id}` });
    expect(read.json().title).toBe('New title');

    const published = await call(ctx, city.keys.staffA1, { method: 'POST', url: `/v1/orders/${id}/publish` });
    expect(published.json()).toMatchObject({ status: 'open', version: 3 });
    const again = await call(ctx, city.keys.staffA1, { method: 'POST', url: `/v1/orders/${id}/publish` });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'invalid_transition', currentStatus: 'open' });
  });

  it('replays a retried POST with the same Idempotency-Key and refuses the key with another body', async () => {
    const payload = orderBody(city, { title: 'Idempotent order' });
    const headers = { 'idempotency-key': 'order-key-1' };
    const first = await call(ctx, city.keys.staffA1, { method: 'POST', url: '/v1/orders', headers, payload });
    const before = await countRows(ctx.database, ORDER_TABLES);
    const second = await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: '/v1/orders',
      headers,
      payload,
    });
    expect(second.statusCode).toBe(201);
    expect(second.json()).toEqual(first.json());
    expect(await countRows(ctx.database, ORDER_TABLES)).toEqual(before);

    const other = await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: '/v1/orders',
      headers,
      payload: { ...payload, title: 'Different' },
    });
    expect(other.statusCode).toBe(422);
    expect(other.json().code).toBe('idempotency_key_reused');
    expect(await countRows(ctx.database, ORDER_TABLES)).toEqual(before);
  });

  it('lists orders in scope with filters and cursor pagination, masking beneficiaries', async () => {
    for (let i = 0; i < 3; i++)
      await call(ctx, city.keys.staffB1, {
        method: 'POST',
        url: '/v1/orders',
        payload: orderBody(city, {
          communityId: city.communityB1.id,
          categoryCode: 'legal_aid',
          beneficiary: { name: '王五', phone: '13900001111' },
        }),
      });
    const page1 = await call(ctx, city.keys.staffB1, { method: 'GET', url: '/v1/orders?limit=2' });
    expect(page1.json().items).toHaveLength(2);
    expect(page1.json().items[0].beneficiary).toEqual({ name: '王*', phone: '139****1111' });
    const page2 = await call(ctx, city.keys.staffB1, {
      method: 'GET',
      url: `/v1/orders?limit=2&cursor=${page1.json().nextCursor}`,
    });
    expect(page2.json().items).toHaveLength(1);
    expect(page2.json().nextCursor).toBeNull();
    const ids = [...page1.json().items, ...page2.json().items].map(
      (o: { communityId: string }) => o.communityId,
    );
    expect(new Set(ids)).toEqual(new Set([city.communityB1.id]));

    const filtered = await call(ctx, city.keys.admin, {
      method: 'GET',
      url: '/v1/orders?categoryCode=legal_aid&status=open',
    });
    expect(filtered.json().items).toHaveLength(3);
    const none = await call(ctx, city.keys.admin, {
      method: 'GET',
      url: `/v1/orders?categoryCode=legal_aid&createdFrom=${new Date(Date.now() + 3_600_000).toISOString()}`,
    });
    expect(none.json().items).toHaveLength(0);
  });

  it("hides another community's orders (404) and lets officers above see them", async () => {
    const res = await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: '/v1/orders',
      payload: orderBody(city),
    });
    const id = res.json().id;
    expect((await call(ctx, city.keys.staffB1, { method: 'GET', url: `/v1/orders/${id}` })).statusCode).toBe(
      404,
    );
    expect((await call(ctx, city.keys.staffA2, { method: 'GET', url: `/v1/orders/${id}` })).statusCode).toBe(
      404,
    );
    expect(
      (
        await call(ctx, city.keys.streetB, {
          method: 'POST',
          url: `/v1/orders/${id}/cancel`,
          payload: { reason: 'x' },
        })
      ).statusCode,
    ).toBe(404);
    const street = await call(ctx, city.keys.streetA, { method: 'GET', url: `/v1/orders/${id}` });
    expect(street.statusCode).toBe(200);
    expect(street.json().beneficiary).toBeNull();
  });

  it('closes the open escalations of an order it cancels', async () => {
    const id = (
      await call(ctx, city.keys.staffA1, { method: 'POST', url: '/v1/orders', payload: orderBody(city) })
    ).json().id;
    const whistle = await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: `/v1/orders/${id}/whistle`,
      payload: { reason: 'Nobody came' },
    });
    expect(whistle.statusCode).toBe(201);
    expect(
      (
        await call(ctx, city.keys.streetA, {
          method: 'GET',
          url: `/v1/escalations?status=open&orderId=${id}`,
        })
      ).json().items,
    ).toHaveLength(1);
    await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: `/v1/orders/${id}/cancel`,
      payload: { reason: 'Resolved by phone' },
    });
    expect(
      (
        await call(ctx, city.keys.streetA, {
          method: 'GET',
          url: `/v1/escalations?status=open&orderId=${id}`,
        })
      ).json().items,
    ).toHaveLength(0);
  });

  it('cancels an open order with a reason; a cancelled order cannot be cancelled again', async () => {
    const id = (
      await call(ctx, city.keys.staffA1, { method: 'POST', url: '/v1/orders', payload: orderBody(city) })
    ).json().id;
    const res = await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: `/v1/orders/${id}/cancel`,
      payload: { reason: 'Resident moved away' },
    });
    expect(res.json()).toMatchObject({ status: 'cancelled', cancelReason: 'Resident moved away' });
    const again = await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: `/v1/orders/${id}/cancel`,
      payload: { reason: 'again' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('invalid_transition');
  });
});
