/**
 * `npm run bench:dispatch`: dispatch latency under load. Starts the service as it ships (an API
 * process and a worker process, `node dist/…` from an esbuild build, see lib/build.ts) on a scratch
 * database, builds a city of 200 members with a webhook endpoint subscribed to offer.created that
 * points at a receiver in this process, then publishes auto orders at fixed rates (open loop: requests
 * leave on schedule whether or not earlier ones have answered) and measures, per order, the time from
 * the POST's response to the first offer.created webhook received for it. Also reported, from the
 * database: published → first offer row (the matching part alone); and per stage the CPU time per
 * order of the API process, of the worker process (from /proc/<pid>/stat), of the Postgres server's
 * processes and of the whole machine (from /proc/stat; everything running, this bench included),
 * from the stage's first POST until its last first-offer webhook came in. The per-process figures
 * depend far less on the machine's load than the latencies do; the machine figure counts whatever
 * else runs. The service's CPU per order is the API's, the worker's, Postgres's (this database's
 * backends and the shared writers, lib/service-figures.ts) and Redis's (the whole redis-server, its
 * other clients included), the bench's own sender and receiver left out. Per stage the GC pauses of
 * both processes (from their metrics listeners) and the autovacuum runs on this database's tables
 * are printed, and the p99 of the worst one-second window of sends, where a pause would show.
 * For the target stage the Postgres commits and rows written per order and the Redis commands per
 * order (`INFO commandstats`, the whole server) are printed, and the delayed jobs (timers) an order
 * leaves waiting in Redis: counts of work, which unlike CPU time do not depend on what else the
 * machine runs.
 * At TARGET_RATE (100 orders/s) the stage's figures are checked against the targets: every first
 * webhook received, p99 < 250 ms with no one-second window over it, service CPU ≤ 8 ms per order.
 *
 * Before the stages, BENCH_HISTORY orders (default 2,000; unmeasured) give the database a history and
 * are analyzed, so the service plans its statements for tables of a size in use, not a page each.
 *
 * Env: BENCH_RATES (orders/s, default 10,25,50,100,150), BENCH_STAGE_S (default 10), BENCH_PROFILE=1
 * (the worker runs with --cpu-prof; its top frames are printed at the end; =api profiles the API
 * process instead), BENCH_TARGET_RATE (100);
 * and, passed to the service, DATABASE_POOL_SIZE, WORKER_POOL_SIZE, WORKER_CONCURRENCY,
 * MATCHING_CONCURRENCY, OUTBOX_POLL_MS, OUTBOX_GATHER_MS, MATCH_FANOUT. A stage at or above the target rate whose
 * median is over 2 s ends the run: the faster stages after it would only measure a machine that has
 * no core left.
 */
import { mkdtempSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bullPrefix } from '../src/outbox/queues.js';
import { printProfile, summariseProfile } from './lib/cpuprofile.js';
import { P99_TARGET_MS, stageTargets } from './lib/dispatch-targets.js';
import { cpuName, probeRoundTrips } from './lib/machine-probe.js';
import { progress } from './lib/main.js';
import { cpuMs, freePort, machineBusyMs, type Service, startService } from './lib/processes.js';
import { printTable, quantile, type Row } from './lib/report.js';
import { createScratch, type Scratch } from './lib/scratch.js';
import {
  autovacuumBetween,
  autovacuumRuns,
  delayedJobsOf,
  delayedPerOrder,
  type GcFigures,
  gcBetween,
  gcText,
  postgresOf,
  readGc,
  redisCallsOf,
  redisCallsPerOrder,
  redisServer,
  writesOf,
  writesPerOrder,
} from './lib/service-figures.js';

const RATES = (process.env.BENCH_RATES ?? '10,25,50,100,150').split(',').map(Number);
const STAGE_S = Number(process.env.BENCH_STAGE_S ?? 10);
const HISTORY = Number(process.env.BENCH_HISTORY ?? 2000);
/** BENCH_PROFILE=1 or worker: the worker under --cpu-prof; api: the API process. */
const PROFILED = process.env.BENCH_PROFILE === 'api' ? 'api' : process.env.BENCH_PROFILE ? 'worker' : null;
/** The queues of the timers an order may leave behind as delayed jobs (SLA deadlines, offer expiry). */
const TIMER_QUEUES = ['sla', 'offers'] as const;
/** The rate of the dispatch targets, and the service's CPU budget per order there. */
const TARGET_RATE = Number(process.env.BENCH_TARGET_RATE ?? 100);
/** A stage this far behind leaves a backlog that every later stage would measure instead of itself. */
const GIVE_UP_P50_MS = 2000;
/** Service settings the bench passes through from its own environment, to compare configurations. */
const TUNABLES = [
  'DATABASE_POOL_SIZE',
  'WORKER_POOL_SIZE',
  'WORKER_CONCURRENCY',
  'MATCHING_CONCURRENCY',
  'OUTBOX_POLL_MS',
  'OUTBOX_GATHER_MS',
  'MATCH_FANOUT',
];

