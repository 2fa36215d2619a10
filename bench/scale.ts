/**
 * `npm run bench:scale`: matching at the size of a city. For each size (BENCH_SIZES, default
 * 10k,100k,1M members) a scratch database gets a city built by bulk SQL: 10 districts × 10 streets ×
 * 10 communities × 4 grids on a lattice (communities about 670 m apart; a district is about 6.7 km
 * square), 1,000 units each paired with two communities, members spread evenly over the communities
 * with homes inside their community's cell (the grid is the cell's quarter they live in), 1–3 of the
 * 12 skills, 60 % in a unit picked at random. Then, with the service as it ships (an API and a worker
 * process, `node dist/…`) running on it:
 *   - the candidate read (chosen and ranked in Postgres: src/modules/offers/matching.repo.ts
 *     findCandidates), timed from this process over loopback, for orders at level 0 (their community)
 *     and at level 2 (escalated to the district), each read twice (the second timed);
 *   - publish → first offer at BENCH_RATE orders/s (default 20) for BENCH_SECONDS (default 20): from
 *     the POST leaving this process to the first offer.created webhook arriving (the offer committed,
 *     relayed and delivered; the candidate read included), and the POSTs' own latency (intake); an
 *     order nobody may take (no member in reach holds its skill: a community of 10 has few) is never
 *     offered, and is left out and counted apart, once the matcher's own read confirms it;
 *   - claims at the same rate on open orders, by members of their communities;
 *   - the members report (GET /v1/reports/members as JSON; CSV too), its time and size.
 * Every figure with its target and met / not met. BENCH_SIZES=10k,100k picks the sizes.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { createDatabase } from '../src/db/client.js';
import { execute } from '../src/db/exec.js';
import { orders } from '../src/db/schema/index.js';
import { findCandidates } from '../src/modules/offers/matching.repo.js';
import { membersInReach } from '../src/modules/orders/reach.repo.js';
import { progress } from './lib/main.js';
import { type Service, startService } from './lib/processes.js';
import { fmt, loadAverage, machine, printTable, quantile, type Row } from './lib/report.js';
import { createScratch, type Scratch } from './lib/scratch.js';

const SIZES = (process.env.BENCH_SIZES ?? '10k,100k,1M').split(',').map((s) => s.trim());
const RATE = Number(process.env.BENCH_RATE ?? 20);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const READS = 100;
const FANOUT = 3;
/** The score's weight of pending offers elsewhere, as the service's default MATCH_PENDING_WEIGHT. */
const PENDING_WEIGHT = 0.3;
const SKILLS = `array['medical','legal','teaching','elderly_care','counselling','driving','repair','it','cooking','cleaning','translation','other']`;

const membersOf = (size: string) => Number(size.replace(/k$/i, '000').replace(/M$/i, '000000'));

