import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type City, call, countRows, createCity, createKey, createMember, pair } from '../factories/index.js';
import { createTestContext, type TestContext } from '../helpers/context.js';

describe('regions', () => {
  let ctx: TestContext;
  let city: City;
  beforeAll(async () => {
    ctx = await createTestContext();
    city = await createCity(ctx.database);
  });
  afterAll(async () => ctx.close());

  const auditOf = async (entityId: string) =>
    (
      await ctx.database.pool.query(
        'select action, actor_type, actor_id, request_id, before, after from audit_events where entity_id = $1 order by seq',
        [entityId],
      )
    ).rows;

  it('builds the tree from a district down to a grid, each path extending its parent', async () => {
    const district = await call(ctx, city.keys.admin, {
      method: 'POST',
      url: '/v1/regions',
      payload: { name: 'Dongfang', level: 'district', code: '469007' },
      headers: { 'x-request-id': 'req-district' },
    });
    expect(district.statusCode).toBe(201);
    const d = district.json();
    expect(d).toMatchObject({
      name: 'Dongfang',
      level: 'district',
      parentId: null,
      code: '469007',
      path: `${d.id}/`,
    });

    const street = (
      await call(ctx, city.keys.admin, {
        method: 'POST',
        url: '/v1/regions',
        payload: { name: 'Bamian', level: 'street', parentId: d.id },
      })
    ).json();
    expect(street.path).toBe(`${d.id}/${street.id}/`);
    const community = await call(ctx, city.keys.admin, {
      method: 'POST',
      url: '/v1/regions',
      payload: {
        name: 'Yuelan',
        level: 'community',
        parentId: street.id,
        centerLat: 19.1,
        centerLng: 108.65,
        radiusM: 900,
        polygon: [
          [108.64, 19.09],
          [108.66, 19.09],
          [108.66, 19.11],
          [108.64, 19.09],
        ],
      },
    });
    expect(community.statusCode).toBe(201);
    const c = community.json();
    expect(c).toMatchObject({
      level: 'community',
      centerLat: 19.1,
      centerLng: 108.65,
      radiusM: 900,
      path: `${street.path}${c.id}/`,
    });
    expect(c.polygon).toHaveLength(4);
    const grid = (
      await call(ctx, city.keys.admin, {
        method: 'POST',
        url: '/v1/regions',
        payload: { name: 'Grid 1', level: 'grid', parentId: c.id },
      })
    ).json();
    expect(grid.path).toBe(`${c.path}${grid.id}/`);

    const events = await auditOf(d.id);
    expect(events).toEqual([
      expect.objectContaining({
        action: 'region.created',
        actor_type: 'api_key',
        request_id: 'req-district',
        before: null,
      }),
    ]);
    expect(events[0].after).toMatchObject({ id: d.id, level: 'district', name: 'Dongfang' });
  });

  it('replays a retried create with the same Idempotency-Key instead of creating twice', async () => {
    const payload = { name: 'Grid A2-9', level: 'grid', parentId: city.communityA2.id };
    const headers = { 'idempotency-key': 'grid-a2-9' };
    const first = await call(ctx, city.keys.staffA2, {
      method: 'POST',
      url: '/v1/regions',
      payload,
      headers,
    });
    expect(first.statusCode).toBe(201);
    const before = await countRows(ctx.database, ['regions', 'audit_events']);
    const retry = await call(ctx, city.keys.staffA2, {
      method: 'POST',
      url: '/v1/regions',
      payload,
      headers,
    });
    expect(retry.statusCode).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.json()).toEqual(first.json());
    const reused = await call(ctx, city.keys.staffA2, {
      method: 'POST',
      url: '/v1/regions',
      payload: { ...payload, name: 'Other' },
      headers,
    });
    expect(reused.statusCode).toBe(422);
    expect(reused.json().code).toBe('idempotency_key_reused');
    expect(await countRows(ctx.database, ['regions', 'audit_events'])).toEqual(before);
  });

  it('refuses a parent that is not exactly one level above, writing nothing', async () => {
    const before = await countRows(ctx.database, ['regions', 'audit_events']);
    const cases = [
      { name: 'x', level: 'community', parentId: city.district.id },
      { name: 'x', level: 'grid', parentId: city.streetA.id },
      { name: 'x', level: 'street', parentId: city.communityA1.id },
      { name: 'x', level: 'grid', parentId: city.gridA1.id },
    ];
    for (const payload of cases) {
      const res = await call(ctx, city.keys.admin, { method: 'POST', url: '/v1/regions', payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(422);
      expect(res.json().code).toBe('invalid_reference');
    }
    const noParent = await call(ctx, city.keys.admin, {
      method: 'POST',
      url: '/v1/regions',
      payload: { name: 'x', level: 'street' },
    });
    expect(noParent.statusCode).toBe(400);
    expect(noParent.json().errors).toEqual([expect.objectContaining({ path: 'body.parentId' })]);
    const districtWithParent = await call(ctx, city.keys.admin, {
      method: 'POST',
      url: '/v1/regions',
      payload: { name: 'x', level: 'district', parentId: city.district.id },
    });
    expect(districtWithParent.statusCode).toBe(400);
    expect(await countRows(ctx.database, ['regions', 'audit_events'])).toEqual(before);
  });

  it('lets officers build inside their subtree and community staff add grids to their community only', async () => {
    const community = await call(ctx, city.keys.streetA, {
      method: 'POST',
      url: '/v1/regions',
      payload: { name: 'A3', level: 'community', parentId: city.streetA.id },
    });
    expect(community.statusCode).toBe(201);
    const grid = await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: '/v1/regions',
      payload: { name: 'Grid A1-2', level: 'grid', parentId: city.communityA1.id },
    });
    expect(grid.statusCode).toBe(201);

    const before = await countRows(ctx.database, ['regions', 'audit_events']);
    const foreignStreet = await call(ctx, city.keys.streetA, {
      method: 'POST',
      url: '/v1/regions',
      payload: { name: 'B2', level: 'community', parentId: city.streetB.id },
    });
    expect(foreignStreet.statusCode).toBe(404);
    const foreignCommunity = await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: '/v1/regions',
      payload: { name: 'g', level: 'grid', parentId: city.communityA2.id },
    });
    expect(foreignCommunity.statusCode).toBe(404);
    const district = await call(ctx, city.keys.streetA, {
      method: 'POST',
      url: '/v1/regions',
      payload: { name: 'd', level: 'district' },
    });
    expect(district.statusCode).toBe(403);
    expect(district.json().code).toBe('forbidden');
    const byUnit = await call(ctx, city.keys.unitA, {
      method: 'POST',
      url: '/v1/regions',
      payload: { name: 'g', level: 'grid', parentId: city.communityA1.id },
    });
    expect(byUnit.statusCode).toBe(403);
    expect(await countRows(ctx.database, ['regions', 'audit_events'])).toEqual(before);
  });

  it('lists the caller subtree with parent and level filters, page by page', async () => {
    const all = await call(ctx, city.keys.streetA, { method: 'GET', url: '/v1/regions?limit=200' });
    const ids = all.json().items.map((r: { id: string }) => r.id);
    expect(ids).toContain(city.streetA.id);
    expect(ids).toContain(city.gridA1.id);
    expect(ids).not.toContain(city.district.id);
    expect(ids).not.toContain(city.communityB1.id);

    const communities = await call(ctx, city.keys.admin, {
      method: 'GET',
      url: `/v1/regions?parentId=${city.streetA.id}&level=community`,
    });
    const names = communities.json().items.map((r: { name: string }) => r.name);
    expect(names).toEqual(expect.arrayContaining(['Community A1', 'Community A2', 'A3']));
    expect(names).not.toContain('Community B1');

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await call(ctx, city.keys.admin, {
        method: 'GET',
        url: `/v1/regions?limit=3${cursor ? `&cursor=${cursor}` : ''}`,
      });
      expect(page.statusCode).toBe(200);
      expect(page.json().items.length).toBeLessThanOrEqual(3);
      seen.push(...page.json().items.map((r: { id: string }) => r.id));
      cursor = page.json().nextCursor;
    } while (cursor);
    const total = (await ctx.database.pool.query('select count(*)::int as n from regions')).rows[0].n;
    expect(new Set(seen).size).toBe(total);
    expect(seen).toEqual([...seen].sort());
  });

  it('shows a unit admin the communities its unit is paired with, and a member its own community', async () => {
    const unitView = await call(ctx, city.keys.unitA, { method: 'GET', url: '/v1/regions' });
    expect(unitView.json().items.map((r: { id: string }) => r.id)).toEqual([city.communityA1.id]);
    expect(
      (await call(ctx, city.keys.unitA, { method: 'GET', url: `/v1/regions/${city.communityB1.id}` }))
        .statusCode,
    ).toBe(404);

    const m = await createMember(ctx.database, { communityId: city.communityA2.id });
    const memberKey = await createKey(ctx.database, 'member', { memberId: m.id });
    const mine = await call(ctx, memberKey, { method: 'GET', url: '/v1/regions' });
    expect(mine.json().items.map((r: { id: string }) => r.id)).toEqual([city.communityA2.id]);

    await pair(ctx.database, city.unitA.id, city.communityA2.id, '2020-01-01', '2020-12-31');
    const afterEnded = await call(ctx, city.keys.unitA, { method: 'GET', url: '/v1/regions' });
    expect(afterEnded.json().items.map((r: { id: string }) => r.id)).toEqual([city.communityA1.id]);
  });

  it('reads one region in scope and hides the rest behind 404', async () => {
    const ok = await call(ctx, city.keys.staffA1, { method: 'GET', url: `/v1/regions/${city.gridA1.id}` });
    expect(ok.json()).toMatchObject({ id: city.gridA1.id, level: 'grid', parentId: city.communityA1.id });
    const foreign = await call(ctx, city.keys.staffA1, {
      method: 'GET',
      url: `/v1/regions/${city.communityB1.id}`,
    });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().code).toBe('not_found');
    const ops = await call(ctx, city.keys.ops, { method: 'GET', url: `/v1/regions/${city.communityB1.id}` });
    expect(ops.statusCode).toBe(200);
  });

  it('patches a region and records before and after', async () => {
    const res = await call(ctx, city.keys.staffA1, {
      method: 'PATCH',
      url: `/v1/regions/${city.communityA1.id}`,
      payload: { name: 'Community A1 (renamed)', centerLat: 29.71, centerLng: 116.01, radiusM: null },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      name: 'Community A1 (renamed)',
      centerLat: 29.71,
      centerLng: 116.01,
      radiusM: null,
    });
    const [event] = (await auditOf(city.communityA1.id)).filter((e) => e.action === 'region.updated');
    expect(event.before).toMatchObject({ name: 'Community A1', radiusM: 800 });
    expect(event.after).toMatchObject({ name: 'Community A1 (renamed)', radiusM: null });

    const before = await countRows(ctx.database, ['audit_events']);
    const foreign = await call(ctx, city.keys.staffA1, {
      method: 'PATCH',
      url: `/v1/regions/${city.communityB1.id}`,
      payload: { name: 'x' },
    });
    expect(foreign.statusCode).toBe(404);
    const byOps = await call(ctx, city.keys.ops, {
      method: 'PATCH',
      url: `/v1/regions/${city.communityB1.id}`,
      payload: { name: 'x' },
    });
    expect(byOps.statusCode).toBe(403);
    const halfCentre = await call(ctx, city.keys.admin, {
      method: 'PATCH',
      url: `/v1/regions/${city.communityB1.id}`,
      payload: { centerLat: 1 },
    });
    expect(halfCentre.statusCode).toBe(400);
    const empty = await call(ctx, city.keys.admin, {
      method: 'PATCH',
      url: `/v1/regions/${city.communityB1.id}`,
      payload: {},
    });
    expect(empty.statusCode).toBe(400);
    expect(await countRows(ctx.database, ['audit_events'])).toEqual(before);
    const [b1] = (
      await ctx.database.pool.query('select name from regions where id = $1', [city.communityB1.id])
    ).rows;
    expect(b1.name).toBe('Community B1');
  });
});
