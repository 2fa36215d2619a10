/**
 * `npm run bench:dispatch`: dispatch latency under load. Starts the service as it runs in production
 * (an API process and a worker process, through tsx) on a scratch database, builds a city of ~200
 * members with a webhook endpoint subscribed to offer.created that points at a receiver in this
 * process, then publishes auto orders at fixed rates (open loop: requests leave on schedule whether
 * or not earlier ones have answered) and measures, per order, the time from the POST's response to
 * the first offer.created webhook received for it. Also reported, from the database: published →
 * first offer row (the matching part alone).
 *
 * Env: DATABASE_URL (its server is used; a scratch database is created and dropped), REDIS_URL,
 * BENCH_RATES (orders/s, default 25,50,100,150), BENCH_STAGE_S (default 10), BENCH_KEEP_DB=1; and,
 * passed to the service, DATABASE_POOL_SIZE, WORKER_CONCURRENCY, OUTBOX_POLL_MS, MATCH_FANOUT.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import pg from 'pg';
import { loadConfig } from '../src/config.js';
import { createDatabase } from '../src/db/client.js';
import { runMigrations } from '../src/db/migrate.js';

const RATES = (process.env.BENCH_RATES ?? '25,50,100,150').split(',').map(Number);
const STAGE_S = Number(process.env.BENCH_STAGE_S ?? 10);
const P99_TARGET_MS = 250;
/** Service settings the bench passes through from its own environment, to compare configurations. */
const TUNABLES = ['DATABASE_POOL_SIZE', 'WORKER_CONCURRENCY', 'OUTBOX_POLL_MS', 'MATCH_FANOUT'];
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const base = loadConfig();
const scratch = `wd_bench_dispatch_${randomBytes(4).toString('hex')}`;
const scratchUrl = new URL(base.DATABASE_URL);
scratchUrl.pathname = `/${scratch}`;
const serverUrl = new URL(base.DATABASE_URL);
serverUrl.pathname = '/postgres';
const redisPrefix = `benchd${randomBytes(3).toString('hex')}`;
const adminKey = `wd_${randomBytes(6).toString('hex')}_${randomBytes(32).toString('base64url')}`;

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

interface Child {
  proc: ChildProcess;
  exited: Promise<void>;
}

const children: Child[] = [];

function killGroup(c: Child, sig: NodeJS.Signals): void {
  try {
    if (c.proc.pid) process.kill(-c.proc.pid, sig);
  } catch {
    // Already gone.
  }
}

// Nothing started here outlives the bench, even when it stops on an error or Ctrl-C.
process.on('exit', () => {
  for (const c of children) killGroup(c, 'SIGKILL');
});
process.on('SIGINT', () => process.exit(130));

function startChild(entry: string, port: number): Child {
  const proc = spawn(join(root, 'node_modules', '.bin', 'tsx'), [entry], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: scratchUrl.toString(),
      REDIS_URL: base.REDIS_URL,
      REDIS_PREFIX: redisPrefix,
      BOOTSTRAP_ADMIN_KEY: adminKey,
      LOG_LEVEL: 'warn',
      RATE_LIMIT_ENABLED: 'false',
      WEBHOOK_ALLOW_PRIVATE_URLS: 'true',
      ...Object.fromEntries(TUNABLES.filter((k) => process.env[k]).map((k) => [k, process.env[k]])),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so the node process tsx starts is stopped with it.
    detached: true,
  });
  const exited = new Promise<void>((resolve) => proc.once('close', () => resolve()));
  createInterface({ input: proc.stderr! }).on('line', (l) => process.stderr.write(`[${entry}] ${l}\n`));
  createInterface({ input: proc.stdout! }).on('line', (l) =>
    process.stderr.write(`[${entry}] ${l.slice(0, 300)}\n`),
  );
  const child = { proc, exited };
  children.push(child);
  return child;
}

async function waitFor(
  what: string,
  probe: () => Promise<boolean> | boolean,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  server.close();
  await once(server, 'close');
  return port;
}

const pct = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : Number.NaN;
const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(0) : '—');
const sleepUntil = (t: number) => new Promise((r) => setTimeout(r, Math.max(0, t - performance.now())));

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