/** The city, by bulk SQL; indices in bench_* tables so rows can be joined by number. */
const city = (members: number) => [
  `create table bench_community (k int primary key, id uuid, lat float8, lng float8, district uuid)`,
  `create table bench_grid (k int, q int, id uuid, primary key (k, q))`,
  `create table bench_unit (k int primary key, id uuid)`,
  `insert into regions (id, level, name, code, path)
     select id, 'district', 'District ' || d, 'd' || d, id || '/' from (select gen_random_uuid() id, d from generate_series(0, 9) d) x`,
  `insert into regions (id, parent_id, level, name, code, path)
     select g.id, r.id, 'street', 'Street ' || g.d || '.' || g.s, 's' || (g.d * 10 + g.s), r.path || g.id || '/'
       from (select gen_random_uuid() id, d, s from generate_series(0, 9) d, generate_series(0, 9) s) g
       join regions r on r.code = 'd' || g.d`,
  `insert into regions (id, parent_id, level, name, code, path, center_lat, center_lng, radius_m)
     select g.id, s.id, 'community', 'Community ' || k, 'c' || k, s.path || g.id || '/',
            39.90 + ((k / 100) / 5 * 10 + (k / 10) % 10) * 0.006, 116.40 + ((k / 100) % 5 * 10 + k % 10) * 0.007, 350
       from (select gen_random_uuid() id, k from generate_series(0, 999) k) g join regions s on s.code = 's' || (k / 10)`,
  `insert into bench_community select substr(c.code, 2)::int, c.id, c.center_lat, c.center_lng, s.parent_id
     from regions c join regions s on s.id = c.parent_id where c.level = 'community'`,
  `insert into regions (id, parent_id, level, name, code, path)
     select g.id, c.id, 'grid', 'Grid ' || c.k || '.' || g.q, 'g' || c.k || '.' || g.q, r.path || g.id || '/'
       from (select gen_random_uuid() id, k, q from generate_series(0, 999) k, generate_series(0, 3) q) g
       join bench_community c on c.k = g.k join regions r on r.id = c.id`,
  `insert into bench_grid select c.k, substr(g.code, length(g.code))::int, g.id
     from regions g join bench_community c on c.id = g.parent_id where g.level = 'grid'`,
  `insert into units (id, name, kind, region_id) select gen_random_uuid(), 'Unit ' || c.k, 'agency', c.district
     from bench_community c`,
  `insert into bench_unit select substr(name, 6)::int, id from units`,
  `insert into pairings (id, unit_id, community_id, valid_from)
     select gen_random_uuid(), u.id, c.id, '2020-01-01' from bench_unit u
       join bench_community c on c.k in (u.k, (u.k * 379 + 500) % 1000)`,
  `insert into members (id, name, phone, unit_id, community_id, grid_id, skills, home_lat, home_lng)
     select gen_random_uuid(), 'Member ' || n, '139' || lpad(n::text, 8, '0'), case when r.u < 0.6 then bu.id end,
            bc.id, bg.id, sk.skills, bc.lat + r.dlat, bc.lng + r.dlng
       from generate_series(0, ${members - 1}) n
       cross join lateral (select random() u, (random() - 0.5) * 0.006 dlat, (random() - 0.5) * 0.007 dlng,
                                  floor(random() * 1000)::int uk, n as nn) r
       join bench_community bc on bc.k = n % 1000
       join bench_grid bg on bg.k = n % 1000 and bg.q = (r.dlat > 0)::int * 2 + (r.dlng > 0)::int
       left join bench_unit bu on bu.k = r.uk
       cross join lateral (select array_agg(distinct s) skills from (
         select (${SKILLS})[1 + floor(random() * 12)::int] s from generate_series(0, n % 3)) x) sk`,
  `insert into member_report_ins (id, member_id, community_id) select gen_random_uuid(), id, community_id from members`,
];

