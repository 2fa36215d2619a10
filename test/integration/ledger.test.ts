import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workerActor } from '../../src/audit/audit.repo.js';
import { transaction } from '../../src/db/transaction.js';
import { adjust, creditVerifiedClaims } from '../../src/modules/ledger/ledger.service.js';
import { type City, call, countRows, createCity, createKey, createMember } from '../factories/index.js';
import { createTestContext, type TestContext } from '../helpers/context.js';
import { balanceOf, insertClaim, insertOrder, ledgerTotals } from './ledger-fixtures.js';

const TABLES = ['ledger_entries', 'ledger_accounts', 'audit_events', 'domain_events', 'outbox'];

describe('love bank: crediting verified work', () => {
  let ctx: TestContext;
  let city: City;
  const credit = (orderId: string) =>
    transaction(ctx.database.db, (tx) =>
      creditVerifiedClaims(tx, {
        orderId,
        actor: workerActor('verify'),
        basePointsRate: 10,
        at: ctx.clock.now(),
      }),
    );

  beforeAll(async () => {
    ctx = await createTestContext();
    city = await createCity(ctx.database);
  });
  afterAll(async () => ctx.close());

  it('credits each completed claim with hours × rate × multiplier as a pair that sums to zero', async () => {
    const a1 = city.communityA1;
    const [ann, bo, cy, di] = await Promise.all(
      [1, 2, 3, 4].map(() => createMember(ctx.database, { communityId: a1.id, unitId: city.unitA.id })),
    );
    // health_clinic carries a 1.5 multiplier in the seeded categories.
    const order = await insertOrder(ctx.database, {
      community: a1,
      categoryCode: 'health_clinic',
      headcount: 4,
    });
    const c1 = await insertClaim(ctx.database, { orderId: order.id, memberId: ann!.id, approvedHours: 2.5 });
    const c2 = await insertClaim(ctx.database, { orderId: order.id, memberId: bo!.id, approvedHours: 1.15 });
    await insertClaim(ctx.database, { orderId: order.id, memberId: cy!.id, approvedHours: 0 });
    await insertClaim(ctx.database, {
      orderId: order.id,
      memberId: di!.id,
      status: 'no_show',
      hoursReported: 3,
      approvedHours: null,
    });

    const credited = await credit(order.id);

    expect(credited.sort((x, y) => x.points - y.points)).toEqual([
      { claimId: c2.id, memberId: bo!.id, hours: 1.15, points: 17.25 },
      { claimId: c1.id, memberId: ann!.id, hours: 2.5, points: 37.5 },
    ]);
    expect(await balanceOf(ctx.database, 'member', ann!.id)).toEqual({ points: 37.5, hours: 2.5 });
    expect(await balanceOf(ctx.database, 'member', bo!.id)).toEqual({ points: 17.25, hours: 1.15 });
    expect(await balanceOf(ctx.database, 'member', cy!.id)).toBeNull();
    expect(await balanceOf(ctx.database, 'community', a1.id)).toEqual({ points: -54.75, hours: -3.65 });
    expect(await ledgerTotals(ctx.database)).toEqual({ points: 0, hours: 0, entries: 4 });

    const pairs = await ctx.database.pool.query(
      `select txn_id, sum(points)::float8 as points, count(*)::int as n, bool_and(kind = 'credit') as credit,
              bool_and(order_id = $1) as on_order, count(distinct claim_id)::int as claims
         from ledger_entries group by txn_id`,
      [order.id],
    );
    expect(pairs.rows).toHaveLength(2);
    for (const p of pairs.rows)
      expect(p).toMatchObject({ points: 0, n: 2, credit: true, on_order: true, claims: 1 });

    const events = await ctx.database.pool.query(
      `select data from domain_events where type = 'ledger.credited'`,
    );
    expect(events.rows.map((r) => Object.keys(r.data).sort())).toEqual([
      ['claimId', 'memberId', 'orderId', 'txnId'],
      ['claimId', 'memberId', 'orderId', 'txnId'],
    ]);
    const audit = await ctx.database.pool.query(
      `select count(*)::int as n from audit_events where action = 'ledger.credited'`,
    );
    expect(audit.rows[0].n).toBe(2);
  });

  it('credits nothing more on a second call, or when two calls race', async () => {
    const member = await createMember(ctx.database, { communityId: city.communityB1.id });
    const order = await insertOrder(ctx.database, { community: city.communityB1, categoryCode: 'errand' });
    await insertClaim(ctx.database, { orderId: order.id, memberId: member.id, approvedHours: 3 });

    const [first, second] = await Promise.all([credit(order.id), credit(order.id)]);
    expect([first.length, second.length].sort()).toEqual([0, 1]);
    const before = await countRows(ctx.database, TABLES);
    expect(await credit(order.id)).toEqual([]);
    expect(await countRows(ctx.database, TABLES)).toEqual(before);
    expect(await balanceOf(ctx.database, 'member', member.id)).toEqual({ points: 30, hours: 3 });
    expect((await ledgerTotals(ctx.database)).points).toBe(0);
  });

  it('credits many orders of one community at once, alongside corrections, and every total adds up', async () => {
    const crew = await Promise.all(
      [1, 2, 3].map(() => createMember(ctx.database, { communityId: city.communityA2.id })),
    );
    const orderIds: string[] = [];
    for (let i = 0; i < 8; i++) {
      const order = await insertOrder(ctx.database, { community: city.communityA2, categoryCode: 'errand' });
      // Claims are written in alternating member order; crediting must not depend on it.
      for (const m of i % 2 ? crew : [...crew].reverse()) {
        await insertClaim(ctx.database, { orderId: order.id, memberId: m.id, approvedHours: 1 });
      }
      orderIds.push(order.id);
    }
    // Corrections lock one member, then the community: the crossing a credit must not create.
    const corrections = [...crew, ...crew, ...crew, ...crew].map((m) =>
      transaction(ctx.database.db, (tx) =>
        adjust(tx, {
          memberId: m.id,
          points: 5,
          hours: 0,
          reason: 'bonus',
          actor: workerActor('test'),
          at: ctx.clock.now(),
        }),
      ),
    );
    const results = await Promise.all([...orderIds.map((id) => credit(id)), ...corrections]);
    expect(results.slice(0, 8).every((r) => Array.isArray(r) && r.length === 3)).toBe(true);
    for (const m of crew)
      expect(await balanceOf(ctx.database, 'member', m.id)).toEqual({ points: 100, hours: 8 });
    expect(await balanceOf(ctx.database, 'community', city.communityA2.id)).toEqual({
      points: -300,
      hours: -24,
    });
  });
});

