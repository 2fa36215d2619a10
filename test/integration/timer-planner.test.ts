import type { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { timerJobId } from '../../src/modules/sla/deadlines.js';
import { TIMER_HORIZON_MS } from '../../src/outbox/timer-horizon.js';
import { type City, call, createCity } from '../factories/index.js';
import { orderBody } from '../factories/orders.js';
import { createTestContext, type TestContext } from '../helpers/context.js';
import { createCrowd, jobDepsOf, matchDirectly, ORIGIN, offersOf } from './matching-fixtures.js';
import { publishOrder, rowsOf, setPolicy, timersOf, waitFor } from './sla-fixtures.js';

const MINUTE = 60_000;

/**
 * Timers due within the horizon are written with their deadline; later ones are added by the
 * planner (the SLA queue's `plan` job, run here by a real worker) once they come within it.
 */
describe('the timer planner', () => {
  let ctx: TestContext;
  let city: City;
  let sla: Queue;
  beforeAll(async () => {
    // The reconciler is kept out of the way: what fires here is the timers.
    ctx = await createTestContext({ SLA_RECONCILE_EVERY_MS: '3600000' });
    city = await createCity(ctx.database);
    await setPolicy(ctx, city, 'errand', 'urgent', {
      claimWithin: 'PT5M',
      completeWithin: 'PT1H',
      responseWithin: 'PT1H',
      maxLevel: 2,
    });
    await setPolicy(ctx, city, 'errand', 'routine', {
      claimWithin: 'PT20M',
      completeWithin: 'PT2H',
      responseWithin: 'PT1H',
      maxLevel: 2,
    });
    await ctx.startWorkers(['sla']);
    sla = ctx.queues.get('sla');
  });
  afterAll(async () => ctx.close());

  /** One run of the planner, through the queue, as its schedule runs it. */
  async function plan(): Promise<{ deadlines: number; waves: number }> {
    const job = await sla.add('plan', { kind: 'plan' });
    return waitFor('the planner run', async () => {
      const done = await sla.getJob(job.id!);
      return (await done?.isCompleted()) ? done!.returnvalue : null;
    });
  }

  const delayOf = async (queue: Queue, jobId: string) => (await queue.getJob(jobId))?.opts.delay;

  it('writes the timer of a deadline within the horizon with the order, and none for one beyond it', async () => {
    const order = await publishOrder(ctx, city, { categoryCode: 'errand', priority: 'urgent' });
    const timers = await timersOf(ctx, 'orderId', order.id);
    expect(timers.map((t) => [t.job_name, t.job_id])).toEqual([
      ['claim_deadline', timerJobId('claim', order.id, new Date(order.sla.claimBy))],
    ]);
  });

  it('plans a deadline a month away once it comes within the horizon, with the time left as its delay, once however often it runs', async () => {
    // Poverty pairing: claim within 3 days, complete within 30.
    const order = await publishOrder(ctx, city, { categoryCode: 'poverty_pairing' });
    const completeBy = new Date(order.sla.completeBy);
    expect(completeBy.getTime() - ctx.clock.now().getTime()).toBe(30 * 86_400_000);
    expect(await timersOf(ctx, 'orderId', order.id)).toEqual([]);
    const jobId = timerJobId('complete', order.id, completeBy);

    await plan();
    expect(await sla.getJob(jobId)).toBeUndefined();

    ctx.clock.set(new Date(completeBy.getTime() - TIMER_HORIZON_MS - 1));
    await plan();
    expect(await sla.getJob(jobId)).toBeUndefined();

    ctx.clock.set(new Date(completeBy.getTime() - 4 * MINUTE));
    await plan();
    expect(await delayOf(sla, jobId)).toBe(4 * MINUTE);
    const delayed = await sla.getDelayedCount();
    // The next run plans only what came within the horizon since: not this deadline again.
    ctx.clock.advance(MINUTE);
    expect((await plan()).deadlines).toBe(0);
    expect(await sla.getDelayedCount()).toBe(delayed);
    expect(await delayOf(sla, jobId)).toBe(4 * MINUTE);
  });

  it('a run after the planner stopped for a while plans what came within the horizon meanwhile', async () => {
    const order = await publishOrder(ctx, city, { categoryCode: 'errand', priority: 'routine' });
    const claimBy = new Date(order.sla.claimBy);
    const jobId = timerJobId('claim', order.id, claimBy);
    await plan();
    expect(await sla.getJob(jobId)).toBeUndefined();
    // Fifteen minutes without a run: the claim-by deadline came within the horizon meanwhile.
    ctx.clock.advance(15 * MINUTE);
    await plan();
    expect(await delayOf(sla, jobId)).toBe(5 * MINUTE);
  });

  it('plans nothing for a deadline no longer live', async () => {
    const order = await publishOrder(ctx, city, { categoryCode: 'errand', priority: 'routine' });
    const cancelled = await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: `/v1/orders/${order.id}/cancel`,
      payload: { reason: 'duplicate' },
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    const claimBy = new Date(order.sla.claimBy);
    ctx.clock.set(new Date(claimBy.getTime() - MINUTE));
    await plan();
    expect(await sla.getJob(timerJobId('claim', order.id, claimBy))).toBeUndefined();
  });

  it('a planned timer fires at its deadline, and the breach is the timer’s', async () => {
    const order = await publishOrder(ctx, city, { categoryCode: 'errand', priority: 'routine' });
    const claimBy = new Date(order.sla.claimBy);
    expect(claimBy.getTime() - ctx.clock.now().getTime()).toBe(20 * MINUTE);
    expect(await timersOf(ctx, 'orderId', order.id)).toEqual([]);

    ctx.clock.set(new Date(claimBy.getTime() - 1_000));
    await plan();
    expect(await delayOf(sla, timerJobId('claim', order.id, claimBy))).toBe(1_000);
    // The job waits a real second; by the test clock the deadline has passed when it fires.
    ctx.clock.set(new Date(claimBy.getTime() + 500));
    const [breach] = await waitFor('the claim breach', () =>
      rowsOf<{ detected_by: string; deadline: Date }>(
        ctx,
        "select detected_by, deadline from sla_breaches where order_id = $1 and kind = 'claim'",
        [order.id],
      ).then((rows) => rows.length > 0 && rows),
    );
    expect(breach).toEqual({ detected_by: 'timer', deadline: claimBy });
  });

  it('plans the expiry of a wave of offers once it comes within the horizon', async () => {
    await createCrowd(ctx, city, city.communityA1.id, city.gridA1.id);
    const res = await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: '/v1/orders',
      payload: orderBody(city, {
        gridId: city.gridA1.id,
        dispatchMode: 'auto',
        requiredSkills: ['medical'],
        location: ORIGIN,
      }),
    });
    expect(res.statusCode, res.body).toBe(201);
    const orderId = res.json().id as string;
    expect(await matchDirectly(jobDepsOf(ctx), orderId)).toMatchObject({ wave: 1, offers: 6 });
    // Routine offers live four hours: the wave's timer is not written with it.
    const written = await rowsOf(
      ctx,
      "select 1 from outbox where queue = 'offers' and payload->>'orderId' = $1",
      [orderId],
    );
    expect(written).toEqual([]);
    const [first] = await offersOf(ctx, orderId);
    const offers = ctx.queues.get('offers');
    const jobId = `offer-expire-${orderId}-w1`;

    await plan();
    expect(await offers.getJob(jobId)).toBeUndefined();
    ctx.clock.set(new Date(first!.expiresAt.getTime() - 2 * MINUTE));
    expect((await plan()).waves).toBeGreaterThanOrEqual(1);
    expect((await offers.getJob(jobId))?.data).toEqual({ orderId, wave: 1 });
    expect(await delayOf(offers, jobId)).toBe(2 * MINUTE);
  });
});
