import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createServiceEnv,
  type Role,
  type ServiceEnv,
  type ServiceProcess,
  startService,
  stopAllServices,
} from '../helpers/processes.js';
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy.js';

/**
 * Stopping while Redis is away, or just back: BullMQ connections caught between reconnect attempts
 * must not hold the process. The stop is allowed 10 s, well under close-with-grace's 25 s, whose
 * expiry would exit 1.
 */
describe('SIGTERM while Redis is away or just back', () => {
  let env: ServiceEnv;
  let proxy: TcpProxy;
  beforeEach(async () => {
    env = await createServiceEnv();
    const target = new URL(env.redisUrl);
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 6379) });
  });
  afterEach(async () => {
    await stopAllServices();
    await proxy?.close();
    await env?.close();
  });

  const start = (kind: Role) => startService(kind, env, { redisUrl: proxy.urlFor(env.redisUrl) });

  /** Cuts Redis and waits until the process has met the cut and its connections are retrying. */
  const cutAndWait = async (proc: ServiceProcess) => {
    await proxy.cut('refuse');
    // The default reconnect delays grow by 50 ms an attempt: after 3 s every connection has failed
    // several attempts and waits between two of them.
    await new Promise((r) => setTimeout(r, 3_000));
    expect(proc.exitStatus).toBeNull();
  };

  it.each(['worker', 'both'] as const)(
    'a %s process (workers, or API and workers) stopped during the outage exits 0',
    async (kind) => {
      const proc = await start(kind);
      await cutAndWait(proc);
      const stopped = await proc.stop('SIGTERM', 10_000);
      expect(stopped, proc.tail(30)).toEqual({ code: 0, signal: null });
      expect(proc.tail(5)).toMatch(/whistle dispatch stopped/);
    },
  );

  it('an API process stopped during the outage exits 0', async () => {
    const proc = await start('api');
    await cutAndWait(proc);
    const stopped = await proc.stop('SIGTERM', 10_000);
    expect(stopped, proc.tail(30)).toEqual({ code: 0, signal: null });
  });

  it('a worker stopped just after Redis returns exits 0', async () => {
    const proc = await start('worker');
    await cutAndWait(proc);
    await proxy.restore();
    // Some connections are back, others still wait out their delay.
    await new Promise((r) => setTimeout(r, 100));
    const stopped = await proc.stop('SIGTERM', 10_000);
    expect(stopped, proc.tail(30)).toEqual({ code: 0, signal: null });
  });
});
