import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type City, call, countRows, createCity, createKey, createMember } from '../factories/index.js';
import { orderBody } from '../factories/orders.js';
import { createTestContext, type TestContext } from '../helpers/context.js';

const TABLES = ['orders', 'claims', 'audit_events', 'outbox', 'domain_events', 'ledger_entries'];

describe('claims: from claim to verification', () => {
  let ctx: TestContext;
  let city: City;
  beforeAll(async () => {
    ctx = await createTestContext();
    city = await createCity(ctx.database);
  });
  afterAll(async () => ctx.close());

  async function postOrder(extra: Record<string, unknown> = {}) {
    const res = await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: '/v1/orders',
      payload: orderBody(city, extra),
    });
    expect(res.statusCode).toBe(201);
    return res.json() as { id: string; version: number };
  }
  const memberIn = (o: Parameters<typeof createMember>[1] = {}) =>
    createMember(ctx.database, { communityId: city.communityA1.id, ...o });

  it('walks one order from claim to verification and credits hours and points', async () => {
    const order = await postOrder({
      headcount: 2,
      categoryCode: 'health_clinic',
      requiredSkills: ['medical'],
    });
    const doctorA = await memberIn({ skills: ['medical'] });
    const doctorB = await createMember(ctx.database, {
      unitId: city.unitA.id,
      skills: ['medical', 'driving'],
    });
    const keyA = await createKey(ctx.database, 'member', { memberId: doctorA.id });

    const c1 = await call(ctx, keyA, {
      method: 'POST',
      url: `/v1/orders/${order.id}/claims`,
      payload: { memberId: doctorA.id },
    });
    expect(c1.statusCode).toBe(201);
    expect(c1.json()).toMatchObject({ status: 'held', memberId: doctorA.id });
    // A unit admin claims for a member of its unit (paired with the community).
    const c2 = await call(ctx, city.keys.unitA, {
      method: 'POST',
      url: `/v1/orders/${order.id}/claims`,
      payload: { memberId: doctorB.id },
    });
    expect(c2.statusCode).toBe(201);
    expect(c2.json().unitId).toBe(city.unitA.id);

    let read = await call(ctx, city.keys.staffA1, { method: 'GET', url: `/v1/orders/${order.id}` });
    expect(read.json()).toMatchObject({ status: 'filled', slots: { total: 2, held: 2 } });

    for (const [key, claim] of [
      [keyA, c1.json()],
      [city.keys.unitA, c2.json()],
    ] as const) {
      const ci = await call(ctx, key, {
        method: 'POST',
        url: `/v1/orders/${order.id}/claims/${claim.id}/check-in`,
        payload: {},
      });
      expect(ci.statusCode).toBe(200);
      expect(ci.json().status).toBe('checked_in');
    }
    read = await call(ctx, city.keys.staffA1, { method: 'GET', url: `/v1/orders/${order.id}` });
    expect(read.json().status).toBe('in_progress');

    const early = await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: `/v1/orders/${order.id}/verify`,
      payload: { rating: 5 },
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('invalid_transition');

    const done1 = await call(ctx, keyA, {
      method: 'POST',
      url: `/v1/orders/${order.id}/claims/${c1.json().id}/complete`,
      payload: { hours: 3, note: 'Checked 40 residents' },
    });
    expect(done1.json()).toMatchObject({ status: 'completed', hoursReported: 3 });
    await call(ctx, city.keys.unitA, {
      method: 'POST',
      url: `/v1/orders/${order.id}/claims/${c2.json().id}/complete`,
      payload: { hours: 2.5 },
    });
    read = await call(ctx, city.keys.staffA1, { method: 'GET', url: `/v1/orders/${order.id}` });
    expect(read.json().status).toBe('completed');

    const verified = await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: `/v1/orders/${order.id}/verify`,
      payload: { rating: 5, feedback: 'Very kind doctors', approvedHours: { [c2.json().id]: 2 } },
    });
    expect(verified.statusCode).toBe(200);
    expect(verified.json().order).toMatchObject({ status: 'verified', rating: 5 });
    // health_clinic multiplier 1.5, base rate 10 points per hour.
    const credits = Object.fromEntries(
      verified
        .json()
        .credits.map((c: { memberId: string; hours: number; points: number }) => [
          c.memberId,
          [c.hours, c.points],
        ]),
    );
    expect(credits).toEqual({ [doctorA.id]: [3, 45], [doctorB.id]: [2, 30] });

    const { rows } = await ctx.database.pool.query('select sum(points)::float as total from ledger_entries');
    expect(rows[0].total).toBe(0);
    const members = await ctx.database.pool.query(
      'select id, active_claims from members where id = any($1)',
      [[doctorA.id, doctorB.id]],
    );
    expect(members.rows.every((m) => m.active_claims === 0)).toBe(true);

    const timeline = await call(ctx, city.keys.staffA1, {
      method: 'GET',
      url: `/v1/orders/${order.id}/timeline`,
    });
    expect(timeline.json().items.map((e: { action: string }) => e.action)).toEqual([
      'order.created',
      'order.published',
      'claim.created',
      'claim.created',
      'claim.checked_in',
      'claim.checked_in',
      'claim.completed',
      'claim.completed',
      'order.verified',
    ]);
    const verify = await call(ctx, city.keys.admin, {
      method: 'GET',
      url: `/v1/audit/verify?entityId=${order.id}`,
    });
    expect(verify.json()).toEqual({ ok: true, chains: 1, events: 9, broken: [] });

    const twice = await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: `/v1/orders/${order.id}/verify`,
      payload: { rating: 4 },
    });
    expect(twice.statusCode).toBe(409);
  });

  it('refuses ineligible responders, double claims, full orders and members at capacity', async () => {
    const order = await postOrder({ headcount: 1, requiredSkills: ['legal'] });
    const lawyer = await memberIn({ skills: ['legal'] });
    const noSkill = await memberIn({ skills: [] });
    const elsewhere = await createMember(ctx.database, {
      communityId: city.communityB1.id,
      skills: ['legal'],
    });
    const keyOf = async (m: { id: string }) => createKey(ctx.database, 'member', { memberId: m.id });

    const before = await countRows(ctx.database, TABLES);
    const skill = await call(ctx, await keyOf(noSkill), {
      method: 'POST',
      url: `/v1/orders/${order.id}/claims`,
      payload: { memberId: noSkill.id },
    });
    expect(skill.statusCode).toBe(403);
    expect(skill.json().code).toBe('not_eligible');
    // A member of another community cannot even see the order.
    const far = await call(ctx, await keyOf(elsewhere), {
      method: 'POST',
      url: `/v1/orders/${order.id}/claims`,
      payload: { memberId: elsewhere.id },
    });
    expect(far.statusCode).toBe(404);
    // A member key may not claim for somebody else.
    const proxy = await call(ctx, await keyOf(noSkill), {
      method: 'POST',
      url: `/v1/orders/${order.id}/claims`,
      payload: { memberId: lawyer.id },
    });
    expect(proxy.statusCode).toBe(404);
    expect(await countRows(ctx.database, TABLES)).toEqual(before);

    const lawyerKey = await keyOf(lawyer);
    expect(
      (
        await call(ctx, lawyerKey, {
          method: 'POST',
          url: `/v1/orders/${order.id}/claims`,
          payload: { memberId: lawyer.id },
        })
      ).statusCode,
    ).toBe(201);
    const again = await call(ctx, lawyerKey, {
      method: 'POST',
      url: `/v1/orders/${order.id}/claims`,
      payload: { memberId: lawyer.id },
    });
    expect(again.json().code).toBe('already_claimed');
    const other = await memberIn({ skills: ['legal'] });
    const full = await call(ctx, await keyOf(other), {
      method: 'POST',
      url: `/v1/orders/${order.id}/claims`,
      payload: { memberId: other.id },
    });
    expect(full.statusCode).toBe(409);
    expect(full.json().code).toBe('order_full');

    const busy = await memberIn({ maxActiveClaims: 1 });
    const busyKey = await keyOf(busy);
    const o1 = await postOrder();
    const o2 = await postOrder();
    expect(
      (
        await call(ctx, busyKey, {
          method: 'POST',
          url: `/v1/orders/${o1.id}/claims`,
          payload: { memberId: busy.id },
        })
      ).statusCode,
    ).toBe(201);
    const cap = await call(ctx, busyKey, {
      method: 'POST',
      url: `/v1/orders/${o2.id}/claims`,
      payload: { memberId: busy.id },
    });
    expect(cap.statusCode).toBe(409);
    expect(cap.json().code).toBe('member_at_capacity');
  });

  it('takes an Idempotency-Key per order: the same key claims two orders, and replays on each', async () => {
    const m = await memberIn({ maxActiveClaims: 3 });
    const key = await createKey(ctx.database, 'member', { memberId: m.id });
    const [o1, o2] = [await postOrder(), await postOrder()];
    const claim = (orderId: string) =>
      call(ctx, key, {
        method: 'POST',
        url: `/v1/orders/${orderId}/claims`,
        headers: { 'idempotency-key': 'my-claim' },
        payload: { memberId: m.id },
      });
    const first = await claim(o1!.id);
    const second = await claim(o2!.id);
    expect([first.statusCode, second.statusCode], second.body).toEqual([201, 201]);
    expect(second.json()).toMatchObject({ orderId: o2!.id, memberId: m.id, status: 'held' });
    expect(second.json().id).not.toBe(first.json().id);
    const before = await countRows(ctx.database, TABLES);
    for (const [orderId, answer] of [
      [o1!.id, first],
      [o2!.id, second],
    ] as const) {
      const replay = await claim(orderId);
      expect(replay.headers['idempotent-replayed']).toBe('true');
      expect(replay.json()).toEqual(answer.json());
    }
    expect(await countRows(ctx.database, TABLES)).toEqual(before);
  });

  it('refuses claims on draft and cancelled orders', async () => {
    const m = await memberIn();
    const key = await createKey(ctx.database, 'member', { memberId: m.id });
    const draft = await postOrder({ publish: false });
    const cancelled = await postOrder();
    await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: `/v1/orders/${cancelled.id}/cancel`,
      payload: { reason: 'duplicate' },
    });
    const before = await countRows(ctx.database, TABLES);
    for (const id of [draft.id, cancelled.id]) {
      const res = await call(ctx, key, {
        method: 'POST',
        url: `/v1/orders/${id}/claims`,
        payload: { memberId: m.id },
      });
      expect(res.statusCode).toBe(409);
      expect(res.json().code).toBe('invalid_transition');
    }
    expect(await countRows(ctx.database, TABLES)).toEqual(before);
  });

  it('waitlists on a full order and promotes the first in line when a claim is withdrawn', async () => {
    const order = await postOrder({ headcount: 1 });
    const [a, b, c] = [await memberIn(), await memberIn(), await memberIn()];
    const claim = async (m: { id: string }, waitlist = false) =>
      call(ctx, city.keys.staffA1, {
        method: 'POST',
        url: `/v1/orders/${order.id}/claims`,
        payload: { memberId: m.id, waitlist },
      });
    const held = (await claim(a)).json();
    const wb = await claim(b, true);
    expect(wb.statusCode).toBe(201);
    expect(wb.json().status).toBe('waitlisted');
    await claim(c, true);

    const withdrawn = await call(ctx, city.keys.staffA1, {
      method: 'DELETE',
      url: `/v1/orders/${order.id}/claims/${held.id}`,
    });
    expect(withdrawn.json().status).toBe('withdrawn');
    const list = await call(ctx, city.keys.staffA1, { method: 'GET', url: `/v1/orders/${order.id}/claims` });
    const byMember = Object.fromEntries(
      list.json().items.map((x: { memberId: string; status: string }) => [x.memberId, x.status]),
    );
    expect(byMember).toEqual({ [a.id]: 'withdrawn', [b.id]: 'held', [c.id]: 'waitlisted' });
    const read = await call(ctx, city.keys.staffA1, { method: 'GET', url: `/v1/orders/${order.id}` });
    expect(read.json()).toMatchObject({ status: 'filled', slots: { held: 1 } });
  });

  it('refuses a check-in far from the place or outside the window', async () => {
    const now = ctx.clock.now().getTime();
    const order = await postOrder({
      location: { lat: 29.7, lng: 116.0 },
      window: {
        startsAt: new Date(now + 6 * 3_600_000).toISOString(),
        endsAt: new Date(now + 8 * 3_600_000).toISOString(),
      },
    });
    const m = await memberIn();
    const claim = (
      await call(ctx, city.keys.staffA1, {
        method: 'POST',
        url: `/v1/orders/${order.id}/claims`,
        payload: { memberId: m.id },
      })
    ).json();
    const url = `/v1/orders/${order.id}/claims/${claim.id}/check-in`;

    const tooEarly = await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url,
      payload: { lat: 29.7, lng: 116.0 },
    });
    expect(tooEarly.statusCode).toBe(409);
    expect(tooEarly.json()).toMatchObject({ code: 'check_in_refused', reason: 'outside_window' });

    ctx.clock.advance(5 * 3_600_000);
    const tooFar = await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url,
      payload: { lat: 29.71, lng: 116.0 },
    });
    expect(tooFar.json()).toMatchObject({ code: 'check_in_refused', reason: 'too_far' });
    const ok = await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url,
      payload: { lat: 29.7003, lng: 116.0002 },
    });
    expect(ok.json().status).toBe('checked_in');
    ctx.clock.set(new Date(now));
  });

  it('marks a claim not checked in by the end of the window a no-show and reopens the slot', async () => {
    const now = ctx.clock.now().getTime();
    const order = await postOrder({
      headcount: 1,
      window: {
        startsAt: new Date(now + 3_600_000).toISOString(),
        endsAt: new Date(now + 7_200_000).toISOString(),
      },
    });
    const m = await memberIn();
    await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: `/v1/orders/${order.id}/claims`,
      payload: { memberId: m.id },
    });
    ctx.clock.advance(3 * 3_600_000);
    const { createClaimsService } = await import('../../src/modules/orders/claims.service.js');
    const marked = await createClaimsService({
      db: ctx.database.db,
      clock: ctx.clock,
      config: ctx.config,
    }).markNoShows({ type: 'timer', id: 'test' });
    expect(marked).toBeGreaterThanOrEqual(1);
    const list = await call(ctx, city.keys.staffA1, { method: 'GET', url: `/v1/orders/${order.id}/claims` });
    expect(list.json().items[0].status).toBe('no_show');
    const read = await call(ctx, city.keys.staffA1, { method: 'GET', url: `/v1/orders/${order.id}` });
    expect(read.json()).toMatchObject({ status: 'open', slots: { held: 0 } });
    ctx.clock.set(new Date(now));
  });

  it('reopens an order whose work was not done, releasing its claims and keeping the history', async () => {
    const order = await postOrder({ headcount: 1 });
    const m = await memberIn();
    const claim = (
      await call(ctx, city.keys.staffA1, {
        method: 'POST',
        url: `/v1/orders/${order.id}/claims`,
        payload: { memberId: m.id },
      })
    ).json();
    await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: `/v1/orders/${order.id}/claims/${claim.id}/check-in`,
    });
    await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: `/v1/orders/${order.id}/claims/${claim.id}/complete`,
      payload: { hours: 1 },
    });
    const res = await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: `/v1/orders/${order.id}/verify`,
      payload: { rating: 2, resolved: false, feedback: 'The tap still leaks' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().order).toMatchObject({ status: 'open', slots: { held: 0 } });
    expect(res.json().credits).toEqual([]);
    // The resolution rate counts only orders verified without a reopen.
    const reopened = await ctx.database.pool.query('select reopen_count from orders where id = $1', [
      order.id,
    ]);
    expect(reopened.rows[0].reopen_count).toBe(1);
    const list = await call(ctx, city.keys.staffA1, { method: 'GET', url: `/v1/orders/${order.id}/claims` });
    expect(list.json().items.map((c: { status: string }) => c.status)).toEqual(['released']);
    // The same member may take the reopened order again.
    const again = await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: `/v1/orders/${order.id}/claims`,
      payload: { memberId: m.id },
    });
    expect(again.statusCode).toBe(201);
  });

  it('keeps the audit trail append-only and detects a forged event', async () => {
    const order = await postOrder();
    await expect(
      ctx.database.pool.query("update audit_events set action = 'forged' where entity_id = $1", [order.id]),
    ).rejects.toThrow(/append-only/);
    await expect(
      ctx.database.pool.query('delete from audit_events where entity_id = $1', [order.id]),
    ).rejects.toThrow(/append-only/);
    // Someone with the power to drop the trigger rewrites history; the chain shows it.
    const client = await ctx.database.pool.connect();
    try {
      await client.query('alter table audit_events disable trigger audit_events_no_update');
      await client.query(
        `update audit_events set after = jsonb_set(after, '{title}', '"forged"') where entity_id = $1 and seq = 2`,
        [order.id],
      );
      await client.query('alter table audit_events enable trigger audit_events_no_update');
    } finally {
      client.release();
    }
    const res = await call(ctx, city.keys.admin, {
      method: 'GET',
      url: `/v1/audit/verify?entityId=${order.id}`,
    });
    expect(res.json()).toMatchObject({
      ok: false,
      broken: [{ entityId: order.id, brokenAtSeq: 2, reason: 'content hash mismatch' }],
    });
    const staff = await call(ctx, city.keys.staffA1, {
      method: 'GET',
      url: `/v1/audit/verify?entityId=${order.id}`,
    });
    expect(staff.statusCode).toBe(403);
  });
});
