import { Cluster } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  httpRequest,
  type ServiceEnv,
  type ServiceProcess,
  startService,
  stopAllServices,
} from '../helpers/processes.js';
import {
  type ClusterTopology,
  expectStartupWaits,
  redisServerMissing,
  startClusterTopology,
} from '../helpers/redis-topology.js';
import { openSse, type SseConnection } from '../helpers/sse-client.js';
import {
  type CityPlan,
  cityOnTopology,
  expectFirstWavesExactlyOnce,
  postOrders,
  waitFor,
  waitForMatched,
} from './dispatch-fixtures.js';

const ORDERS = 40;
const STAFF_BUDGET = 10;
const missing = redisServerMissing();
if (missing) process.stdout.write(`Redis Cluster tests skipped: ${missing}\n`);

describe.skipIf(missing !== null)('the service on a Redis Cluster of three masters', () => {
  let topology: ClusterTopology;
  let env: ServiceEnv;
  let plan: CityPlan;
  let apis: ServiceProcess[];
  let staff: [string, string];
  let vars: Record<string, string>;
  const streams: SseConnection[] = [];

  beforeAll(async () => {
    topology = await startClusterTopology([7001, 7002, 7003]);
    ({ env, plan, staff, vars } = await cityOnTopology(
      {
        vars: { REDIS_URL: 'redis://cluster-managed:6379/0', REDIS_CLUSTER_NODES: topology.nodes },
        client: topology.client(),
      },
      STAFF_BUDGET,
    ));
    vars = { ...vars, STREAM_MAX_PER_KEY: '2' };
    // Two API processes: only counts kept in the cluster can stop what each allows on its own.
    apis = [await startService('api', env, { vars }), await startService('api', env, { vars })];
    await startService('worker', env, { vars });
  });
  afterAll(async () => {
    for (const s of streams) s.close();
    await stopAllServices();
    await env?.close();
    await topology?.stop();
  });

  it('dispatches every order once, with its offer timers in the hash-tagged slot of the queues', async () => {
    const posted = await postOrders(apis[0]!.baseUrl, env.adminKey, plan, 0, ORDERS, 4);
    expect(posted.map((p) => p.status)).toEqual(Array(ORDERS).fill(201));
    await waitForMatched(env, ORDERS, 60_000, 'every order to be matched');
    await expectFirstWavesExactlyOnce(env, plan, ORDERS);

    // Every BullMQ key of the deployment hashes to the slot of `{prefix}`.
    const cluster = env.redis as Cluster;
    expect(env.bullPrefix).toBe(`{${env.redisPrefix}}:bull`);
    const slot = (await cluster.cluster('KEYSLOT', `{${env.redisPrefix}}`)) as number;
    // Only the master serving the slot holds its keys: ask each one.
    const counts = await Promise.all(
      cluster.nodes('master').map(async (node) => (await node.cluster('COUNTKEYSINSLOT', slot)) as number),
    );
    const inSlot = counts.reduce((a, b) => a + b, 0);
    expect(inSlot).toBeGreaterThan(ORDERS);
  });

  it('counts rate limits in the cluster: 10 requests of a key across two processes, then 429', async () => {
    const headers = { authorization: `Bearer ${staff[0]}` };
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => httpRequest(apis[i % 2]!.baseUrl, '/v1/categories', { headers })),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([...Array(STAFF_BUDGET).fill(200), 429, 429]);
    const limited = results.find((r) => r.status === 429);
    expect(limited?.json()).toMatchObject({ code: 'rate_limited', status: 429, limit: STAFF_BUDGET });
  });

  it('caps a key’s event streams across processes through the cluster', async () => {
    const open = (api: ServiceProcess) =>
      openSse(api.baseUrl, '/v1/events/stream', { authorization: `Bearer ${staff[1]}` });
    streams.push(await open(apis[0]!), await open(apis[1]!));
    expect(streams.map((s) => s.status)).toEqual([200, 200]);
    // The first process holds one stream of the key: only the shared count says the cap is reached.
    const third = await open(apis[0]!);
    streams.push(third);
    expect(third.status).toBe(429);
    await third.ended;
    expect(JSON.parse(third.body)).toMatchObject({ status: 429, code: 'too_many_streams' });
    // A closed stream frees its slot in the cluster.
    streams[0]!.close();
    await waitFor(
      async () => {
        const next = await open(apis[0]!);
        streams.push(next);
        return next.status === 200;
      },
      10_000,
      'the freed slot to be taken',
    );
  });
});

describe.skipIf(missing !== null)('the service on a Redis Cluster: start-up', () => {
  it('waits until the cluster serves every slot, saying so on /readyz, then serves', async () => {
    const ports = [7004, 7005, 7006];
    await expectStartupWaits({
      mode: 'cluster',
      vars: {
        REDIS_URL: 'redis://cluster-managed:6379/0',
        REDIS_CLUSTER_NODES: ports.map((p) => `127.0.0.1:${p}`).join(','),
      },
      client: new Cluster(
        ports.map((port) => ({ host: '127.0.0.1', port })),
        { lazyConnect: true },
      ),
      start: () => startClusterTopology(ports),
    });
  }, 120_000);
});
