import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keepVisitSweepScheduled, VISIT_SWEEP_SCHEDULER_ID } from '../../src/jobs/processors/visits.js';
import { type City, call, countRows, createCity, createKey, createMember } from '../factories/index.js';
import { createTestContext, type TestContext } from '../helpers/context.js';

const TABLES = [
  'household_pairings',
  'visits',
  'orders',
  'offers',
  'audit_events',
  'outbox',
  'idempotency_keys',
];

describe('household pairings and the visit sweep', () => {
  let ctx: TestContext;
  let city: City;
  let household: { id: string };
  let paired: { id: string };
  let other: { id: string };
  const post = (key: string, url: string, payload?: object) =>
    call(ctx, key, { method: 'POST', url, ...(payload ? { payload } : {}) });
  const sweep = () => ctx.app.services.visits.sweep();
  const visitsOf = async (pairingIds: string[]) =>
    (
      await ctx.database.pool.query(
        `select v.occurrence_at, v.order_id, v.member_id, o.status, o.dispatch_mode, o.window_starts_at
           from visits v join orders o on o.id = v.order_id
          where v.pairing_id = any($1) order by v.occurrence_at`,
        [pairingIds],
      )
    ).rows;

  beforeAll(async () => {
    ctx = await createTestContext({ VISIT_PUBLISH_AHEAD_S: String(2 * 86_400) });
    ctx.clock.set(new Date('2026-12-01T00:00:00Z'));
    city = await createCity(ctx.database);
    paired = await createMember(ctx.database, { communityId: city.communityA1.id });
    other = await createMember(ctx.database, { communityId: city.communityA1.id, unitId: city.unitA.id });
    household = (
      await post(city.keys.staffA1, '/v1/households', {
        name: 'Grandma Wang',
        phone: '13900001111',
        address: 'Building 7',
        lat: 29.7,
        lng: 116.0,
        tags: ['elderly_alone'],
      })
    ).json();
  });
  afterAll(async () => ctx?.close());

  const pairingBody = (extra: object = {}) => ({
    memberId: paired.id,
    rrule: 'FREQ=MONTHLY;BYMONTHDAY=5',
    startsAt: '2026-12-01T09:00:00Z',
    visitMinutes: 90,
    categoryCode: 'home_visit',
    ...extra,
  });

  it('refuses unusable rhythms and references with problem documents, writing nothing', async () => {
    const before = await countRows(ctx.database, TABLES);
    const foreign = await createMember(ctx.database, { communityId: city.communityB1.id });
    const cases: [string, object, number, string][] = [
      [city.keys.staffA1, pairingBody({ rrule: 'FREQ=FORTNIGHTLY' }), 422, 'invalid_rrule'],
      [city.keys.staffA1, pairingBody({ rrule: 'GARBAGE' }), 422, 'invalid_rrule'],
      [city.keys.staffA1, pairingBody({ rrule: 'FREQ=HOURLY' }), 422, 'invalid_rrule'],
      [city.keys.staffA1, pairingBody({ rrule: 'FREQ=WEEKLY;BYDAY=XX' }), 422, 'invalid_rrule'],
      [
        city.keys.staffA1,
        pairingBody({ rrule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=31' }),
        422,
        'invalid_rrule',
      ],
      [
        city.keys.staffA1,
        pairingBody({ rrule: 'DTSTART:20260101T000000Z;FREQ=DAILY' }),
        422,
        'invalid_rrule',
      ],
      [city.keys.staffA1, pairingBody({ memberId: foreign.id }), 422, 'invalid_reference'],
      [city.keys.staffA1, pairingBody({ categoryCode: 'no_such' }), 422, 'unknown_category'],
      [city.keys.staffA1, pairingBody({ visitMinutes: 5 }), 400, 'validation_failed'],
      [city.keys.staffA1, pairingBody({ startsAt: 'tomorrow' }), 400, 'validation_failed'],
      [city.keys.streetA, pairingBody(), 403, 'forbidden'],
      [city.keys.staffB1, pairingBody(), 404, 'not_found'],
    ];
    for (const [key, payload, status, code] of cases) {
      const res = await post(key, `/v1/households/${household.id}/pairings`, payload);
      expect(res.statusCode, res.body).toBe(status);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().code, res.body).toBe(code);
    }
    expect(await countRows(ctx.database, TABLES)).toEqual(before);
  });

  it('publishes each visit once as an order offered to the paired member, across months, with two sweeps at once', async () => {
    const res = await post(city.keys.staffA1, `/v1/households/${household.id}/pairings`, pairingBody());
    expect(res.statusCode, res.body).toBe(201);
    const pairing = res.json();
    expect(pairing).toMatchObject({
      status: 'active',
      nextVisitAt: '2026-12-05T09:00:00.000Z',
      visitMinutes: 90,
    });
    expect(
      (await post(city.keys.staffA1, `/v1/households/${household.id}/pairings`, pairingBody())).statusCode,
    ).toBe(409);

    // Dec 1: the Dec 5 visit is more than two days ahead.
    expect((await sweep()).published).toBe(0);
    ctx.clock.set(new Date('2026-12-03T09:00:00Z'));
    const [a, b] = await Promise.all([sweep(), sweep()]);
    expect(a.published + b.published).toBe(1);
    const [first] = await visitsOf([pairing.id]);
    expect(first).toMatchObject({ member_id: paired.id, status: 'open', dispatch_mode: 'auto' });
    expect(first.window_starts_at.toISOString()).toBe('2026-12-05T09:00:00.000Z');
    const { rows: offers } = await ctx.database.pool.query(
      'select member_id, status, wave from offers where order_id = $1',
      [first.order_id],
    );
    expect(offers).toEqual([{ member_id: paired.id, status: 'pending', wave: 1 }]);

    // Several months with no sweep, then many at once: Jan 5 … Apr 5 all published, once each.
    ctx.clock.set(new Date('2027-04-04T00:00:00Z'));
    const results = await Promise.all([sweep(), sweep(), sweep()]);
    expect(results.reduce((n, r) => n + r.published, 0)).toBe(4);
    const all = await visitsOf([pairing.id]);
    expect(all.map((v) => v.occurrence_at.toISOString())).toEqual([
      '2026-12-05T09:00:00.000Z',
      '2027-01-05T09:00:00.000Z',
      '2027-02-05T09:00:00.000Z',
      '2027-03-05T09:00:00.000Z',
      '2027-04-05T09:00:00.000Z',
    ]);
    const { rows: counts } = await ctx.database.pool.query(
      `select count(*)::int as n from orders where source = 'home_visit' and community_id = $1`,
      [city.communityA1.id],
    );
    expect(counts[0].n).toBe(5);
    const verify = await call(ctx, city.keys.admin, { method: 'GET', url: '/v1/audit/verify' });
    expect(verify.json()).toMatchObject({ ok: true, broken: [] });
  });

  it('after Redis lost its data, puts the schedule back and the next sweep skips and repeats nothing', async () => {
    await keepVisitSweepScheduled(ctx.queues, 60_000);
    const queue = ctx.queues.get('maintenance');
    expect(await queue.getJobScheduler(VISIT_SWEEP_SCHEDULER_ID)).toBeTruthy();
    const keys = await ctx.redis.keys(`${ctx.config.REDIS_PREFIX}:*`);
    if (keys.length) await ctx.redis.del(...keys);
    expect(await queue.getJobScheduler(VISIT_SWEEP_SCHEDULER_ID)).toBeFalsy();
    await keepVisitSweepScheduled(ctx.queues, 60_000);
    expect(await queue.getJobScheduler(VISIT_SWEEP_SCHEDULER_ID)).toBeTruthy();

    const { rows: pairings } = await ctx.database.pool.query('select id from household_pairings');
    const ids = pairings.map((p) => p.id);
    const before = (await visitsOf(ids)).length;
    expect((await sweep()).published).toBe(0);
    ctx.clock.set(new Date('2027-05-04T00:00:00Z'));
    expect((await sweep()).published).toBe(1);
    expect((await visitsOf(ids)).length).toBe(before + 1);
  });

  it('pauses, resumes without the paused visits, hands the household over keeping history, and ends', async () => {
    const [pairing] = (
      await call(ctx, city.keys.staffA1, { method: 'GET', url: `/v1/households/${household.id}/pairings` })
    ).json().items as { id: string }[];
    const paused = await post(city.keys.staffA1, `/v1/household-pairings/${pairing!.id}/pause`);
    expect(paused.json().status).toBe('paused');
    expect((await post(city.keys.staffA1, `/v1/household-pairings/${pairing!.id}/pause`)).json().code).toBe(
      'invalid_transition',
    );
    ctx.clock.set(new Date('2027-07-01T00:00:00Z'));
    expect((await sweep()).published).toBe(0);
    const resumed = await post(city.keys.staffA1, `/v1/household-pairings/${pairing!.id}/resume`);
    expect(resumed.json()).toMatchObject({ status: 'active', nextVisitAt: '2027-07-05T09:00:00.000Z' });
    ctx.clock.set(new Date('2027-07-04T00:00:00Z'));
    expect((await sweep()).published).toBe(1);

    const before = await countRows(ctx.database, TABLES);
    const bad = await post(city.keys.staffA1, `/v1/household-pairings/${pairing!.id}/hand-over`, {
      memberId: paired.id,
    });
    expect(bad.statusCode).toBe(409);
    expect(await countRows(ctx.database, TABLES)).toEqual(before);
    const handed = await post(city.keys.staffA1, `/v1/household-pairings/${pairing!.id}/hand-over`, {
      memberId: other.id,
    });
    expect(handed.statusCode, handed.body).toBe(201);
    expect(handed.json()).toMatchObject({ memberId: other.id, replacesId: pairing!.id, status: 'active' });
    expect(
      (
        await call(ctx, city.keys.staffA1, { method: 'GET', url: `/v1/household-pairings/${pairing!.id}` })
      ).json().status,
    ).toBe('ended');
    // The July visit already published stays with the first member; August goes to the new one.
    expect((await sweep()).published).toBe(0);
    ctx.clock.set(new Date('2027-08-04T00:00:00Z'));
    expect((await sweep()).published).toBe(1);
    const history = await visitsOf([pairing!.id, handed.json().id]);
    expect(history.slice(-2).map((v) => [v.occurrence_at.toISOString(), v.member_id])).toEqual([
      ['2027-07-05T09:00:00.000Z', paired.id],
      ['2027-08-05T09:00:00.000Z', other.id],
    ]);
    const occurrences = history.map((v) => v.occurrence_at.toISOString());
    expect(new Set(occurrences).size).toBe(occurrences.length);

    // The member sees its own pairing and the household's address, not its name or phone.
    const memberKey = await createKey(ctx.database, 'member', { memberId: other.id });
    const mine = await call(ctx, memberKey, { method: 'GET', url: '/v1/household-pairings' });
    expect(mine.json().items.map((p: { id: string }) => p.id)).toEqual([handed.json().id]);
    const seen = await call(ctx, memberKey, { method: 'GET', url: `/v1/households/${household.id}` });
    expect(seen.json()).toMatchObject({
      address: 'Building 7',
      phone: '139****1111',
      personalDataMasked: true,
    });
    expect(seen.body).not.toContain('Grandma Wang');

    const ended = await post(city.keys.staffA1, `/v1/household-pairings/${handed.json().id}/end`);
    expect(ended.json().status).toBe('ended');
    const { rows: events } = await ctx.database.pool.query(
      `select type, member_id, data from domain_events
        where type like 'household_pairing.%' or type = 'visit.published' order by id`,
    );
    const types = events.map((e) => e.type);
    for (const t of ['household_pairing.created', 'household_pairing.paused', 'household_pairing.resumed'])
      expect(types).toContain(t);
    expect(types.slice(-3)).toEqual([
      'household_pairing.created',
      'visit.published',
      'household_pairing.ended',
    ]);
    expect(types).toContain('household_pairing.handed_over');
    expect(types.filter((t) => t === 'visit.published')).toHaveLength(8);
    expect(events.at(-2)).toMatchObject({
      member_id: other.id,
      data: { occurrenceAt: '2027-08-05T09:00:00.000Z' },
    });
    expect(JSON.stringify(events)).not.toContain('Grandma Wang');
    ctx.clock.set(new Date('2027-12-01T00:00:00Z'));
    expect((await sweep()).published).toBe(0);
  });

  it('a declined visit goes to the usual auto dispatch and others may claim it', async () => {
    const h = (
      await post(city.keys.staffA1, '/v1/households', {
        name: 'Mr Zhao',
        address: 'Building 9',
        lat: 29.7,
        lng: 116.0,
      })
    ).json();
    const pairing = (
      await post(city.keys.staffA1, `/v1/households/${h.id}/pairings`, {
        ...pairingBody(),
        rrule: 'FREQ=WEEKLY;BYDAY=MO',
        startsAt: '2027-12-01T10:00:00Z',
      })
    ).json();
    ctx.clock.set(new Date('2027-12-05T12:00:00Z'));
    expect((await sweep()).published).toBe(1);
    const [visit] = await visitsOf([pairing.id]);
    const { rows } = await ctx.database.pool.query('select id from offers where order_id = $1', [
      visit.order_id,
    ]);
    const memberKey = await createKey(ctx.database, 'member', { memberId: paired.id });
    const declined = await post(memberKey, `/v1/offers/${rows[0].id}/decline`, { reason: 'away that week' });
    expect(declined.statusCode, declined.body).toBe(200);
    const { rows: jobs } = await ctx.database.pool.query(
      `select payload from outbox where queue = 'matching' and payload->>'orderId' = $1`,
      [visit.order_id],
    );
    expect(jobs.map((j) => j.payload.reason)).toContain('offers_closed');
    const claim = await post(city.keys.staffA1, `/v1/orders/${visit.order_id}/claims`, {
      memberId: other.id,
    });
    expect(claim.statusCode, claim.body).toBe(201);
  });

  it('reports the visits of a month per community, street and member, as JSON and CSV', async () => {
    const report = (key: string, query: string, accept = 'application/json') =>
      call(ctx, key, { method: 'GET', url: `/v1/reports/visits?${query}`, headers: { accept } });
    const march = await report(city.keys.streetA, 'month=2027-03');
    expect(march.statusCode, march.body).toBe(200);
    const row = { households: 1, householdsVisited: 0, due: 1, visited: 0, overdue: 1, upcoming: 0 };
    expect(march.json()).toEqual({
      regionId: city.streetA.id,
      month: '2027-03',
      groupBy: 'community',
      rows: [{ key: city.communityA1.id, name: 'Community A1', ...row }],
    });
    const byStreet = await report(city.keys.admin, 'month=2027-03&groupBy=street');
    expect(byStreet.json().rows).toEqual([{ key: city.streetA.id, name: 'Street A', ...row }]);
    const byMember = await report(city.keys.staffA1, 'month=2027-03&groupBy=member');
    expect(byMember.json().rows).toHaveLength(1);
    expect(byMember.json().rows[0]).toMatchObject({ key: paired.id, ...row });
    expect(byMember.json().rows[0].name).toMatch(/^M\*+$/);
    const csv = await report(city.keys.staffA1, 'month=2027-03', 'text/csv');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.split('\n')[0]).toBe(
      'key,name,households,households_visited,due,visited,overdue,upcoming',
    );
    expect((await report(city.keys.staffB1, 'month=2027-03')).json().rows).toEqual([]);
    expect((await report(city.keys.unitA, 'month=2027-03')).statusCode).toBe(403);
    expect((await report(city.keys.staffB1, `regionId=${city.communityA1.id}`)).statusCode).toBe(404);
    expect((await report(city.keys.staffA1, 'month=2027-13')).statusCode).toBe(400);
  });

  it('erasing the household erases the beneficiary of its visit orders, the chains staying valid', async () => {
    const { rows: before } = await ctx.database.pool.query(
      `select count(*)::int as n from orders o join visits v on v.order_id = o.id
        where v.household_id = $1 and o.beneficiary_phone is not null`,
      [household.id],
    );
    expect(before[0].n).toBeGreaterThan(5);
    const erased = await post(city.keys.staffA1, `/v1/households/${household.id}/erase`, {
      reason: 'request 44',
    });
    expect(erased.statusCode, erased.body).toBe(200);
    expect(erased.json().ordersScrubbed).toBe(before[0].n);
    const { rows } = await ctx.database.pool.query(
      `select count(*)::int as n from orders where beneficiary_phone = '13900001111' or beneficiary_name = 'Grandma Wang'`,
    );
    expect(rows[0].n).toBe(0);
    const verify = await call(ctx, city.keys.admin, { method: 'GET', url: '/v1/audit/verify' });
    expect(verify.json()).toMatchObject({ ok: true, broken: [] });
  });
});
