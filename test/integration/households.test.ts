import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type City, call, countRows, createCity, createKey, createMember } from '../factories/index.js';
import { orderBody } from '../factories/orders.js';
import { createTestContext, type TestContext } from '../helpers/context.js';

const NAME = '王秀兰';
const PHONE = '13812345679';
const ADDRESS = 'Building 3, Unit 2, Room 501';
const leaks = (text: string) => [NAME, PHONE, ADDRESS].filter((v) => text.includes(v));
const TABLES = [
  'households',
  'household_pairings',
  'visits',
  'orders',
  'audit_events',
  'idempotency_keys',
  'outbox',
];

describe('households: records of a community, masked, exportable and erasable', () => {
  let ctx: TestContext;
  let city: City;
  let household: { id: string };
  const post = (key: string, url: string, payload: object, headers: Record<string, string> = {}) =>
    call(ctx, key, { method: 'POST', url, payload, headers });
  const get = (key: string, url: string) => call(ctx, key, { method: 'GET', url });
  const body = (extra: object = {}) => ({
    name: NAME,
    phone: PHONE,
    address: ADDRESS,
    lat: 29.70123,
    lng: 116.00456,
    needs: 'Lives alone; needs help with shopping and a weekly check.',
    tags: ['elderly_alone', 'low_income', 'elderly_alone'],
    ...extra,
  });

  beforeAll(async () => {
    ctx = await createTestContext();
    city = await createCity(ctx.database);
  });
  afterAll(async () => ctx?.close());

  it('refuses bad input and the wrong keys with problem documents, writing nothing', async () => {
    const before = await countRows(ctx.database, TABLES);
    const cases: [string, unknown, number, string][] = [
      [city.keys.staffA1, {}, 400, 'validation_failed'],
      [city.keys.staffA1, body({ tags: ['rich'] }), 400, 'validation_failed'],
      [city.keys.staffA1, body({ lat: 29.7, lng: undefined }), 400, 'validation_failed'],
      [city.keys.staffA1, body({ phone: 'call me' }), 400, 'validation_failed'],
      [city.keys.staffA1, body({ ssn: 'x' }), 400, 'validation_failed'],
      [city.keys.staffA1, body({ communityId: city.streetA.id }), 404, 'not_found'],
      [city.keys.staffA2, body({ communityId: city.communityA1.id }), 404, 'not_found'],
      [city.keys.admin, body(), 400, 'validation_failed'],
      [city.keys.admin, body({ communityId: city.streetA.id }), 422, 'invalid_reference'],
      [city.keys.streetA, body({ communityId: city.communityA1.id }), 403, 'forbidden'],
      [city.keys.unitA, body({ communityId: city.communityA1.id }), 403, 'forbidden'],
    ];
    for (const [key, payload, status, code] of cases) {
      const res = await post(key, '/v1/households', payload as object);
      expect(res.statusCode, res.body).toBe(status);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().code).toBe(code);
    }
    expect(await countRows(ctx.database, TABLES)).toEqual(before);
  });

  it('shows the household in full to its staff only, masked in lists and to officers', async () => {
    const created = await post(city.keys.staffA1, '/v1/households', body(), { 'idempotency-key': 'hh-1' });
    expect(created.statusCode, created.body).toBe(201);
    household = created.json();
    expect(household).toMatchObject({
      communityId: city.communityA1.id,
      name: NAME,
      phone: PHONE,
      tags: ['elderly_alone', 'low_income'],
      personalDataMasked: false,
    });
    const staff = await get(city.keys.staffA1, `/v1/households/${household.id}`);
    expect(staff.json()).toMatchObject({ name: NAME, phone: PHONE, address: ADDRESS });
    const officer = await get(city.keys.streetA, `/v1/households/${household.id}`);
    expect(officer.statusCode).toBe(200);
    expect(officer.json()).toMatchObject({
      name: '王**',
      phone: '138****5679',
      address: null,
      needs: null,
      lat: 29.7,
    });
    const list = await get(city.keys.staffA1, '/v1/households?tag=low_income');
    expect(list.json().items).toHaveLength(1);
    expect(list.json().items[0]).toMatchObject({ personalDataMasked: true, address: null });
    for (const text of [officer.body, list.body]) expect(leaks(text)).toEqual([]);
    const stranger = await createMember(ctx.database, { communityId: city.communityA1.id });
    const unpaired = await createKey(ctx.database, 'member', { memberId: stranger.id });
    for (const key of [city.keys.staffB1, city.keys.streetB, city.keys.unitA, unpaired, city.keys.staffA2])
      expect((await get(key, `/v1/households/${household.id}`)).statusCode).toBe(404);
    expect((await get(city.keys.unitA, '/v1/households')).json().items).toEqual([]);
    // The audit trail holds masked values only.
    const { rows } = await ctx.database.pool.query(
      `select after::text as a from audit_events where entity_id = $1`,
      [household.id],
    );
    expect(rows.flatMap((r) => leaks(r.a))).toEqual([]);
  });

  it('changes a household for its staff and exports it for them alone', async () => {
    const patched = await call(ctx, city.keys.staffA1, {
      method: 'PATCH',
      url: `/v1/households/${household.id}`,
      payload: { tags: ['elderly_alone', 'disabled'] },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json().tags).toEqual(['elderly_alone', 'disabled']);
    const officer = await call(ctx, city.keys.streetA, {
      method: 'PATCH',
      url: `/v1/households/${household.id}`,
      payload: { tags: [] },
    });
    expect(officer.statusCode).toBe(403);
    const exported = await get(city.keys.staffA1, `/v1/households/${household.id}/export`);
    expect(exported.statusCode).toBe(200);
    expect(exported.json().household).toMatchObject({ name: NAME, phone: PHONE });
    expect((await get(city.keys.streetA, `/v1/households/${household.id}/export`)).statusCode).toBe(404);
  });

  it('erases an order’s beneficiary, keeping the audit chain valid', async () => {
    const order = (
      await post(
        city.keys.staffA1,
        '/v1/orders',
        orderBody(city, { beneficiary: { name: NAME, phone: PHONE } }),
        { 'idempotency-key': 'order-with-beneficiary' },
      )
    ).json();
    expect(order.beneficiary).toEqual({ name: NAME, phone: PHONE });
    const before = await countRows(ctx.database, TABLES);
    const url = `/v1/orders/${order.id}/beneficiary/erase`;
    for (const [key, payload, status] of [
      [city.keys.staffA1, {}, 400],
      [city.keys.staffA1, { reason: ' ' }, 400],
      [city.keys.unitA, { reason: 'request 9' }, 403],
      [city.keys.staffB1, { reason: 'request 9' }, 404],
    ] as const) {
      const res = await post(key, url, payload);
      expect(res.statusCode, res.body).toBe(status);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    expect(await countRows(ctx.database, TABLES)).toEqual(before);

    const erased = await post(city.keys.staffA1, url, { reason: 'resident request 2026-31' });
    expect(erased.statusCode, erased.body).toBe(200);
    expect(erased.json()).toMatchObject({ id: order.id, beneficiary: null, version: order.version + 1 });
    const read = await get(city.keys.staffA1, `/v1/orders/${order.id}`);
    expect(read.json().beneficiary).toBeNull();
    expect(leaks(read.body)).toEqual([]);
    const { rows } = await ctx.database.pool.query(
      `select response::text as r from idempotency_keys where response->>'id' = $1`,
      [order.id],
    );
    expect(rows).toHaveLength(1);
    expect(leaks(rows[0].r)).toEqual([]);
    const verify = await get(city.keys.admin, `/v1/audit/verify?entityId=${order.id}`);
    expect(verify.json()).toMatchObject({ ok: true, broken: [] });
    const timeline = await get(city.keys.staffA1, `/v1/orders/${order.id}/timeline`);
    expect(timeline.body).toContain('order.beneficiary_erased');
    const twice = await post(city.keys.staffA1, url, { reason: 'again' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('already_erased');
  });

  it('erases a household: pseudonym, stored answers rewritten, chains valid, then no change', async () => {
    const erased = await post(city.keys.staffA1, `/v1/households/${household.id}/erase`, {
      reason: 'resident request 2026-32',
    });
    expect(erased.statusCode, erased.body).toBe(200);
    const tag = household.id.replace(/-/g, '').slice(-4).toUpperCase();
    expect(erased.json().household).toMatchObject({
      name: `Erased household ${tag}`,
      phone: null,
      address: null,
      lat: null,
      needs: null,
      tags: [],
    });
    const read = await get(city.keys.staffA1, `/v1/households/${household.id}`);
    const exported = await get(city.keys.staffA1, `/v1/households/${household.id}/export`);
    for (const text of [read.body, exported.body]) expect(leaks(text)).toEqual([]);
    const { rows } = await ctx.database.pool.query(
      `select response::text as r from idempotency_keys where response->>'id' = $1`,
      [household.id],
    );
    expect(rows.flatMap((r) => leaks(r.r))).toEqual([]);
    const replay = await post(city.keys.staffA1, '/v1/households', body(), { 'idempotency-key': 'hh-1' });
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(leaks(replay.body)).toEqual([]);
    const verify = await get(city.keys.admin, '/v1/audit/verify');
    expect(verify.json()).toMatchObject({ ok: true, broken: [] });
    const before = await countRows(ctx.database, TABLES);
    const again = await post(city.keys.staffA1, `/v1/households/${household.id}/erase`, { reason: 'x' });
    expect(again.json().code).toBe('already_erased');
    const patch = await call(ctx, city.keys.staffA1, {
      method: 'PATCH',
      url: `/v1/households/${household.id}`,
      payload: { name: NAME },
    });
    expect(patch.json().code).toBe('already_erased');
    expect(await countRows(ctx.database, TABLES)).toEqual(before);
  });
});
