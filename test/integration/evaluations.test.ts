import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claims, type OrderStatus, orders, slaBreaches } from '../../src/db/schema/index.js';
import { newId } from '../../src/lib/ids.js';
import { type City, call, countRows, createCity, createKey, createMember } from '../factories/index.js';
import { createTestContext, type TestContext } from '../helpers/context.js';

/** November 2026 in Asia/Shanghai (the default EVALUATION_TIME_ZONE) begins at 16:00 UTC on 31 October. */
const NOV = (day: number, hour = 4) => new Date(Date.UTC(2026, 10, day, hour));
const OCT = (day: number, hour = 4) => new Date(Date.UTC(2026, 9, day, hour));
const NOW = new Date('2026-12-10T02:00:00Z');

interface RankingRow {
  rank: number;
  previousRank: number | null;
  rankChange: number | null;
  id: string;
  name: string;
  responseRate: number | null;
  resolutionRate: number | null;
  satisfactionRate: number | null;
  overall: number | null;
  counts: Record<string, number>;
}

describe('evaluations: the three rates ranked, the answers to the whistle rated, the unit score', () => {
  let ctx: TestContext;
  let city: City;
  const members: Record<string, string> = {};

  /** An order written as the lifecycle leaves it, with the timestamps a month would give it. */
  async function order(
    community: { id: string; path: string },
    o: {
      status: OrderStatus;
      publishedAt: Date;
      claimBy: Date;
      completeBy: Date;
      rating?: number;
      reopenCount?: number;
      claimBreachAt?: Date;
      claims?: { member: string; at: Date; status?: 'completed' | 'held' }[];
    },
  ) {
    const id = newId();
    await ctx.database.db.insert(orders).values({
      id,
      communityId: community.id,
      regionPath: community.path,
      categoryCode: 'errand',
      title: 'Carry the shopping upstairs',
      description: 'Fifth floor, no lift',
      priority: 'routine',
      headcount: 1,
      source: 'walk_in',
      dispatchMode: 'open',
      status: o.status,
      createdAt: o.publishedAt,
      updatedAt: o.publishedAt,
      publishedAt: o.publishedAt,
      claimBy: o.claimBy,
      completeBy: o.completeBy,
      rating: o.rating ?? null,
      reopenCount: o.reopenCount ?? 0,
      verifiedAt: o.status === 'verified' ? o.completeBy : null,
    });
    if (o.claimBreachAt)
      await ctx.database.db.insert(slaBreaches).values({
        id: newId(),
        orderId: id,
        kind: 'claim',
        deadline: o.claimBy,
        detectedAt: o.claimBreachAt,
        lateMs: 1000,
        levelAfter: 1,
        detectedBy: 'timer',
      });
    for (const c of o.claims ?? [])
      await ctx.database.db.insert(claims).values({
        id: newId(),
        orderId: id,
        memberId: members[c.member]!,
        status: c.status ?? 'completed',
        approvedHours: c.status === 'held' ? null : 2,
        createdAt: c.at,
        completedAt: c.status === 'held' ? null : o.completeBy,
      });
    return id;
  }

  beforeAll(async () => {
    ctx = await createTestContext();
    ctx.clock.set(NOW);
    city = await createCity(ctx.database);
    const db = ctx.database;
    members.alice = (await createMember(db, { communityId: city.communityA1.id, unitId: city.unitA.id })).id;
    members.carol = (await createMember(db, { communityId: city.communityB1.id, unitId: city.unitB.id })).id;
    for (const [unitId, name] of [
      [city.unitA.id, 'Clinic day'],
      [city.unitA.id, 'Ambulance'],
      [city.unitB.id, 'Sports ground'],
    ] as const)
      await db.pool.query(
        `insert into resources (id, owner_unit_id, kind, name, capacity, time_zone, opening_hours, bookable_by)
         values (gen_random_uuid(), $1, 'venue', $2, 1, 'Asia/Shanghai', '[{"weekday": 6, "opens": "08:00", "closes": "12:00"}]', 'paired')`,
        [unitId, name],
      );
    const { communityA1: a1, communityA2: a2, communityB1: b1 } = city;
    const due = { claimBy: NOV(3), completeBy: NOV(5) };
    // Street A in November: 4 orders (o-tz published at 01:00 on 1 November in Shanghai).
    await order(a1, {
      status: 'verified',
      publishedAt: NOV(2),
      ...due,
      rating: 5,
      claims: [{ member: 'alice', at: NOV(2, 6) }],
    });
    await order(a1, {
      status: 'verified',
      publishedAt: NOV(2),
      ...due,
      rating: 4,
      reopenCount: 1,
      claims: [{ member: 'alice', at: NOV(2, 7) }],
    });
    await order(a2, { status: 'open', publishedAt: NOV(2), ...due, claimBreachAt: NOV(3, 5) });
    await order(a2, { status: 'verified', publishedAt: new Date('2026-10-31T17:00:00Z'), ...due, rating: 5 });
    await order(a1, { status: 'cancelled', publishedAt: NOV(4), ...due });
    // Street B in November: one order claimed after its breach, one whose deadlines are still ahead.
    await order(b1, {
      status: 'verified',
      publishedAt: NOV(2),
      ...due,
      rating: 2,
      claimBreachAt: NOV(3, 5),
      claims: [{ member: 'carol', at: NOV(3, 9) }],
    });
    await order(b1, {
      status: 'open',
      publishedAt: NOV(28),
      claimBy: new Date('2026-12-20T00:00:00Z'),
      completeBy: new Date('2026-12-25T00:00:00Z'),
    });
    // October: street B perfect, street A one order never claimed.
    await order(b1, {
      status: 'verified',
      publishedAt: OCT(10),
      claimBy: OCT(11),
      completeBy: OCT(12),
      rating: 5,
    });
    await order(a1, {
      status: 'open',
      publishedAt: OCT(10),
      claimBy: OCT(11),
      completeBy: OCT(12),
      claimBreachAt: OCT(11, 5),
    });
    // Outside both months.
    await order(b1, {
      status: 'open',
      publishedAt: new Date('2026-09-20T00:00:00Z'),
      claimBy: OCT(1),
      completeBy: OCT(2),
      claimBreachAt: OCT(1, 1),
    });
  });
  afterAll(async () => ctx.close());

  const ranking = async (key: string, query: string) => {
    const res = await call(ctx, key, { method: 'GET', url: `/v1/evaluations/rankings?${query}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { from: string; to: string; previousFrom: string; rows: RankingRow[] };
  };

  it('ranks the streets of a district by their three rates, with the change since the month before', async () => {
    const r = await ranking(city.keys.districtOfficer, 'level=street&month=2026-11');
    expect(r.from).toBe('2026-10-31T16:00:00.000Z');
    expect(r.to).toBe('2026-11-30T16:00:00.000Z');
    expect(r.previousFrom).toBe('2026-09-30T16:00:00.000Z');
    expect(r.rows.map((x) => [x.name, x.rank, x.previousRank, x.rankChange])).toEqual([
      ['Street A', 1, 2, 1],
      ['Street B', 2, 1, -1],
    ]);
    const [a, b] = r.rows as [RankingRow, RankingRow];
    expect(a).toMatchObject({ responseRate: 75, resolutionRate: 50, satisfactionRate: 100, overall: 75 });
    expect(a.counts).toEqual({
      published: 4,
      responseDue: 4,
      responded: 3,
      resolutionDue: 4,
      resolved: 2,
      rated: 3,
      satisfied: 3,
    });
    expect(b).toMatchObject({ responseRate: 0, resolutionRate: 100, satisfactionRate: 0, overall: 33.33 });
    expect(b.counts).toMatchObject({ published: 2, responseDue: 1, resolutionDue: 1, rated: 1 });
  });

  it('ranks communities within the caller’s street, and units by the orders their members took', async () => {
    const communities = await ranking(city.keys.streetA, 'level=community&month=2026-11');
    expect(communities.rows.map((x) => [x.name, x.rank, x.overall])).toEqual([
      ['Community A1', 1, 83.33],
      ['Community A2', 2, 66.67],
    ]);
    const units = await ranking(city.keys.admin, 'level=unit&month=2026-11');
    expect(
      units.rows.map((x) => [x.name, x.rank, x.responseRate, x.resolutionRate, x.satisfactionRate]),
    ).toEqual([
      ['Hospital A', 1, 100, 50, 100],
      ['School B', 2, 0, 100, 0],
    ]);
  });

  it('answers CSV with one line per row when asked for text/csv', async () => {
    const res = await call(ctx, city.keys.districtOfficer, {
      method: 'GET',
      url: '/v1/evaluations/rankings?level=street&month=2026-11',
      headers: { accept: 'text/csv' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const lines = res.body.trim().split('\n');
    expect(lines[0]).toMatch(
      /^rank,previous_rank,rank_change,id,name,response_rate,resolution_rate,satisfaction_rate,overall,/,
    );
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 5))).toEqual([
      ['1', '2', '1', city.streetA.id, 'Street A'],
      ['2', '1', '-1', city.streetB.id, 'Street B'],
    ]);
  });

  it('takes any period by from and to, compared with the span of the same length before it', async () => {
    const r = await ranking(
      city.keys.admin,
      `level=street&regionId=${city.district.id}&from=${encodeURIComponent('2026-10-01T00:00:00Z')}&to=${encodeURIComponent('2026-11-01T00:00:00Z')}`,
    );
    expect(r.previousFrom).toBe('2026-08-31T00:00:00.000Z');
    // October in UTC holds the two October orders and the one published at 17:00 UTC on 31 October.
    expect(r.rows.map((x) => [x.name, x.counts.published, x.previousRank])).toEqual([
      ['Street B', 1, 1],
      ['Street A', 2, null],
    ]);
  });

  it('refuses bad periods, levels and scopes with problem documents, and writes nothing', async () => {
    const before = await countRows(ctx.database, ['audit_events', 'evaluation_weights']);
    const cases: [string, string, number, string][] = [
      [city.keys.admin, 'level=planet&month=2026-11', 400, 'validation_failed'],
      [city.keys.admin, 'level=street&month=2026-13', 400, 'validation_failed'],
      [city.keys.admin, 'level=street', 400, 'validation_failed'],
      [
        city.keys.admin,
        `level=street&month=2026-11&from=${encodeURIComponent('2026-11-01T00:00:00Z')}`,
        400,
        'validation_failed',
      ],
      [
        city.keys.admin,
        `level=street&from=${encodeURIComponent('2026-11-01T00:00:00Z')}`,
        400,
        'validation_failed',
      ],
      [city.keys.staffA1, `level=street&month=2026-11&regionId=${city.streetB.id}`, 404, 'not_found'],
      [city.keys.unitA, 'level=street&month=2026-11', 403, 'forbidden'],
    ];
    for (const [key, query, status, code] of cases) {
      const res = await call(ctx, key, { method: 'GET', url: `/v1/evaluations/rankings?${query}` });
      expect(res.statusCode, `${query}: ${res.body}`).toBe(status);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json().code).toBe(code);
    }
    const member = await createKey(ctx.database, 'member', { memberId: members.alice });
    const res = await call(ctx, member, { method: 'GET', url: '/v1/evaluations/units?year=2026' });
    expect(res.statusCode).toBe(403);
    expect(await countRows(ctx.database, ['audit_events', 'evaluation_weights'])).toEqual(before);
  });

  it('scores units for the year with the weights in force; admins version the weights, audited', async () => {
    const score = async () => {
      const res = await call(ctx, city.keys.admin, { method: 'GET', url: '/v1/evaluations/units?year=2026' });
      expect(res.statusCode, res.body).toBe(200);
      return res.json();
    };
    const first = await score();
    expect(first.weights.version).toBe(1);
    const hospital = first.rows.find((r: { unitName: string }) => r.unitName === 'Hospital A');
    // Hospital A: 1 of 10 members reported in, 2 orders (the most), 4 h (the most), both on time,
    // rating 4.5, and 2 resources opened to the communities (School B opens 1).
    expect(hospital.parts).toEqual({
      reportIn: 10,
      ordersTaken: 100,
      hours: 100,
      onTime: 100,
      rating: 90,
      resources: 100,
    });
    expect(hospital.figures).toMatchObject({ resourcesOpened: 2, bookingsHosted: 0 });
    expect(hospital.score).toBe(83.33);
    const school = first.rows.find((r: { unitName: string }) => r.unitName === 'School B');
    expect(school.parts.resources).toBe(50);
    expect(hospital.rank).toBe(1);

    const refused = await call(ctx, city.keys.districtOfficer, {
      method: 'PUT',
      url: '/v1/evaluations/unit-weights',
      payload: { weights: { reportIn: 100, ordersTaken: 0, hours: 0, onTime: 0, rating: 0, resources: 0 } },
    });
    expect(refused.statusCode).toBe(403);
    const zero = await call(ctx, city.keys.admin, {
      method: 'PUT',
      url: '/v1/evaluations/unit-weights',
      payload: { weights: { reportIn: 0, ordersTaken: 0, hours: 0, onTime: 0, rating: 0, resources: 0 } },
    });
    expect(zero.statusCode).toBe(400);

    // Two changes at once make versions 2 and 3, never the same number twice.
    const puts = await Promise.all(
      [100, 50].map((reportIn) =>
        call(ctx, city.keys.admin, {
          method: 'PUT',
          url: '/v1/evaluations/unit-weights',
          payload: { weights: { reportIn, ordersTaken: 0, hours: 0, onTime: 0, rating: 0, resources: 0 } },
        }),
      ),
    );
    expect(puts.map((p) => p.statusCode)).toEqual([200, 200]);
    expect(puts.map((p) => p.json().version).sort()).toEqual([2, 3]);
    const history = await call(ctx, city.keys.staffA1, {
      method: 'GET',
      url: '/v1/evaluations/unit-weights',
    });
    expect(history.json().versions.map((v: { version: number }) => v.version)).toEqual([3, 2, 1]);
    const second = await score();
    expect(second.weights.version).toBe(3);
    expect(second.rows.find((r: { unitName: string }) => r.unitName === 'Hospital A').score).toBe(10);
    const audit = await ctx.database.pool.query(
      "select count(*)::int as n from audit_events where action = 'evaluation_weights.updated'",
    );
    expect(audit.rows[0].n).toBe(2);
  });
});
