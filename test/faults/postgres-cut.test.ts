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
import { type CutMode, startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy.js';

describe.each<CutMode>(['refuse', 'blackhole'])('Postgres connection cut (%s)', (mode) => {
  let env: ServiceEnv;
  let proxy: TcpProxy;
  let api: ServiceProcess;
  const categories = () =>
    httpRequest(api.baseUrl, '/v1/categories', {
      headers: { authorization: `Bearer ${env.adminKey}` },
      timeoutMs: 15_000,
    });

  beforeAll(async () => {
    env = await createServiceEnv();
    const target = new URL(env.databaseUrl);
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    api = await startService('api', env, { databaseUrl: proxy.urlFor(env.databaseUrl) });
  });
  afterAll(async () => {
    await stopAllServices();
    await proxy?.close();
    await env?.close();
  });

  it('answers 503 with Retry-After while Postgres is away, and 200 again once it is back', async () => {
    expect((await categories()).status).toBe(200);

    await proxy.cut(mode);
    const cutAt = Date.now();
    const ready = await waitForReadiness(api, 503, 10_000);
    // The readiness probe gives up on its own deadline rather than hanging with the connection.
    expect(Date.now() - cutAt).toBeLessThan(5_000);
    expect(Number(ready.headers['retry-after'])).toBeGreaterThan(0);
    expect(ready.json()).toEqual({ status: 'unavailable', checks: { postgres: 'failed', redis: 'ok' } });

    const res = await categories();
    expect(res.status).toBe(503);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(res.json()).toMatchObject({ status: 503, code: 'service_unavailable' });

    await proxy.restore();
    const back = await waitForReadiness(api, 200, 15_000);
    expect(back.json()).toEqual({ status: 'ok', checks: { postgres: 'ok', redis: 'ok' } });
    expect((await categories()).status).toBe(200);
  });
});
