import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type City,
  call,
  countRows,
  createCity,
  createKey,
  createMember,
  createRegion,
} from '../factories/index.js';
import { createTestContext, type TestContext } from '../helpers/context.js';

describe('API keys', () => {
  let ctx: TestContext;
  let city: City;
  beforeAll(async () => {
    ctx = await createTestContext();
    city = await createCity(ctx.database);
  });
  afterAll(async () => ctx.close());

  const issue = (key: string, payload: Record<string, unknown>) =>
    call(ctx, key, { method: 'POST', url: '/v1/api-keys', payload });
  const whoami = (key: string) => call(ctx, key, { method: 'GET', url: '/v1/categories?limit=1' });
  const auditOf = async (entityId: string) =>
    (
      await ctx.database.pool.query(
        'select action, actor_id, request_id, before, after from audit_events where entity_id = $1 order by seq',
        [entityId],
      )
    ).rows;
  const keyIdOf = async (plaintext: string) => {
    const prefix = plaintext.split('_')[1];
    return (await ctx.database.pool.query('select id from api_keys where prefix = $1', [prefix])).rows[0]
      .id as string;
  };

  it('issues a key whose plaintext is shown once, works, and is stored only as a hash', async () => {
    const res = await issue(city.keys.admin, {
      name: 'community app A1',
      role: 'community_staff',
      scope: { regionId: city.communityA1.id },
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.key).toMatch(new RegExp(`^wd_${body.prefix}_[A-Za-z0-9_-]{32,}$`));
    expect(body).toMatchObject({
      name: 'community app A1',
      role: 'community_staff',
      scope: { regionId: city.communityA1.id, unitId: null, memberId: null },
      lastUsedAt: null,
      expiresAt: null,
      revokedAt: null,
      rotatedFrom: null,
    });
    expect((await whoami(body.key)).statusCode).toBe(200);

    const list = await call(ctx, city.keys.admin, { method: 'GET', url: '/v1/api-keys?limit=200' });
    const listed = list.json().items.find((k: { id: string }) => k.id === body.id);
    expect(listed).toMatchObject({ id: body.id, prefix: body.prefix, role: 'community_staff' });
    expect(listed).not.toHaveProperty('key');
    // The secret is base64url, which may itself hold '_': everything after the prefix.
    const secret = /^wd_[0-9a-f]{12}_(.+)$/.exec(body.key)![1]!;
    expect(secret).toHaveLength(43);
    expect(list.body).not.toContain(secret);

    const [row] = (await ctx.database.pool.query('select secret_hash from api_keys where id = $1', [body.id]))
      .rows;
    expect(row.secret_hash).toMatch(/^[0-9a-f]{64}$/);
    const [event] = await auditOf(body.id);
    expect(event.action).toBe('api_key.created');
    expect(JSON.stringify(event)).not.toContain(body.key);
    expect(JSON.stringify(ctx.logs)).not.toContain(secret);
  });

  it('records when a key was last used', async () => {
    const created = (await issue(city.keys.admin, { name: 'ops board', role: 'ops' })).json();
    ctx.clock.advance(5_000);
    const usedAt = ctx.clock.now().toISOString();
    await whoami(created.key);
    const list = await call(ctx, city.keys.admin, { method: 'GET', url: '/v1/api-keys?role=ops&limit=200' });
    expect(list.json().items.find((k: { id: string }) => k.id === created.id).lastUsedAt).toBe(usedAt);
  });

  it('checks that the scope fits the role: shape (400), level (422), existence (404), writing nothing', async () => {
    const before = await countRows(ctx.database, ['api_keys', 'audit_events']);
    const shapes = [
      { name: 'x', role: 'admin', scope: { regionId: city.district.id } },
      { name: 'x', role: 'community_staff', scope: {} },
      { name: 'x', role: 'community_staff', scope: { unitId: city.unitA.id } },
      { name: 'x', role: 'street_officer', scope: { regionId: city.streetA.id, unitId: city.unitA.id } },
      { name: 'x', role: 'unit_admin', scope: { regionId: city.streetA.id } },
      { name: 'x', role: 'member' },
      { name: 'x', role: 'ops', scope: { unitId: city.unitA.id } },
    ];
    for (const payload of shapes) {
      const res = await issue(city.keys.admin, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().errors).toEqual([expect.objectContaining({ path: 'body.scope' })]);
    }
    const levels = [
      { name: 'x', role: 'community_staff', scope: { regionId: city.streetA.id } },
      { name: 'x', role: 'street_officer', scope: { regionId: city.communityA1.id } },
    ];
    for (const payload of levels) {
      const res = await issue(city.keys.admin, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(422);
      expect(res.json().code).toBe('invalid_reference');
    }
    const missing = await issue(city.keys.admin, {
      name: 'x',
      role: 'unit_admin',
      scope: { unitId: '01890000-0000-7000-8000-000000000000' },
    });
    expect(missing.statusCode).toBe(404);
    const past = await issue(city.keys.admin, {
      name: 'x',
      role: 'ops',
      expiresAt: new Date(ctx.clock.now().getTime() - 1000).toISOString(),
    });
    expect(past.statusCode).toBe(400);
    expect(await countRows(ctx.database, ['api_keys', 'audit_events'])).toEqual(before);
  });

  it('lets officers, staff and unit admins issue only the keys below them, inside their scope', async () => {
    const a1Member = await createMember(ctx.database, {
      communityId: city.communityA1.id,
      unitId: city.unitA.id,
    });
    const b1Member = await createMember(ctx.database, {
      communityId: city.communityB1.id,
      unitId: city.unitB.id,
    });
    const allowed = [
      {
        key: city.keys.streetA,
        payload: { name: 'A2 staff', role: 'community_staff', scope: { regionId: city.communityA2.id } },
      },
      {
        key: city.keys.districtOfficer,
        payload: { name: 'B officer', role: 'street_officer', scope: { regionId: city.streetB.id } },
      },
      {
        key: city.keys.staffA1,
        payload: { name: 'member app', role: 'member', scope: { memberId: a1Member.id } },
      },
      {
        key: city.keys.unitB,
        payload: { name: 'member app', role: 'member', scope: { memberId: b1Member.id } },
      },
    ];
    for (const { key, payload } of allowed)
      expect((await issue(key, payload)).statusCode, JSON.stringify(payload)).toBe(201);

    const memberKey = await createKey(ctx.database, 'member', { memberId: a1Member.id });
    const before = await countRows(ctx.database, ['api_keys', 'audit_events']);
    const refused = [
      {
        key: city.keys.streetA,
        payload: { name: 'x', role: 'community_staff', scope: { regionId: city.communityB1.id } },
        status: 404,
      },
      { key: city.keys.streetA, payload: { name: 'x', role: 'admin' }, status: 403 },
      {
        key: city.keys.streetA,
        payload: { name: 'x', role: 'unit_admin', scope: { unitId: city.unitA.id } },
        status: 403,
      },
      {
        key: city.keys.staffA1,
        payload: { name: 'x', role: 'member', scope: { memberId: b1Member.id } },
        status: 404,
      },
      {
        key: city.keys.staffA1,
        payload: { name: 'x', role: 'community_staff', scope: { regionId: city.communityA1.id } },
        status: 403,
      },
      {
        key: city.keys.unitA,
        payload: { name: 'x', role: 'member', scope: { memberId: b1Member.id } },
        status: 404,
      },
      { key: city.keys.ops, payload: { name: 'x', role: 'ops' }, status: 403 },
    ];
    for (const { key, payload, status } of refused) {
      expect((await issue(key, payload)).statusCode, JSON.stringify(payload)).toBe(status);
    }
    expect(
      (await issue(memberKey, { name: 'x', role: 'member', scope: { memberId: a1Member.id } })).statusCode,
    ).toBe(403);
    expect((await call(ctx, memberKey, { method: 'GET', url: '/v1/api-keys' })).statusCode).toBe(403);
    expect(await countRows(ctx.database, ['api_keys', 'audit_events'])).toEqual(before);
  });

  it('lists only the keys a caller manages and hides the others behind 404', async () => {
    const b1Staff = (
      await issue(city.keys.admin, {
        name: 'B1 staff',
        role: 'community_staff',
        scope: { regionId: city.communityB1.id },
      })
    ).json();
    const a2Staff = (
      await issue(city.keys.admin, {
        name: 'A2 staff',
        role: 'community_staff',
        scope: { regionId: city.communityA2.id },
      })
    ).json();
    const listed = (
      await call(ctx, city.keys.streetA, { method: 'GET', url: '/v1/api-keys?limit=200' })
    ).json().items;
    const ids = listed.map((k: { id: string }) => k.id);
    expect(ids).toContain(a2Staff.id);
    expect(ids).not.toContain(b1Staff.id);
    expect(
      listed.every((k: { role: string }) => k.role === 'community_staff' || k.role === 'street_officer'),
    ).toBe(true);

    const before = await countRows(ctx.database, ['api_keys', 'audit_events']);
    expect(
      (await call(ctx, city.keys.streetA, { method: 'DELETE', url: `/v1/api-keys/${b1Staff.id}` }))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await call(ctx, city.keys.streetA, {
          method: 'POST',
          url: `/v1/api-keys/${b1Staff.id}/rotate`,
          payload: {},
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (await call(ctx, city.keys.staffA1, { method: 'DELETE', url: `/v1/api-keys/${a2Staff.id}` }))
        .statusCode,
    ).toBe(404);
    expect(await countRows(ctx.database, ['api_keys', 'audit_events'])).toEqual(before);
    expect((await whoami(b1Staff.key)).statusCode).toBe(200);
  });

  it('revokes a key: it answers 401 at once, and revoking again changes nothing', async () => {
    const grid = await createRegion(ctx.database, { level: 'grid', parentId: city.communityA2.id });
    const created = (
      await issue(city.keys.streetA, {
        name: 'A2 staff tablet',
        role: 'community_staff',
        scope: { regionId: city.communityA2.id },
      })
    ).json();
    expect((await call(ctx, created.key, { method: 'GET', url: `/v1/regions/${grid.id}` })).statusCode).toBe(
      200,
    );

    const res = await call(ctx, city.keys.streetA, {
      method: 'DELETE',
      url: `/v1/api-keys/${created.id}`,
      headers: { 'x-request-id': 'revoke-1' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().revokedAt).toBe(ctx.clock.now().toISOString());
    const denied = await call(ctx, created.key, { method: 'GET', url: `/v1/regions/${grid.id}` });
    expect(denied.statusCode).toBe(401);
    expect(denied.json().code).toBe('unauthorized');

    const again = await call(ctx, city.keys.streetA, { method: 'DELETE', url: `/v1/api-keys/${created.id}` });
    expect(again.json()).toEqual(res.json());
    const events = await auditOf(created.id);
    expect(events.map((e) => e.action)).toEqual(['api_key.created', 'api_key.revoked']);
    expect(events[1]).toMatchObject({ actor_id: await keyIdOf(city.keys.streetA), request_id: 'revoke-1' });
    expect(events[1].before.revokedAt).toBeNull();
  });

  it('trusts a resolved key for AUTH_CACHE_TTL_MS: a revocation made elsewhere applies once that has passed', async () => {
    const key = await createKey(ctx.database, 'community_staff', { regionId: city.communityA1.id });
    expect((await whoami(key)).statusCode).toBe(200);
    // Another API process revoked it: this one learns within the cache's time-to-live.
    await ctx.database.pool.query('update api_keys set revoked_at = now() where prefix = $1', [
      key.split('_')[1],
    ]);
    expect((await whoami(key)).statusCode).toBe(200);
    ctx.clock.advance(ctx.config.AUTH_CACHE_TTL_MS + 1);
    expect((await whoami(key)).statusCode).toBe(401);
    // A key that fails is looked up every time, never remembered as bad.
    await ctx.database.pool.query('update api_keys set revoked_at = null where prefix = $1', [
      key.split('_')[1],
    ]);
    expect((await whoami(key)).statusCode).toBe(200);
  });

  it('rotates a key: both work during the grace period, then only the new one', async () => {
    const old = (
      await issue(city.keys.admin, {
        name: 'unit A app',
        role: 'unit_admin',
        scope: { unitId: city.unitA.id },
      })
    ).json();
    const rotatedAt = ctx.clock.now().getTime();
    const res = await call(ctx, city.keys.admin, {
      method: 'POST',
      url: `/v1/api-keys/${old.id}/rotate`,
      payload: { gracePeriod: 'PT2H' },
    });
    expect(res.statusCode).toBe(201);
    const fresh = res.json();
    expect(fresh).toMatchObject({
      name: 'unit A app',
      role: 'unit_admin',
      scope: old.scope,
      rotatedFrom: old.id,
      expiresAt: null,
    });
    expect(fresh.key).not.toBe(old.key);

    expect((await whoami(old.key)).statusCode).toBe(200);
    expect((await whoami(fresh.key)).statusCode).toBe(200);
    const listed = (
      await call(ctx, city.keys.admin, { method: 'GET', url: '/v1/api-keys?role=unit_admin&limit=200' })
    ).json().items;
    expect(listed.find((k: { id: string }) => k.id === old.id).expiresAt).toBe(
      new Date(rotatedAt + 2 * 3600_000).toISOString(),
    );

    ctx.clock.advance(2 * 3600_000 - 1000);
    expect((await whoami(old.key)).statusCode).toBe(200);
    ctx.clock.advance(2000);
    expect((await whoami(old.key)).statusCode).toBe(401);
    expect((await whoami(fresh.key)).statusCode).toBe(200);

    const oldEvents = await auditOf(old.id);
    expect(oldEvents.map((e) => e.action)).toEqual(['api_key.created', 'api_key.rotated']);
    expect(oldEvents[1].before.expiresAt).toBeNull();
    expect((await auditOf(fresh.id)).map((e) => e.action)).toEqual(['api_key.created']);

    const before = await countRows(ctx.database, ['api_keys', 'audit_events']);
    const expired = await call(ctx, city.keys.admin, {
      method: 'POST',
      url: `/v1/api-keys/${old.id}/rotate`,
    });
    expect(expired.statusCode).toBe(409);
    expect(await countRows(ctx.database, ['api_keys', 'audit_events'])).toEqual(before);
  });

  it('gives the old key 24 hours by default and never extends an earlier expiry', async () => {
    const start = ctx.clock.now().getTime();
    const old = (
      await issue(city.keys.admin, {
        name: 'ops',
        role: 'ops',
        expiresAt: new Date(start + 3600_000).toISOString(),
      })
    ).json();
    const soon = (
      await call(ctx, city.keys.admin, { method: 'POST', url: `/v1/api-keys/${old.id}/rotate` })
    ).json();
    expect(soon.expiresAt).toBe(old.expiresAt);
    const other = (await issue(city.keys.admin, { name: 'ops 2', role: 'ops' })).json();
    const rotated = await call(ctx, city.keys.admin, {
      method: 'POST',
      url: `/v1/api-keys/${other.id}/rotate`,
      payload: {},
    });
    expect(rotated.statusCode).toBe(201);
    const listed = (
      await call(ctx, city.keys.admin, { method: 'GET', url: '/v1/api-keys?role=ops&limit=200' })
    ).json().items;
    expect(listed.find((k: { id: string }) => k.id === old.id).expiresAt).toBe(old.expiresAt);
    expect(listed.find((k: { id: string }) => k.id === other.id).expiresAt).toBe(
      new Date(start + 86_400_000).toISOString(),
    );
  });

  it('stops a key at its expiry', async () => {
    const created = (
      await issue(city.keys.admin, {
        name: 'temp',
        role: 'ops',
        expiresAt: new Date(ctx.clock.now().getTime() + 60_000).toISOString(),
      })
    ).json();
    expect((await whoami(created.key)).statusCode).toBe(200);
    ctx.clock.advance(60_000);
    expect((await whoami(created.key)).statusCode).toBe(401);
  });

  it('refuses requests without a key or with an unknown one', async () => {
    expect((await call(ctx, null, { method: 'GET', url: '/v1/api-keys' })).statusCode).toBe(401);
    const forged = await call(ctx, 'wd_000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', {
      method: 'GET',
      url: '/v1/api-keys',
    });
    expect(forged.statusCode).toBe(401);
    expect(forged.headers['content-type']).toContain('application/problem+json');
  });
});
