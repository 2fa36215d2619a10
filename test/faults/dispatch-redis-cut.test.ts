import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createServiceEnv,
  type ServiceEnv,
  type ServiceProcess,
  startService,
  stopAllServices,
} from '../helpers/processes.js';
import { type CutMode, startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy.js';
import {
  type CityPlan,
  expectFirstWavesExactlyOnce,
  planCity,
  postOrders,
  seedCity,
  waitFor,
} from './dispatch-fixtures.js';

const ORDERS = 100;

describe.each<CutMode>(['refuse', 'blackhole'])('dispatch: Redis cut (%s) during intake', (mode) => {
  let env: ServiceEnv;
  let plan: CityPlan;
  let proxy: TcpProxy;
  let api: ServiceProcess;
  beforeAll(async () => {
    env = await createServiceEnv();
    plan = planCity();
    await seedCity(env.database, plan);
    const target = new URL(env.redisUrl);
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 6379) });
    const redisUrl = proxy.urlFor(env.redisUrl);
    api = await startService('api', env, { redisUrl });
    await startService('worker', env, { redisUrl });
  });
  afterAll(async () => {
    await stopAllServices();
    await proxy?.close();
    await env?.close();
  });

  it('answers 201 to every order while Redis is away, and every auto order gets its offers once it is back', async () => {
    let cutAt = 0;
    let waitingAtRestore = 0;
    const posted = await postOrders(api.baseUrl, env.adminKey, plan, 0, ORDERS, 4, async (answered) => {
      if (answered === 20) {
        await proxy.cut(mode);
        cutAt = Date.now();
      }
      if (answered === 80) {
        // Long enough for the relay and the workers to notice and start retrying.
        await new Promise((r) => setTimeout(r, Math.max(0, 2_000 - (Date.now() - cutAt))));
        const { rows } = await env.database.pool.query(
          'select count(*)::int as n from orders where match_wave = 0',
        );
        waitingAtRestore = rows[0].n;
        await proxy.restore();
      }
    });
    expect(posted.map((p) => p.status)).toEqual(Array(ORDERS).fill(201));
    // Orders taken while Redis was away waited in the outbox: none was lost with a failed queue call.
    expect(waitingAtRestore).toBeGreaterThan(30);

    await waitFor(
      async () => {
        const { rows } = await env.database.pool.query(
          'select count(*)::int as n from orders where match_wave > 0',
        );
        return rows[0].n === ORDERS;
      },
      // A job running at the cut cannot renew its lock; BullMQ hands it to a worker again once the
      // lock has lapsed and its stalled check runs, up to a minute later.
      150_000,
      'every order to be matched after the restore',
    );
    await expectFirstWavesExactlyOnce(env, plan, ORDERS);
  }, 240_000);
});