/** Builds the city with members' indexes dropped and made again after the load (as a bulk load would), then checkpoints. */
async function build(scratch: Scratch, members: number): Promise<number> {
  const t0 = performance.now();
  const client = await scratch.database.pool.connect();
  try {
    const { rows: indexes } = await client.query<{ name: string; def: string }>(
      `select indexname as name, indexdef as def from pg_indexes i
        where tablename = 'members' and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
    );
    for (const i of indexes) await client.query(`drop index ${i.name}`);
    await client.query(`set session_replication_role = replica`);
    for (const s of city(members)) await client.query(s);
    await client.query(`set session_replication_role = origin`);
    for (const i of indexes) await client.query(i.def);
    await client.query('vacuum analyze');
    // The load's WAL written out now, as for a city loaded long ago: otherwise the checkpoint the
    // load triggers runs through the measurements below and each is timed against its writes.
    await client.query('checkpoint');
  } finally {
    client.release();
  }
  return (performance.now() - t0) / 1000;
}

/** Orders inserted straight into the table, for timing the candidate read on its own. */
async function readOrders(scratch: Scratch, level: number) {
  const { rows } = await scratch.database.pool.query<{ id: string }>(
    `insert into orders (id, community_id, region_path, category_code, title, description, priority, headcount,
       required_skills, lat, lng, source, dispatch_mode, status, escalation_level)
     select gen_random_uuid(), c.id, r.path, 'errand', 'Read ' || i, 'bench', 'urgent', 1 + i % 3,
            case when i % 5 = 0 then '{}'::text[] else array[(${SKILLS})[1 + floor(random() * 12)::int]] end,
            c.lat + (random() - 0.5) * 0.004, c.lng + (random() - 0.5) * 0.005, 'hotline', 'auto', 'open', ${level}
       from generate_series(1, ${READS}) i
       cross join lateral (select floor(random() * 1000)::int k, i as ii) rk
       join bench_community c on c.k = rk.k
       join regions r on r.id = c.id
     returning id`,
  );
  return rows.map((r) => r.id);
}

/** CPU time (user + system) of a process so far, in ms, from /proc (clock ticks of 10 ms). */
function processCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/**
 * Each order's candidates read twice through one connection, the second read timed; and the CPU
 * time its Postgres backend spent on the timed reads (the figure the machine's load moves least).
 */
async function timeReads(scratch: Scratch, level: number) {
  const ids = await readOrders(scratch, level);
  const one = createDatabase(scratch.databaseUrl, 1);
  const db = one.db;
  const { rows: backend } = await one.pool.query<{ pid: number }>('select pg_backend_pid() as pid');
  const times: number[] = [];
  let found = 0;
  let cpu = 0;
  for (const [pass, list] of [ids, ids].entries())
    for (const id of list) {
      const [order] = await db.select().from(orders).where(sql`id = ${id}`);
      const c0 = processCpuMs(backend[0]!.pid);
      const t = performance.now();
      const c = await findCandidates(db, order!, order!.headcount * FANOUT, {
        now: new Date(),
        pendingWeight: PENDING_WEIGHT,
      });
      if (pass === 1) {
        times.push(performance.now() - t);
        cpu += processCpuMs(backend[0]!.pid) - c0;
      }
      found += c.length;
    }
  const { rows } = await execute<{ n: number }>(
    db,
    sql`select avg((select count(*) from ${membersInReach('o', new Date())} r))::float8 as n
          from orders o where o.id in ${ids.slice(0, 10)}`,
  );
  await one.close();
  return {
    times: times.sort((a, b) => a - b),
    cpuPerRead: cpu / ids.length,
    reach: rows[0]!.n,
    found: found / (2 * ids.length),
  };
}

/**
 * Of orders that got no offer, those with no eligible member at all: the matcher's candidate read
 * (findCandidates, every attempt) finds nobody for one offer, and the order never had a wave. No
 * claim is made during the publish stage, so what it finds now is what the matcher found then. An
 * order with someone to offer it that got no offer stays counted, as infinitely late.
 */
async function withoutEligibleMember(scratch: Scratch, ids: string[]): Promise<Set<string>> {
  const none = new Set<string>();
  const { db } = scratch.database;
  for (const id of ids) {
    const [order] = await db.select().from(orders).where(sql`id = ${id}`);
    // An order with offers had someone to offer it to, whether or not its webhook came.
    if (!order || order.matchWave > 0) continue;
    const found = await findCandidates(db, order, 1, { now: new Date(), pendingWeight: PENDING_WEIGHT });
    if (found.length === 0) none.add(id);
  }
  return none;
}

/** The arrival time of the first offer.created webhook of each order. */
async function firstOffers() {
  const first = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { data: { orderId: string } };
      if (!first.has(body.data.orderId)) first.set(body.data.orderId, performance.now());
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { first, server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/offers` };
}

interface Sent {
  status: number;
  body: string;
  sent: number;
  ms: number;
}

function request(
  agent: http.Agent,
  url: string,
  method: string,
  key: string,
  payload?: unknown,
): Promise<Sent> {
  const body = payload === undefined ? '' : JSON.stringify(payload);
  const sent = performance.now();
  return new Promise((resolve) => {
    const req = http.request(
      url,
      {
        method,
        agent,
        headers: {
          authorization: `Bearer ${key}`,
          ...(body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            sent,
            ms: performance.now() - sent,
          }),
        );
      },
    );
    req.on('error', () => resolve({ status: 0, body: '', sent, ms: performance.now() - sent }));
    req.end(body);
  });
}

