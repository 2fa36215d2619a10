import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createServiceEnv,
  type ServiceEnv,
  type ServiceProcess,
  startService,
  stopAllServices,
} from '../helpers/processes.js';
import {
  type CityPlan,
  expectFirstWavesExactlyOnce,
  jobCounts,
  planCity,
  postOrders,
  seedCity,
  waitFor,
} from './dispatch-fixtures.js';

const ORDERS = 200;

describe('dispatch: a worker killed with SIGKILL mid-batch', () => {
  let env: ServiceEnv;
  let plan: CityPlan;
  let api: ServiceProcess;
  beforeAll(async () => {
    env = await createServiceEnv();
    plan = planCity();
    api = await startService('api', env);
    await seedCity(env.database, plan);
  });
  afterAll(async () => {
    await stopAllServices();
    await env?.close();
  });

  it('leaves no duplicate offer and no lost job once a new worker takes over', async () => {
    const posted = await postOrders(api.baseUrl, env.adminKey, plan, 0, ORDERS);
    expect(posted.filter((p) => p.status !== 201)).toEqual([]);

    const matched = async () => {
      const { rows } = await env.database.pool.query(
        'select count(*)::int as n from orders where match_wave > 0',
      );
      return rows[0].n as number;
    };
    const first = await startService('worker', env);
    // Kill it while it is matching: some orders matched, most not yet.
    await waitFor(async () => (await matched()) >= 5, 30_000, 'the worker to match its first orders', 5);
    first.signal('SIGKILL');
    const status = await first.exited;
    expect(status.signal).toBe('SIGKILL');
    const atKill = await matched();
    expect(atKill).toBeLessThan(ORDERS);
    // Jobs it was running when it died are still marked active in Redis: the kill was mid-job.
    expect((await jobCounts(env, 'matching')).active).toBeGreaterThan(0);

    // The jobs the dead worker held are stalled; the next worker takes them over once their locks lapse.
    await startService('worker', env);
    await waitFor(async () => (await matched()) === ORDERS, 180_000, 'every order to be matched');
    // A dead worker's job whose wave was written before the kill leaves its order matched but stays
    // active until a stalled check finds its lock lapsed: BullMQ's lock lasts 30 s and its checks
    // run every 30 s, so up to 60 s after the kill, however soon the other orders were matched.
    await waitFor(
      async () => (await jobCounts(env, 'matching')).active === 0,
      90_000,
      'the matching queue to drain',
    );
    await expectFirstWavesExactlyOnce(env, plan, ORDERS);
    const matching = await jobCounts(env, 'matching');
    expect(matching.failed).toBe(0);
  }, 300_000);
});
