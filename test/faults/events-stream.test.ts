import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { transaction } from '../../src/db/transaction.js';
import { emitEvents } from '../../src/outbox/outbox.repo.js';
import { createRegion } from '../factories/index.js';
import {
  createServiceEnv,
  httpRequest,
  type ServiceEnv,
  type ServiceProcess,
  startService,
  stopAllServices,
} from '../helpers/processes.js';
import { openSse, type SseConnection } from '../helpers/sse-client.js';

const streamOf = (api: ServiceProcess, key: string, lastEventId?: string) =>
  openSse(api.baseUrl, '/v1/events/stream', {
    authorization: `Bearer ${key}`,
    ...(lastEventId ? { 'last-event-id': lastEventId } : {}),
  });
const received = (conn: SseConnection) =>
  conn.messages.filter((m) => m.event === 'message').map((m) => JSON.parse(m.data).id as string);

describe('event streams across API processes', () => {
  let env: ServiceEnv;
  let regionPath: string;
  beforeAll(async () => {
    env = await createServiceEnv();
    regionPath = (await createRegion(env.database, { level: 'district' })).path;
  });
  afterAll(async () => {
    await stopAllServices();
    await env?.close();
  });

  /** Three writers at once, so transactions commit out of the order of their events' ids. */
  function writeEvents() {
    let stop = false;
    const written: string[] = [];
    const writer = async (w: number) => {
      for (let i = 0; !stop; i++) {
        const ids = await transaction(env.database.db, async (tx) => {
          const out = await emitEvents(tx, [{ type: 'order.updated', regionPath, data: { w, i } }]);
          await new Promise((r) => setTimeout(r, (i * 7 + w * 3) % 15));
          return out;
        });
        written.push(...ids);
      }
    };
    const running = Promise.all([0, 1, 2].map(writer));
    return {
      written,
      async stop() {
        stop = true;
        await running;
      },
    };
  }

  it('resumes by Last-Event-ID on another process and after a restart: nothing lost, nothing twice, in feed order', async () => {
    let api1 = await startService('api', env);
    const api2 = await startService('api', env);
    const start = (
      await httpRequest(api1.baseUrl, '/v1/events', { headers: { authorization: `Bearer ${env.adminKey}` } })
    ).json().endCursor as string;
    const got: string[] = [];
    let conn = await streamOf(api1, env.adminKey, start);
    const writing = writeEvents();
    await conn.waitFor(20, 20_000);

    // api1 stops: the stream ends with event: dropped (shutdown); the client resumes on api2.
    const stopped = api1.stop('SIGTERM');
    await conn.ended;
    expect(conn.messages.at(-1)?.event).toBe('dropped');
    got.push(...received(conn));
    conn = await streamOf(api2, env.adminKey, conn.lastEventId!);
    expect(conn.status).toBe(200);
    expect((await stopped).code).toBe(0);
    await conn.waitFor(20, 20_000);

    // api1 comes back; the client moves to it, cutting the connection to api2 without warning.
    api1 = await startService('api', env, { port: api1.port });
    conn.close();
    await conn.ended;
    got.push(...received(conn));
    conn = await streamOf(api1, env.adminKey, conn.lastEventId!);
    await conn.waitFor(20, 20_000);
    await writing.stop();

    const feed: string[] = [];
    for (let after = start; ; ) {
      const page = (
        await httpRequest(api2.baseUrl, `/v1/events?limit=500&after=${after}`, {
          headers: { authorization: `Bearer ${env.adminKey}` },
        })
      ).json();
      feed.push(...page.items.map((e: { id: string }) => e.id));
      if (!page.nextCursor) break;
      after = page.nextCursor;
    }
    expect([...feed].sort()).toEqual([...writing.written].sort());
    await conn.waitFor(feed.length - got.length, 20_000);
    await new Promise((r) => setTimeout(r, 300));
    got.push(...received(conn));
    conn.close();
    console.log(
      `events across two restarts and two processes: ${feed.length} written, ${got.length} received`,
    );
    expect(got).toEqual(feed);
  }, 120_000);

  it('ends its streams on SIGTERM and exits 0 at once', async () => {
    const api = await startService('api', env);
    const conns = await Promise.all([0, 1, 2].map(() => streamOf(api, env.adminKey)));
    expect(conns.map((c) => c.status)).toEqual([200, 200, 200]);
    const signalledAt = Date.now();
    api.signal('SIGTERM');
    const status = await api.exited;
    const tookMs = Date.now() - signalledAt;
    await Promise.all(conns.map((c) => c.ended));
    for (const c of conns) {
      expect(c.messages.at(-1)?.event).toBe('dropped');
      expect(JSON.parse(c.messages.at(-1)!.data)).toMatchObject({ reason: 'shutdown' });
    }
    console.log(`SIGTERM with 3 open streams: exit ${status.code} after ${tookMs} ms`);
    expect(status).toEqual({ code: 0, signal: null });
    expect(tookMs).toBeLessThan(3_000);
  }, 60_000);
});