async function main(): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl.toString() });
  await admin.connect();
  await admin.query(`create database "${scratch}"`);
  await admin.end();
  const database = createDatabase(scratchUrl.toString(), 4);
  const receiver = await startReceiver();
  try {
    await runMigrations(database.pool);
    for (const s of SEED) await database.pool.query(s);
    await database.pool.query('vacuum analyze');
    const { rows: communities } = await database.pool.query<{ id: string; lat: number; lng: number }>(
      `select id, center_lat as lat, center_lng as lng from regions where level = 'community' order by name`,
    );

    const port = await freePort();
    const apiUrl = `http://127.0.0.1:${port}`;
    const api = startChild('src/server.ts', port);
    await waitFor('API ready', () =>
      api.proc.exitCode !== null
        ? Promise.reject(new Error('the API process exited'))
        : fetch(`${apiUrl}/readyz`, { signal: AbortSignal.timeout(2000) }).then(
            (r) => r.status === 200,
            () => false,
          ),
    );
    startChild('src/worker.ts', 0);
    const auth = { authorization: `Bearer ${adminKey}`, 'content-type': 'application/json' };
    const endpoint = await fetch(`${apiUrl}/v1/webhook-endpoints`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ url: receiver.url, events: ['offer.created'] }),
    });
    if (endpoint.status !== 201)
      throw new Error(`webhook endpoint: ${endpoint.status} ${await endpoint.text()}`);

    let seq = 0;
    const post = async (): Promise<Posted> => {
      const i = seq++;
      const c = communities[i % communities.length]!;
      const body = {
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
      };
      const sent = performance.now();
      try {
        const res = await fetch(`${apiUrl}/v1/orders`, {
          method: 'POST',
          headers: auth,
          body: JSON.stringify(body),
        });
        const json = (await res.json()) as { id?: string };
        return {
          id: res.status === 201 ? (json.id ?? null) : null,
          status: res.status,
          sent,
          answered: performance.now(),
        };
      } catch {
        return { id: null, status: 0, sent, answered: performance.now() };
      }
    };

    // Warm-up (connections, JIT, caches; not measured), which also proves the whole pipeline answers.
    const warm: string[] = [];
    for (let i = 0; i < 20; i++) {
      const r = await post();
      if (!r.id) throw new Error(`warm-up POST /v1/orders answered ${r.status}`);
      warm.push(r.id);
    }
    await waitFor('offer.created webhooks of the warm-up orders', () =>
      warm.every((id) => receiver.firstOffer.has(id)),
    );
    await new Promise((r) => setTimeout(r, 2000));

    const cpus = os.cpus();
    const tuned = TUNABLES.filter((k) => process.env[k]).map((k) => `${k}=${process.env[k]}`);
    console.log(
      `\n${tuned.length ? `${tuned.join(' ')}; ` : ''}${cpus.length} cores (${cpus[0]?.model ?? '?'}), Node ${process.version}, load average ${os.loadavg()[0]!.toFixed(1)}; ${STAGE_S} s per rate; 200 members in 8 communities\n`,
    );
    console.log(
      '| orders/s | sent | failed | POST p50 / p99 ms | webhooks | p50 ms | p95 ms | p99 ms | max ms | first offer row p50 / p99 ms | load avg |',
    );
    console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    let sustained: number | null = null;
    let allGoodSoFar = true;
    for (const rate of RATES) {
      const n = rate * STAGE_S;
      const start = performance.now();
      const inflight: Promise<Posted>[] = [];
      for (let i = 0; i < n; i++) {
        await sleepUntil(start + (i * 1000) / rate);
        inflight.push(post());
      }
      const answers = await Promise.all(inflight);
      const ok = answers.filter((a): a is Posted & { id: string } => a.id !== null);
      // The last orders of the stage get time to come through; an order whose webhook never came counts as infinitely late.
      const until = performance.now() + 15_000;
      while (performance.now() < until && ok.some((p) => !receiver.firstOffer.has(p.id)))
        await new Promise((r) => setTimeout(r, 50));
      const late = answers.map((a) =>
        a.id && receiver.firstOffer.has(a.id)
          ? receiver.firstOffer.get(a.id)! - a.answered
          : Number.POSITIVE_INFINITY,
      );
      late.sort((a, b) => a - b);
      const postTimes = answers.map((a) => a.answered - a.sent).sort((a, b) => a - b);
      const got = late.filter(Number.isFinite).length;
      const { rows } = await database.pool.query<{ ms: number | null }>(
        `select extract(epoch from (select min(f.created_at) from offers f where f.order_id = o.id) - o.published_at) * 1000 as ms
           from orders o where o.id = any($1::uuid[])`,
        [ok.map((p) => p.id)],
      );
      const rowTimes = rows
        .map((r) => (r.ms === null ? Number.POSITIVE_INFINITY : Number(r.ms)))
        .sort((a, b) => a - b);
      const p99 = pct(late, 99);
      console.log(
        `| ${rate} | ${n} | ${n - ok.length} | ${ms(pct(postTimes, 50))} / ${ms(pct(postTimes, 99))} | ${got} | ${ms(pct(late, 50))} | ${ms(pct(late, 95))} | ${ms(p99)} | ${ms(late.at(-1)!)} | ${ms(pct(rowTimes, 50))} / ${ms(pct(rowTimes, 99))} | ${os.loadavg()[0]!.toFixed(1)} |`,
      );
      allGoodSoFar &&= got === n && p99 < P99_TARGET_MS;
      if (allGoodSoFar) sustained = rate;
      await new Promise((r) => setTimeout(r, 5000));
    }
    console.log(
      `\nhighest rate sustained (every first offer webhook received, p99 < ${P99_TARGET_MS} ms): ${sustained === null ? 'none of the rates tried' : `${sustained} orders/s`}`,
    );
  } finally {
    for (const c of children) c.proc.kill('SIGTERM');
    await Promise.race([
      Promise.all(children.map((c) => c.exited)),
      new Promise((r) => setTimeout(r, 30_000)),
    ]);
    for (const c of children) killGroup(c, 'SIGKILL');
    receiver.server.close();
    await database.close();
    const redis = new Redis(base.REDIS_URL);
    const keys = await redis.keys(`${redisPrefix}:*`);
    for (let i = 0; i < keys.length; i += 1000) await redis.del(...keys.slice(i, i + 1000));
    redis.disconnect();
    if (process.env.BENCH_KEEP_DB === '1') console.log(`kept database ${scratch}`);
    else {
      const drop = new pg.Client({ connectionString: serverUrl.toString() });
      await drop.connect();
      await drop.query(`drop database if exists "${scratch}" with (force)`);
      await drop.end();
    }
  }
}

await main();
