import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type City,
  call,
  countRows,
  createCity,
  createKey,
  createMember,
  createUnit,
} from '../factories/index.js';
import { createTestContext, type TestContext } from '../helpers/context.js';

describe('units and pairings', () => {
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
        'select action, actor_id, before, after from audit_events where entity_id = $1 order by seq',
        [entityId],
      )
    ).rows;
  const ids = (res: { json(): { items: { id: string }[] } }) => res.json().items.map((u) => u.id);

  it('creates, reads and patches a unit, auditing each change', async () => {
    const created = await call(ctx, city.keys.admin, {
      method: 'POST',
      url: '/v1/units',
      payload: {
        name: 'Power Supply Bureau',
        kind: 'state_enterprise',
        partyOrganisation: 'Bureau Party Branch',
        regionId: city.district.id,
        expectedMembers: 40,
      },
    });
    expect(created.statusCode).toBe(201);
    const unit = created.json();
    expect(unit).toMatchObject({
      name: 'Power Supply Bureau',
      kind: 'state_enterprise',
      regionId: city.district.id,
      expectedMembers: 40,
    });

    const read = await call(ctx, city.keys.admin, { method: 'GET', url: `/v1/units/${unit.id}` });
    expect(read.json()).toEqual(unit);

    const patched = await call(ctx, city.keys.admin, {
      method: 'PATCH',
      url: `/v1/units/${unit.id}`,
      payload: { expectedMembers: 45, partyOrganisation: null },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ expectedMembers: 45, partyOrganisation: null });

    const events = await auditOf(unit.id);
    expect(events.map((e) => e.action)).toEqual(['unit.created', 'unit.updated']);
    expect(events[1].before).toMatchObject({ expectedMembers: 40 });
    expect(events[1].after).toMatchObject({ expectedMembers: 45 });
  });

  it('lets a street officer create units in its subtree only', async () => {
    const ok = await call(ctx, city.keys.streetA, {
      method: 'POST',
      url: '/v1/units',
      payload: { name: 'School A', kind: 'school', regionId: city.streetA.id },
    });
    expect(ok.statusCode).toBe(201);
    const before = await countRows(ctx.database, ['units', 'audit_events']);
    const foreign = await call(ctx, city.keys.streetA, {
      method: 'POST',
      url: '/v1/units',
      payload: { name: 'x', kind: 'school', regionId: city.streetB.id },
    });
    expect(foreign.statusCode).toBe(404);
    const staff = await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: '/v1/units',
      payload: { name: 'x', kind: 'school', regionId: city.communityA1.id },
    });
    expect(staff.statusCode).toBe(403);
    const badKind = await call(ctx, city.keys.admin, {
      method: 'POST',
      url: '/v1/units',
      payload: { name: 'x', kind: 'bank', regionId: city.district.id },
    });
    expect(badKind.statusCode).toBe(400);
    expect(await countRows(ctx.database, ['units', 'audit_events'])).toEqual(before);
  });

  it('scopes units: officers see those located or paired in their subtree, staff those paired with them, a unit admin its own', async () => {
    const located = await createUnit(ctx.database, { regionId: city.streetB.id, name: 'Located in B' });
    const streetB = await call(ctx, city.keys.streetB, { method: 'GET', url: '/v1/units?limit=200' });
    expect(ids(streetB)).toEqual(expect.arrayContaining([located.id, city.unitB.id]));
    expect(ids(streetB)).not.toContain(city.unitA.id);

    expect(ids(await call(ctx, city.keys.staffA1, { method: 'GET', url: '/v1/units' }))).toEqual([
      city.unitA.id,
    ]);
    expect(ids(await call(ctx, city.keys.staffA2, { method: 'GET', url: '/v1/units' }))).toEqual([]);
    expect(ids(await call(ctx, city.keys.unitB, { method: 'GET', url: '/v1/units' }))).toEqual([
      city.unitB.id,
    ]);
    expect(
      (await call(ctx, city.keys.unitB, { method: 'GET', url: `/v1/units/${city.unitA.id}` })).statusCode,
    ).toBe(404);
    expect(
      (await call(ctx, city.keys.staffB1, { method: 'GET', url: `/v1/units/${city.unitA.id}` })).statusCode,
    ).toBe(404);

    const m = await createMember(ctx.database, { communityId: city.communityA1.id, unitId: city.unitA.id });
    const memberKey = await createKey(ctx.database, 'member', { memberId: m.id });
    expect(ids(await call(ctx, memberKey, { method: 'GET', url: '/v1/units' }))).toEqual([city.unitA.id]);

    const filtered = await call(ctx, city.keys.admin, {
      method: 'GET',
      url: `/v1/units?regionId=${city.streetB.id}`,
    });
    expect(ids(filtered)).toEqual([located.id]);
  });

  it('lets a unit admin edit its own unit but not move it, and nobody edit what they only see', async () => {
    const own = await call(ctx, city.keys.unitA, {
      method: 'PATCH',
      url: `/v1/units/${city.unitA.id}`,
      payload: { partyOrganisation: 'Hospital A Party Committee' },
    });
    expect(own.statusCode).toBe(200);
    const before = await countRows(ctx.database, ['audit_events']);
    const move = await call(ctx, city.keys.unitA, {
      method: 'PATCH',
      url: `/v1/units/${city.unitA.id}`,
      payload: { regionId: city.streetA.id },
    });
    expect(move.statusCode).toBe(403);
    const other = await call(ctx, city.keys.unitA, {
      method: 'PATCH',
      url: `/v1/units/${city.unitB.id}`,
      payload: { name: 'x' },
    });
    expect(other.statusCode).toBe(404);
    // Street officer A sees unit A (paired with A1) but the unit sits at district level: not its to edit.
    const officer = await call(ctx, city.keys.streetA, {
      method: 'PATCH',
      url: `/v1/units/${city.unitA.id}`,
      payload: { name: 'x' },
    });
    expect(officer.statusCode).toBe(403);
    const staff = await call(ctx, city.keys.staffA1, {
      method: 'PATCH',
      url: `/v1/units/${city.unitA.id}`,
      payload: { name: 'x' },
    });
    expect(staff.statusCode).toBe(403);
    expect(await countRows(ctx.database, ['audit_events'])).toEqual(before);
    const [row] = (
      await ctx.database.pool.query('select name, region_id from units where id = $1', [city.unitA.id])
    ).rows;
    expect(row).toEqual({ name: 'Hospital A', region_id: city.district.id });
  });

  it('pairs a unit with a community for a period and lists its pairings', async () => {
    const res = await call(ctx, city.keys.admin, {
      method: 'POST',
      url: `/v1/units/${city.unitA.id}/pairings`,
      payload: { communityId: city.communityA2.id, validFrom: '2025-01-01', validTo: '2025-12-31' },
      headers: { 'x-request-id': 'pair-1' },
    });
    expect(res.statusCode).toBe(201);
    const pairing = res.json();
    expect(pairing).toMatchObject({
      unitId: city.unitA.id,
      communityId: city.communityA2.id,
      validFrom: '2025-01-01',
      validTo: '2025-12-31',
    });
    const [event] = (
      await ctx.database.pool.query(
        'select action, request_id, after from audit_events where entity_id = $1',
        [pairing.id],
      )
    ).rows;
    expect(event).toMatchObject({
      action: 'pairing.created',
      request_id: 'pair-1',
      after: { communityId: city.communityA2.id },
    });

    const list = await call(ctx, city.keys.unitA, {
      method: 'GET',
      url: `/v1/units/${city.unitA.id}/pairings`,
    });
    expect(list.json().items.map((p: { communityId: string }) => p.communityId)).toEqual([
      city.communityA1.id,
      city.communityA2.id,
    ]);
    // Staff of A1 see the unit, but only the pairing with their own community.
    const staff = await call(ctx, city.keys.staffA1, {
      method: 'GET',
      url: `/v1/units/${city.unitA.id}/pairings`,
    });
    expect(staff.json().items.map((p: { communityId: string }) => p.communityId)).toEqual([
      city.communityA1.id,
    ]);
    expect(
      (await call(ctx, city.keys.staffB1, { method: 'GET', url: `/v1/units/${city.unitA.id}/pairings` }))
        .statusCode,
    ).toBe(404);
  });

  it('refuses bad pairings and writes nothing', async () => {
    const before = await countRows(ctx.database, ['pairings', 'audit_events']);
    const url = `/v1/units/${city.unitB.id}/pairings`;
    const backwards = await call(ctx, city.keys.admin, {
      method: 'POST',
      url,
      payload: { communityId: city.communityB1.id, validFrom: '2025-06-01', validTo: '2025-01-01' },
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors).toEqual([expect.objectContaining({ path: 'body.validTo' })]);
    const notCommunity = await call(ctx, city.keys.admin, {
      method: 'POST',
      url,
      payload: { communityId: city.streetB.id, validFrom: '2025-01-01' },
    });
    expect(notCommunity.statusCode).toBe(422);
    expect(notCommunity.json().code).toBe('invalid_reference');
    const overlap = await call(ctx, city.keys.admin, {
      method: 'POST',
      url,
      payload: { communityId: city.communityB1.id, validFrom: '2024-01-01' },
    });
    expect(overlap.statusCode).toBe(409);
    const foreignCommunity = await call(ctx, city.keys.streetB, {
      method: 'POST',
      url,
      payload: { communityId: city.communityA1.id, validFrom: '2025-01-01' },
    });
    expect(foreignCommunity.statusCode).toBe(404);
    const byStaff = await call(ctx, city.keys.staffB1, {
      method: 'POST',
      url,
      payload: { communityId: city.communityB1.id, validFrom: '2030-01-01' },
    });
    expect(byStaff.statusCode).toBe(403);
    const badDate = await call(ctx, city.keys.admin, {
      method: 'POST',
      url,
      payload: { communityId: city.communityB1.id, validFrom: '2025-02-30' },
    });
    expect(badDate.statusCode).toBe(400);
    expect(await countRows(ctx.database, ['pairings', 'audit_events'])).toEqual(before);
  });

  it('lets a street officer pair a unit it sees with a community of its subtree', async () => {
    const res = await call(ctx, city.keys.streetB, {
      method: 'POST',
      url: `/v1/units/${city.unitB.id}/pairings`,
      payload: { communityId: city.communityB1.id, validFrom: '2010-01-01', validTo: '2019-12-31' },
    });
    expect(res.statusCode).toBe(201);
  });
});
