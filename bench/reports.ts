/**
 * `npm run bench:reports`: builds a scratch database with 100,000 orders (plus claims, credits,
 * redemptions and SLA breaches) in a year of a Xunyang-sized city, then times every report endpoint
 * 10 times through app.inject and prints p50 and max. Then the members report at growing sizes
 * (members added by generate_series, reporting in to the city's communities): every JSON page walked
 * (limit 1000), and the whole CSV streamed over a real listener to a client that drops the bytes,
 * with this process's RSS and V8 heap sampled every 20 ms, so the memory a stream costs shows against
 * the number of rows. The scratch database is dropped at the end.
 *
 * Env: DATABASE_URL (its server is used; the database itself is not touched), REDIS_URL,
 * BENCH_ORDERS (default 100000), BENCH_RUNS (default 10), BENCH_REPORT_MEMBERS (members in the city
 * for the large members report, default 50000,250000), BENCH_KEEP_DB=1 to keep the scratch
 * database for EXPLAIN ANALYZE (its name is printed).
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import os from 'node:os';
import pg from 'pg';
import { buildApp } from '../src/app.js';
import { generateKey } from '../src/auth/keys.js';
import { loadConfig } from '../src/config.js';
import { createDatabase } from '../src/db/client.js';
import { runMigrations } from '../src/db/migrate.js';
import { producerRedis, Queues } from '../src/outbox/queues.js';
import { cpuName } from './lib/machine-probe.js';

const ORDERS = Number(process.env.BENCH_ORDERS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const REPORT_MEMBERS = (process.env.BENCH_REPORT_MEMBERS ?? '50000,250000').split(',').map(Number);
const base = loadConfig();
const serverUrl = new URL(base.DATABASE_URL);
serverUrl.pathname = '/postgres';
const scratch = `wd_bench_${randomBytes(4).toString('hex')}`;
const scratchUrl = new URL(base.DATABASE_URL);
scratchUrl.pathname = `/${scratch}`;

/** The city and a year of work, written by set-based SQL (generate_series), deterministic via setseed. */
const SEED = [
  `select setseed(0.42)`,
  `insert into regions (id, level, name, path) select id, 'district', 'Xunyang', id || '/' from (select gen_random_uuid() id) d`,
  `insert into regions (id, parent_id, level, name, path)
     select s.id, d.id, 'street', 'Street ' || s.n, d.path || s.id || '/'
       from (select gen_random_uuid() id, n from generate_series(1, 5) n) s, regions d where d.level = 'district'`,
  `insert into regions (id, parent_id, level, name, path)
     select c.id, s.id, 'community', 'Community ' || c.n, s.path || c.id || '/'
       from (select gen_random_uuid() id, n from generate_series(0, 71) n) c
       join (select id, path, row_number() over (order by name) - 1 as k from regions where level = 'street') s on s.k = c.n % 5`,
  `create temp table communities as select id, path, row_number() over (order by id) - 1 as k from regions where level = 'community'`,
  `insert into units (id, name, kind, region_id, expected_members)
     select gen_random_uuid(), 'Unit ' || lpad(n::text, 3, '0'), 'agency', d.id, 30 + n % 31
       from generate_series(0, 119) n, regions d where d.level = 'district'`,
  `create temp table unit_k as select id, row_number() over (order by name) - 1 as k from units`,
  `insert into pairings (id, unit_id, community_id, valid_from)
     select gen_random_uuid(), u.id, c.id, '2020-01-01' from unit_k u join communities c on c.k = u.k % 72`,
  `insert into members (id, name, phone, unit_id, community_id, skills)
     select gen_random_uuid(), 'Member ' || n, '139' || lpad(n::text, 8, '0'), u.id,
            case when n % 10 = 0 then null else c.id end, '{}'
       from generate_series(0, 5599) n join unit_k u on u.k = n % 120 join communities c on c.k = n % 72`,
  `create temp table member_k as select id, row_number() over (order by id) - 1 as k from members`,
  `create temp table category_k as select code, points_multiplier, row_number() over (order by code) - 1 as k from categories`,
  `insert into orders (id, community_id, region_path, category_code, title, description, priority, headcount, source,
                       dispatch_mode, status, created_at, updated_at, published_at, first_claimed_at, completed_at, complete_by, rating)
     select gen_random_uuid(), c.id, c.path, cat.code, 'Bench order ' || g.n, 'generated', 'routine', 2, 'walk_in', 'open',
            g.status, g.created, g.created,
            case when g.status <> 'draft' then g.created + interval '5 minutes' end,
            case when g.status in ('filled', 'in_progress', 'completed', 'verified') then g.created + interval '5 minutes' + g.r2 * interval '48 hours' end,
            case when g.status in ('completed', 'verified') then g.created + interval '5 minutes' + g.r2 * interval '48 hours' + g.r3 * interval '72 hours' end,
            case when g.status <> 'draft' then g.created + interval '101 hours' end,
            case when g.status = 'verified' then 1 + floor(g.r3 * 5)::int end
       from (select n, r2, r3, now() - r1 * interval '365 days' as created,
                    case when x < 0.55 then 'verified' when x < 0.62 then 'completed' when x < 0.66 then 'in_progress'
                         when x < 0.70 then 'filled' when x < 0.80 then 'open' when x < 0.90 then 'cancelled'
                         when x < 0.95 then 'expired' else 'draft' end as status
               from (select n, random() x, random() r1, random() r2, random() r3 from generate_series(1, ${ORDERS}) n) s) g
       join communities c on c.k = g.n % 72
       join category_k cat on cat.k = g.n % (select count(*) from category_k)`,
  `insert into claims (id, order_id, member_id, status, hours_reported, approved_hours, created_at, updated_at, completed_at)
     select gen_random_uuid(), o.id, m.id,
            case when o.status in ('completed', 'verified') and (slot.i = 1 or o.h % 10 <> 0) then 'completed'
                 when o.status in ('completed', 'verified') then 'no_show'
                 when o.status = 'in_progress' then 'checked_in' else 'held' end,
            0.5 + (o.h % 8) * 0.5,
            case when o.status = 'verified' and (slot.i = 1 or o.h % 10 <> 0) then 0.5 + (o.h % 8) * 0.5 end,
            o.first_claimed_at + (slot.i - 1) * interval '10 minutes', o.first_claimed_at,
            case when o.status in ('completed', 'verified') then o.completed_at end
       from (select o.*, abs(hashtext(o.id::text)::bigint) as h from orders o where o.first_claimed_at is not null) o
       cross join generate_series(1, 2) as slot(i)
       join member_k m on m.k = (o.h + slot.i * 7) % 5600
      where slot.i = 1 or o.h % 2 = 0`,
  `insert into ledger_entries (id, txn_id, kind, account_type, account_id, points, hours, claim_id, order_id,
                               counterparty_type, counterparty_id, created_by, created_at)
     select gen_random_uuid(), x.txn, 'credit', side.t, case when side.t = 'member' then x.member_id else x.community_id end,
            case when side.t = 'member' then x.points else -x.points end,
            case when side.t = 'member' then x.hours else -x.hours end, x.claim_id, x.order_id,
            case when side.t = 'member' then 'community' else 'member' end,
            case when side.t = 'member' then x.community_id else x.member_id end, 'bench', x.credited_at
       from (select gen_random_uuid() txn, c.id claim_id, c.member_id, o.id order_id, o.community_id, c.approved_hours hours,
                    round(c.approved_hours * 10 * cat.points_multiplier, 2) points, o.completed_at + interval '1 hour' as credited_at
               from claims c join orders o on o.id = c.order_id join categories cat on cat.code = o.category_code
              where c.approved_hours > 0) x
       cross join (values ('member'), ('community')) side(t)`,
  `insert into merchants (id, name, region_id, region_path)
     select gen_random_uuid(), 'Alliance Supermarket ' || s.name, s.id, s.path from regions s where s.level = 'street'`,
  `with balances as (select account_id, sum(points) points from ledger_entries where account_type = 'member' group by account_id having sum(points) >= 20),
        spend as (select gen_random_uuid() txn, b.account_id member_id, round(b.points / 2, 2) points,
                         (select id from merchants order by id limit 1) merchant_id, now() - random() * interval '180 days' as spent_at from balances b)
   insert into ledger_entries (id, txn_id, kind, account_type, account_id, points, hours, counterparty_type, counterparty_id, created_by, created_at)
     select gen_random_uuid(), txn, 'redemption', 'member', member_id, -points, 0, 'merchant', merchant_id, 'bench', spent_at from spend
     union all
     select gen_random_uuid(), txn, 'redemption', 'merchant', merchant_id, points, 0, 'member', member_id, 'bench', spent_at from spend`,
  `insert into ledger_accounts (account_type, account_id, points, hours)
     select account_type, account_id, sum(points), sum(hours) from ledger_entries group by account_type, account_id`,
  `insert into sla_breaches (id, order_id, kind, deadline, detected_at, late_ms, level_after, detected_by)
     select gen_random_uuid(), id, 'claim', published_at + interval '1 day', published_at + interval '1 day 1 minute', 60000,
            1 + (random() < 0.3)::int, 'timer'
       from orders where published_at is not null and random() < 0.1`,
];

