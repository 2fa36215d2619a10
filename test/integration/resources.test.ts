import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type City, call, countRows, createCity } from '../factories/index.js';
import { allWeek, createResource } from '../factories/resources.js';
import { createTestContext, type TestContext } from '../helpers/context.js';

describe('resources', () => {
  let ctx: TestContext;
  let city: City;
  beforeAll(async () => {
    ctx = await createTestContext();
    city = await createCity(ctx.database);
  });
  afterAll(async () => ctx.close());

  const tables = ['resources', 'audit_events', 'domain_events', 'idempotency_keys'];

  it('publishes a unit’s resource, reads it with its ETag and edits it with If-Match, auditing each change', async () => {
    const created = await call(ctx, city.keys.unitA, {
      method: 'POST',
      url: '/v1/resources',
      payload: {
        owner: { type: 'unit', id: city.unitA.id },
        kind: 'venue',
        name: 'Sports ground',
        capacity: 3,
        openingHours: [{ weekday: 6, opens: '08:00', closes: '18:00' }],
        requiresApproval: true,
      },
    });
    expect(created.statusCode).toBe(201);
    const resource = created.json();
    expect(resource).toMatchObject({
      owner: { type: 'unit', id: city.unitA.id },
      capacity: 3,
      timeZone: 'Asia/Shanghai',
      bookableBy: 'paired',
      requiresApproval: true,
      active: true,
      version: 1,
    });

    const read = await call(ctx, city.keys.staffA1, { method: 'GET', url: `/v1/resources/${resource.id}` });
    expect(read.statusCode).toBe(200);
    expect(read.headers.etag).toBe('"v1"');

    const url = `/v1/resources/${resource.id}`;
    const missing = await call(ctx, city.keys.unitA, { method: 'PATCH', url, payload: { capacity: 4 } });
    expect(missing.statusCode).toBe(428);
    const stale = await call(ctx, city.keys.unitA, {
      method: 'PATCH',
      url,
      payload: { capacity: 4 },
      headers: { 'if-match': '"v7"' },
    });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().code).toBe('version_mismatch');
    const patched = await call(ctx, city.keys.unitA, {
      method: 'PATCH',
      url,
      payload: { capacity: 4 },
      headers: { 'if-match': read.headers.etag as string },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.headers.etag).toBe('"v2"');
    expect(patched.json()).toMatchObject({ capacity: 4, version: 2 });

    // A paired community sees the resource but does not manage it.
    const foreign = await call(ctx, city.keys.staffA1, {
      method: 'PATCH',
      url,
      payload: { capacity: 1 },
      headers: { 'if-match': '"v2"' },
    });
    expect(foreign.statusCode).toBe(403);

    const audit = await ctx.database.pool.query(
      'select action, before, after from audit_events where entity_id = $1 order by seq',
      [resource.id],
    );
    expect(audit.rows.map((r) => r.action)).toEqual(['resource.created', 'resource.updated']);
    expect(audit.rows[1].before).toMatchObject({ capacity: 3 });
    expect(audit.rows[1].after).toMatchObject({ capacity: 4 });
    const events = await ctx.database.pool.query(
      "select type, unit_ids from domain_events where data->>'resourceId' = $1 order by id",
      [resource.id],
    );
    expect(events.rows).toEqual([
      { type: 'resource.created', unit_ids: [city.unitA.id] },
      { type: 'resource.updated', unit_ids: [city.unitA.id] },
    ]);
  });

  it('shows a resource to its owner and to those who may book it, and to no one else', async () => {
    const van = await createResource(ctx, city);
    const street = await createResource(ctx, city, {
      owner: { type: 'community', id: city.communityA1.id },
      kind: 'venue',
      name: 'Meeting room',
      bookableBy: 'street',
    });
    const status = async (key: string, id: string) =>
      (await call(ctx, key, { method: 'GET', url: `/v1/resources/${id}` })).statusCode;
    // The van is open to unit A's paired community A1 only.
    expect(await status(city.keys.unitA, van.id)).toBe(200);
    expect(await status(city.keys.staffA1, van.id)).toBe(200);
    expect(await status(city.keys.staffA2, van.id)).toBe(404);
    expect(await status(city.keys.staffB1, van.id)).toBe(404);
    expect(await status(city.keys.unitB, van.id)).toBe(404);
    // The meeting room is open to street A: community A2 and unit A (paired with A1) see it.
    expect(await status(city.keys.staffA2, street.id)).toBe(200);
    expect(await status(city.keys.unitA, street.id)).toBe(200);
    expect(await status(city.keys.streetA, street.id)).toBe(200);
    expect(await status(city.keys.staffB1, street.id)).toBe(404);
    expect(await status(city.keys.unitB, street.id)).toBe(404);
    expect(await status(city.keys.streetB, street.id)).toBe(404);

    const listed = await call(ctx, city.keys.staffB1, { method: 'GET', url: '/v1/resources' });
    expect(listed.statusCode).toBe(200);
    expect(listed.json().items.map((r: { id: string }) => r.id)).not.toContain(van.id);
  });

  it('refuses bad input with a problem document and writes nothing', async () => {
    const valid = {
      owner: { type: 'unit', id: city.unitA.id },
      kind: 'equipment',
      name: 'Projector',
      openingHours: allWeek,
    };
    const cases: [string, Record<string, unknown>, number, string?][] = [
      ['closes before opens', { openingHours: [{ weekday: 1, opens: '18:00', closes: '08:00' }] }, 400],
      [
        'overlapping intervals',
        {
          openingHours: [
            { weekday: 1, opens: '08:00', closes: '12:00' },
            { weekday: 1, opens: '11:00', closes: '14:00' },
          ],
        },
        400,
      ],
      ['weekday 8', { openingHours: [{ weekday: 8, opens: '08:00', closes: '12:00' }] }, 400],
      ['no hours', { openingHours: [] }, 400],
      ['unknown time zone', { timeZone: 'Mars/Olympus' }, 400],
      ['capacity 0', { capacity: 0 }, 400],
      ['unknown kind', { kind: 'boat' }, 400],
      ['unknown field', { colour: 'red' }, 400],
      ['unknown rule', { bookableBy: 'city' }, 400],
      [
        'a street rule for a unit sitting in the district',
        { bookableBy: 'street' },
        422,
        'invalid_reference',
      ],
      [
        'an owner that does not exist',
        { owner: { type: 'unit', id: '01890000-0000-7000-8000-000000000000' } },
        404,
      ],
      [
        'a grid as a community',
        { owner: { type: 'community', id: city.gridA1.id } },
        422,
        'invalid_reference',
      ],
    ];
    const before = await countRows(ctx.database, tables);
    for (const [what, change, statusCode, code] of cases) {
      const res = await call(ctx, city.keys.admin, {
        method: 'POST',
        url: '/v1/resources',
        payload: { ...valid, ...change },
      });
      expect(res.statusCode, what).toBe(statusCode);
      expect(res.headers['content-type'], what).toContain('application/problem+json');
      if (code) expect(res.json().code, what).toBe(code);
    }
    // Roles and owners a key may not act for.
    const refusals: [string, Record<string, unknown>, number][] = [
      [city.keys.staffA1, { owner: { type: 'unit', id: city.unitA.id } }, 403],
      [city.keys.unitB, { owner: { type: 'unit', id: city.unitA.id } }, 403],
      [city.keys.unitA, { owner: { type: 'community', id: city.communityA1.id } }, 403],
      [city.keys.staffA1, { owner: { type: 'community', id: city.communityB1.id } }, 404],
      [city.keys.streetA, { owner: { type: 'community', id: city.communityA1.id } }, 403],
      [city.keys.ops, {}, 403],
    ];
    for (const [key, change, statusCode] of refusals) {
      const res = await call(ctx, key, {
        method: 'POST',
        url: '/v1/resources',
        payload: { ...valid, ...change },
      });
      expect(res.statusCode).toBe(statusCode);
    }
    expect(await countRows(ctx.database, tables)).toEqual(before);
  });

  it('refuses a bad edit and writes nothing', async () => {
    const r = await createResource(ctx, city);
    const before = await countRows(ctx.database, tables);
    const url = `/v1/resources/${r.id}`;
    for (const payload of [
      {},
      { capacity: -1 },
      { owner: { type: 'unit', id: city.unitB.id } },
      { bookableBy: 'street' },
    ]) {
      const res = await call(ctx, city.keys.unitA, {
        method: 'PATCH',
        url,
        payload,
        headers: { 'if-match': '"v1"' },
      });
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
    }
    expect(await countRows(ctx.database, tables)).toEqual(before);
    const row = await ctx.database.pool.query('select version, capacity from resources where id = $1', [
      r.id,
    ]);
    expect(row.rows[0]).toEqual({ version: 1, capacity: 1 });
  });
});