/** `count` requests at `rate` per second, each leaving on schedule whatever the earlier ones do. */
async function openLoop(rate: number, count: number, send: (i: number) => Promise<Sent>): Promise<Sent[]> {
  const start = performance.now();
  const out: Promise<Sent>[] = [];
  for (let i = 0; i < count; i++) {
    const wait = start + (i * 1000) / rate - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    out.push(send(i));
  }
  return Promise.all(out);
}

const p = (sorted: number[]) => `${fmt.ms(quantile(sorted, 0.5))} / ${fmt.ms(quantile(sorted, 0.99))}`;
const sortedMs = (list: Sent[]) => list.map((s) => s.ms).sort((a, b) => a - b);

async function measure(size: string): Promise<Row[]> {
  const members = membersOf(size);
  const rows: Row[] = [];
  const bench = `scale ${size}`;
  const scratch = await createScratch(4);
  const services: Service[] = [];
  const hooks = await firstOffers();
  try {
    progress(`${bench}: building the city (${members.toLocaleString('en-US')} members)`);
    const built = await build(scratch, members);
    rows.push({
      bench,
      measure: 'city built by bulk SQL (members, report-ins, indexes, analyze)',
      value: `${built.toFixed(0)} s`,
    });

    for (const [level, target] of [
      [0, 20],
      [2, 50],
    ] as const) {
      progress(`${bench}: candidate reads at level ${level} (load ${loadAverage()})`);
      const r = await timeReads(scratch, level);
      rows.push({
        bench,
        measure: `candidates chosen + ranked, level ${level} (${fmt.int(r.reach)} members in reach, ${r.found.toFixed(0)} returned), p50 / p99`,
        value: `${p(r.times)} (Postgres CPU ${fmt.ms(r.cpuPerRead)} a read)`,
        target: `p99 < ${target} ms`,
        ok: quantile(r.times, 0.99) < target,
      });
    }

    const api = await startService('api', scratch, { vars: {} });
    services.push(api);
    services.push(await startService('worker', scratch, { vars: {} }));
    const key = scratch.adminKey;
    const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
    const hook = await request(agent, `${api.baseUrl}/v1/webhook-endpoints`, 'POST', key, {
      url: hooks.url,
      events: ['offer.created'],
    });
    if (hook.status !== 201) throw new Error(`webhook endpoint: ${hook.status} ${hook.body}`);
    const { rows: communities } = await scratch.database.pool.query<{
      id: string;
      k: number;
      lat: number;
      lng: number;
    }>('select id, k, lat, lng from bench_community order by k');
    const order = (i: number, mode: 'auto' | 'open', headcount: number) => {
      const c = communities[(i * 7919) % communities.length]!;
      return {
        communityId: c.id,
        categoryCode: 'errand',
        title: `Scale order ${i}`,
        description: 'benchmark',
        priority: 'urgent',
        headcount,
        requiredSkills: i % 5 === 0 ? [] : ['medical'],
        location: { lat: c.lat + ((i % 7) - 3) * 0.0005, lng: c.lng },
        source: 'hotline',
        dispatchMode: mode,
      };
    };
    const post = (i: number) =>
      request(agent, `${api.baseUrl}/v1/orders`, 'POST', key, order(i, 'auto', 1 + (i % 3)));

    progress(`${bench}: warm-up`);
    for (let i = 0; i < 20; i++) await post(100_000 + i);
    await new Promise((r) => setTimeout(r, 2000));
    progress(`${bench}: publish → first offer, ${RATE} orders/s for ${SECONDS} s (load ${loadAverage()})`);
    const posted = await openLoop(RATE, RATE * SECONDS, post);
    const ids = posted.map((s) => (s.status === 201 ? (JSON.parse(s.body) as { id: string }).id : null));
    const until = performance.now() + 15_000;
    while (performance.now() < until && ids.some((id) => id && !hooks.first.has(id)))
      await new Promise((r) => setTimeout(r, 50));
    // An order nobody may take (no member in reach holds its skill) is never offered: the matcher's
    // own read, asked once more now that the stage is over, tells those from orders left waiting.
    const unofferable = await withoutEligibleMember(
      scratch,
      ids.filter((id): id is string => id !== null && !hooks.first.has(id)),
    );
    const toOffer = posted
      .map((s, i) => ({ sent: s.sent, id: ids[i] }))
      .filter(({ id }) => !(id && unofferable.has(id)))
      .map(({ sent, id }) =>
        id && hooks.first.has(id) ? hooks.first.get(id)! - sent : Number.POSITIVE_INFINITY,
      )
      .sort((a, b) => a - b);
    const apart = unofferable.size > 0 ? `; ${unofferable.size} with no eligible member left out` : '';
    rows.push({
      bench,
      measure: `publish → first offer.created webhook at ${RATE} orders/s (${toOffer.filter(Number.isFinite).length} of ${toOffer.length}${apart}), p50 / p99`,
      value: p(toOffer),
      target: 'p50 < 50 ms, p99 < 250 ms',
      ok: quantile(toOffer, 0.5) < 50 && quantile(toOffer, 0.99) < 250,
    });
    const intake = sortedMs(posted);
    rows.push({ bench, measure: `intake: POST /v1/orders at ${RATE}/s, p50 / p99`, value: p(intake) });

    progress(`${bench}: claims at ${RATE}/s`);
    const open: { id: string; community: string }[] = [];
    for (let i = 0; i < 10; i++) {
      const body = order(200_000 + i, 'open', 500);
      body.requiredSkills = [];
      const res = await request(agent, `${api.baseUrl}/v1/orders`, 'POST', key, body);
      open.push({ id: (JSON.parse(res.body) as { id: string }).id, community: body.communityId });
    }
    const { rows: claimants } = await scratch.database.pool.query<{ id: string; community_id: string }>(
      `select m.id, m.community_id from members m where m.community_id = any($1::uuid[])
        order by m.community_id, m.id`,
      [open.map((o) => o.community)],
    );
    const byCommunity = new Map<string, string[]>();
    for (const m of claimants)
      byCommunity.set(m.community_id, [...(byCommunity.get(m.community_id) ?? []), m.id]);
    const claims = await openLoop(RATE, Math.min(RATE * SECONDS, claimants.length), (i) => {
      const o = open[i % open.length]!;
      const list = byCommunity.get(o.community)!;
      return request(agent, `${api.baseUrl}/v1/orders/${o.id}/claims`, 'POST', key, {
        memberId: list[Math.floor(i / open.length) % list.length],
      });
    });
    rows.push({
      bench,
      measure: `claims at ${RATE}/s (${claims.filter((c) => c.status === 201).length} of ${claims.length} taken), p50 / p99`,
      value: p(sortedMs(claims)),
    });

    progress(`${bench}: members report`);
    for (const [label, accept] of [
      ['JSON', 'application/json'],
      ['CSV', 'text/csv'],
    ] as const) {
      const t = performance.now();
      const res = await fetch(`${api.baseUrl}/v1/reports/members`, {
        headers: { authorization: `Bearer ${key}`, accept },
      });
      const bytes = (await res.arrayBuffer()).byteLength;
      rows.push({
        bench,
        measure: `members report, ${label}, one request (${res.status})`,
        value: `${fmt.ms(performance.now() - t)}, ${fmt.mb(bytes)}`,
      });
    }
    agent.destroy();
  } finally {
    for (const s of services.reverse()) await s.stop();
    hooks.server.closeAllConnections();
    hooks.server.close();
    await scratch.close();
  }
  return rows;
}

const all: Row[] = [];
for (const size of SIZES) all.push(...(await measure(size)));
console.log(
  `\n${await machine(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres', process.env.REDIS_URL ?? 'redis://127.0.0.1:6379/0')}`,
);
console.log(`load average at the end ${loadAverage()}\n`);
printTable(all);
process.exit(0);
