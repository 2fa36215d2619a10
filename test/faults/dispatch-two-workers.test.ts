import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServiceEnv, type ServiceEnv, startService, stopAllServices } from '../helpers/processes.js';
import {
  type CityPlan,
  expectFirstWavesExactlyOnce,
  planCity,
  postOrders,
  seedCity,
  waitFor,
} from './dispatch-fixtures.js';

const ORDERS = 120;

describe('dispatch: two relays and two matching workers at once', () => {
  let plan: CityPlan;
  const envs: ServiceEnv[] = [];
  beforeAll(async () => {
    plan = planCity();
  });
  afterAll(async () => {
    await stopAllServices();
    for (const env of envs) await env.close();
  });

  /**
   * The same city and the same orders, published while `workers` worker processes run. Each order is
   * ranked on its own (MATCH_PENDING_WEIGHT=0): with the pendingElsewhere part, a member's rank on one
   * order depends on which other orders' waves were written first, which no worker count fixes.
   */
  async function run(workers: number) {
    const env = await createServiceEnv();
    envs.push(env);
    await seedCity(env.database, plan);
    const vars = { MATCH_PENDING_WEIGHT: '0' };
    const api = await startService('api', env, { vars });
    for (let i = 0; i < workers; i++) await startService('worker', env, { vars });
    const posted = await postOrders(api.baseUrl, env.adminKey, plan, 0, ORDERS);
    expect(posted.filter((p) => p.status !== 201)).toEqual([]);
    await waitFor(
      async () => {
        const { rows } = await env.database.pool.query(
          'select count(*)::int as n from orders where match_wave > 0',
        );
        return rows[0].n === ORDERS;
      },
      120_000,
      'every order to be matched',
    );
    const result = await expectFirstWavesExactlyOnce(env, plan, ORDERS);
    await stopAllServices();
    return result;
  }

  it('offers every order to the same members, in the same ranks, as a single worker does', async () => {
    const one = await run(1);
    const two = await run(2);
    expect(two).toEqual(one);
  }, 240_000);
});
