import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxRelay } from '../../src/jobs/outbox-relay.js';
import { createTestContext, type TestContext } from '../helpers/context.js';

describe('outbox relay: delays count from when the row was written', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => ctx.close());

  it('gives a timer that waited in the outbox only what is left of its delay, and none once it is due', async () => {
    const { rows } = await ctx.database.pool.query<{ id: string }>(
      `insert into outbox (queue, job_name, payload, delay_ms, job_id, created_at) values
         ('sla', 'claim_deadline', '{"kind":"reconcile"}', 60000, 'relay-delay-left', now() - interval '50 seconds'),
         ('sla', 'claim_deadline', '{"kind":"reconcile"}', 60000, 'relay-delay-past', now() - interval '90 seconds'),
         ('sla', 'claim_deadline', '{"kind":"reconcile"}', 60000, 'relay-delay-fresh', now())
       returning id`,
    );
    expect(rows).toHaveLength(3);
    const relay = new OutboxRelay(ctx.database.db, ctx.database.pool, ctx.queues, pino({ level: 'silent' }), {
      pollMs: 60_000,
    });
    expect(await relay.drain()).toBe(3);
    const sla = ctx.queues.get('sla');
    const [left, past, fresh] = await Promise.all(
      ['relay-delay-left', 'relay-delay-past', 'relay-delay-fresh'].map((id) => sla.getJob(id)),
    );
    // 60 s planned 50 s ago: about 10 s left (less by however long the test took to get here).
    expect(left!.opts.delay).toBeGreaterThan(8_000);
    expect(left!.opts.delay).toBeLessThanOrEqual(10_000);
    expect(past!.opts.delay ?? 0).toBe(0);
    expect(await past!.getState()).toBe('waiting');
    expect(fresh!.opts.delay).toBeGreaterThan(58_000);
    expect(await left!.getState()).toBe('delayed');
    await relay.stop();
  });
});
