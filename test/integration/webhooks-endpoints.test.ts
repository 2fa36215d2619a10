import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type City, call, countRows, createCity, createKey, createMember } from '../factories/index.js';
import { createTestContext, type TestContext } from '../helpers/context.js';

const tables = ['webhook_endpoints', 'audit_events', 'idempotency_keys'];
const hook = 'https://93.184.215.14/hooks/whistle';

describe('webhook endpoints', () => {
  let ctx: TestContext;
  let city: City;
  const create = (key: string, body: unknown, headers?: Record<string, string>) =>
    call(ctx, key, { method: 'POST', url: '/v1/webhook-endpoints', payload: body as object, headers });

  beforeAll(async () => {
    ctx = await createTestContext();
    city = await createCity(ctx.database);
  });
  afterAll(async () => ctx?.close());

  it('shows the signing secret once, in the creation response only', async () => {
    const res = await create(city.keys.admin, { url: hook, events: ['order.published', 'claim.created'] });
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({
      url: hook,
      events: ['order.published', 'claim.created'],
      scope: { regionId: null, unitId: null },
      enabled: true,
      failingSince: null,
      disabledAt: null,
    });
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(Buffer.from(created.secret.slice('whsec_'.length), 'base64').length).toBeGreaterThanOrEqual(24);
    expect(() => new Webhook(created.secret)).not.toThrow();

    const one = await call(ctx, city.keys.admin, {
      method: 'GET',
      url: `/v1/webhook-endpoints/${created.id}`,
    });
    expect(one.statusCode).toBe(200);
    expect(one.json()).not.toHaveProperty('secret');
    expect(one.body).not.toContain(created.secret.slice(6));
    const list = await call(ctx, city.keys.admin, { method: 'GET', url: '/v1/webhook-endpoints' });
    expect(list.json().items.map((e: { id: string }) => e.id)).toContain(created.id);
    expect(list.body).not.toContain(created.secret.slice(6));

    const audit = await ctx.database.pool.query(
      `select action, after::text as after from audit_events where entity_id = $1`,
      [created.id],
    );
    expect(audit.rows).toEqual([
      { action: 'created', after: expect.not.stringContaining(created.secret.slice(6)) },
    ]);
  });

  it('replays a creation with the same Idempotency-Key, secret included, and creates one endpoint', async () => {
    const before = await countRows(ctx.database, ['webhook_endpoints']);
    const body = { url: `${hook}/idem`, events: ['*'] };
    const first = await create(city.keys.admin, body, { 'idempotency-key': 'create-hook-1' });
    const again = await create(city.keys.admin, body, { 'idempotency-key': 'create-hook-1' });
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(first.json());
    expect(await countRows(ctx.database, ['webhook_endpoints'])).toEqual({
      webhook_endpoints: before.webhook_endpoints! + 1,
    });
  });

  it('scopes an endpoint to the key by default and refuses scopes outside it with 404', async () => {
    const own = await create(city.keys.staffA1, { url: hook, events: ['order.published'] });
    expect(own.statusCode).toBe(201);
    expect(own.json().scope).toEqual({ regionId: city.communityA1.id, unitId: null });

    const street = await create(city.keys.streetA, {
      url: hook,
      events: ['*'],
      scope: { regionId: city.communityA2.id },
    });
    expect(street.statusCode).toBe(201);
    expect(street.json().scope).toEqual({ regionId: city.communityA2.id, unitId: null });

    const unit = await create(city.keys.unitA, { url: hook, events: ['offer.created'] });
    expect(unit.json().scope).toEqual({ regionId: null, unitId: city.unitA.id });

    const before = await countRows(ctx.database, tables);
    const refused = [
      [city.keys.staffA1, { regionId: city.streetA.id }, 404],
      [city.keys.staffA1, { regionId: city.communityB1.id }, 404],
      [city.keys.streetB, { regionId: city.communityA1.id }, 404],
      [city.keys.unitA, { unitId: city.unitB.id }, 404],
      [city.keys.staffA1, { regionId: '0190aaaa-0000-7000-8000-000000000000' }, 404],
      [city.keys.unitA, { regionId: city.communityA1.id }, 403],
      [city.keys.staffA1, { unitId: city.unitA.id }, 403],
    ] as const;
    for (const [key, scope, status] of refused) {
      const res = await create(key, { url: hook, events: ['*'], scope });
      expect(res.statusCode, JSON.stringify(scope)).toBe(status);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    const member = await createMember(ctx.database, { communityId: city.communityA1.id });
    const memberKey = await createKey(ctx.database, 'member', { memberId: member.id });
    expect((await create(memberKey, { url: hook, events: ['*'] })).json()).toMatchObject({
      status: 403,
      code: 'forbidden',
    });
    expect((await create(city.keys.ops, { url: hook, events: ['*'] })).statusCode).toBe(403);
    expect(await countRows(ctx.database, tables)).toEqual(before);
  });

  it('shows an endpoint only to keys whose scope covers it', async () => {
    const a1 = (await create(city.keys.staffA1, { url: hook, events: ['*'] })).json();
    const u = (await create(city.keys.unitA, { url: hook, events: ['*'] })).json();
    const get = (key: string, id: string) =>
      call(ctx, key, { method: 'GET', url: `/v1/webhook-endpoints/${id}` });
    expect((await get(city.keys.staffA1, a1.id)).statusCode).toBe(200);
    expect((await get(city.keys.streetA, a1.id)).statusCode).toBe(200);
    expect((await get(city.keys.districtOfficer, a1.id)).statusCode).toBe(200);
    expect((await get(city.keys.ops, a1.id)).statusCode).toBe(200);
    expect((await get(city.keys.staffA2, a1.id)).json()).toMatchObject({ status: 404, code: 'not_found' });
    expect((await get(city.keys.streetB, a1.id)).statusCode).toBe(404);
    expect((await get(city.keys.unitA, a1.id)).statusCode).toBe(404);
    expect((await get(city.keys.unitA, u.id)).statusCode).toBe(200);
    expect((await get(city.keys.unitB, u.id)).statusCode).toBe(404);
    expect((await get(city.keys.staffA1, u.id)).statusCode).toBe(404);

    const listed = await call(ctx, city.keys.staffA2, {
      method: 'GET',
      url: '/v1/webhook-endpoints?limit=200',
    });
    const scopes = listed.json().items.map((e: { scope: { regionId: string } }) => e.scope.regionId);
    expect(scopes.length).toBeGreaterThan(0);
    expect(new Set(scopes)).toEqual(new Set([city.communityA2.id]));
  });

  it('pages through endpoints with a cursor', async () => {
    const all = (
      await call(ctx, city.keys.admin, { method: 'GET', url: '/v1/webhook-endpoints?limit=200' })
    ).json().items;
    const first = (
      await call(ctx, city.keys.admin, { method: 'GET', url: '/v1/webhook-endpoints?limit=2' })
    ).json();
    expect(first.items).toHaveLength(2);
    const second = (
      await call(ctx, city.keys.admin, {
        method: 'GET',
        url: `/v1/webhook-endpoints?limit=200&cursor=${first.nextCursor}`,
      })
    ).json();
    expect([...first.items, ...second.items].map((e: { id: string }) => e.id)).toEqual(
      all.map((e: { id: string }) => e.id),
    );
    expect(second.nextCursor).toBeNull();
  });

  it('refuses invalid bodies with a problem document and changes nothing', async () => {
    const before = await countRows(ctx.database, tables);
    const bad = [
      { url: hook, events: ['order.nope'] },
      { url: hook, events: [] },
      { url: 'ftp://93.184.215.14/x', events: ['*'] },
      { url: 'not a url', events: ['*'] },
      { url: hook, events: ['*'], colour: 'red' },
      { url: hook, events: ['*'], scope: { regionId: city.communityA1.id, unitId: city.unitA.id } },
    ];
    for (const body of bad) {
      const res = await create(city.keys.admin, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().code).toBe('validation_failed');
    }
    expect(await countRows(ctx.database, tables)).toEqual(before);
  });

  it('deletes an endpoint: gone from reads, audited, and only within scope', async () => {
    const e = (await create(city.keys.staffA1, { url: hook, events: ['*'] })).json();
    const before = await countRows(ctx.database, tables);
    const foreign = await call(ctx, city.keys.staffB1, {
      method: 'DELETE',
      url: `/v1/webhook-endpoints/${e.id}`,
    });
    expect(foreign.statusCode).toBe(404);
    expect(await countRows(ctx.database, tables)).toEqual(before);

    const res = await call(ctx, city.keys.staffA1, {
      method: 'DELETE',
      url: `/v1/webhook-endpoints/${e.id}`,
    });
    expect(res.statusCode).toBe(204);
    expect(
      (await call(ctx, city.keys.staffA1, { method: 'GET', url: `/v1/webhook-endpoints/${e.id}` }))
        .statusCode,
    ).toBe(404);
    const listed = (
      await call(ctx, city.keys.admin, { method: 'GET', url: '/v1/webhook-endpoints?limit=200' })
    ).json();
    expect(listed.items.map((x: { id: string }) => x.id)).not.toContain(e.id);
    expect(
      (await call(ctx, city.keys.staffA1, { method: 'DELETE', url: `/v1/webhook-endpoints/${e.id}` }))
        .statusCode,
    ).toBe(404);
    const audit = await ctx.database.pool.query(
      `select action from audit_events where entity_id = $1 order by seq`,
      [e.id],
    );
    expect(audit.rows.map((r) => r.action)).toEqual(['created', 'deleted']);
  });

  it('pauses and re-enables an endpoint within scope, audited', async () => {
    const e = (await create(city.keys.unitA, { url: hook, events: ['*'] })).json();
    const patch = (key: string, payload: unknown) =>
      call(ctx, key, { method: 'PATCH', url: `/v1/webhook-endpoints/${e.id}`, payload: payload as object });
    const before = await countRows(ctx.database, tables);
    expect((await patch(city.keys.unitB, { enabled: false })).statusCode).toBe(404);
    expect((await patch(city.keys.ops, { enabled: false })).statusCode).toBe(403);
    expect((await patch(city.keys.unitA, { enabled: 'no' })).json().code).toBe('validation_failed');
    expect((await patch(city.keys.unitA, { enabled: false, url: hook })).json().code).toBe(
      'validation_failed',
    );
    expect(await countRows(ctx.database, tables)).toEqual(before);

    const paused = await patch(city.keys.unitA, { enabled: false });
    expect(paused.json()).toMatchObject({
      enabled: false,
      disabledAt: expect.any(String),
      disabledReason: 'disabled through the API',
    });
    const resumed = await patch(city.keys.unitA, { enabled: true });
    expect(resumed.json()).toMatchObject({
      enabled: true,
      disabledAt: null,
      disabledReason: null,
      failingSince: null,
    });
    expect((await patch(city.keys.unitA, { enabled: true })).statusCode).toBe(200);
    const audit = await ctx.database.pool.query(
      `select action from audit_events where entity_id = $1 order by seq`,
      [e.id],
    );
    expect(audit.rows.map((r) => r.action)).toEqual(['created', 'disabled', 'enabled']);
  });
});
