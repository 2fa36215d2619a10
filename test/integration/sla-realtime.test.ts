import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type City, call, createCity } from '../factories/index.js';
import { createTestContext, type TestContext } from '../helpers/context.js';
import { eventsOf, publishOrder, readOrder, rowsOf, setPolicy, waitFor } from './sla-fixtures.js';

/** How late a real delayed job may act: the outbox relay's hop into Redis plus BullMQ's own scheduling. */
const MAX_TIMER_LATENESS_MS = 2_000;

/**
 * Real delayed BullMQ jobs a few seconds long, on the real clock: the app, the workers and the checks
 * all read wall time here, so a timer fires when Redis says the deadline came.
 */
describe('SLA timers as real delayed jobs', () => {
  let ctx: TestContext;
  let city: City;
  beforeAll(async () => {
    // Only timers act here: the reconciler's first run finds nothing due, its next is an hour away.
    ctx = await createTestContext({ SLA_RECONCILE_EVERY_MS: '3600000' });
    ctx.clock.now = () => new Date();
    city = await createCity(ctx.database);
    await setPolicy(ctx, city, 'volunteer_service', 'urgent', {
      claimWithin: 'PT3S',
      completeWithin: 'PT1H',
      responseWithin: 'PT1H',
      maxLevel: 2,
    });
    await ctx.startWorkers(['sla']);
  });
  afterAll(async () => ctx.close());

  it('climbs the ladder every 3 s, community → street → district, then expires the order', {
    timeout: 40_000,
  }, async () => {
    const order = await publishOrder(ctx, city, {
      categoryCode: 'volunteer_service',
      priority: 'urgent',
      headcount: 1,
    });
    await waitFor(
      'the order to expire',
      async () => (await readOrder(ctx, city, order.id)).status === 'expired',
      25_000,
    );

    const read = await readOrder(ctx, city, order.id);
    expect(read.escalationLevel).toBe(2);
    expect(read.breaches.map((b) => [b.kind, b.levelAfter])).toEqual([
      ['claim', 1],
      ['claim', 2],
      ['claim', 2],
    ]);
    expect(read.breaches[0]!.deadline).toBe(order.sla.claimBy);
    for (const b of read.breaches) expect(b.lateMs).toBeLessThan(MAX_TIMER_LATENESS_MS);
    const detectors = await rowsOf<{ detected_by: string }>(
      ctx,
      'select detected_by from sla_breaches where order_id = $1',
      [order.id],
    );
    expect(detectors.every((d) => d.detected_by === 'timer')).toBe(true);
    expect(
      await rowsOf(ctx, 'select level, status from escalations where order_id = $1 order by level', [
        order.id,
      ]),
    ).toEqual([
      { level: 1, status: 'closed' },
      { level: 2, status: 'closed' },
    ]);
    expect(await eventsOf(ctx, order.id, 'order.expired')).toHaveLength(1);
  });

  it('a timer that fires before its deadline is planned again for what is left, and then acts', {
    timeout: 30_000,
  }, async () => {
    const order = await publishOrder(ctx, city, {
      categoryCode: 'volunteer_service',
      priority: 'urgent',
      headcount: 1,
    });
    // The same timer as planned, but run at once: as if the host that ran it had a clock 3 s ahead.
    const early = await ctx.queues.get('sla').add(
      'claim_deadline',
      { orderId: order.id, kind: 'claim', deadline: order.sla.claimBy },
      {
        jobId: `early-${order.id}`,
      },
    );
    const again = await waitFor(
      'the timer to be planned again',
      async () => ctx.queues.get('sla').getJob(`${early.id}-again-1`),
      10_000,
    );
    expect(again!.data).toMatchObject({ orderId: order.id, kind: 'claim', replans: 1 });
    await waitFor(
      'the claim-by breach',
      async () => (await readOrder(ctx, city, order.id)).breaches.length > 0,
      15_000,
    );
    const [breach] = (await readOrder(ctx, city, order.id)).breaches;
    expect(breach!.deadline).toBe(order.sla.claimBy);
    expect(breach!.lateMs).toBeGreaterThanOrEqual(0);
    expect(breach!.lateMs).toBeLessThan(MAX_TIMER_LATENESS_MS);
  });

  it('an extended deadline: the old timer does nothing, the new one fires', { timeout: 30_000 }, async () => {
    const order = await publishOrder(ctx, city, {
      categoryCode: 'volunteer_service',
      priority: 'urgent',
      headcount: 1,
    });
    const until = new Date(Date.parse(order.sla.claimBy) + 3_000);
    const res = await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: `/v1/orders/${order.id}/extend`,
      payload: { kind: 'claim', until: until.toISOString(), reason: 'Volunteers come after work' },
    });
    expect(res.statusCode, res.body).toBe(200);

    const [first] = await waitFor('the first breach', async () => {
      const rows = await rowsOf<{ deadline: Date; late_ms: number; detected_by: string }>(
        ctx,
        'select deadline, late_ms, detected_by from sla_breaches where order_id = $1 order by detected_at',
        [order.id],
      );
      return rows.length > 0 ? rows : null;
    });
    expect(first!.deadline.toISOString()).toBe(until.toISOString());
    expect(first!.detected_by).toBe('timer');
    expect(first!.late_ms).toBeLessThan(MAX_TIMER_LATENESS_MS);
    expect(
      await rowsOf(ctx, 'select 1 from sla_breaches where order_id = $1 and deadline = $2', [
        order.id,
        new Date(order.sla.claimBy),
      ]),
    ).toEqual([]);
  });
});
