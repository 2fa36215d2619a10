import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RECONCILER_SCHEDULER_ID } from '../../src/jobs/processors/sla.js';
import { timerJobId } from '../../src/modules/sla/deadlines.js';
import { type City, createCity } from '../factories/index.js';
import { createTestContext, type TestContext } from '../helpers/context.js';
import {
  flushPrefix,
  type OrderView,
  publishOrder,
  readOrder,
  rowsOf,
  setPolicy,
  slaOf,
  waitFor,
} from './sla-fixtures.js';

const RECONCILE_EVERY_MS = 2_000;

/** Real BullMQ workers and the reconciler's job scheduler; deadlines passed by moving the test clock. */
describe('SLA timers in the queue, and the reconciler behind them', () => {
  let ctx: TestContext;
  let city: City;
  beforeAll(async () => {
    ctx = await createTestContext({ SLA_RECONCILE_EVERY_MS: String(RECONCILE_EVERY_MS) });
    city = await createCity(ctx.database);
    await setPolicy(ctx, city, 'errand', 'urgent', {
      claimWithin: 'PT5S',
      // Within the timer horizon: both deadlines' timers are written at publication.
      completeWithin: 'PT5M',
      responseWithin: 'PT1H',
      maxLevel: 2,
    });
    await ctx.startWorkers(['sla']);
  });
  afterAll(async () => ctx.close());

  const publishMany = async (n: number) => {
    const out: OrderView[] = [];
    for (let i = 0; i < n; i += 1)
      out.push(
        await publishOrder(ctx, city, { categoryCode: 'errand', priority: 'urgent', title: `Errand ${i}` }),
      );
    return out;
  };
  const claimBreaches = async (orders: OrderView[]) =>
    rowsOf<{ order_id: string; detected_by: string }>(
      ctx,
      "select order_id, detected_by from sla_breaches where kind = 'claim' and order_id = any($1::uuid[])",
      [orders.map((o) => o.id)],
    );

  it('after the Redis keys are lost, the reconciler restores every breach within one cycle and re-plans the timers', async () => {
    const queue = ctx.queues.get('sla');
    const orders = await publishMany(5);
    await waitFor('the timers in Redis', async () => {
      const jobs = await Promise.all(
        orders.map((o) => queue.getJob(timerJobId('claim', o.id, new Date(o.sla.claimBy)))),
      );
      return jobs.every(Boolean);
    });

    expect(await flushPrefix(ctx)).toBeGreaterThan(0);
    expect(
      await queue.getJob(timerJobId('claim', orders[0]!.id, new Date(orders[0]!.sla.claimBy))),
    ).toBeUndefined();
    expect(await queue.getJobScheduler(RECONCILER_SCHEDULER_ID)).toBeUndefined();
    ctx.clock.advance(6_000);

    const started = Date.now();
    const breaches = await waitFor('every breach restored', async () => {
      const rows = await claimBreaches(orders);
      return rows.length === orders.length ? rows : null;
    });
    // The workers put the reconciler's schedule back within one cycle, and a new schedule runs at once.
    expect(Date.now() - started).toBeLessThan(RECONCILE_EVERY_MS + 3_000);
    expect(breaches.every((b) => b.detected_by === 'reconciler')).toBe(true);
    expect(await queue.getJobScheduler(RECONCILER_SCHEDULER_ID)).toBeDefined();
    for (const o of orders) expect((await readOrder(ctx, city, o.id)).escalationLevel).toBe(1);
    // The re-armed deadlines are timers in Redis again.
    await waitFor('re-armed timers in Redis', async () => {
      const rearmed = await Promise.all(
        orders.map(async (o) =>
          queue.getJob(timerJobId('claim', o.id, new Date((await readOrder(ctx, city, o.id)).sla.claimBy))),
        ),
      );
      return rearmed.every(Boolean);
    });
    // The deadlines still ahead when Redis lost them (complete-by, within the timer horizon) are
    // re-planned from Postgres.
    await waitFor('lost timers re-planned', async () => {
      const replanned = await Promise.all(
        orders.map((o) => queue.getJob(timerJobId('complete', o.id, new Date(o.sla.completeBy)))),
      );
      return replanned.every(Boolean);
    });
  });

  it('two workers given the same deadline twice, with the reconciler running, escalate each order once', async () => {
    await ctx.startWorkers(['sla']);
    const orders = await publishMany(10);
    ctx.clock.advance(6_000);
    const queue = ctx.queues.get('sla');
    const duplicates = orders.flatMap((o) =>
      ['a', 'b'].map((copy) => ({
        name: 'claim_deadline',
        data: { orderId: o.id, kind: 'claim' as const, deadline: o.sla.claimBy },
        opts: { jobId: `dup-${copy}-${o.id}` },
      })),
    );
    const sla = slaOf(ctx);
    await Promise.all([queue.addBulk(duplicates), sla.reconcile(), sla.reconcile()]);
    await waitFor('both copies of every timer processed', async () => {
      const states = await Promise.all(duplicates.map((d) => queue.getJobState(d.opts.jobId)));
      return states.every((s) => s === 'completed');
    });

    expect(await claimBreaches(orders)).toHaveLength(orders.length);
    const escalations = await rowsOf<{ order_id: string; n: number }>(
      ctx,
      'select order_id, count(*)::int as n from escalations where order_id = any($1::uuid[]) group by order_id',
      [orders.map((o) => o.id)],
    );
    expect(escalations).toHaveLength(orders.length);
    expect(escalations.every((e) => e.n === 1)).toBe(true);
    const events = await rowsOf<{ n: number }>(
      ctx,
      "select count(*)::int as n from domain_events where type = 'order.escalated' and order_id = any($1::uuid[])",
      [orders.map((o) => o.id)],
    );
    expect(events[0]!.n).toBe(orders.length);
    for (const o of orders) expect((await readOrder(ctx, city, o.id)).escalationLevel).toBe(1);
  });
});
