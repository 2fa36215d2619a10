import pg from 'pg';
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
import { startTcpProxy } from '../helpers/tcp-proxy.js';

const target = (env: ServiceEnv) => new URL(env.databaseUrl).pathname.slice(1);

async function eventually<T>(probe: () => Promise<T | null>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

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

  it('waits for Postgres at start, then stops with one stderr line and a non-zero exit after STARTUP_TIMEOUT_S', async () => {
    const nowhere = new URL(env.databaseUrl);
    nowhere.port = String(await freePort());
    const started = Date.now();
    const { status, stdout, stderr } = await runToExit('worker', env, {
      databaseUrl: nowhere.toString(),
      vars: { STARTUP_TIMEOUT_S: '2' },
    });
    expect(status.code).toBe(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_500);
    expect(stderr).toHaveLength(1);
    expect(stderr[0]).toMatch(/^cannot start: postgres did not answer within 2 s: .*ECONNREFUSED/);
    expect(stdout.some((l) => l.includes('waiting for a dependency'))).toBe(true);
  });

  it('starts once Postgres comes back, answering /readyz 503 with what it waits for meanwhile', async () => {
    const target = new URL(env.databaseUrl);
    const proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    try {
      await proxy.cut('refuse');
      const api = await startService('api', env, {
        databaseUrl: proxy.urlFor(env.databaseUrl),
        waitReady: false,
      });
      const waiting = await eventually(async () => {
        const res = await httpRequest(api.baseUrl, '/readyz').catch(() => null);
        return res?.status === 503 ? res : null;
      });
      expect(waiting.json()).toEqual({ status: 'starting', waitingFor: ['postgres', 'redis'] });
      expect(Number(waiting.headers['retry-after'])).toBeGreaterThan(0);
      expect((await httpRequest(api.baseUrl, '/healthz')).status).toBe(200);
      await new Promise((r) => setTimeout(r, 1_000));
      expect(api.exitStatus).toBeNull();

      await proxy.restore();
      const ready = await eventually(async () => {
        const res = await httpRequest(api.baseUrl, '/readyz').catch(() => null);
        return res?.status === 200 ? res : null;
      }, 20_000);
      expect(ready.json()).toEqual({ status: 'ok', checks: { postgres: 'ok', redis: 'ok' } });
      expect(api.exitStatus).toBeNull();
    } finally {
      await stopAllServices();
      await proxy.close();
    }
  });

  it('creates its database on a first run when the role may, and says the command when it may not', async () => {
    const fresh = new URL(env.databaseUrl);
    fresh.pathname = `/${target(env)}_new`;
    const admin = new pg.Client({ connectionString: env.databaseUrl });
    await admin.connect();
    try {
      const api = await startService('api', env, { databaseUrl: fresh.toString() });
      expect((await httpRequest(api.baseUrl, '/readyz')).status).toBe(200);
      expect(api.logs().some((l) => l.msg === `created database ${target(env)}_new`)).toBe(true);
      await api.stop('SIGTERM', 10_000);
      // A final line says the process has stopped (read after the exit, which can be seen first).
      await api.waitForLine(/whistle dispatch stopped/, 5_000);

      const stranger = new URL(fresh);
      stranger.pathname = `/${target(env)}_denied`;
      stranger.username = `wd_nocreate_${process.pid}`;
      await admin.query(`create role ${stranger.username} login nocreatedb`);
      try {
        const { status, stderr } = await runToExit('worker', env, { databaseUrl: stranger.toString() });
        expect(status.code).toBe(1);
        expect(stderr).toHaveLength(1);
        expect(stderr[0]).toContain(`database "${target(env)}_denied" does not exist`);
        expect(stderr[0]).toContain(
          `createdb -h ${stranger.hostname} -p ${stranger.port || 5432} -U ${stranger.username} ${target(env)}_denied`,
        );
      } finally {
        await admin.query(`drop role if exists ${stranger.username}`);
      }
    } finally {
      await admin.query(`drop database if exists "${target(env)}_new" with (force)`);
      await admin.end();
    }
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
