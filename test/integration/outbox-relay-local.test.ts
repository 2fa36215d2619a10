import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalJobs, OutboxRelay } from '../../src/jobs/outbox-relay.js';
import { createTestContext, type TestContext } from '../helpers/context.js';

/** Matching jobs the relay runs in its own process (what a worker that runs matching does). */
describe('outbox relay: jobs it runs itself', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => ctx.close());

  /** Writes a matching job for a fresh order id (`delayMs` ahead), returning the order id and the row's BullMQ job id. */
  async function matchingRow(delayMs = 0): Promise<{ orderId: string; jobId: string }> {
    const orderId = randomUUID();
    const { rows } = await ctx.database.pool.query<{ id: string }>(
      `insert into outbox (queue, job_name, payload, delay_ms) values ('matching', 'match', $1, $2) returning id`,
      [JSON.stringify({ orderId, reason: 'published' }), delayMs],
    );
    return { orderId, jobId: `ob-${rows[0]!.id}` };
  }

  async function unpublished(jobIds: string[]): Promise<number> {
    const { rows } = await ctx.database.pool.query<{ n: number }>(
      `select count(*)::int as n from outbox where published_at is null and 'ob-' || id = any($1::text[])`,
      [jobIds],
    );
    return rows[0]!.n;
  }

  const relayWith = (local: LocalJobs) =>
    new OutboxRelay(ctx.database.db, ctx.database.pool, ctx.queues, pino({ level: 'silent' }), {
      pollMs: 60_000,
      local,
    });

  const orderOf = (payload: unknown) => (payload as { orderId: string }).orderId;

  /** A relay whose jobs run at once and succeed, recording the order of each. */
  function recordingRelay() {
    const ran: string[] = [];
    const relay = relayWith({
      queue: 'matching',
      tryRun: async (payload) => {
        ran.push(orderOf(payload));
      },
      budgetMs: 5_000,
    });
    return { relay, ran };
  }

  /** A relay draining while the one job it runs itself is still running, until `finish`. */
  async function drainingWithARunningJob() {
    let finish: () => void = () => {};
    let started: () => void = () => {};
    const running = new Promise<void>((resolve) => {
      started = resolve;
    });
    const relay = relayWith({
      queue: 'matching',
      tryRun: () => {
        started();
        return new Promise<void>((resolve) => {
          finish = resolve;
        });
      },
      budgetMs: 30_000,
    });
    const draining = relay.drain();
    await running;
    return { relay, draining, finish };
  }

  it('runs the due jobs of its queue itself, adds no BullMQ job for them, and adds every other job', async () => {
    const due = await matchingRow();
    const later = await matchingRow(60_000);
    const { rows } = await ctx.database.pool.query<{ id: string }>(
      `insert into outbox (queue, job_name, payload) values ('sla', 'deadline', '{"kind":"reconcile"}') returning id`,
    );
    const sla = `ob-${rows[0]!.id}`;
    const { relay, ran } = recordingRelay();
    expect(await relay.drain()).toBe(3);
    expect(ran).toEqual([due.orderId]);
    const matching = ctx.queues.get('matching');
    expect(await matching.getJob(due.jobId)).toBeUndefined();
    expect(await matching.getJob(later.jobId).then((j) => j?.getState())).toBe('delayed');
    expect(
      await ctx.queues
        .get('sla')
        .getJob(sla)
        .then((j) => j?.getState()),
    ).toBe('waiting');
    expect(await unpublished([due.jobId, later.jobId, sla])).toBe(0);
    await relay.stop();
  });

  it('adds to BullMQ a job it has no room for, one that failed and one still running after its budget', async () => {
    const [noRoom, failing, slow] = await Promise.all([matchingRow(), matchingRow(), matchingRow()]);
    let finishSlow: () => void = () => {};
    const relay = relayWith({
      queue: 'matching',
      tryRun: (payload) => {
        const orderId = orderOf(payload);
        if (orderId === noRoom.orderId) return null;
        if (orderId === failing.orderId) return Promise.reject(new Error('pass failed'));
        return new Promise<void>((resolve) => {
          finishSlow = resolve;
        });
      },
      budgetMs: 300,
    });
    expect(await relay.drain()).toBe(3);
    const matching = ctx.queues.get('matching');
    for (const { jobId, orderId } of [noRoom, failing, slow]) {
      const job = await matching.getJob(jobId);
      expect(job?.data).toEqual({ orderId, reason: 'published' });
    }
    expect(await unpublished([noRoom.jobId, failing.jobId, slow.jobId])).toBe(0);
    finishSlow();
    await relay.stop();
  });

  it('leaves the rows of running jobs unpublished and locked until they finish, so a relay that dies meanwhile leaves them to be claimed again', async () => {
    const row = await matchingRow();
    const { relay, draining, finish } = await drainingWithARunningJob();
    expect(await unpublished([row.jobId])).toBe(1);
    // Another relay meanwhile skips the locked row.
    const other = relayWith({ queue: 'matching', tryRun: () => null, budgetMs: 1_000 });
    expect(await other.drain()).toBe(0);
    finish();
    expect(await draining).toBe(1);
    expect(await unpublished([row.jobId])).toBe(0);
    expect(await ctx.queues.get('matching').getJob(row.jobId)).toBeUndefined();
    await Promise.all([relay.stop(), other.stop()]);
  });

  it('runs a job again when the claim that ran it was lost with its connection', async () => {
    const row = await matchingRow();
    const { relay, draining, finish } = await drainingWithARunningJob();
    // The relay's session, idle in its claim's transaction while the job runs, is cut.
    const { rows } = await ctx.database.pool.query<{ cut: boolean }>(
      `select pg_terminate_backend(pid) as cut from pg_stat_activity
        where datname = current_database() and state = 'idle in transaction' and query like '%outbox_claim%'`,
    );
    expect(rows.map((r) => r.cut)).toEqual([true]);
    finish();
    await expect(draining).rejects.toThrow();
    expect(await unpublished([row.jobId])).toBe(1);
    const { relay: next, ran } = recordingRelay();
    expect(await next.drain()).toBe(1);
    expect(ran).toEqual([row.orderId]);
    expect(await unpublished([row.jobId])).toBe(0);
    await Promise.all([relay.stop(), next.stop()]);
  });
});
