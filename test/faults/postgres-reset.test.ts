import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createServiceEnv,
  httpRequest,
  type ServiceEnv,
  type ServiceProcess,
  startService,
  stopAllServices,
  waitForReadiness,
} from '../helpers/processes.js';
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy.js';

/**
 * Postgres resets connections that the service holds, some of them in the middle of a query or a
 * transaction (a failover, a restart, a proxy in between): no process may exit, a request that lost
 * its connection answers 503 (never 500), and the pool replaces the connections by itself.
 */
describe('Postgres resets connections in use', () => {
  let env: ServiceEnv;
  let proxy: TcpProxy;
  let api: ServiceProcess;
  let worker: ServiceProcess;

  beforeAll(async () => {
    env = await createServiceEnv();
    const target = new URL(env.databaseUrl);
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    const databaseUrl = proxy.urlFor(env.databaseUrl);
    api = await startService('api', env, { databaseUrl });
    worker = await startService('worker', env, { databaseUrl });
  });
  afterAll(async () => {
    await stopAllServices();
    await proxy?.close();
    await env?.close();
  });

  it('keeps every process running, answers 503 or success during the resets, and recovers', async () => {
    const auth = { authorization: `Bearer ${env.adminKey}` };
    const statuses = new Map<number, number>();
    let n = 0;
    let stop = false;
    // Reads on the pool and writes in transactions, 16 in flight, while the connections are reset.
    const client = async () => {
      while (!stop) {
        const i = n++;
        const res =
          i % 2 === 0
            ? await httpRequest(api.baseUrl, '/v1/categories', { headers: auth, timeoutMs: 15_000 })
            : await httpRequest(api.baseUrl, '/v1/regions', {
                method: 'POST',
                headers: auth,
                body: { name: `District ${i}`, level: 'district' },
                timeoutMs: 15_000,
              });
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      }
    };
    const clients = Array.from({ length: 16 }, client);
    for (let round = 0; round < 6; round++) {
      await new Promise((r) => setTimeout(r, 400));
      proxy.reset();
    }
    await new Promise((r) => setTimeout(r, 500));
    stop = true;
    await Promise.all(clients);

    expect(api.exitStatus, api.tail()).toBeNull();
    expect(worker.exitStatus, worker.tail()).toBeNull();
    const seen = Object.fromEntries(statuses);
    expect(
      Object.keys(seen).filter((s) => Number(s) >= 500 && s !== '503'),
      JSON.stringify(seen),
    ).toEqual([]);
    expect((seen[200] ?? 0) + (seen[201] ?? 0)).toBeGreaterThan(0);

    expect((await waitForReadiness(api, 200, 10_000)).status).toBe(200);
    expect((await httpRequest(api.baseUrl, '/v1/categories', { headers: auth })).status).toBe(200);
    // The worker still serves: a job written now is processed (its log says the relay is alive).
    expect(worker.exitStatus).toBeNull();
  });
});