/** 1 district, 2 streets, 8 communities of 25 members (one grid each), 8 units each paired with one. */
const SEED = [
  `select setseed(0.7)`,
  `insert into regions (id, level, name, path) select id, 'district', 'Bench district', id || '/' from (select gen_random_uuid() id) d`,
  `insert into regions (id, parent_id, level, name, path)
     select s.id, d.id, 'street', 'Street ' || s.n, d.path || s.id || '/'
       from (select gen_random_uuid() id, n from generate_series(0, 1) n) s, regions d where d.level = 'district'`,
  `insert into regions (id, parent_id, level, name, path, center_lat, center_lng)
     select c.id, s.id, 'community', 'Community ' || c.n, s.path || c.id || '/', 29.70 + c.n * 0.01, 116.0
       from (select gen_random_uuid() id, n from generate_series(0, 7) n) c
       join (select id, path, row_number() over (order by name) - 1 as k from regions where level = 'street') s on s.k = c.n % 2`,
  `insert into regions (id, parent_id, level, name, path)
     select gen_random_uuid(), c.id, 'grid', 'Grid of ' || c.name, c.path || gen_random_uuid() || '/' from regions c where c.level = 'community'`,
  `insert into units (id, name, kind, region_id)
     select gen_random_uuid(), 'Unit ' || n, 'agency', d.id from generate_series(0, 7) n, regions d where d.level = 'district'`,
  `insert into pairings (id, unit_id, community_id, valid_from)
     select gen_random_uuid(), u.id, c.id, '2020-01-01'
       from (select id, row_number() over (order by name) as k from units) u
       join (select id, row_number() over (order by name) as k from regions where level = 'community') c on c.k = u.k`,
  `insert into members (id, name, phone, unit_id, community_id, grid_id, skills, home_lat, home_lng)
     select gen_random_uuid(), 'Member ' || n, '139' || lpad(n::text, 8, '0'),
            case when n % 2 = 0 then u.id end, c.id, case when n % 3 = 0 then g.id end,
            (case n % 5 when 0 then '{medical}' when 1 then '{legal}' when 2 then '{driving,repair}' when 3 then '{}' else '{elderly_care}' end)::text[],
            c.center_lat + (random() - 0.5) * 0.02, c.center_lng + (random() - 0.5) * 0.02
       from generate_series(0, 199) n
       join (select id, center_lat, center_lng, row_number() over (order by name) - 1 as k from regions where level = 'community') c on c.k = n % 8
       join regions g on g.parent_id = c.id
       join (select id, row_number() over (order by name) - 1 as k from units) u on u.k = n % 8`,
  `insert into member_report_ins (id, member_id, community_id) select gen_random_uuid(), id, community_id from members`,
];

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(0) : '—');
const sleep = (msDelay: number) => new Promise((r) => setTimeout(r, msDelay));
const sleepUntil = (t: number) => sleep(Math.max(0, t - performance.now()));

