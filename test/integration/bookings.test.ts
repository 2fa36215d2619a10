import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type City, call, countRows, createCity } from '../factories/index.js';
import { book, bookAsClient, createResource, slot } from '../factories/resources.js';
import { createTestContext, type TestContext } from '../helpers/context.js';

describe('bookings', () => {
  let ctx: TestContext;
  let city: City;
  beforeAll(async () => {
    ctx = await createTestContext();
    city = await createCity(ctx.database);
  });
  afterAll(async () => ctx.close());

  const A1 = () => ({ type: 'community' as const, id: city.communityA1.id });
  const tables = ['bookings', 'audit_events', 'domain_events', 'outbox', 'idempotency_keys'];

  it('confirms a booking at once, with its audit, its events to both sides and its reminder timer', async () => {
    const van = await createResource(ctx, city);
    const res = await book(ctx, city.keys.staffA1, van.id, A1(), slot(ctx, 2, 9, 11));
    expect(res.statusCode).toBe(201);
    const booking = res.json();
    expect(booking).toMatchObject({
      resourceId: van.id,
      owner: { type: 'unit', id: city.unitA.id },
      booker: A1(),
      status: 'confirmed',
      remindedAt: null,
    });
    const audit = await ctx.database.pool.query('select action from audit_events where entity_id = $1', [
      booking.id,
    ]);
    expect(audit.rows.map((r) => r.action)).toEqual(['booking.confirmed']);
    const events = await ctx.database.pool.query(
      "select type, region_path, unit_ids from domain_events where data->>'bookingId' = $1",
      [booking.id],
    );
    expect(events.rows).toEqual([
      { type: 'booking.confirmed', region_path: city.communityA1.path, unit_ids: [city.unitA.id] },
    ]);
    const timers = await ctx.database.pool.query(
      "select job_id from outbox where queue = 'bookings' and payload->>'bookingId' = $1",
      [booking.id],
    );
    expect(timers.rows).toEqual([
      { job_id: `booking-reminder-${booking.id}-${Date.parse(booking.remindAt)}` },
    ]);
    // The event feed shows it to both sides and to the officers above them, to no one else.
    const feed = async (key: string) =>
      (await call(ctx, key, { method: 'GET', url: '/v1/events?types=booking.confirmed' })).json().items as {
        data: { bookingId: string };
      }[];
    for (const key of [city.keys.staffA1, city.keys.unitA, city.keys.streetA])
      expect((await feed(key)).map((e) => e.data.bookingId)).toContain(booking.id);
    for (const key of [city.keys.staffA2, city.keys.staffB1, city.keys.unitB])
      expect((await feed(key)).map((e) => e.data.bookingId)).not.toContain(booking.id);
    // Both sides read it; a community that is neither does not.
    for (const key of [city.keys.staffA1, city.keys.unitA, city.keys.streetA])
      expect((await call(ctx, key, { method: 'GET', url: `/v1/bookings/${booking.id}` })).statusCode).toBe(
        200,
      );
    for (const key of [city.keys.staffA2, city.keys.staffB1, city.keys.unitB])
      expect((await call(ctx, key, { method: 'GET', url: `/v1/bookings/${booking.id}` })).statusCode).toBe(
        404,
      );
  });

  it('refuses slots outside the hours, in the past, over capacity and bookers the rule does not admit, writing nothing', async () => {
    const room = await createResource(ctx, city, {
      owner: { type: 'community', id: city.communityA1.id },
      kind: 'venue',
      name: 'Hall',
      bookableBy: 'street',
      openingHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '08:00', closes: '18:00' })),
    });
    const A2 = { type: 'community' as const, id: city.communityA2.id };
    expect((await book(ctx, city.keys.staffA2, room.id, A2, slot(ctx, 3, 10, 12))).statusCode).toBe(201);
    const before = await countRows(ctx.database, tables);
    const refused: [string, Awaited<ReturnType<typeof book>>, number, string][] = [
      [
        'before opening',
        await book(ctx, city.keys.staffA2, room.id, A2, slot(ctx, 3, 7, 9)),
        422,
        'outside_opening_hours',
      ],
      [
        'after closing',
        await book(ctx, city.keys.staffA2, room.id, A2, slot(ctx, 3, 17, 19)),
        422,
        'outside_opening_hours',
      ],
      [
        'over two days',
        await book(ctx, city.keys.staffA2, room.id, A2, {
          startsAt: slot(ctx, 3, 9, 10).startsAt,
          endsAt: slot(ctx, 4, 9, 10).endsAt,
        }),
        422,
        'outside_opening_hours',
      ],
      [
        'in the past',
        await book(ctx, city.keys.staffA2, room.id, A2, slot(ctx, -1, 10, 12)),
        422,
        'slot_in_past',
      ],
      [
        'overlapping the capacity',
        await book(ctx, city.keys.staffA2, room.id, A2, slot(ctx, 3, 11, 13)),
        409,
        'slot_unavailable',
      ],
      [
        'a district unit not paired in the street',
        await book(ctx, city.keys.admin, room.id, { type: 'unit', id: city.unitB.id }, slot(ctx, 3, 14, 15)),
        403,
        'booking_not_allowed',
      ],
      [
        'a community of another street',
        await book(
          ctx,
          city.keys.admin,
          room.id,
          { type: 'community', id: city.communityB1.id },
          slot(ctx, 3, 14, 15),
        ),
        403,
        'booking_not_allowed',
      ],
      [
        'a street officer',
        await book(ctx, city.keys.streetA, room.id, A2, slot(ctx, 3, 14, 15)),
        403,
        'forbidden',
      ],
      [
        'staff for another community',
        await book(ctx, city.keys.staffA2, room.id, A1(), slot(ctx, 3, 14, 15)),
        404,
        'not_found',
      ],
      [
        'a unit admin for a community',
        await book(ctx, city.keys.unitA, room.id, A2, slot(ctx, 3, 14, 15)),
        403,
        'forbidden',
      ],
      [
        'a key that does not see it',
        await book(
          ctx,
          city.keys.staffB1,
          room.id,
          { type: 'community', id: city.communityB1.id },
          slot(ctx, 3, 14, 15),
        ),
        404,
        'not_found',
      ],
    ];
    for (const [what, res, statusCode, code] of refused) {
      expect(res.statusCode, what).toBe(statusCode);
      expect(res.json().code, what).toBe(code);
    }
    const malformed = [
      { booker: A2, ...slot(ctx, 3, 12, 11) },
      { booker: A2, startsAt: 'tomorrow', endsAt: slot(ctx, 3, 12, 13).endsAt },
      { booker: { type: 'street', id: city.streetA.id }, ...slot(ctx, 3, 14, 15) },
      { booker: A2, ...slot(ctx, 3, 14, 15), extra: 1 },
    ];
    for (const payload of malformed) {
      const res = await call(ctx, city.keys.staffA2, {
        method: 'POST',
        url: `/v1/resources/${room.id}/bookings`,
        payload,
      });
      expect(res.statusCode).toBe(400);
    }
    expect(await countRows(ctx.database, tables)).toEqual(before);
    // [startsAt, endsAt): a slot beginning when the other ends fits; the unit paired with A1 sits in the street.
    expect((await book(ctx, city.keys.staffA2, room.id, A2, slot(ctx, 3, 12, 13))).statusCode).toBe(201);
    expect(
      (await book(ctx, city.keys.unitA, room.id, { type: 'unit', id: city.unitA.id }, slot(ctx, 3, 8, 10)))
        .statusCode,
    ).toBe(201);
  });

  it('holds a request’s slot until the owner decides; the owner approves or rejects, either side cancels', async () => {
    const ground = await createResource(ctx, city, { kind: 'venue', name: 'Ground', requiresApproval: true });
    const when = slot(ctx, 5, 14, 16);
    const requested = await book(ctx, city.keys.staffA1, ground.id, A1(), when);
    expect(requested.json().status).toBe('requested');
    // A pending request holds the only place.
    const second = await book(ctx, city.keys.unitA, ground.id, { type: 'unit', id: city.unitA.id }, when);
    expect(second.statusCode).toBe(409);

    const id = requested.json().id;
    const byBooker = await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: `/v1/bookings/${id}/approve`,
    });
    expect(byBooker.statusCode, byBooker.body).toBe(403);
    const approved = await call(ctx, city.keys.unitA, { method: 'POST', url: `/v1/bookings/${id}/approve` });
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved' });
    expect(approved.json().decidedAt).not.toBeNull();
    const again = await call(ctx, city.keys.unitA, { method: 'POST', url: `/v1/bookings/${id}/reject` });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('invalid_transition');

    const cancelled = await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: `/v1/bookings/${id}/cancel`,
      payload: { reason: 'the event moved' },
    });
    expect(cancelled.json()).toMatchObject({
      status: 'cancelled',
      cancelledBy: 'booker',
      reason: 'the event moved',
    });
    // The slot is free again; the owner rejects the next request.
    const next = await book(ctx, city.keys.staffA1, ground.id, A1(), when);
    expect(next.statusCode).toBe(201);
    const rejected = await call(ctx, city.keys.unitA, {
      method: 'POST',
      url: `/v1/bookings/${next.json().id}/reject`,
    });
    expect(rejected.json().status).toBe('rejected');

    const types = await ctx.database.pool.query(
      "select type from domain_events where data->>'resourceId' = $1 and type like 'booking.%' order by id",
      [ground.id],
    );
    expect(types.rows.map((r) => r.type)).toEqual([
      'booking.requested',
      'booking.approved',
      'booking.cancelled',
      'booking.requested',
      'booking.rejected',
    ]);
    // Approval plans the reminder; a request does not.
    const timers = await ctx.database.pool.query(
      "select payload->>'bookingId' as id from outbox where queue = 'bookings'",
    );
    expect(timers.rows.map((r) => r.id)).toContain(id);
    expect(timers.rows.map((r) => r.id)).not.toContain(next.json().id);
  });

  it('lets exactly one of hundreds of concurrent bookings of a capacity-1 slot win', async () => {
    const van = await createResource(ctx, city);
    const when = slot(ctx, 6, 9, 10);
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        i % 2 === 0
          ? bookAsClient(ctx, city.keys.staffA1, van.id, A1(), when)
          : bookAsClient(ctx, city.keys.unitA, van.id, { type: 'unit', id: city.unitA.id }, when),
      ),
    );
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 201)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(199);
    expect(new Set(results.filter((r) => r.statusCode === 409).map((r) => r.json().code))).toEqual(
      new Set(['slot_unavailable']),
    );
    const held = await ctx.database.pool.query(
      'select count(*)::int as n from bookings where resource_id = $1',
      [van.id],
    );
    expect(held.rows[0].n).toBe(1);
  }, 120_000);

  it('lets exactly `capacity` of hundreds of concurrent overlapping bookings win', async () => {
    const ground = await createResource(ctx, city, { kind: 'venue', name: 'Field', capacity: 3 });
    // Overlapping slots shifted by minutes: every pair overlaps, so at most 3 may be held.
    const results = await Promise.all(
      Array.from({ length: 300 }, (_, i) =>
        bookAsClient(ctx, city.keys.staffA1, ground.id, A1(), slot(ctx, 7, 9, 11, i % 60)),
      ),
    );
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 201)).toHaveLength(3);
    expect(codes.filter((c) => c === 409)).toHaveLength(297);
    const overlaps = await ctx.database.pool.query(
      `select max(n)::int as n from (
         select (select count(*) from bookings b2 where b2.resource_id = b.resource_id
                   and tstzrange(b2.starts_at, b2.ends_at) && tstzrange(b.starts_at, b.ends_at)) as n
           from bookings b where b.resource_id = $1) x`,
      [ground.id],
    );
    expect(overlaps.rows[0].n).toBe(3);
  }, 120_000);

  it('keeps two exclusive bookings apart in Postgres itself', async () => {
    const van = await createResource(ctx, city);
    const when = slot(ctx, 8, 9, 10);
    const ok = await book(ctx, city.keys.staffA1, van.id, A1(), when);
    expect(ok.statusCode).toBe(201);
    // Past the service's lock and count: the exclusion constraint still refuses the overlap.
    await expect(
      ctx.database.pool.query(
        `insert into bookings (id, resource_id, booker_community_id, starts_at, ends_at, status, exclusive, remind_at)
         values (gen_random_uuid(), $1, $2, $3, $4, 'confirmed', true, now())`,
        [van.id, city.communityA1.id, when.startsAt, when.endsAt],
      ),
    ).rejects.toMatchObject({ code: '23P01' });
  });

  it('shows resource use in the units report', async () => {
    const res = await call(ctx, city.keys.admin, { method: 'GET', url: '/v1/reports/units' });
    expect(res.statusCode).toBe(200);
    const row = res.json().rows.find((r: { unitId: string }) => r.unitId === city.unitA.id);
    const counted = await ctx.database.pool.query(
      `select (select count(*) from resources where owner_unit_id = $1 and active)::int as opened,
              (select count(*) from bookings b join resources r on r.id = b.resource_id
                where r.owner_unit_id = $1 and b.status in ('approved', 'confirmed'))::int as hosted`,
      [city.unitA.id],
    );
    expect(counted.rows[0].opened).toBeGreaterThan(0);
    expect(counted.rows[0].hosted).toBeGreaterThan(0);
    expect(row).toMatchObject({
      resourcesOpened: counted.rows[0].opened,
      bookingsHosted: counted.rows[0].hosted,
    });
    const unitB = res.json().rows.find((r: { unitId: string }) => r.unitId === city.unitB.id);
    expect(unitB).toMatchObject({ resourcesOpened: 0, bookingsHosted: 0 });
    const csv = await call(ctx, city.keys.admin, {
      method: 'GET',
      url: '/v1/reports/units',
      headers: { accept: 'text/csv' },
    });
    expect(csv.body.split('\n')[0]).toContain('resources_opened,bookings_hosted');
  });
});
