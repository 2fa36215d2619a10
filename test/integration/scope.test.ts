import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type City, call, countRows, createCity, createKey, createMember } from '../factories/index.js';
import { createTestContext, type TestContext } from '../helpers/context.js';

type Member = Awaited<ReturnType<typeof createMember>>;

/** Nobody reads or changes what lies outside their scope: 404, never a hint that it exists. */
describe('scope isolation', () => {
  let ctx: TestContext;
  let city: City;
  let memberA: Member;
  let memberB: Member;
  let memberKeyA: string;
  const tables = ['regions', 'units', 'pairings', 'members', 'member_report_ins', 'api_keys', 'audit_events'];
  beforeAll(async () => {
    ctx = await createTestContext();
    city = await createCity(ctx.database);
    memberA = await createMember(ctx.database, {
      communityId: city.communityA1.id,
      unitId: city.unitA.id,
      name: 'Chen A',
    });
    memberB = await createMember(ctx.database, {
      communityId: city.communityB1.id,
      unitId: city.unitB.id,
      name: 'Chen B',
    });
    memberKeyA = await createKey(ctx.database, 'member', { memberId: memberA.id });
  });
  afterAll(async () => ctx.close());

  it("keeps community A's staff out of community B's members", async () => {
    const before = await countRows(ctx.database, tables);
    const key = city.keys.staffA1;
    const read = await call(ctx, key, { method: 'GET', url: `/v1/members/${memberB.id}` });
    expect(read.statusCode).toBe(404);
    expect(read.json()).toMatchObject({ code: 'not_found', status: 404 });
    expect(read.body).not.toContain('Chen B');
    expect(
      (
        await call(ctx, key, {
          method: 'PATCH',
          url: `/v1/members/${memberB.id}`,
          payload: { available: false },
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await call(ctx, key, {
          method: 'POST',
          url: `/v1/members/${memberB.id}/report-in`,
          payload: { communityId: city.communityA1.id },
        })
      ).statusCode,
    ).toBe(404);
    const list = await call(ctx, key, { method: 'GET', url: '/v1/members?limit=200' });
    expect(list.json().items.map((m: { id: string }) => m.id)).toEqual([memberA.id]);
    const filtered = await call(ctx, key, {
      method: 'GET',
      url: `/v1/members?communityId=${city.communityB1.id}`,
    });
    expect(filtered.json().items).toEqual([]);

    const create = await call(ctx, key, {
      method: 'POST',
      url: '/v1/members',
      payload: { name: 'Intruder', phone: '13800000000', communityId: city.communityB1.id },
    });
    expect(create.statusCode).toBe(404);
    expect(create.json().detail).toContain(city.communityB1.id);
    expect(await countRows(ctx.database, tables)).toEqual(before);
    const [b] = (
      await ctx.database.pool.query('select available, community_id from members where id = $1', [memberB.id])
    ).rows;
    expect(b).toEqual({ available: true, community_id: city.communityB1.id });
  });

  it('answers the same 404 for a foreign object as for one that does not exist', async () => {
    const ghost = '01890000-0000-7000-8000-000000000000';
    const foreign = await call(ctx, city.keys.staffA1, { method: 'GET', url: `/v1/members/${memberB.id}` });
    const missing = await call(ctx, city.keys.staffA1, { method: 'GET', url: `/v1/members/${ghost}` });
    expect(foreign.statusCode).toBe(missing.statusCode);
    expect(foreign.json().code).toBe(missing.json().code);
    expect(foreign.json().title).toBe(missing.json().title);
  });

  it('confines every role to its own slice of the city', async () => {
    const before = await countRows(ctx.database, tables);
    const foreign: { key: string; urls: string[] }[] = [
      {
        key: city.keys.streetA,
        urls: [
          `/v1/members/${memberB.id}`,
          `/v1/regions/${city.communityB1.id}`,
          `/v1/units/${city.unitB.id}`,
        ],
      },
      {
        key: city.keys.staffA1,
        urls: [
          `/v1/regions/${city.communityA2.id}`,
          `/v1/regions/${city.streetA.id}`,
          `/v1/units/${city.unitB.id}`,
        ],
      },
      {
        key: city.keys.unitA,
        urls: [
          `/v1/members/${memberB.id}`,
          `/v1/units/${city.unitB.id}`,
          `/v1/units/${city.unitB.id}/pairings`,
          `/v1/regions/${city.communityB1.id}`,
        ],
      },
      {
        key: memberKeyA,
        urls: [
          `/v1/members/${memberB.id}`,
          `/v1/units/${city.unitB.id}`,
          `/v1/regions/${city.communityA2.id}`,
        ],
      },
    ];
    for (const { key, urls } of foreign) {
      for (const url of urls)
        expect((await call(ctx, key, { method: 'GET', url })).statusCode, url).toBe(404);
    }
    const own: { key: string; urls: string[] }[] = [
      {
        key: city.keys.streetA,
        urls: [
          `/v1/members/${memberA.id}`,
          `/v1/regions/${city.communityA2.id}`,
          `/v1/units/${city.unitA.id}`,
        ],
      },
      {
        key: city.keys.unitA,
        urls: [
          `/v1/members/${memberA.id}`,
          `/v1/units/${city.unitA.id}/pairings`,
          `/v1/regions/${city.communityA1.id}`,
        ],
      },
      {
        key: memberKeyA,
        urls: [
          `/v1/members/${memberA.id}`,
          `/v1/units/${city.unitA.id}`,
          `/v1/regions/${city.communityA1.id}`,
        ],
      },
    ];
    for (const { key, urls } of own) {
      for (const url of urls)
        expect((await call(ctx, key, { method: 'GET', url })).statusCode, url).toBe(200);
    }

    const writes = [
      {
        key: city.keys.unitA,
        method: 'PATCH',
        url: `/v1/members/${memberB.id}`,
        payload: { available: false },
      },
      { key: city.keys.unitA, method: 'PATCH', url: `/v1/units/${city.unitB.id}`, payload: { name: 'x' } },
      {
        key: city.keys.streetA,
        method: 'PATCH',
        url: `/v1/regions/${city.communityB1.id}`,
        payload: { name: 'x' },
      },
      {
        key: city.keys.streetA,
        method: 'POST',
        url: `/v1/units/${city.unitB.id}/pairings`,
        payload: { communityId: city.communityA1.id, validFrom: '2030-01-01' },
      },
      {
        key: memberKeyA,
        method: 'POST',
        url: `/v1/members/${memberB.id}/report-in`,
        payload: { communityId: city.communityA1.id },
      },
      {
        key: city.keys.streetB,
        method: 'POST',
        url: '/v1/members',
        payload: { name: 'x', phone: '13800000000', communityId: city.communityA1.id },
      },
      {
        key: city.keys.staffB1,
        method: 'POST',
        url: '/v1/regions',
        payload: { name: 'x', level: 'grid', parentId: city.communityA1.id },
      },
    ] as const;
    for (const w of writes) {
      const res = await call(ctx, w.key, { method: w.method, url: w.url, payload: w.payload });
      expect(res.statusCode, `${w.method} ${w.url}`).toBe(404);
    }
    expect(await countRows(ctx.database, tables)).toEqual(before);
  });

  it('lets a member report in to any community itself, and nobody else move it out of scope', async () => {
    const res = await call(ctx, memberKeyA, {
      method: 'POST',
      url: `/v1/members/${memberA.id}/report-in`,
      payload: { communityId: city.communityB1.id },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      communityId: city.communityB1.id,
      name: 'Chen A',
      personalDataMasked: false,
    });
    // Staff of A1 lost sight of the member who moved; staff of B1 now see it.
    expect(
      (await call(ctx, city.keys.staffA1, { method: 'GET', url: `/v1/members/${memberA.id}` })).statusCode,
    ).toBe(404);
    expect(
      (await call(ctx, city.keys.staffB1, { method: 'GET', url: `/v1/members/${memberA.id}` })).json().name,
    ).toBe('Chen A');
  });
});
