import autocannon from 'autocannon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServiceEnv, type ServiceEnv, type ServiceProcess, startService, stopAllServices } from '../helpers/processes.js';

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

  it('finishes every request it started, refuses only new connections, and exits 0', async () => {
    const statuses = new Map<number, number>();
    const errors = new Map<string, number>();
    let signalledAt = 0;
    let exitedAt = 0;
    const { load, done } = startLoad({
      url: `${api.baseUrl}/v1/categories`,
      headers: { authorization: `Bearer ${env.adminKey}` },
      connections: 50,
      duration: 15,
      timeout: 10,
    });
    load.on('response', (_client, status) => statuses.set(status, (statuses.get(status) ?? 0) + 1));
    load.on('reqError', (err: NodeJS.ErrnoException) => {
      const key = err.code ?? err.message;
      errors.set(key, (errors.get(key) ?? 0) + 1);
    });

    await new Promise((r) => setTimeout(r, 2_000));
    signalledAt = Date.now();
    api.signal('SIGTERM');
    const status = await api.exited;
    exitedAt = Date.now();
    // Long enough for every connection to try again and be refused by the closed port.
    await new Promise((r) => setTimeout(r, 300));
    load.stop();
    await done;

    const logs = api.logs() as LogLine[];
    const incoming = new Map(logs.filter((l) => l.msg === 'incoming request').map((l) => [l.reqId, l]));
    const completed = logs.filter((l) => l.msg === 'request completed' && incoming.get(l.reqId)?.req?.url === '/v1/categories');
    const stopping = logs.find((l) => l.msg === 'stopping: draining requests and jobs');
    const finishedAfterSignal = completed.filter((l) => (l.time ?? 0) >= (stopping?.time ?? Infinity)).length;
    const report = { status, statuses: Object.fromEntries(statuses), errors: Object.fromEntries(errors), serverCompleted: completed.length, finishedAfterSignal, drainMs: exitedAt - signalledAt };
    console.log('SIGTERM under load:', JSON.stringify(report));

    expect(status).toEqual({ code: 0, signal: null });
    // Requests were in flight when the signal came, and they finished.
    expect(finishedAfterSignal).toBeGreaterThan(0);
    // Every request the server began (logged 'incoming request') was completed.
    const unfinished = [...incoming.keys()].filter((id) => !logs.some((l) => l.msg === 'request completed' && l.reqId === id));
    expect(unfinished).toEqual([]);
    // ...and its response reached the client: no response was lost to a reset.
    expect(statuses.get(200) ?? 0).toBe(completed.filter((l) => l.res?.statusCode === 200).length);
    // Requests arriving on a kept-alive connection after close began are shed with 503 + Connection: close.
    expect([...statuses.keys()].filter((s) => s !== 200 && s !== 503)).toEqual([]);
    // The only client errors are new connections refused once the port closed: no reset, no timeout.
    expect([...errors.keys()].filter((k) => k !== 'ECONNREFUSED')).toEqual([]);
  });
});
