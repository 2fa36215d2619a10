import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServiceEnv, type ServiceEnv, startService, stopAllServices } from '../helpers/processes.js';
import { type CityPlan, jobCounts, planCity, postOrders, seedCity, waitFor } from './dispatch-fixtures.js';

const ORDERS = 10;

/**
 * `npm start`'s single process (API and workers) with small pools, while every matching pass is held
 * on a lock: a transaction of the test's own holds `offers` in access exclusive mode, so each matching
 * job waits inside Postgres on one of the workers' connections, as a slow candidate statement does.
 */
describe('matching cannot starve the API', () => {
  let env: ServiceEnv;
  let plan: CityPlan;
  let locker: pg.Client;
  beforeAll(async () => {
    env = await createServiceEnv();
    plan = planCity();
    await seedCity(env.database, plan);
  });
  /** Matching jobs running, and those waiting in Redis for a slot. */
  async function matchingJobs() {
    const c = await jobCounts(env, 'matching');
    return { active: c.active ?? 0, queued: (c.waiting ?? 0) + (c.prioritized ?? 0) };
  }
  afterAll(async () => {
    await locker?.end().catch(() => {});
    await stopAllServices();
    await env.close();
  });

  it('runs at most MATCHING_CONCURRENCY matching jobs, and the API answers from its own pool', async () => {
    const both = await startService('both', env, {
      vars: { DATABASE_POOL_SIZE: '3', WORKER_POOL_SIZE: '4', MATCHING_CONCURRENCY: '2' },
    });
    locker = new pg.Client({ connectionString: env.databaseUrl });
    await locker.connect();
    await locker.query('begin');
    await locker.query('lock table offers in access exclusive mode');

    const posted = await postOrders(both.baseUrl, env.adminKey, plan, 0, ORDERS, 2);
    expect(posted.map((p) => p.status)).toEqual(Array(ORDERS).fill(201));
    await waitFor(
      async () => {
        const c = await matchingJobs();
        return c.active + c.queued === ORDERS && c.active >= 2;
      },
      30_000,
      'every order to have its matching job',
    );
    await waitFor(
      async () => {
        const { rows } = await locker.query(
          `select count(*)::int as n from pg_locks where relation = 'offers'::regclass and not granted`,
        );
        return rows[0].n >= 2;
      },
      30_000,
      'two matching passes to wait on the lock',
    );

    // Every request needs a connection: the key was last checked more than the auth cache's TTL ago
    // or not at all by this path, and each list is read from Postgres.
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        fetch(`${both.baseUrl}/v1/${i % 2 === 0 ? 'categories' : 'regions'}`, {
          headers: { authorization: `Bearer ${env.adminKey}` },
          signal: AbortSignal.timeout(20_000),
        }).then((r) => r.status),
      ),
    );
    expect(answers).toEqual(Array(12).fill(200));

    expect(await matchingJobs()).toEqual({ active: 2, queued: ORDERS - 2 });
    const { rows: waiting } = await locker.query(
      `select count(*)::int as n from pg_locks where relation = 'offers'::regclass and not granted`,
    );
    expect(waiting[0].n).toBe(2);

    await locker.query('rollback');
    await waitFor(
      async () => {
        const { rows } = await env.database.pool.query(
          'select count(*)::int as n from orders where match_wave > 0',
        );
        return rows[0].n === ORDERS;
      },
      60_000,
      'every order to be matched once the lock is gone',
    );
  }, 120_000);
});