describe('love bank: adjustments and statements', () => {
  let ctx: TestContext;
  let city: City;
  beforeAll(async () => {
    ctx = await createTestContext();
    city = await createCity(ctx.database);
  });
  afterAll(async () => ctx.close());

  const adjustBy = (key: string, body: Record<string, unknown>) =>
    call(ctx, key, { method: 'POST', url: '/v1/ledger/adjustments', payload: body });

  it('corrects a balance with a new pair against the member’s community, never an edit', async () => {
    const m = await createMember(ctx.database, { communityId: city.communityA1.id });
    const up = await adjustBy(city.keys.admin, {
      memberId: m.id,
      points: 50,
      hours: 2,
      reason: 'paper records of March',
    });
    expect(up.statusCode).toBe(201);
    expect(up.json()).toMatchObject({
      memberId: m.id,
      communityId: city.communityA1.id,
      points: 50,
      hours: 2,
      balance: 50,
      totalHours: 2,
    });
    const down = await adjustBy(city.keys.admin, {
      memberId: m.id,
      points: -20.5,
      reason: 'double-counted errand',
    });
    expect(down.json()).toMatchObject({ points: -20.5, hours: 0, balance: 29.5, totalHours: 2 });

    const entries = await ctx.database.pool.query(
      `select account_type, points::float8 as points, note from ledger_entries where kind = 'adjustment' order by id`,
    );
    expect(entries.rows).toEqual([
      { account_type: 'member', points: 50, note: 'paper records of March' },
      { account_type: 'community', points: -50, note: 'paper records of March' },
      { account_type: 'member', points: -20.5, note: 'double-counted errand' },
      { account_type: 'community', points: 20.5, note: 'double-counted errand' },
    ]);
    expect(await ledgerTotals(ctx.database)).toMatchObject({ points: 0, hours: 0 });
  });

  it('refuses corrections that would go below zero, from non-admins, or without a community, changing nothing', async () => {
    const m = await createMember(ctx.database, { communityId: city.communityA1.id });
    const drifter = await createMember(ctx.database, { communityId: null });
    await adjustBy(city.keys.admin, { memberId: m.id, points: 10, hours: 1, reason: 'opening balance' });
    const before = await countRows(ctx.database, [
      'ledger_entries',
      'ledger_accounts',
      'audit_events',
      'domain_events',
    ]);

    const tooMuch = await adjustBy(city.keys.admin, { memberId: m.id, points: -10.01, reason: 'too much' });
    expect(tooMuch.statusCode).toBe(409);
    expect(tooMuch.json()).toMatchObject({ code: 'insufficient_points', balance: 10 });
    const hours = await adjustBy(city.keys.admin, {
      memberId: m.id,
      points: 0,
      hours: -1.5,
      reason: 'too many hours',
    });
    expect(hours.json()).toMatchObject({ status: 409, code: 'conflict' });
    expect(
      (await adjustBy(city.keys.streetA, { memberId: m.id, points: 5, reason: 'kindness' })).statusCode,
    ).toBe(403);
    expect(
      (await adjustBy(city.keys.admin, { memberId: drifter.id, points: 5, reason: 'kindness' })).json().code,
    ).toBe('invalid_reference');
    expect(
      (await adjustBy(city.keys.admin, { memberId: m.id, points: 0, reason: 'nothing' })).json().code,
    ).toBe('validation_failed');
    expect(
      (await adjustBy(city.keys.admin, { memberId: m.id, points: 1.005, reason: 'fraction' })).statusCode,
    ).toBe(400);
    expect(
      await countRows(ctx.database, ['ledger_entries', 'ledger_accounts', 'audit_events', 'domain_events']),
    ).toEqual(before);
    expect(await balanceOf(ctx.database, 'member', m.id)).toEqual({ points: 10, hours: 1 });
  });

  it('pages a member’s statement newest first with balance and total hours', async () => {
    const m = await createMember(ctx.database, { communityId: city.communityA1.id, unitId: city.unitA.id });
    for (const [i, points] of [5, 7, 11, 13, 17].entries()) {
      const r = await adjustBy(city.keys.admin, { memberId: m.id, points, hours: 1, reason: `entry ${i}` });
      expect(r.statusCode).toBe(201);
    }
    const url = `/v1/members/${m.id}/ledger?limit=2`;
    const p1 = (await call(ctx, city.keys.staffA1, { method: 'GET', url })).json();
    expect(p1).toMatchObject({ memberId: m.id, balance: 53, totalHours: 5 });
    expect(p1.items.map((e: { points: number }) => e.points)).toEqual([17, 13]);
    expect(p1.items[0]).toMatchObject({
      kind: 'adjustment',
      counterpartyType: 'community',
      counterpartyId: city.communityA1.id,
      note: 'entry 4',
    });
    const p2 = (
      await call(ctx, city.keys.staffA1, { method: 'GET', url: `${url}&cursor=${p1.nextCursor}` })
    ).json();
    expect(p2.items.map((e: { points: number }) => e.points)).toEqual([11, 7]);
    const p3 = (
      await call(ctx, city.keys.staffA1, { method: 'GET', url: `${url}&cursor=${p2.nextCursor}` })
    ).json();
    expect(p3.items.map((e: { points: number }) => e.points)).toEqual([5]);
    expect(p3.nextCursor).toBeNull();
  });

  it('shows a statement to admins, staff above the community, the member and its unit admin only', async () => {
    const m = await createMember(ctx.database, { communityId: city.communityA1.id, unitId: city.unitA.id });
    const other = await createMember(ctx.database, { communityId: city.communityA1.id });
    const self = await createKey(ctx.database, 'member', { memberId: m.id });
    const otherKey = await createKey(ctx.database, 'member', { memberId: other.id });
    const url = `/v1/members/${m.id}/ledger`;
    const status = async (key: string) => (await call(ctx, key, { method: 'GET', url })).statusCode;
    for (const key of [
      city.keys.admin,
      city.keys.districtOfficer,
      city.keys.streetA,
      city.keys.staffA1,
      city.keys.unitA,
      self,
    ]) {
      expect(await status(key)).toBe(200);
    }
    for (const key of [city.keys.streetB, city.keys.staffA2, city.keys.unitB, otherKey])
      expect(await status(key)).toBe(404);
    expect(await status(city.keys.ops)).toBe(403);
    expect(
      (await call(ctx, city.keys.admin, { method: 'GET', url: `/v1/members/${crypto.randomUUID()}/ledger` }))
        .statusCode,
    ).toBe(404);
  });
});
