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

describe('members and report-in', () => {
  let ctx: TestContext;
  let city: City;
  beforeAll(async () => {
    ctx = await createTestContext();
    city = await createCity(ctx.database);
  });
  afterAll(async () => ctx.close());

  const create = (key: string, payload: Record<string, unknown>) =>
    call(ctx, key, { method: 'POST', url: '/v1/members', payload });
  const auditOf = async (entityId: string) =>
    (
      await ctx.database.pool.query(
        'select action, before, after from audit_events where entity_id = $1 order by seq',
        [entityId],
      )
    ).rows;

  it('registers a member with skills, grid and home, opening its first report-in', async () => {
    const res = await create(city.keys.staffA1, {
      name: 'Wang Fang',
      phone: '13912345678',
      unitId: city.unitA.id,
      skills: ['medical', 'elderly_care', 'medical'],
      gridId: city.gridA1.id,
      homeLat: 29.7012,
      homeLng: 116.0034,
      maxActiveClaims: 5,
    });
    expect(res.statusCode).toBe(201);
    const m = res.json();
    expect(m).toMatchObject({
      name: 'Wang Fang',
      phone: '13912345678',
      personalDataMasked: false,
      unitId: city.unitA.id,
      isPartyMember: true,
      skills: ['medical', 'elderly_care'],
      communityId: city.communityA1.id,
      gridId: city.gridA1.id,
      maxActiveClaims: 5,
      activeClaims: 0,
      available: true,
      status: 'active',
    });
    expect(m.reportIns).toEqual([
      { communityId: city.communityA1.id, reportedAt: m.createdAt, leftAt: null },
    ]);

    const [event] = await auditOf(m.id);
    expect(event.action).toBe('member.created');
    // The append-only trail never holds what an erasure would have to remove.
    expect(JSON.stringify(event.after)).not.toContain('Wang Fang');
    expect(JSON.stringify(event.after)).not.toContain('13912345678');
    expect(JSON.stringify(event.after)).not.toContain('29.7012');
  });

  it('creates a member once per Idempotency-Key', async () => {
    const payload = { name: 'Sun Li', phone: '13600000001', communityId: city.communityA2.id };
    const headers = { 'idempotency-key': 'sun-li' };
    const first = await call(ctx, city.keys.staffA2, {
      method: 'POST',
      url: '/v1/members',
      payload,
      headers,
    });
    expect(first.statusCode).toBe(201);
    const before = await countRows(ctx.database, ['members', 'member_report_ins', 'audit_events']);
    const retry = await call(ctx, city.keys.staffA2, {
      method: 'POST',
      url: '/v1/members',
      payload,
      headers,
    });
    expect(retry.statusCode).toBe(201);
    expect(retry.json().id).toBe(first.json().id);
    expect(await countRows(ctx.database, ['members', 'member_report_ins', 'audit_events'])).toEqual(before);
  });

  it('masks names and phones in lists, and shows them in full to staff above the member and to the member', async () => {
    const m = await createMember(ctx.database, {
      communityId: city.communityA1.id,
      unitId: city.unitA.id,
      name: 'Li Ming',
      phone: '+8613800001111',
      homeLat: 29.70123,
      homeLng: 116.00456,
    });
    const list = await call(ctx, city.keys.staffA1, { method: 'GET', url: '/v1/members?limit=200' });
    const item = list.json().items.find((x: { id: string }) => x.id === m.id);
    expect(item).toMatchObject({
      name: 'L******',
      phone: '+86*******1111',
      personalDataMasked: true,
      homeLat: 29.7,
      homeLng: 116,
    });

    const memberKey = await createKey(ctx.database, 'member', { memberId: m.id });
    for (const key of [
      city.keys.admin,
      city.keys.staffA1,
      city.keys.streetA,
      city.keys.districtOfficer,
      memberKey,
    ]) {
      const one = await call(ctx, key, { method: 'GET', url: `/v1/members/${m.id}` });
      expect(one.json()).toMatchObject({
        name: 'Li Ming',
        phone: '+8613800001111',
        homeLat: 29.70123,
        personalDataMasked: false,
      });
    }
    for (const key of [city.keys.ops, city.keys.unitA]) {
      const one = await call(ctx, key, { method: 'GET', url: `/v1/members/${m.id}` });
      expect(one.statusCode).toBe(200);
      expect(one.json()).toMatchObject({
        name: 'L******',
        phone: '+86*******1111',
        personalDataMasked: true,
      });
    }
  });

  it('filters the list by community and unit, page by page', async () => {
    const res = await call(ctx, city.keys.admin, {
      method: 'GET',
      url: `/v1/members?communityId=${city.communityA1.id}&unitId=${city.unitA.id}&limit=1`,
    });
    expect(res.json().items).toHaveLength(1);
    expect(res.json().nextCursor).toEqual(expect.any(String));
    const next = await call(ctx, city.keys.admin, {
      method: 'GET',
      url: `/v1/members?communityId=${city.communityA1.id}&unitId=${city.unitA.id}&limit=1&cursor=${res.json().nextCursor}`,
    });
    expect(next.json().items).toHaveLength(1);
    expect(next.json().items[0].id > res.json().items[0].id).toBe(true);
    const none = await call(ctx, city.keys.admin, {
      method: 'GET',
      url: `/v1/members?communityId=${city.communityB1.id}`,
    });
    expect(none.json()).toEqual({ items: [], nextCursor: null });
  });

  it('lets a unit admin register members of its unit, in communities paired with it', async () => {
    const res = await create(city.keys.unitA, {
      name: 'Zhao Lei',
      phone: '13700000001',
      communityId: city.communityA1.id,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ unitId: city.unitA.id, personalDataMasked: true, name: 'Z*******' });
    const before = await countRows(ctx.database, ['members', 'member_report_ins', 'audit_events']);
    const unpaired = await create(city.keys.unitA, {
      name: 'x',
      phone: '13700000002',
      communityId: city.communityB1.id,
    });
    expect(unpaired.statusCode).toBe(404);
    const otherUnit = await create(city.keys.unitA, {
      name: 'x',
      phone: '13700000002',
      unitId: city.unitB.id,
    });
    expect(otherUnit.statusCode).toBe(404);
    expect(await countRows(ctx.database, ['members', 'member_report_ins', 'audit_events'])).toEqual(before);
  });

  it('patches a member and records before and after', async () => {
    const m = await createMember(ctx.database, { communityId: city.communityA1.id, skills: ['driving'] });
    const memberKey = await createKey(ctx.database, 'member', { memberId: m.id });
    const res = await call(ctx, memberKey, {
      method: 'PATCH',
      url: `/v1/members/${m.id}`,
      payload: {
        skills: ['driving', 'repair'],
        available: false,
        gridId: city.gridA1.id,
        phone: '+8613911112222',
      },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      skills: ['driving', 'repair'],
      available: false,
      gridId: city.gridA1.id,
      phone: '+8613911112222',
    });
    const updated = (await auditOf(m.id)).find((e) => e.action === 'member.updated');
    expect(updated.before).toMatchObject({ skills: ['driving'], available: true, gridId: null });
    expect(updated.after).toMatchObject({
      skills: ['driving', 'repair'],
      available: false,
      gridId: city.gridA1.id,
    });
    expect(JSON.stringify(updated)).not.toContain('13911112222');

    const before = await countRows(ctx.database, ['audit_events']);
    const foreignGrid = await call(ctx, memberKey, {
      method: 'PATCH',
      url: `/v1/members/${m.id}`,
      payload: { gridId: city.gridB1.id },
    });
    expect(foreignGrid.statusCode).toBe(422);
    const badSkill = await call(ctx, memberKey, {
      method: 'PATCH',
      url: `/v1/members/${m.id}`,
      payload: { skills: ['juggling'] },
    });
    expect(badSkill.statusCode).toBe(400);
    const tooMany = await call(ctx, memberKey, {
      method: 'PATCH',
      url: `/v1/members/${m.id}`,
      payload: { maxActiveClaims: 21 },
    });
    expect(tooMany.statusCode).toBe(400);
    const other = await createMember(ctx.database, { communityId: city.communityA1.id });
    const notMe = await call(ctx, memberKey, {
      method: 'PATCH',
      url: `/v1/members/${other.id}`,
      payload: { available: false },
    });
    expect(notMe.statusCode).toBe(404);
    const byOps = await call(ctx, city.keys.ops, {
      method: 'PATCH',
      url: `/v1/members/${m.id}`,
      payload: { available: true },
    });
    expect(byOps.statusCode).toBe(403);
    expect(await countRows(ctx.database, ['audit_events'])).toEqual(before);
  });

  it('refuses to lower maxActiveClaims below the claims held', async () => {
    const m = await createMember(ctx.database, { communityId: city.communityA1.id, maxActiveClaims: 5 });
    await ctx.database.pool.query('update members set active_claims = 4 where id = $1', [m.id]);
    const res = await call(ctx, city.keys.staffA1, {
      method: 'PATCH',
      url: `/v1/members/${m.id}`,
      payload: { maxActiveClaims: 3 },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('conflict');
  });

  it('moves a member to another community, closing the old stay and keeping the history', async () => {
    const m = await createMember(ctx.database, { communityId: city.communityA1.id, gridId: city.gridA1.id });
    const memberKey = await createKey(ctx.database, 'member', { memberId: m.id });
    const gridB2 = await createRegion(ctx.database, { level: 'grid', parentId: city.communityB1.id });

    ctx.clock.advance(60_000);
    const toA2 = await call(ctx, city.keys.streetA, {
      method: 'POST',
      url: `/v1/members/${m.id}/report-in`,
      payload: { communityId: city.communityA2.id },
    });
    expect(toA2.statusCode).toBe(200);
    expect(toA2.json()).toMatchObject({ communityId: city.communityA2.id, gridId: null });

    ctx.clock.advance(60_000);
    const movedAt = ctx.clock.now().toISOString();
    const toB1 = await call(ctx, memberKey, {
      method: 'POST',
      url: `/v1/members/${m.id}/report-in`,
      payload: { communityId: city.communityB1.id, gridId: gridB2.id },
    });
    expect(toB1.statusCode).toBe(200);
    expect(toB1.json()).toMatchObject({ communityId: city.communityB1.id, gridId: gridB2.id });

    const read = await call(ctx, city.keys.admin, { method: 'GET', url: `/v1/members/${m.id}` });
    const history = read.json().reportIns;
    expect(history.map((h: { communityId: string }) => h.communityId)).toEqual([
      city.communityA1.id,
      city.communityA2.id,
      city.communityB1.id,
    ]);
    expect(history[1].leftAt).toBe(movedAt);
    expect(history[2]).toEqual({ communityId: city.communityB1.id, reportedAt: movedAt, leftAt: null });
    expect(history.filter((h: { leftAt: string | null }) => h.leftAt === null)).toHaveLength(1);

    const moves = (await auditOf(m.id)).filter((e) => e.action === 'member.reported_in');
    expect(moves.map((e) => [e.before.communityId, e.after.communityId])).toEqual([
      [city.communityA1.id, city.communityA2.id],
      [city.communityA2.id, city.communityB1.id],
    ]);
    // Staff of A1 no longer see the member who left.
    expect(
      (await call(ctx, city.keys.staffA1, { method: 'GET', url: `/v1/members/${m.id}` })).statusCode,
    ).toBe(404);
    expect(
      (await call(ctx, city.keys.staffB1, { method: 'GET', url: `/v1/members/${m.id}` })).statusCode,
    ).toBe(200);
  });

  it('refuses report-ins that do not fit, writing nothing', async () => {
    const m = await createMember(ctx.database, { communityId: city.communityA1.id });
    const url = `/v1/members/${m.id}/report-in`;
    const before = await countRows(ctx.database, ['member_report_ins', 'audit_events']);
    const same = await call(ctx, city.keys.streetA, {
      method: 'POST',
      url,
      payload: { communityId: city.communityA1.id },
    });
    expect(same.statusCode).toBe(409);
    const notCommunity = await call(ctx, city.keys.admin, {
      method: 'POST',
      url,
      payload: { communityId: city.streetB.id },
    });
    expect(notCommunity.statusCode).toBe(422);
    const gridElsewhere = await call(ctx, city.keys.admin, {
      method: 'POST',
      url,
      payload: { communityId: city.communityB1.id, gridId: city.gridA1.id },
    });
    expect(gridElsewhere.statusCode).toBe(422);
    const outOfScope = await call(ctx, city.keys.streetA, {
      method: 'POST',
      url,
      payload: { communityId: city.communityB1.id },
    });
    expect(outOfScope.statusCode).toBe(404);
    const missing = await call(ctx, city.keys.admin, { method: 'POST', url, payload: {} });
    expect(missing.statusCode).toBe(400);
    expect(await countRows(ctx.database, ['member_report_ins', 'audit_events'])).toEqual(before);
    const [row] = (await ctx.database.pool.query('select community_id from members where id = $1', [m.id]))
      .rows;
    expect(row.community_id).toBe(city.communityA1.id);
  });
});