async function createScratch(): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl.toString() });
  await admin.connect();
  await admin.query(`create database "${scratch}"`);
  await admin.end();
}

async function dropScratch(): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl.toString() });
  await admin.connect();
  await admin.query(`drop database if exists "${scratch}" with (force)`);
  await admin.end();
}

async function key(pool: pg.Pool, role: string, regionId: string | null): Promise<string> {
  const k = generateKey();
  await pool.query(
    `insert into api_keys (id, prefix, secret_hash, name, role, scope_region_id) values (gen_random_uuid(), $1, $2, $3, $4, $5)`,
    [k.prefix, k.secretHash, `bench ${role}`, role, regionId],
  );
  return k.key;
}

const median = (sorted: number[]) =>
  (sorted[Math.floor((sorted.length - 1) / 2)]! + sorted[Math.ceil((sorted.length - 1) / 2)]!) / 2;

async function main(): Promise<void> {
  await createScratch();
  const database = createDatabase(scratchUrl.toString(), base.DATABASE_POOL_SIZE);
  const redis = producerRedis(base.REDIS_URL);
  redis.on('error', () => {});
  const redisPrefix = `bench${randomBytes(3).toString('hex')}`;
  const queues = new Queues(redis, redisPrefix);
  try {
    await runMigrations(database.pool);
    const seeding = Date.now();
    const client = await database.pool.connect();
    try {
      for (const statement of SEED) await client.query(statement);
    } finally {
      client.release();
    }
    await database.pool.query('vacuum analyze');
    const counts = await database.pool.query(
      `select (select count(*) from orders) orders, (select count(*) from claims) claims,
              (select count(*) from ledger_entries) entries, (select count(*) from sla_breaches) breaches`,
    );
    console.log(`seeded in ${((Date.now() - seeding) / 1000).toFixed(1)} s:`, counts.rows[0]);

    const app = await buildApp({
      config: { ...base, LOG_LEVEL: 'silent', DATABASE_URL: scratchUrl.toString() },
      database,
      redis,
      queues,
    });
    await app.ready();
    const street = (
      await database.pool.query(`select id from regions where level = 'street' order by name limit 1`)
    ).rows[0].id;
    const community = (
      await database.pool.query(
        `select id from regions where path like (select path from regions where id = $1) || '%' and level = 'community' limit 1`,
        [street],
      )
    ).rows[0].id;
    const keys = {
      admin: await key(database.pool, 'admin', null),
      street: await key(database.pool, 'street_officer', street),
      community: await key(database.pool, 'community_staff', community),
    };
    const last90 = `from=${encodeURIComponent(new Date(Date.now() - 90 * 86_400_000).toISOString())}`;
    const cases: [string, string, string, Record<string, string>?][] = [
      ['summary, admin, all time', keys.admin, '/v1/reports/summary'],
      ['summary, admin, last 90 days', keys.admin, `/v1/reports/summary?${last90}`],
      ['summary, admin, CSV', keys.admin, '/v1/reports/summary', { accept: 'text/csv' }],
      ['summary, street officer', keys.street, '/v1/reports/summary'],
      ['summary, community staff', keys.community, '/v1/reports/summary'],
      ['units, admin, all time', keys.admin, '/v1/reports/units'],
      ['units, street officer', keys.street, '/v1/reports/units'],
      ['members, admin, all time', keys.admin, '/v1/reports/members'],
      ['members, street officer', keys.street, '/v1/reports/members'],
      ['members, admin, CSV', keys.admin, '/v1/reports/members', { accept: 'text/csv' }],
    ];
    console.log(
      `\n${RUNS} runs each, ${ORDERS.toLocaleString('en')} orders, ${os.cpus().length} cores (${cpuName()}), Node ${process.version}\n`,
    );
    console.log('| report | p50 ms | max ms |\n| --- | ---: | ---: |');
    for (const [name, k, url, headers] of cases) {
      const call = () =>
        app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${k}`, ...headers } });
      const warm = await call();
      if (warm.statusCode !== 200) throw new Error(`${name}: ${warm.statusCode} ${warm.body}`);
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t = process.hrtime.bigint();
        await call();
        times.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
      times.sort((a, b) => a - b);
      console.log(`| ${name} | ${median(times).toFixed(0)} | ${times.at(-1)!.toFixed(0)} |`);
    }
    await largeMembersReport(app, database.pool, keys.admin);
    await app.close();
  } finally {
    await queues.close().catch(() => {});
    const leftovers = await redis.keys(`${redisPrefix}:*`).catch(() => []);
    if (leftovers.length) await redis.del(...leftovers);
    redis.disconnect();
    await database.close();
    if (process.env.BENCH_KEEP_DB === '1') console.log(`kept database ${scratch}`);
    else await dropScratch();
  }
}

type App = Awaited<ReturnType<typeof buildApp>>;
const mb = (bytes: number) => (bytes / 1_048_576).toFixed(1);

/** Streams a URL to a client that drops the bytes; this process's memory is sampled meanwhile. */
async function streamed(url: string, key: string) {
  const before = process.memoryUsage();
  let peak = { rss: before.rss, heap: before.heapUsed };
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peak = { rss: Math.max(peak.rss, m.rss), heap: Math.max(peak.heap, m.heapUsed) };
  }, 20);
  const t = process.hrtime.bigint();
  const bytes = await new Promise<number>((resolve, reject) => {
    http
      .get(url, { headers: { authorization: `Bearer ${key}`, accept: 'text/csv' } }, (res) => {
        let n = 0;
        res.on('data', (c: Buffer) => {
          n += c.length;
        });
        res.on('end', () => resolve(n));
        res.on('error', reject);
      })
      .on('error', reject);
  });
  clearInterval(sampler);
  return {
    ms: Number(process.hrtime.bigint() - t) / 1e6,
    bytes,
    rssGrowth: peak.rss - before.rss,
    heapGrowth: peak.heap - before.heapUsed,
  };
}

/** The members report of the whole city at each size of BENCH_REPORT_MEMBERS: JSON pages, streamed CSV. */
async function largeMembersReport(app: App, pool: pg.Pool, adminKey: string): Promise<void> {
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  console.log(
    '\n| members in the city | JSON: pages of 1000, p50 / max ms per page, walk s | CSV: size, time | CSV: RSS / V8 heap growth of the API process, MB |',
  );
  console.log('| ---: | ---: | ---: | ---: |');
  for (const size of REPORT_MEMBERS) {
    const { rows } = await pool.query<{ n: number }>(
      'select count(*)::int as n from members where community_id is not null',
    );
    const add = size - rows[0]!.n;
    if (add > 0) {
      await pool.query(
        `insert into members (id, name, phone, community_id)
         select gen_random_uuid(), 'Resident ' || i, '136' || lpad(i::text, 8, '0'), c.id
           from generate_series($1::int, $1::int + $2::int - 1) i
           join (select id, row_number() over (order by id) - 1 as k from regions where level = 'community') c
             on c.k = i % 72`,
        [rows[0]!.n, add],
      );
      await pool.query('vacuum analyze members');
    }
    const pages: number[] = [];
    const walk = process.hrtime.bigint();
    let cursor: string | null = null;
    do {
      const t = process.hrtime.bigint();
      const res: Awaited<ReturnType<App['inject']>> = await app.inject({
        method: 'GET',
        url: `/v1/reports/members?limit=1000${cursor ? `&cursor=${cursor}` : ''}`,
        headers: { authorization: `Bearer ${adminKey}` },
      });
      if (res.statusCode !== 200) throw new Error(`members page: ${res.statusCode} ${res.body}`);
      pages.push(Number(process.hrtime.bigint() - t) / 1e6);
      cursor = (res.json() as { nextCursor: string | null }).nextCursor;
    } while (cursor);
    const walkS = Number(process.hrtime.bigint() - walk) / 1e9;
    pages.sort((a, b) => a - b);
    const csv = await streamed(`${address}/v1/reports/members`, adminKey);
    console.log(
      `| ${size.toLocaleString('en')} | ${pages.length} pages, ${median(pages).toFixed(0)} / ${pages.at(-1)!.toFixed(0)} ms, ${walkS.toFixed(1)} s | ${mb(csv.bytes)} MB in ${(csv.ms / 1000).toFixed(1)} s | ${mb(csv.rssGrowth)} / ${mb(csv.heapGrowth)} |`,
    );
  }
}

await main();
