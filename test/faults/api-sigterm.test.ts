import autocannon from 'autocannon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createServiceEnv,
  type ServiceEnv,
  type ServiceProcess,
  startService,
  stopAllServices,
} from '../helpers/processes.js';

interface LogLine {
  msg?: string;
  reqId?: string;
  time?: number;
  req?: { url?: string };
  res?: { statusCode?: number };
}

/** autocannon's callback form: the instance (for events and stop) and a promise of the result. */
function startLoad(opts: autocannon.Options) {
  let load!: autocannon.Instance;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    load = autocannon(opts, (err, result) => (err ? reject(err) : resolve(result)));
  });
  return { load, done };
}

const count = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);

describe('API SIGTERM under load', () => {
  let env: ServiceEnv;
  let api: ServiceProcess;
  beforeAll(async () => {
    env = await createServiceEnv();
    api = await startService('api', env);
  });
  afterAll(async () => {
    await stopAllServices();
    await env?.close();
  });

  it('finishes every request it began, refuses only new connections, and exits 0', async () => {
    const statuses = new Map<number, number>();
    const errors = new Map<string, number>();
    const { load, done } = startLoad({
      url: `${api.baseUrl}/v1/categories`,
      headers: { authorization: `Bearer ${env.adminKey}` },
      connections: 50,
      duration: 20,
      timeout: 10,
    });
    load.on('response', (_client, status) => count(statuses, status));
    // autocannon's own `errors` lumps refused connections with resets and timeouts, and its
    // `resets` counts request-sequence restarts, not TCP resets: classify each error by its code.
    load.on('reqError', (err: NodeJS.ErrnoException) => count(errors, err.code ?? err.message));

    await new Promise((r) => setTimeout(r, 2_000));
    const signalledAt = Date.now();
    api.signal('SIGTERM');
    const status = await api.exited;
    const drainMs = Date.now() - signalledAt;
    // The load runs until the process is gone, so no request is cut by the client stopping.
    load.stop();
    await done;

    const logs = api.logs() as LogLine[];
    // One line per request, written when it completes, with its URL and status.
    const completed = logs.filter((l) => l.msg === 'request completed');
    const loadCompleted = completed.filter((l) => l.req?.url === '/v1/categories');
    const stoppingAt =
      logs.find((l) => l.msg === 'stopping: draining requests and jobs')?.time ?? Number.POSITIVE_INFINITY;
    const finishedAfterSignal = loadCompleted.filter((l) => (l.time ?? 0) >= stoppingAt).length;
    const report = {
      status,
      drainMs,
      statuses: Object.fromEntries(statuses),
      errors: Object.fromEntries(errors),
      serverCompleted: loadCompleted.length,
      finishedAfterSignal,
    };
    console.log('API SIGTERM under load:', JSON.stringify(report));

    expect(status).toEqual({ code: 0, signal: null });
    expect(drainMs).toBeLessThan(10_000);
    // Requests were in flight when the signal came...
    expect(finishedAfterSignal).toBeGreaterThan(0);
    // ...and every request the server completed was a response the client received, and every
    // response the client received was one the server completed: none was lost to a reset on the way.
    expect(statuses.get(200) ?? 0).toBe(loadCompleted.filter((l) => l.res?.statusCode === 200).length);
    expect(logs.filter((l) => l.msg === 'request errored')).toEqual([]);
    expect([...statuses.keys()].filter((s) => s !== 200)).toEqual([]);
    // The only client errors are connections opened after the listener closed, which the kernel
    // refuses before any byte is sent: no ECONNRESET, no EPIPE, no timeout.
    expect([...errors.keys()].filter((code) => code !== 'ECONNREFUSED')).toEqual([]);
  });
});