/** The receiver: the arrival time of the first offer.created webhook of each order. */
async function startReceiver() {
  const firstOffer = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const at = performance.now();
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        type: string;
        data: { orderId: string };
      };
      if (body.type === 'offer.created' && !firstOffer.has(body.data.orderId))
        firstOffer.set(body.data.orderId, at);
      res.writeHead(200).end();
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, firstOffer, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/offers` };
}

interface Posted {
  id: string | null;
  status: number;
  sent: number;
  answered: number;
}

async function waitFor(what: string, probe: () => boolean, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
    await sleep(100);
  }
}

async function seed(scratch: Scratch) {
  const pool = scratch.database.pool;
  for (const s of SEED) await pool.query(s);
  await pool.query('vacuum analyze');
  const { rows } = await pool.query<{ id: string; lat: number; lng: number }>(
    `select id, center_lat as lat, center_lng as lng from regions where level = 'community' order by name`,
  );
  return rows;
}

async function main(): Promise<void> {
  const scratch = await createScratch(4);
  const receiver = await startReceiver();
  const profileDir = PROFILED ? mkdtempSync(join(tmpdir(), 'wd-bench-prof-')) : null;
  const services: Service[] = [];
  try {
    const communities = await seed(scratch);
    const vars = Object.fromEntries(TUNABLES.flatMap((k) => (process.env[k] ? [[k, process.env[k]!]] : [])));
    // Each process publishes its figures (GC pauses among them) on a listener of its own.
    const apiMetrics = await freePort();
    const profiling = (role: 'api' | 'worker') =>
      profileDir && PROFILED === role ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
    const api = await startService('api', scratch, {
      vars: { ...vars, METRICS_PORT: String(apiMetrics) },
      nodeOptions: profiling('api'),
    });
    services.push(api);
    const workerMetrics = await freePort();
    const worker = await startService('worker', scratch, {
      vars: { ...vars, METRICS_PORT: String(workerMetrics) },
      nodeOptions: profiling('worker'),
    });
    services.push(worker);
    const gcOf = async () =>
      Promise.all([apiMetrics, workerMetrics].map((port) => readGc(`http://127.0.0.1:${port}/metrics`)));
    const postgres = postgresOf(scratch.database.pool);
    const redis = redisServer();
    const auth = { authorization: `Bearer ${scratch.adminKey}`, 'content-type': 'application/json' };
    const endpoint = await fetch(`${api.baseUrl}/v1/webhook-endpoints`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ url: receiver.url, events: ['offer.created'] }),
    });
    if (endpoint.status !== 201)
      throw new Error(`webhook endpoint: ${endpoint.status} ${await endpoint.text()}`);

    const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
    let seq = 0;
    const post = (): Promise<Posted> => {
      const i = seq++;
      const c = communities[i % communities.length]!;
      const body = JSON.stringify({
        communityId: c.id,
        categoryCode: 'errand',
        title: `Bench order ${i}`,
        description: 'benchmark',
        priority: 'urgent',
        headcount: 1 + (i % 3),
        requiredSkills: i % 5 === 0 ? ['medical'] : [],
        location: { lat: c.lat + ((i % 7) - 3) * 0.001, lng: c.lng },
        source: 'hotline',
        dispatchMode: 'auto',
      });
      const sent = performance.now();
      return new Promise<Posted>((resolve) => {
        const req = http.request(
          `${api.baseUrl}/v1/orders`,
          { method: 'POST', agent, headers: { ...auth, 'content-length': Buffer.byteLength(body) } },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => {
              const answered = performance.now();
              let id: string | null = null;
              if (res.statusCode === 201)
                id = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { id?: string }).id ?? null;
              resolve({ id, status: res.statusCode ?? 0, sent, answered });
            });
          },
        );
        req.on('error', () => resolve({ id: null, status: 0, sent, answered: performance.now() }));
        req.end(body);
      });
    };

    // Warm-up (connections, JIT, caches; not measured), which also proves the whole pipeline answers.
    progress('dispatch: warm-up');
    const warm: string[] = [];
    for (let i = 0; i < 40; i++) {
      const r = await post();
      if (!r.id) throw new Error(`warm-up POST /v1/orders answered ${r.status}`);
      warm.push(r.id);
    }
    await waitFor('offer.created webhooks of the warm-up orders', () =>
      warm.every((id) => receiver.firstOffer.has(id)),
    );
    // A history, so that the stages meet a database in use rather than a new one: the service
    // plans its statements once per connection from the statistics of that moment, and plans made
    // while orders, offers and chain heads held a page each read those tables whole on every call,
    // more rows each time, for as long as no analyze came (on a server without autovacuum, none does).
    progress(`dispatch: history of ${HISTORY} orders`);
    const history: string[] = [];
    let launched = 0;
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (launched++ < HISTORY) {
          const r = await post();
          if (!r.id) throw new Error(`history POST /v1/orders answered ${r.status}`);
          history.push(r.id);
        }
      }),
    );
    await waitFor(
      'offer.created webhooks of the history',
      () => history.every((id) => receiver.firstOffer.has(id)),
      180_000,
    );
    // Statistics as a database in use has them (autovacuum analyzes a table once a tenth of it
    // changed): the seed's analyze saw no orders, offers or deliveries.
    await scratch.database.pool.query('analyze');
    await sleep(2000);

    const cpus = os.cpus();
    const roundTrips = await probeRoundTrips(scratch.databaseUrl, scratch.redisUrl);
    const tuned = TUNABLES.filter((k) => process.env[k]).map((k) => `${k}=${process.env[k]}`);
    console.log(
      `\n${tuned.length ? `${tuned.join(' ')}; ` : ''}${cpus.length} cores (${cpuName()}), Node ${process.version}, load average ${os.loadavg()[0]!.toFixed(1)}; ${STAGE_S} s per rate; 200 members in 8 communities; service ${process.env.BENCH_RUNTIME === 'tsx' ? 'under tsx' : 'built (node dist/)'}${PROFILED ? `, ${PROFILED} under --cpu-prof` : ''}; ${roundTrips}\n`,
    );
    console.log(
      '| orders/s | sent | failed | POST p50 / p99 ms | webhooks | p50 ms | p95 ms | p99 ms | max ms | worst 1 s p99 ms | first offer row p50 / p99 ms | CPU ms/order API / worker / Postgres / Redis = service | machine | all done, s after the last POST | GC pauses API; worker | autovacuum runs | load avg |',
    );
    console.log(
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | ---: |',
    );
    const targets: Row[] = [];
    let sustained: number | null = null;
    let allGoodSoFar = true;
    for (const rate of RATES) {
      const n = rate * STAGE_S;
      progress(`dispatch: ${rate} orders/s for ${STAGE_S} s (load ${os.loadavg()[0]!.toFixed(2)})`);
      const gcBefore = await gcOf();
      const vacuumBefore = await autovacuumRuns(scratch.database.pool);
      const writesBefore = await writesOf(scratch.database.pool);
      const redisCallsBefore = await redisCallsOf(scratch.redis);
      const delayedBefore = await delayedJobsOf(scratch.redis, bullPrefix(scratch.redisPrefix), TIMER_QUEUES);
      const cpuBefore = {
        api: cpuMs(api.nodePid()),
        worker: cpuMs(worker.nodePid()),
        postgres: await postgres.read(),
        redis: await redis.read(),
        machine: machineBusyMs(),
      };
      const start = performance.now();
      const startedAt = Date.now();
      const inflight: Promise<Posted>[] = [];
      for (let i = 0; i < n; i++) {
        await sleepUntil(start + (i * 1000) / rate);
        inflight.push(post());
      }
      const answers = await Promise.all(inflight);
      const ok = answers.filter((a): a is Posted & { id: string } => a.id !== null);
      // The last orders of the stage get time to come through; an order whose webhook never came counts as infinitely late.
      const until = performance.now() + 15_000;
      while (performance.now() < until && ok.some((p) => !receiver.firstOffer.has(p.id))) await sleep(50);
      const late = answers.map((a) =>
        a.id && receiver.firstOffer.has(a.id)
          ? receiver.firstOffer.get(a.id)! - a.answered
          : Number.POSITIVE_INFINITY,
      );
      late.sort((a, b) => a - b);
      const postTimes = answers.map((a) => a.answered - a.sent).sort((a, b) => a - b);
      const got = late.filter(Number.isFinite).length;
      // The CPU per order counts all of the stage's work: when the service fell behind, the rest of
      // its backlog (up to 120 s more) is waited for before the CPU time is read.
      const drainUntil = performance.now() + 120_000;
      while (performance.now() < drainUntil && ok.some((p) => !receiver.firstOffer.has(p.id)))
        await sleep(50);
      const drainedS = Math.max(0, (performance.now() - start) / 1000 - STAGE_S);
      const cpuPerOrder = {
        api: (cpuMs(api.nodePid()) - cpuBefore.api) / n,
        worker: (cpuMs(worker.nodePid()) - cpuBefore.worker) / n,
        postgres: ((await postgres.read()) - cpuBefore.postgres) / n,
        redis: ((await redis.read()) - cpuBefore.redis) / n,
        machine: (machineBusyMs() - cpuBefore.machine) / n,
      };
      const service = cpuPerOrder.api + cpuPerOrder.worker + cpuPerOrder.postgres + cpuPerOrder.redis;
      const redisCalls = redisCallsPerOrder(redisCallsBefore, await redisCallsOf(scratch.redis), n);
      const delayed = delayedPerOrder(
        delayedBefore,
        await delayedJobsOf(scratch.redis, bullPrefix(scratch.redisPrefix), TIMER_QUEUES),
        n,
      );
      const gcAfter = await gcOf();
      const gc = gcBefore.map((b, k) => gcBetween(b, gcAfter[k]!)) as [GcFigures, GcFigures];
      const vacuum = autovacuumBetween(vacuumBefore, await autovacuumRuns(scratch.database.pool));
      // Statistics reach pg_stat_* within a second of each commit.
      await sleep(1000);
      const writes = writesPerOrder(writesBefore, await writesOf(scratch.database.pool), n);
      const { rows } = await scratch.database.pool.query<{ ms: number | null }>(
        `select extract(epoch from (select min(f.created_at) from offers f where f.order_id = o.id) - o.published_at) * 1000 as ms
           from orders o where o.id = any($1::uuid[])`,
        [ok.map((p) => p.id)],
      );
      const rowTimes = rows
        .map((r) => (r.ms === null ? Number.POSITIVE_INFINITY : Number(r.ms)))
        .sort((a, b) => a - b);
      const p50 = quantile(late, 0.5);
      const p99 = quantile(late, 0.99);
      // The orders sent in each second of the stage: a GC pause or an autovacuum round shows as one bad second.
      const windows = new Map<number, number[]>();
      answers.forEach((a, k) => {
        const second = Math.floor((a.sent - start) / 1000);
        windows.set(second, [...(windows.get(second) ?? []), late[k]!]);
      });
      // The worst second, and when it began (UTC), to be read against Postgres's log of autovacuum
      // runs and checkpoints.
      const [worstSecond, worstWindow] = [...windows].reduce<[number, number]>(
        (worst, [second, w]) => {
          const p = quantile(
            [...w].sort((x, y) => x - y),
            0.99,
          );
          return p > worst[1] ? [second, p] : worst;
        },
        [0, Number.NEGATIVE_INFINITY],
      );
      const worstWindowAt = new Date(startedAt + worstSecond * 1000).toISOString().slice(11, 19);
      console.log(
        `| ${rate} | ${n} | ${n - ok.length} | ${ms(quantile(postTimes, 0.5))} / ${ms(quantile(postTimes, 0.99))} | ${got} | ${ms(p50)} | ${ms(quantile(late, 0.95))} | ${ms(p99)} | ${ms(late.at(-1)!)} | ${ms(worstWindow)} | ${ms(quantile(rowTimes, 0.5))} / ${ms(quantile(rowTimes, 0.99))} | ${[
          cpuPerOrder.api,
          cpuPerOrder.worker,
          cpuPerOrder.postgres,
          cpuPerOrder.redis,
          service,
        ]
          .map((v) => v.toFixed(1))
          .join(' / ')
          .replace(
            / \/ (\S+)$/,
            ' = $1',
          )} | ${cpuPerOrder.machine.toFixed(1)} | ${drainedS.toFixed(0)} | ${gcText(gc[0])}; ${gcText(gc[1])} | ${vacuum} | ${os.loadavg()[0]!.toFixed(1)} |`,
      );
      if (rate === TARGET_RATE)
        targets.push(
          ...stageTargets({
            rate,
            seconds: STAGE_S,
            sent: n,
            got,
            p50,
            p99,
            worstWindow,
            worstWindowAt,
            cpu: cpuPerOrder,
            gc,
            vacuum,
            writes,
            redisCalls,
            delayed,
            drainedS,
          }),
        );
      allGoodSoFar &&= got === n && p99 < P99_TARGET_MS;
      if (allGoodSoFar) sustained = rate;
      // Below the target rate a slow stage still lets the target stage run: each stage's backlog is
      // worked off before its CPU is read, so the next one starts from an idle service.
      if (!(p50 <= GIVE_UP_P50_MS) && rate >= TARGET_RATE) {
        console.log(
          `\n(p50 over ${GIVE_UP_P50_MS / 1000} s at ${rate} orders/s: the higher rates are not tried)`,
        );
        break;
      }
      await sleep(5000);
    }
    console.log(
      `\nhighest rate sustained (every first offer webhook received, p99 < ${P99_TARGET_MS} ms): ${sustained === null ? 'none of the rates tried' : `${sustained} orders/s`}\n`,
    );
    if (targets.length) printTable(targets);
    else console.log(`(no stage at ${TARGET_RATE} orders/s: the targets were not checked)`);
    agent.destroy();
  } finally {
    // The worker writes its CPU profile when it exits after SIGTERM.
    for (const s of services.reverse()) await s.stop();
    receiver.server.closeAllConnections();
    receiver.server.close();
    await scratch.close();
  }
  if (profileDir) {
    printProfile(summariseProfile(profileDir), `the ${PROFILED === 'api' ? 'API' : 'worker'} process`);
    console.log(`(the profile stays in ${profileDir}; Chrome DevTools opens it)`);
  }
}

await main();
process.exit(0);
