import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  httpRequest,
  type ServiceEnv,
  type ServiceProcess,
  startService,
  stopAllServices,
  waitForReadiness,
} from '../helpers/processes.js';
import {
  expectStartupWaits,
  redisServerMissing,
  type SentinelTopology,
  startSentinelTopology,
} from '../helpers/redis-topology.js';
import {
  type CityPlan,
  cityOnTopology,
  expectFirstWavesExactlyOnce,
  jobCounts,
  orderPlan,
  postOrders,
  waitFor,
  waitForMatched,
} from './dispatch-fixtures.js';

const ORDERS = 120;
const SLA_ORDERS = 6;
const STAFF_BUDGET = 10;
const missing = redisServerMissing();
if (missing) process.stdout.write(`Sentinel failover tests skipped: ${missing}\n`);

describe.skipIf(missing !== null)(
  'Redis behind Sentinel: the master SIGKILLed while orders are dispatched',
  () => {
    let topology: SentinelTopology;
    let env: ServiceEnv;
    let plan: CityPlan;
    let api: ServiceProcess;
    let worker: ServiceProcess;
    let staff: [string, string];

    beforeAll(async () => {
      // A master, one replica and three sentinels agreeing (quorum 2) within about a second.
      topology = await startSentinelTopology({
        masterPort: 6390,
        replicaPorts: [6391],
        sentinelPorts: [26390, 26391, 26392],
        downAfterMs: 1000,
        failoverTimeoutMs: 3000,
      });
      const city = await cityOnTopology(
        {
          // Behind Sentinel, REDIS_URL gives only the database index (and credentials, none here).
          vars: {
            REDIS_URL: 'redis://sentinel-managed/0',
            REDIS_SENTINELS: topology.sentinels,
            REDIS_SENTINEL_NAME: topology.name,
          },
          client: topology.client(),
        },
        STAFF_BUDGET,
      );
      ({ env, plan, staff } = city);
      const vars = {
        ...city.vars,
        // SLA timers must fire by themselves: the reconciler does not run during the test.
        SLA_RECONCILE_EVERY_MS: '3600000',
        // A batch of jobs is published once the replica holds it: what the old master took alone is relayed again.
        REDIS_REPLICA_ACKS: '1',
      };
      api = await startService('api', env, { vars });
      worker = await startService('worker', env, { vars });
    });
    afterAll(async () => {
      await stopAllServices();
      await env?.close();
      await topology?.stop();
    });

    it('keeps every process up; every order is matched once, offer and SLA timers fire, rate limits keep counting', async () => {
      const admin = { authorization: `Bearer ${env.adminKey}` };
      // Urgent micro wishes must be claimed within 15 s: their claim timers are in Redis when the master goes.
      const policy = await httpRequest(api.baseUrl, '/v1/sla-policies/micro_wish/urgent', {
        method: 'PUT',
        headers: admin,
        body: { claimWithin: 'PT15S', completeWithin: 'PT1H', responseWithin: 'PT1H', maxLevel: 2 },
      });
      expect(policy.status, policy.body).toBe(200);
      const slaOrders: string[] = [];
      for (let i = 0; i < SLA_ORDERS; i++) {
        const res = await httpRequest(api.baseUrl, '/v1/orders', {
          method: 'POST',
          headers: admin,
          body: {
            ...orderPlan(plan, 0).body,
            categoryCode: 'micro_wish',
            priority: 'urgent',
            dispatchMode: 'open',
            title: `Timed wish ${String.fromCharCode(97 + i)}`,
          },
        });
        expect(res.status, res.body).toBe(201);
        slaOrders.push(res.json().id);
      }

      // One staff key spends its budget before the fault.
      const spend = (key: string) =>
        httpRequest(api.baseUrl, '/v1/categories', { headers: { authorization: `Bearer ${key}` } });
      for (let i = 0; i < STAFF_BUDGET; i++) expect((await spend(staff[0])).status).toBe(200);
      expect((await spend(staff[0])).status).toBe(429);

      const oldMaster = await topology.masterPort();
      let newMaster = 0;
      const posted = await postOrders(api.baseUrl, env.adminKey, plan, 0, ORDERS, 4, async (answered) => {
        if (answered !== 30) return;
        await topology.master.kill('SIGKILL');
        newMaster = await topology.waitForNewMaster(oldMaster);
        // The killed server comes back, empty, as the new master's replica: relaying waits for it.
        await topology.restart(topology.master);
      });
      // Intake needs Postgres only: the outbox holds the jobs while Redis has no master.
      expect(posted.map((p) => p.status)).toEqual(Array(ORDERS).fill(201));
      expect(newMaster).not.toBe(oldMaster);
      await waitForReadiness(api, 200, 60_000).catch((err) => {
        throw new Error(`${err.message}\n${api.tail(40)}`);
      });

      // The counters were replicated: the spent key stays limited on the new master, and a fresh key
      // is counted there from its first request.
      const after = await spend(staff[0]);
      expect(after.status, after.body).toBe(429);
      for (let i = 0; i < STAFF_BUDGET; i++) expect((await spend(staff[1])).status).toBe(200);
      expect((await spend(staff[1])).status).toBe(429);

      // A job running when its connection dropped is handed out again after its lock lapses.
      await waitForMatched(env, ORDERS, 150_000, 'every order to be matched after the failover').catch(
        async (err) => {
          // What was left where: the outbox, the orders, the queue on the new master.
          const { rows } = await env.database.pool.query(
            'select (select count(*)::int from outbox where published_at is null) as unrelayed, (select count(*)::int from orders where match_wave = 0) as unmatched',
          );
          const queue = await jobCounts(env, 'matching');
          throw new Error(
            `${(err as Error).message}: ${JSON.stringify({ ...rows[0], queue })}\n${worker.tail(10)}`,
          );
        },
      );
      // Matched once each, each wave's offer timer waiting in the new master.
      await expectFirstWavesExactlyOnce(env, plan, ORDERS).catch(async (err) => {
        // Where the offer timers are: on each server of the topology.
        const servers = await Promise.all(
          [topology.master, ...topology.replicas].map(async ({ port }) => {
            const r = new Redis(port);
            const role = /role:\w+/.exec(await r.info('replication'))?.[0];
            const delayed = await r.zcard(`${env.bullPrefix}:offers:delayed`);
            r.disconnect();
            return `${port} ${role} delayed offer timers ${delayed}`;
          }),
        );
        throw new Error(`${(err as Error).message}\n${servers.join('\n')}\n${worker.tail(10)}`);
      });

      // The claim timers armed before the fault fire on the new master.
      await waitFor(
        async () => {
          const { rows } = await env.database.pool.query(
            "select count(distinct order_id)::int as n from sla_breaches where kind = 'claim' and order_id = any($1)",
            [slaOrders],
          );
          return rows[0].n === SLA_ORDERS;
        },
        90_000,
        'a claim breach of every timed order',
      );

      expect(api.exitStatus, api.tail()).toBeNull();
      expect(worker.exitStatus, worker.tail()).toBeNull();
      for (const proc of [api, worker])
        expect(proc.lines.filter((l) => /stopping after an error|cannot start/.test(l.text))).toEqual([]);
    }, 420_000);
  },
);

describe.skipIf(missing !== null)('Redis behind Sentinel: start-up', () => {
  it('waits for the sentinels and their master, saying so on /readyz, then serves', async () => {
    const ports = { masterPort: 6392, replicaPorts: [6393], sentinelPorts: [26393, 26394, 26395] };
    await expectStartupWaits({
      mode: 'sentinel',
      vars: {
        REDIS_URL: 'redis://sentinel-managed/0',
        REDIS_SENTINELS: ports.sentinelPorts.map((p) => `127.0.0.1:${p}`).join(','),
        REDIS_SENTINEL_NAME: 'startup',
      },
      client: new Redis({ lazyConnect: true }),
      start: () => startSentinelTopology({ ...ports, name: 'startup' }),
    });
  }, 120_000);
});
