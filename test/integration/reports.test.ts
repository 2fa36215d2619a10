import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workerActor } from '../../src/audit/audit.repo.js';
import { slaBreaches } from '../../src/db/schema/index.js';
import { transaction } from '../../src/db/transaction.js';
import { newId } from '../../src/lib/ids.js';
import { creditVerifiedClaims } from '../../src/modules/ledger/ledger.service.js';
import { type City, call, createCity, createKey, createMember } from '../factories/index.js';
import { createTestContext, type TestContext } from '../helpers/context.js';
import { insertClaim, insertOrder } from './ledger-fixtures.js';

const T0 = new Date('2026-03-10T08:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const PERIOD = `from=${encodeURIComponent('2026-03-01T00:00:00Z')}&to=${encodeURIComponent('2026-04-01T00:00:00Z')}`;

/**
 * A hand-built month in street A (communities A1, A2) and street B (B1), with known timestamps:
 *   O1 A1 errand        verified  claimed +10m, completed +2h (due +3h), rating 5; alice 2h, bob 1.5h
 *   O2 A1 health_clinic verified  claimed +20m, completed +4h (due +3h), rating 3; alice 3h, bob no-show
 *   O3 A2 errand        completed claimed +30m, completed +1h (no deadline);   dave, not yet approved
 *   O4 A1 errand        open      never claimed; breached (level 1)
 *   O5 B1 legal_aid     verified  claimed +40m, completed +5h, rating 4; carol 2h; breached (levels 1, 2)
 *   O6 A1 errand        draft     never published
 *   O7 A1 errand        verified  in February (outside the period); alice 1h, rating 1
 */
describe('reports', () => {
  let ctx: TestContext;
  let city: City;
  const m: Record<'alice' | 'bob' | 'carol' | 'dave' | 'erin', { id: string }> = {} as never;

  beforeAll(async () => {
    ctx = await createTestContext();
    city = await createCity(ctx.database);
    const db = ctx.database;
    const a1 = city.communityA1;
    m.alice = await createMember(db, { communityId: a1.id, unitId: city.unitA.id, name: 'Alice Wang' });
    m.bob = await createMember(db, { communityId: a1.id, unitId: city.unitA.id, name: 'Bob Li' });
    m.carol = await createMember(db, {
      communityId: city.communityB1.id,
      unitId: city.unitB.id,
      name: 'Carol Zhao',
    });
    m.dave = await createMember(db, { communityId: city.communityA2.id, name: 'Dave Chen' });
    m.erin = await createMember(db, { communityId: a1.id, unitId: city.unitA.id, name: 'Erin Xu' });

    const o1 = await insertOrder(db, {
      community: a1,
      createdAt: T0,
      firstClaimedAt: at(10),
      completedAt: at(120),
      completeBy: at(180),
      rating: 5,
    });
    await insertClaim(db, {
      orderId: o1.id,
      memberId: m.alice.id,
      approvedHours: 2,
      createdAt: at(10),
      completedAt: at(120),
    });
    await insertClaim(db, {
      orderId: o1.id,
      memberId: m.bob.id,
      approvedHours: 1.5,
      createdAt: at(11),
      completedAt: at(115),
    });
    const o2 = await insertOrder(db, {
      community: a1,
      categoryCode: 'health_clinic',
      createdAt: T0,
      firstClaimedAt: at(20),
      completedAt: at(240),
      completeBy: at(180),
      rating: 3,
    });
    await insertClaim(db, {
      orderId: o2.id,
      memberId: m.alice.id,
      approvedHours: 3,
      createdAt: at(20),
      completedAt: at(240),
    });
    await insertClaim(db, { orderId: o2.id, memberId: m.bob.id, status: 'no_show', createdAt: at(25) });
    const o3 = await insertOrder(db, {
      community: city.communityA2,
      status: 'completed',
      createdAt: T0,
      firstClaimedAt: at(30),
      completedAt: at(60),
    });
    await insertClaim(db, {
      orderId: o3.id,
      memberId: m.dave.id,
      hoursReported: 1,
      createdAt: at(30),
      completedAt: at(60),
    });
    const o4 = await insertOrder(db, { community: a1, status: 'open', createdAt: T0 });
    const o5 = await insertOrder(db, {
      community: city.communityB1,
      categoryCode: 'legal_aid',
      createdAt: T0,
      firstClaimedAt: at(40),
      completedAt: at(300),
      rating: 4,
    });
    await insertClaim(db, {
      orderId: o5.id,
      memberId: m.carol.id,
      approvedHours: 2,
      createdAt: at(40),
      completedAt: at(300),
    });
    await insertOrder(db, { community: a1, status: 'draft', createdAt: T0, publishedAt: null });
    const feb = new Date('2026-02-02T08:00:00Z');
    const o7 = await insertOrder(db, {
      community: a1,
      createdAt: feb,
      firstClaimedAt: feb,
      completedAt: feb,
      rating: 1,
    });
    await insertClaim(db, {
      orderId: o7.id,
      memberId: m.alice.id,
      approvedHours: 1,
      createdAt: feb,
      completedAt: feb,
    });

    const breach = (orderId: string, levelAfter: number, minutes: number) =>
      db.db.insert(slaBreaches).values({
        id: newId(),
        orderId,
        kind: levelAfter === 1 ? 'claim' : 'response',
        deadline: at(minutes - 5),
        detectedAt: at(minutes),
        lateMs: 300_000,
        levelAfter,
        detectedBy: 'timer',
      });
    await breach(o4.id, 1, 300);
    await breach(o5.id, 1, 200);
    await breach(o5.id, 2, 400);

    for (const [order, when] of [
      [o1, at(24 * 60)],
      [o2, at(24 * 60)],
      [o5, at(24 * 60)],
      [o7, feb],
    ] as const) {
      await transaction(db.db, (tx) =>
        creditVerifiedClaims(tx, {
          orderId: order.id,
          actor: workerActor('verify'),
          basePointsRate: 10,
          at: when,
        }),
      );
    }
    const shop = await call(ctx, city.keys.admin, {
      method: 'POST',
      url: '/v1/merchants',
      payload: { name: 'District Market', regionId: city.district.id },
    });
    ctx.clock.set(at(2 * 24 * 60));
    const spent = await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: '/v1/redemptions',
      payload: { memberId: m.alice.id, merchantId: shop.json().id, points: 30 },
    });
    expect(spent.statusCode).toBe(201);
  });
  afterAll(async () => ctx.close());

  const get = (key: string, url: string, headers: Record<string, string> = {}) =>
    call(ctx, key, { method: 'GET', url, headers });

  it('summarises a street: orders, exact medians and p90, SLA compliance, hours, points, rating, report-in', async () => {
    const r = await get(city.keys.streetA, `/v1/reports/summary?${PERIOD}`);
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({
      regionId: city.streetA.id,
      from: '2026-03-01T00:00:00.000Z',
      to: '2026-04-01T00:00:00.000Z',
      orders: {
        total: 5,
        byStatus: {
          draft: 1,
          open: 1,
          filled: 0,
          in_progress: 0,
          completed: 1,
          verified: 2,
          cancelled: 0,
          expired: 0,
        },
        byCategory: { errand: 4, health_clinic: 1 },
      },
      // 10, 20 and 30 minutes: median 20 min, p90 interpolated at 0.8 between 20 and 30 min.
      timeToFirstClaim: { count: 3, medianS: 1200, p90S: 1680 },
      // 1 h, 2 h and 4 h.
      timeToCompletion: { count: 3, medianS: 7200, p90S: 12_960 },
      sla: { publishedOrders: 4, breachedOrders: 1, compliancePct: 75, breachesByLevel: { 1: 1 } },
      volunteerHours: 6.5,
      pointsIssued: 80,
      pointsRedeemed: 30,
      averageRating: 4,
      ratedOrders: 2,
      reportIn: {
        expectedMembers: 10,
        reportedIn: 3,
        reportInPct: 30,
        units: [
          {
            unitId: city.unitA.id,
            unitName: 'Hospital A',
            expectedMembers: 10,
            reportedIn: 3,
            reportInPct: 30,
          },
        ],
      },
    });
  });

  it('defaults to the caller’s own region and to everything for admins', async () => {
    const staff = (await get(city.keys.staffA1, `/v1/reports/summary?${PERIOD}`)).json();
    expect(staff).toMatchObject({
      regionId: city.communityA1.id,
      orders: { total: 4 },
      sla: { publishedOrders: 3, compliancePct: 66.67 },
    });
    const all = (await get(city.keys.admin, `/v1/reports/summary?${PERIOD}`)).json();
    expect(all).toMatchObject({
      regionId: null,
      orders: { total: 6 },
      sla: { publishedOrders: 5, breachedOrders: 2, compliancePct: 60, breachesByLevel: { 1: 2, 2: 1 } },
      volunteerHours: 8.5,
      pointsIssued: 110,
      averageRating: 4,
      reportIn: { expectedMembers: 20, reportedIn: 4, reportInPct: 20 },
    });
    const ever = (await get(city.keys.admin, '/v1/reports/summary')).json();
    expect(ever).toMatchObject({
      from: null,
      to: null,
      orders: { total: 7 },
      volunteerHours: 9.5,
      ratedOrders: 4,
    });
  });

  it('answers CSV when asked with Accept: text/csv', async () => {
    const r = await get(city.keys.streetA, `/v1/reports/summary?${PERIOD}`, { accept: 'text/csv' });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = r.body.trim().split('\n');
    expect(lines[0]).toBe('metric,dimension,value');
    expect(lines).toContain('orders_total,,5');
    expect(lines).toContain('orders_by_status,verified,2');
    expect(lines).toContain('time_to_first_claim_s,median,1200');
    expect(lines).toContain('time_to_completion_s,p90,12960');
    expect(lines).toContain('sla_compliance_pct,,75');
    expect(lines).toContain('report_in_pct,overall,30');

    const units = await get(city.keys.streetA, `/v1/reports/units?${PERIOD}`, { accept: 'text/csv' });
    expect(units.body.trim().split('\n')).toEqual([
      'unit_id,unit_name,expected_members,reported_in,report_in_pct,orders_taken,claims,completed,hours,on_time_pct,average_rating,no_shows,resources_opened,bookings_hosted',
      `${city.unitA.id},Hospital A,10,3,30,2,4,3,6.5,66.67,4,1,0,0`,
    ]);
  });

  it('gives a row per unit: orders taken, hours, on-time %, rating and no-shows', async () => {
    const r = (await get(city.keys.streetA, `/v1/reports/units?${PERIOD}`)).json();
    expect(r.rows).toEqual([
      {
        unitId: city.unitA.id,
        unitName: 'Hospital A',
        expectedMembers: 10,
        reportedIn: 3,
        reportInPct: 30,
        ordersTaken: 2,
        claims: 4,
        completed: 3,
        hours: 6.5,
        onTimePct: 66.67,
        averageRating: 4,
        noShows: 1,
        resourcesOpened: 0,
        bookingsHosted: 0,
      },
    ]);
    const district = (await get(city.keys.districtOfficer, `/v1/reports/units?${PERIOD}`)).json();
    expect(district.rows.map((u: { unitName: string; hours: number }) => [u.unitName, u.hours])).toEqual([
      ['Hospital A', 6.5],
      ['School B', 2],
    ]);
    const own = (await get(city.keys.unitB, `/v1/reports/units?${PERIOD}`)).json();
    expect(own.rows).toHaveLength(1);
    expect(own.rows[0]).toMatchObject({
      unitId: city.unitB.id,
      ordersTaken: 1,
      hours: 2,
      onTimePct: 100,
      averageRating: 4,
    });
  });

  it('gives a row per member with masked names, and no names at all to ops', async () => {
    const r = (await get(city.keys.streetA, `/v1/reports/members?${PERIOD}`)).json();
    const row = (
      name: string,
      unit: boolean,
      f: [number, number, number, number, number, number | null],
    ) => ({
      name,
      unitId: unit ? city.unitA.id : null,
      unitName: unit ? 'Hospital A' : null,
      claims: f[0],
      completed: f[1],
      hours: f[2],
      points: f[3],
      noShows: f[4],
      averageRating: f[5],
    });
    expect(r.rows).toEqual([
      { memberId: m.alice.id, ...row('A*********', true, [2, 2, 5, 65, 0, 4]) },
      { memberId: m.bob.id, ...row('B*****', true, [2, 1, 1.5, 15, 1, 5]) },
      { memberId: m.dave.id, ...row('D********', false, [1, 1, 0, 0, 0, null]) },
      { memberId: m.erin.id, ...row('E******', true, [0, 0, 0, 0, 0, null]) },
    ]);
    expect(JSON.stringify(r)).not.toContain('Alice');

    const ops = await get(city.keys.ops, `/v1/reports/members?${PERIOD}&regionId=${city.streetA.id}`);
    expect(ops.json().rows).toHaveLength(4);
    for (const x of ops.json().rows) expect(x).not.toHaveProperty('name');
    expect(ops.json().rows[0]).toMatchObject({ memberId: m.alice.id, hours: 5, points: 65 });
    const opsCsv = await get(city.keys.ops, `/v1/reports/members?${PERIOD}&regionId=${city.streetA.id}`, {
      accept: 'text/csv',
    });
    const lines = opsCsv.body.trim().split('\n');
    expect(lines[0]).toBe(
      'member_id,unit_id,unit_name,claims,completed,hours,points,no_shows,average_rating',
    );
    expect(lines[1]).toBe(`${m.alice.id},${city.unitA.id},Hospital A,2,2,5,65,0,4`);
    expect(opsCsv.body).not.toMatch(/A\*|Alice/);
  });

  it('keeps every caller inside its scope: 404 for foreign or unknown regions, 403 for roles without reports', async () => {
    const status = async (key: string, url: string) => (await get(key, url)).statusCode;
    expect(await status(city.keys.staffA1, `/v1/reports/summary?regionId=${city.streetB.id}`)).toBe(404);
    expect(await status(city.keys.streetA, `/v1/reports/units?regionId=${city.communityB1.id}`)).toBe(404);
    expect(await status(city.keys.staffA1, `/v1/reports/members?regionId=${city.streetA.id}`)).toBe(404);
    expect(await status(city.keys.admin, `/v1/reports/summary?regionId=${newId()}`)).toBe(404);
    expect(await status(city.keys.unitA, `/v1/reports/units?regionId=${city.communityA1.id}`)).toBe(404);
    expect(await status(city.keys.unitA, '/v1/reports/summary')).toBe(403);
    expect(await status(city.keys.unitA, '/v1/reports/members')).toBe(403);
    const member = await createKey(ctx.database, 'member', { memberId: m.alice.id });
    expect(await status(member, '/v1/reports/summary')).toBe(403);
    expect(
      await status(
        city.keys.streetA,
        `/v1/reports/summary?from=2026-04-01T00:00:00Z&to=2026-03-01T00:00:00Z`,
      ),
    ).toBe(400);
    expect(await status(city.keys.streetA, '/v1/reports/summary?from=yesterday')).toBe(400);
    const inside = (
      await get(city.keys.streetA, `/v1/reports/summary?regionId=${city.communityA2.id}&${PERIOD}`)
    ).json();
    expect(inside).toMatchObject({
      regionId: city.communityA2.id,
      orders: { total: 1 },
      timeToFirstClaim: { medianS: 1800 },
    });
  });
});
