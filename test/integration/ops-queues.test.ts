import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/lib/ids.js';
import { type City, call, countRows, createCity } from '../factories/index.js';
import { createTestContext, type TestContext } from '../helpers/context.js';

async function waitFor<T>(read: () => Promise<T>, done: (v: T) => boolean, ms = 10_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (done(v)) return v;
    if (Date.now() > until) throw new Error(`condition not met within ${ms} ms (last: ${JSON.stringify(v)})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('queue figures and dead letters', () => {
  let ctx: TestContext;
  let city: City;
  let failedRef: string;
  beforeAll(async () => {
    ctx = await createTestContext();
    city = await createCity(ctx.database);
  });
  afterAll(async () => ctx.close());

  it('GET /v1/ops/queues gives every queue its figures and reflects a job just added', async () => {
    await ctx.queues.get('offers').add('expire', { offerId: newId() }, { jobId: 'figures-probe' });
    await ctx.queues.get('sla').add('deadline', { kind: 'reconcile' }, { delay: 3_600_000 });
    const res = await call(ctx, city.keys.ops, { method: 'GET', url: '/v1/ops/queues' });
    expect(res.statusCode).toBe(200);
    const byQueue = Object.fromEntries(res.json().items.map((q: { queue: string }) => [q.queue, q]));
    expect(Object.keys(byQueue).sort()).toEqual([
      'bookings',
      'maintenance',
      'matching',
      'offers',
      'sla',
      'webhooks',
    ]);
    expect(byQueue.offers).toMatchObject({ waiting: 1, active: 0, delayed: 0, failed: 0 });
    expect(byQueue.offers.oldestWaitingSeconds).toBeGreaterThanOrEqual(0);
    expect(byQueue.sla).toMatchObject({ waiting: 0, delayed: 1, oldestWaitingSeconds: 0 });
    expect(byQueue.matching).toEqual({
      queue: 'matching',
      waiting: 0,
      active: 0,
      delayed: 0,
      failed: 0,
      completed: 0,
      oldestWaitingSeconds: 0,
    });
    await ctx.queues.get('offers').remove('figures-probe');
  });

  it('GET /v1/ops/queues is for ops and admin only', async () => {
    expect((await call(ctx, null, { method: 'GET', url: '/v1/ops/queues' })).statusCode).toBe(401);
    const unit = await call(ctx, city.keys.unitA, { method: 'GET', url: '/v1/ops/queues' });
    expect(unit.statusCode).toBe(403);
    expect((await call(ctx, city.keys.admin, { method: 'GET', url: '/v1/ops/queues' })).statusCode).toBe(200);
  });

  it('lists a job that failed in a worker among the dead letters', async () => {
    const payload = { orderId: newId() };
    const job = await ctx.queues.get('maintenance').add('no_such_job', payload);
    failedRef = `maintenance:${job.id}`;
    const workers = await ctx.startWorkers(['maintenance']);
    await waitFor(
      () => job.getState(),
      (s) => s === 'failed',
    );
    await workers.close();

    const res = await call(ctx, city.keys.ops, {
      method: 'GET',
      url: '/v1/ops/failed-jobs?queue=maintenance&limit=10',
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const item = body.items.find((i: { id: string }) => i.id === failedRef);
    expect(item).toMatchObject({
      queue: 'maintenance',
      jobId: String(job.id),
      name: 'no_such_job',
      failedReason: expect.stringContaining('no_such_job'),
      attemptsMade: 1,
      data: payload,
    });
    expect(Date.parse(item.timestamp)).not.toBeNaN();
    expect(Date.parse(item.failedAt)).toBeGreaterThanOrEqual(Date.parse(item.timestamp));
    expect(body.total).toBe(body.items.length);

    const all = await call(ctx, city.keys.admin, { method: 'GET', url: '/v1/ops/failed-jobs' });
    expect(all.json().items.map((i: { id: string }) => i.id)).toContain(failedRef);
    const elsewhere = await call(ctx, city.keys.ops, {
      method: 'GET',
      url: '/v1/ops/failed-jobs?queue=webhooks',
    });
    expect(elsewhere.json()).toEqual({ items: [], total: 0 });
  });

  it('refuses a bad query, and callers other than ops and admin, with problem documents', async () => {
    const bad = await call(ctx, city.keys.ops, {
      method: 'GET',
      url: '/v1/ops/failed-jobs?queue=nowhere&limit=0',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'validation_failed' });
    const staff = await call(ctx, city.keys.staffA1, { method: 'GET', url: '/v1/ops/failed-jobs' });
    expect(staff.statusCode).toBe(403);
  });

  it('lets only admin retry: ops gets 403 and the job stays failed', async () => {
    const before = await countRows(ctx.database, ['audit_events']);
    const url = `/v1/ops/failed-jobs/${encodeURIComponent(failedRef)}/retry`;
    for (const key of [city.keys.ops, city.keys.staffA1]) {
      const res = await call(ctx, key, { method: 'POST', url });
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ code: 'forbidden' });
    }
    const [, jobId] = failedRef.split(':');
    expect(await ctx.queues.get('maintenance').getJobState(jobId!)).toBe('failed');
    expect(await countRows(ctx.database, ['audit_events'])).toEqual(before);
  });

  it('admin retry moves the job back to waiting with fresh attempts and records it in the audit trail', async () => {
    const res = await call(ctx, city.keys.admin, {
      method: 'POST',
      url: `/v1/ops/failed-jobs/${encodeURIComponent(failedRef)}/retry`,
    });
    expect(res.statusCode).toBe(200);
    const [, jobId] = failedRef.split(':');
    expect(res.json()).toEqual({ id: failedRef, queue: 'maintenance', jobId, state: 'waiting' });
    const job = await ctx.queues.get('maintenance').getJob(jobId!);
    expect(await job!.getState()).toBe('waiting');
    expect(job!.attemptsMade).toBe(0);
    const { rows } = await ctx.database.pool.query(
      "select entity_type, actor_type, actor_id, after from audit_events where action = 'job.retried'",
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      entity_type: 'queue_job',
      actor_type: 'api_key',
      after: { queue: 'maintenance', jobId, state: 'waiting' },
    });

    const failed = await call(ctx, city.keys.ops, {
      method: 'GET',
      url: '/v1/ops/failed-jobs?queue=maintenance',
    });
    expect(failed.json().items.map((i: { id: string }) => i.id)).not.toContain(failedRef);
  });

  it('answers 409 for a job that is not failed and 404 for one that does not exist, changing nothing', async () => {
    const before = await countRows(ctx.database, ['audit_events']);
    const again = await call(ctx, city.keys.admin, {
      method: 'POST',
      url: `/v1/ops/failed-jobs/${encodeURIComponent(failedRef)}/retry`,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'job_not_failed', state: 'waiting' });
    for (const ref of ['maintenance:999999', 'nowhere:1', 'maintenance', ':1']) {
      const res = await call(ctx, city.keys.admin, {
        method: 'POST',
        url: `/v1/ops/failed-jobs/${encodeURIComponent(ref)}/retry`,
      });
      expect(res.statusCode, ref).toBe(404);
      expect(res.json()).toMatchObject({ code: 'not_found' });
    }
    expect(await countRows(ctx.database, ['audit_events'])).toEqual(before);
  });
});
