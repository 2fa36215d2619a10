import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createServiceEnv,
  type ServiceEnv,
  type ServiceProcess,
  startService,
  stopAllServices,
  waitForReadiness,
} from '../helpers/processes.js';
import { type CutMode, startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy.js';

describe.each<CutMode>(['refuse', 'blackhole'])('Redis connection cut (%s)', (mode) => {
  let env: ServiceEnv;
  let proxy: TcpProxy;
  let api: ServiceProcess;

  beforeAll(async () => {
    env = await createServiceEnv();
    const target = new URL(env.redisUrl);
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 6379) });
    api = await startService('api', env, { redisUrl: proxy.urlFor(env.redisUrl) });
  });
  afterAll(async () => {
    await stopAllServices();
    await proxy?.close();
    await env?.close();
  });

  it('reports Redis failed on /readyz with Retry-After, and ready again once Redis is back', async () => {
    await proxy.cut(mode);
    const cutAt = Date.now();
    const ready = await waitForReadiness(api, 503, 10_000);
    expect(Date.now() - cutAt).toBeLessThan(5_000);
    expect(Number(ready.headers['retry-after'])).toBeGreaterThan(0);
    expect(ready.json()).toEqual({ status: 'unavailable', checks: { postgres: 'ok', redis: 'failed' } });

    await proxy.restore();
    const back = await waitForReadiness(api, 200, 15_000);
    expect(back.json()).toEqual({ status: 'ok', checks: { postgres: 'ok', redis: 'ok' } });
  });
});
