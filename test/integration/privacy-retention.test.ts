import type { Job } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processMaintenance } from '../../src/jobs/processors/maintenance.js';
import { installSchedulers } from '../../src/jobs/schedulers.js';
import { type City, call, createCity } from '../factories/index.js';
import { createTestContext, type TestContext } from '../helpers/context.js';
import { jobDepsOf } from './matching-fixtures.js';

describe('retention of stored Idempotency-Key answers', () => {
  let ctx: TestContext;
  let city: City;
  beforeAll(async () => {
    ctx = await createTestContext();
    city = await createCity(ctx.database);
  });
  afterAll(async () => ctx?.close());

  const stored = async () =>
    (
      await ctx.database.pool.query<{ key: string }>('select key from idempotency_keys order by key')
    ).rows.map((r) => r.key);
  const sweep = () =>
    processMaintenance(
      { name: 'idempotency_retention', data: { kind: 'idempotency_retention' } } as Job<{
        kind: 'idempotency_retention';
      }>,
      jobDepsOf(ctx),
    );

  it('is scheduled every hour by the workers', async () => {
    await installSchedulers(ctx.queues, ctx.config);
    const scheduler = await ctx.queues.get('maintenance').getJobScheduler('idempotency-retention');
    expect(scheduler).toMatchObject({ pattern: '15 * * * *', name: 'idempotency_retention' });
  });

  it('deletes the answers (and the personal data they hold) once they are older than 24 hours', async () => {
    for (const [key, name, phone] of [
      ['register-wang', '王秀兰', '13712345672'],
      ['register-wu', '王五', '13712345673'],
    ]) {
      const res = await call(ctx, city.keys.staffA1, {
        method: 'POST',
        url: '/v1/members',
        headers: { 'idempotency-key': key! },
        payload: { name, phone },
      });
      expect(res.statusCode).toBe(201);
    }
    expect(await stored()).toEqual(['register-wang', 'register-wu']);

    ctx.clock.advance(23 * 3_600_000);
    expect(await sweep()).toEqual({ deleted: 0 });
    expect(await stored()).toEqual(['register-wang', 'register-wu']);

    ctx.clock.advance(2 * 3_600_000);
    expect(await sweep()).toEqual({ deleted: 2 });
    expect(await stored()).toEqual([]);
    // Past the retention a retry is a new request.
    const again = await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: '/v1/members',
      headers: { 'idempotency-key': 'register-wang' },
      payload: { name: '王秀兰', phone: '13712345672' },
    });
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBeUndefined();
  });
});
