import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchOrder } from '../../src/modules/offers/matching.service.js';
import { createDeadlineTimersService } from '../../src/modules/sla/deadline-timers.service.js';
import { timerJobId } from '../../src/modules/sla/deadlines.js';
import { timerBatches } from '../../src/modules/sla/timer-batches.js';
import {
  type City,
  call,
  createCity,
  createKey,
  createMember,
  createUnit,
  pair,
} from '../factories/index.js';
import { createTestContext, type TestContext } from '../helpers/context.js';
import { eventsOf, publishOrder, readOrder, rowsOf, setPolicy, slaOf, timersOf } from './sla-fixtures.js';

/** Deadlines driven by the test clock: the timer checks are called as the fired jobs would call them. */
describe('SLA breaches and the escalation ladder', () => {
  let ctx: TestContext;
  let city: City;
  let sla: ReturnType<typeof slaOf>;
  beforeAll(async () => {
    ctx = await createTestContext({ SLA_RECONCILE_EVERY_MS: '3600000' });
    city = await createCity(ctx.database);
    sla = slaOf(ctx);
    // Seconds-level policies: claim within 5 s, complete within 30 s, officers answer within 10 s.
    for (const category of ['home_visit', 'errand'])
      await setPolicy(ctx, city, category, 'urgent', {
        claimWithin: 'PT5S',
        completeWithin: 'PT30S',
        responseWithin: 'PT10S',
        maxLevel: 2,
      });
  });
  afterAll(async () => ctx.close());

  it('a claim-by breach escalates to the street: the street-paired units hear of it and may take it', async () => {
    // Unit C is paired only with community A2, another community of street A.
    const unitC = await createUnit(ctx.database, { regionId: city.streetA.id, name: 'Clinic C' });
    await pair(ctx.database, unitC.id, city.communityA2.id);
    const memberC = await createMember(ctx.database, { unitId: unitC.id });
    const keyC = await createKey(ctx.database, 'member', { memberId: memberC.id });
    const order = await publishOrder(ctx, city, { priority: 'urgent', headcount: 2 });
    const claimBy = new Date(order.sla.claimBy);
    expect(claimBy.getTime() - ctx.clock.now().getTime()).toBe(5_000);

    const before = await call(ctx, keyC, {
      method: 'POST',
      url: `/v1/orders/${order.id}/claims`,
      payload: { memberId: memberC.id },
    });
    expect(before.statusCode).toBe(404);

    const detectedAt = ctx.clock.advance(6_000);
    expect(await sla.checkOrderDeadline(order.id, 'claim', claimBy, 'timer')).toBe('escalate');

    const read = await readOrder(ctx, city, order.id);
    expect(read.escalationLevel).toBe(1);
    expect(read.breaches).toEqual([
      {
        id: expect.any(String),
        kind: 'claim',
        deadline: claimBy.toISOString(),
        detectedAt: detectedAt.toISOString(),
        lateMs: 1_000,
        levelAfter: 1,
      },
    ]);
    // The street has its own time: claim-by re-armed from now, with its own timer.
    const rearmed = new Date(detectedAt.getTime() + 5_000);
    expect(read.sla.claimBy).toBe(rearmed.toISOString());
    const [esc] = await rowsOf<{
      id: string;
      level: number;
      region_id: string;
      trigger: string;
      status: string;
      respond_by: Date;
    }>(ctx, 'select id, level, region_id, trigger, status, respond_by from escalations where order_id = $1', [
      order.id,
    ]);
    expect(esc).toMatchObject({
      level: 1,
      region_id: city.streetA.id,
      trigger: 'claim_breach',
      status: 'open',
    });
    expect(esc!.respond_by.getTime()).toBe(detectedAt.getTime() + 10_000);
    const timers = await timersOf(ctx, 'orderId', order.id);
    expect(timers.map((t) => t.job_id)).toContain(timerJobId('claim', order.id, rearmed));
    expect((await timersOf(ctx, 'escalationId', esc!.id)).map((t) => t.job_id)).toEqual([
      timerJobId('response', esc!.id, esc!.respond_by),
    ]);

    const [escalated] = await eventsOf(ctx, order.id, 'order.escalated');
    expect(escalated!.unit_ids).toEqual(expect.arrayContaining([unitC.id, city.unitA.id]));
    expect(escalated!.unit_ids).not.toContain(city.unitB.id);
    expect(escalated!.data).toMatchObject({
      escalationLevel: 1,
      fromLevel: 0,
      trigger: 'claim_breach',
      regionId: city.streetA.id,
    });
    expect(await eventsOf(ctx, order.id, 'order.sla_breached')).toHaveLength(1);

    const after = await call(ctx, keyC, {
      method: 'POST',
      url: `/v1/orders/${order.id}/claims`,
      payload: { memberId: memberC.id },
    });
    expect(after.statusCode, after.body).toBe(201);
    // The escalation's audit event carries the breach that caused it, and names the timer as its actor.
    const [audit] = await rowsOf<{ actor_type: string; actor_id: string; after: Record<string, unknown> }>(
      ctx,
      "select actor_type, actor_id, after from audit_events where entity_id = $1 and action = 'order.escalated'",
      [order.id],
    );
    expect(audit).toMatchObject({
      actor_type: 'timer',
      actor_id: 'sla_claim_deadline',
      after: { escalationLevel: 1, trigger: 'claim_breach' },
    });
    expect(audit!.after.breach).toMatchObject({
      kind: 'claim',
      deadline: claimBy.toISOString(),
      lateMs: 1_000,
      detectedBy: 'timer',
    });
  });

  it('an auto order escalated to the street is matched again and a street-paired member gets an offer', async () => {
    const unitD = await createUnit(ctx.database, { regionId: city.streetA.id, name: 'Library D' });
    await pair(ctx.database, unitD.id, city.communityA2.id);
    const memberD = await createMember(ctx.database, { unitId: unitD.id });
    const order = await publishOrder(ctx, city, {
      priority: 'urgent',
      headcount: 1,
      categoryCode: 'errand',
      dispatchMode: 'auto',
    });
    const deps = { db: ctx.database.db, clock: ctx.clock, config: ctx.config };
    expect(await matchOrder(deps, order.id, 'published')).toMatchObject({ offers: 0 });

    ctx.clock.advance(5_000);
    expect(await sla.checkOrderDeadline(order.id, 'claim', new Date(order.sla.claimBy), 'timer')).toBe(
      'escalate',
    );
    const [job] = await rowsOf<{ payload: unknown }>(
      ctx,
      "select payload from outbox where queue = 'matching' and payload->>'orderId' = $1 and payload->>'reason' = 'escalated'",
      [order.id],
    );
    expect(job).toBeDefined();
    const wave = await matchOrder(deps, order.id, 'escalated');
    expect(wave.offers).toBeGreaterThan(0);
    const offers = await rowsOf<{ member_id: string }>(
      ctx,
      'select member_id from offers where order_id = $1',
      [order.id],
    );
    expect(offers.map((o) => o.member_id)).toContain(memberD.id);
  });

  it('a complete-by breach records the breach and escalates; a filled order keeps its claim-by', async () => {
    const member = await createMember(ctx.database, { communityId: city.communityA1.id });
    const order = await publishOrder(ctx, city, { priority: 'urgent', headcount: 1 });
    const claim = await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: `/v1/orders/${order.id}/claims`,
      payload: { memberId: member.id },
    });
    expect(claim.statusCode).toBe(201);

    ctx.clock.advance(31_000);
    expect(await sla.checkOrderDeadline(order.id, 'claim', new Date(order.sla.claimBy), 'timer')).toBe('met');
    expect(await sla.checkOrderDeadline(order.id, 'complete', new Date(order.sla.completeBy), 'timer')).toBe(
      'escalate',
    );
    const read = await readOrder(ctx, city, order.id);
    expect(read).toMatchObject({ status: 'filled', escalationLevel: 1, sla: { claimBy: order.sla.claimBy } });
    expect(read.breaches.map((b) => [b.kind, b.lateMs, b.levelAfter])).toEqual([['complete', 1_000, 1]]);
    const [esc] = await rowsOf(ctx, 'select trigger from escalations where order_id = $1', [order.id]);
    expect(esc).toEqual({ trigger: 'complete_breach' });
  });

  it('a met deadline never fires: neither the timer nor the reconciler acts', async () => {
    const member = await createMember(ctx.database, { communityId: city.communityA1.id });
    const keyM = await createKey(ctx.database, 'member', { memberId: member.id });
    const order = await publishOrder(ctx, city, { priority: 'urgent', headcount: 1 });
    const claim = (
      await call(ctx, keyM, {
        method: 'POST',
        url: `/v1/orders/${order.id}/claims`,
        payload: { memberId: member.id },
      })
    ).json();
    await call(ctx, keyM, {
      method: 'POST',
      url: `/v1/orders/${order.id}/claims/${claim.id}/check-in`,
      payload: {},
    });
    const done = await call(ctx, keyM, {
      method: 'POST',
      url: `/v1/orders/${order.id}/claims/${claim.id}/complete`,
      payload: { hours: 1 },
    });
    expect(done.statusCode).toBe(200);

    ctx.clock.advance(60_000);
    expect(await sla.checkOrderDeadline(order.id, 'claim', new Date(order.sla.claimBy), 'timer')).toBe('met');
    expect(await sla.checkOrderDeadline(order.id, 'complete', new Date(order.sla.completeBy), 'timer')).toBe(
      'met',
    );
    await sla.reconcile();
    const read = await readOrder(ctx, city, order.id);
    expect(read).toMatchObject({ status: 'completed', escalationLevel: 0, breaches: [] });
    expect(await rowsOf(ctx, 'select 1 from escalations where order_id = $1', [order.id])).toEqual([]);
  });

  it('a timer delivered twice, and a timer racing the reconciler, act once', async () => {
    const twice = await publishOrder(ctx, city, { priority: 'urgent' });
    const raced = await publishOrder(ctx, city, { priority: 'urgent' });
    ctx.clock.advance(5_000);
    const outcomes = await Promise.all([
      sla.checkOrderDeadline(twice.id, 'claim', new Date(twice.sla.claimBy), 'timer'),
      sla.checkOrderDeadline(twice.id, 'claim', new Date(twice.sla.claimBy), 'timer'),
    ]);
    // The second delivery waits for the first's lock, then finds the deadline re-armed.
    expect(outcomes.sort()).toEqual(['escalate', 'moved']);
    await Promise.all([
      sla.checkOrderDeadline(raced.id, 'claim', new Date(raced.sla.claimBy), 'timer'),
      sla.reconcile(),
    ]);
    for (const order of [twice, raced]) {
      const read = await readOrder(ctx, city, order.id);
      expect(read.escalationLevel).toBe(1);
      expect(read.breaches.filter((b) => b.deadline === order.sla.claimBy)).toHaveLength(1);
      expect(await rowsOf(ctx, 'select level from escalations where order_id = $1', [order.id])).toEqual([
        { level: 1 },
      ]);
      expect(await eventsOf(ctx, order.id, 'order.escalated')).toHaveLength(1);
    }
  });

  it('timers fired together share a transaction, each checked as alone; a bad one fails by itself', async () => {
    const [a, b, c] = [
      await publishOrder(ctx, city, { priority: 'urgent' }),
      await publishOrder(ctx, city, { priority: 'urgent' }),
      await publishOrder(ctx, city, { priority: 'urgent' }),
    ];
    ctx.clock.advance(5_000);
    const batches = timerBatches(createDeadlineTimersService({ db: ctx.database.db, clock: ctx.clock }));
    const timer = (orderId: string, claimBy: string) =>
      batches.check({ orderId, kind: 'claim', planned: new Date(claimBy), by: 'timer' });
    const together = await Promise.all([
      timer(a.id, a.sla.claimBy),
      timer(b.id, b.sla.claimBy),
      // Delivered twice: the second waits for the next transaction and finds the deadline re-armed.
      timer(a.id, a.sla.claimBy),
      // An old timer of c: its deadline is not this one.
      timer(c.id, new Date(Date.parse(c.sla.claimBy) - 1000).toISOString()),
      timer('00000000-0000-7000-8000-000000000000', c.sla.claimBy),
    ]);
    expect(together).toEqual(['escalate', 'escalate', 'moved', 'moved', 'gone']);
    // An id Postgres refuses fails the shared transaction: the others are checked again alone.
    const d = await publishOrder(ctx, city, { priority: 'urgent' });
    ctx.clock.advance(5_000);
    const [bad, good] = await Promise.allSettled([
      timer('not-a-uuid', d.sla.claimBy),
      timer(d.id, d.sla.claimBy),
    ]);
    expect(bad.status).toBe('rejected');
    expect(good).toEqual({ status: 'fulfilled', value: 'escalate' });
    for (const order of [a, b, d]) {
      const read = await readOrder(ctx, city, order.id);
      expect(read.escalationLevel).toBe(1);
      expect(read.breaches.filter((x) => x.deadline === order.sla.claimBy)).toHaveLength(1);
      expect(await eventsOf(ctx, order.id, 'order.sla_breached')).toHaveLength(1);
      expect(await eventsOf(ctx, order.id, 'order.escalated')).toHaveLength(1);
    }
    expect((await readOrder(ctx, city, c.id)).escalationLevel).toBe(0);
  });
});
