import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createServiceEnv,
  freePort,
  httpRequest,
  runToExit,
  type ServiceEnv,
  startService,
  stopAllServices,
} from '../helpers/processes.js';

describe('entry points: configuration and shutdown', () => {
  let env: ServiceEnv;
  beforeAll(async () => {
    env = await createServiceEnv();
  });
  afterAll(async () => {
    await stopAllServices();
    await env.close();
  });

  it('refuses a wrong PORT with one stderr line naming it, and a non-zero exit', async () => {
    const { status, stderr } = await runToExit('api', env, { vars: { PORT: 'abc' } });
    expect(status.code).not.toBe(0);
    expect(status.code).not.toBeNull();
    expect(stderr).toHaveLength(1);
    expect(stderr[0]).toMatch(/^invalid configuration: PORT: /);
  });

  it('stops with one stderr line and a non-zero exit when Postgres cannot be reached at start', async () => {
    const nowhere = new URL(env.databaseUrl);
    nowhere.port = String(await freePort());
    const { status, stderr } = await runToExit('worker', env, { databaseUrl: nowhere.toString() });
    expect(status.code).toBe(1);
    expect(stderr).toHaveLength(1);
    expect(stderr[0]).toMatch(/^cannot start: .*ECONNREFUSED/);
  });

  it('drains a worker on SIGTERM and exits 0 within a few seconds', async () => {
    const worker = await startService('worker', env);
    const started = Date.now();
    const status = await worker.stop('SIGTERM', 10_000);
    expect(status, worker.tail()).toEqual({ code: 0, signal: null });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(worker.logs().some((l) => l.msg === 'stopping: draining requests and jobs')).toBe(true);
  });

  it('stops the single-process mode (API and workers) on SIGTERM with exit 0', async () => {
    const both = await startService('both', env);
    expect((await httpRequest(both.baseUrl, '/readyz')).status).toBe(200);
    const status = await both.stop('SIGTERM', 10_000);
    expect(status, both.tail()).toEqual({ code: 0, signal: null });
    expect(both.stderr()).toEqual([]);
  });
});
