import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clearPort,
  type PgServer,
  startPrimary,
  startReplica,
  topologyMissing,
  waitForReplay,
} from '../helpers/pg-topology.js';
import {
  createServiceEnv,
  httpRequest,
  type ServiceEnv,
  type ServiceProcess,
  startService,
  stopAllServices,
} from '../helpers/processes.js';

/**
 * An API process on a primary of its own with a streaming replica of it (DATABASE_REPLICA_URL):
 * reports read from the replica, except for a key whose last write the replica has not replayed
 * yet, which reads from the primary; with the replica down, every report comes from the primary.
 */
const PRIMARY_PORT = 5441;
const REPLICA_PORT = 5442;
const DB = 'whistle_replica';
const missing = topologyMissing('postgres');

describe.skipIf(missing)('reports from a streaming replica', () => {
  let primary: PgServer;
  let replica: PgServer;
  let env: ServiceEnv;
  let api: ServiceProcess;
  let writer: Record<string, string>;
  let reader: Record<string, string>;
  let communityId: string;

  const order = (title: string) => ({
    communityId,
    categoryCode: 'home_visit',
    title,
    description: 'an order for the replica test',
    priority: 'routine',
    headcount: 1,
    location: { lat: 29.7, lng: 116 },
    source: 'hotline',
    dispatchMode: 'open',
  });

  const call = async (path: string, headers: Record<string, string>, body?: unknown) => {
    const res = await httpRequest(api.baseUrl, path, { method: body ? 'POST' : 'GET', headers, body });
    if (res.status >= 300) throw new Error(`${path}: ${res.status} ${res.body}`);
    return res.json();
  };
  const ordersSeenBy = async (headers: Record<string, string>) =>
    (await call('/v1/reports/summary', headers)).orders.total as number;
  const ordersOnPrimary = async () =>
    (await primary.query<{ n: number }>(`select count(*)::int as n from orders`, [], DB))[0]?.n;

  beforeAll(async () => {
    clearPort(PRIMARY_PORT);
    clearPort(REPLICA_PORT);
    primary = startPrimary(PRIMARY_PORT);
    replica = startReplica(primary, REPLICA_PORT);
    env = await createServiceEnv();
    // The process creates the database on the primary and migrates it; the replica follows.
    api = await startService('api', env, {
      databaseUrl: primary.url(DB),
      vars: { DATABASE_REPLICA_URL: replica.url(DB), DATABASE_REPLICA_RETRY_S: '1' },
      readyTimeoutMs: 60_000,
    });
    writer = { authorization: `Bearer ${env.adminKey}` };
    const other = await call('/v1/api-keys', writer, { name: 'reports', role: 'admin' });
    reader = { authorization: `Bearer ${other.key}` };
  }, 120_000);

  afterAll(async () => {
    await stopAllServices();
    await env?.close();
    replica?.stop();
    primary?.stop();
    clearPort(REPLICA_PORT);
    clearPort(PRIMARY_PORT);
  });

  it("reads from the replica, except a key's reads until the replica has replayed its write", async () => {
    const district = await call('/v1/regions', writer, { name: 'District', level: 'district' });
    const street = await call('/v1/regions', writer, {
      name: 'Street',
      level: 'street',
      parentId: district.id,
    });
    const community = await call('/v1/regions', writer, {
      name: 'Community',
      level: 'community',
      parentId: street.id,
    });
    await waitForReplay(primary, replica);
    expect(await ordersSeenBy(reader)).toBe(0);

    // Replay stops; the writer's order reaches the primary only.
    await replica.query('select pg_wal_replay_pause()');
    communityId = community.id;
    await call('/v1/orders', writer, order('Written while replay is paused'));
    expect(await ordersOnPrimary()).toBe(1);
    // Another key reads the replica, which has not replayed it; the writer reads its own write.
    expect(await ordersSeenBy(reader)).toBe(0);
    expect(await ordersSeenBy(writer)).toBe(1);

    // Replay resumes: the reader sees it too, from the replica.
    await replica.query('select pg_wal_replay_resume()');
    await waitForReplay(primary, replica);
    expect(await ordersSeenBy(reader)).toBe(1);
  });

  it('reads from the primary while the replica is down, and from the replica again once it is back', async () => {
    replica.stop();
    await call('/v1/orders', writer, order('While the replica is down'));
    // The replica does not answer: the reader's report comes from the primary, answered 200.
    expect(await ordersSeenBy(reader)).toBe(2);
    // The process logs the outage before it answers, but its output may reach this test after the answer.
    await api.waitForLine(/read replica not answering/, 10_000);
    expect(api.logs().filter((l) => /read replica not answering/.test(String(l.msg)))).toHaveLength(1);

    // Back and caught up, then replay paused, then a third order: a report that shows two orders
    // comes from the replica (the primary has three). The replica is tried again after
    // DATABASE_REPLICA_RETRY_S.
    replica.start();
    await waitForReplay(primary, replica);
    await replica.query('select pg_wal_replay_pause()');
    await call('/v1/orders', writer, order('While replay is paused'));
    expect(await ordersOnPrimary()).toBe(3);
    const deadline = Date.now() + 30_000;
    let seen = await ordersSeenBy(reader);
    while (seen !== 2 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
      seen = await ordersSeenBy(reader);
    }
    expect(seen).toBe(2);
    await api.waitForLine(/read replica answering again/, 10_000);
    expect(await ordersSeenBy(writer)).toBe(3);
    await replica.query('select pg_wal_replay_resume()');
  });
});
