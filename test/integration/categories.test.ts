import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type City, call, countRows, createCity, createKey, createMember } from '../factories/index.js';
import { createTestContext, type TestContext } from '../helpers/context.js';

describe('categories', () => {
  let ctx: TestContext;
  let city: City;
  beforeAll(async () => {
    ctx = await createTestContext();
    city = await createCity(ctx.database);
  });
  afterAll(async () => ctx.close());

  const seeded = [
    'civic_campaign',
    'dispute_mediation',
    'errand',
    'health_clinic',
    'home_visit',
    'legal_aid',
    'micro_wish',
    'other',
    'poverty_pairing',
    'volunteer_service',
  ];

  it('lists the ten seeded categories to any key, with durations in ISO 8601, page by page', async () => {
    const m = await createMember(ctx.database, { communityId: city.communityA1.id });
    const memberKey = await createKey(ctx.database, 'member', { memberId: m.id });
    const codes: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await call(ctx, memberKey, {
        method: 'GET',
        url: `/v1/categories?limit=4${cursor ? `&cursor=${cursor}` : ''}`,
      });
      expect(res.statusCode).toBe(200);
      codes.push(...res.json().items.map((c: { code: string }) => c.code));
      cursor = res.json().nextCursor;
    } while (cursor);
    expect(codes).toEqual(seeded);

    const all = (await call(ctx, city.keys.unitA, { method: 'GET', url: '/v1/categories' })).json().items;
    expect(all.find((c: { code: string }) => c.code === 'micro_wish')).toMatchObject({
      nameZh: '微心愿',
      defaultClaimWithin: 'P2D',
      defaultCompleteWithin: 'P7D',
      pointsMultiplier: 1,
    });
    expect(all.find((c: { code: string }) => c.code === 'errand')).toMatchObject({
      defaultClaimWithin: 'PT4H',
      pointsMultiplier: 1,
    });
    expect(all.find((c: { code: string }) => c.code === 'health_clinic').pointsMultiplier).toBe(1.5);
  });

  it('lets an admin add a category with its SLA policies, audited', async () => {
    const res = await call(ctx, city.keys.admin, {
      method: 'POST',
      url: '/v1/categories',
      payload: {
        code: 'elder_meal',
        name: 'Meal for the elderly',
        nameZh: '助老送餐',
        description: 'Deliver a hot meal to an elderly resident.',
        defaultClaimWithin: 'PT6H',
        defaultCompleteWithin: 'P1DT12H',
        pointsMultiplier: 1.25,
      },
      headers: { 'x-request-id': 'cat-1' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      code: 'elder_meal',
      defaultClaimWithin: 'PT6H',
      defaultCompleteWithin: 'P1DT12H',
      pointsMultiplier: 1.25,
      group: 'community',
    });

    const policies = (
      await ctx.database.pool.query(
        "select priority, claim_within_s, complete_within_s, response_within_s, max_level from sla_policies where category_code = 'elder_meal' order by claim_within_s desc",
      )
    ).rows;
    expect(policies).toEqual([
      {
        priority: 'routine',
        claim_within_s: 21_600,
        complete_within_s: 129_600,
        response_within_s: 7200,
        max_level: 2,
      },
      {
        priority: 'urgent',
        claim_within_s: 5400,
        complete_within_s: 64_800,
        response_within_s: 3600,
        max_level: 2,
      },
      {
        priority: 'emergency',
        claim_within_s: 900,
        complete_within_s: 14_400,
        response_within_s: 1800,
        max_level: 2,
      },
    ]);
    const [event] = (
      await ctx.database.pool.query(
        "select action, request_id, after from audit_events where entity_type = 'category' and after->>'code' = 'elder_meal'",
      )
    ).rows;
    expect(event).toMatchObject({
      action: 'category.created',
      request_id: 'cat-1',
      after: { code: 'elder_meal', pointsMultiplier: 1.25 },
    });
    const listed = (
      await call(ctx, city.keys.staffA1, { method: 'GET', url: '/v1/categories?limit=200' })
    ).json().items;
    expect(listed.map((c: { code: string }) => c.code)).toContain('elder_meal');
  });

  it('refuses duplicates, non-admins and bad durations, writing nothing', async () => {
    const before = await countRows(ctx.database, ['categories', 'sla_policies', 'audit_events']);
    const base = {
      code: 'night_patrol',
      name: 'Night patrol',
      nameZh: '夜间巡逻',
      defaultClaimWithin: 'PT2H',
      defaultCompleteWithin: 'PT8H',
    };
    const post = (key: string, payload: Record<string, unknown>) =>
      call(ctx, key, { method: 'POST', url: '/v1/categories', payload });

    const dup = await post(city.keys.admin, { ...base, code: 'errand' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('conflict');
    expect((await post(city.keys.streetA, base)).statusCode).toBe(403);
    for (const bad of [
      { defaultClaimWithin: 'P1M' },
      { defaultClaimWithin: 'two hours' },
      { defaultClaimWithin: 'PT30S' },
      { defaultClaimWithin: 'P2D', defaultCompleteWithin: 'P1D' },
      { pointsMultiplier: 0 },
      { pointsMultiplier: 1.234 },
      { code: 'Night Patrol' },
    ]) {
      const res = await post(city.keys.admin, { ...base, ...bad });
      expect(res.statusCode, JSON.stringify(bad)).toBe(400);
      expect(res.json().code).toBe('validation_failed');
    }
    const badCursor = await call(ctx, city.keys.admin, {
      method: 'GET',
      url: '/v1/categories?cursor=bm90IGEgY29kZSE',
    });
    expect(badCursor.statusCode).toBe(400);
    expect(await countRows(ctx.database, ['categories', 'sla_policies', 'audit_events'])).toEqual(before);
  });
});
