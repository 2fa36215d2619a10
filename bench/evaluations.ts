/**
 * `npm run bench:evaluations`: the monthly three-rates ranking of the streets of a city of
 * 1,000,000 orders. Builds a scratch database (bench/lib/scratch.ts) with a city of 10 districts ×
 * 10 streets × 10 communities and BENCH_ORDERS orders published in November 2026 (default
 * 1,000,000) plus as many in October (the previous period, for the change in rank), about 10 % of
 * them with a claim-deadline breach, then times GET /v1/evaluations/rankings through app.inject
 * (BENCH_RUNS times after one warm-up) for each level and prints p50 and max against the target.
 *
 * Env: DATABASE_URL (its server is used), REDIS_URL, BENCH_ORDERS, BENCH_RUNS (default 5),
 * BENCH_KEEP_DB=1 to keep the scratch database for EXPLAIN ANALYZE (its name is printed).
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { buildApp } from '../src/app.js';
import { generateKey } from '../src/auth/keys.js';
import { loadConfig } from '../src/config.js';
import { producerRedis, Queues } from '../src/outbox/queues.js';
import { cpuName } from './lib/machine-probe.js';
import { createScratch } from './lib/scratch.js';

const ORDERS = Number(process.env.BENCH_ORDERS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TARGET_MS = 2000;

/** November and October 2026 in Asia/Shanghai, as the service reads month=2026-11. */
const MONTHS = [
  ['2026-10-31T16:00:00Z', '2026-11-30T16:00:00Z'],
  ['2026-09-30T16:00:00Z', '2026-10-31T16:00:00Z'],
] as const;

const SEED = (orders: number) => [
  `select setseed(0.42)`,
  `insert into regions (id, level, name, path)
     select id, 'district', 'District ' || n, id || '/' from (select gen_random_uuid() id, n from generate_series(1, 10) n) d`,
  ...[
    ['street', 'district'],
    ['community', 'street'],
  ].map(
    ([level, parent]) => `insert into regions (id, parent_id, level, name, path)
     select x.id, x.parent_id, '${level}', x.parent_name || ' ${level} ' || x.n, x.parent_path || x.id || '/'
       from (select gen_random_uuid() as id, p.id as parent_id, p.name as parent_name, p.path as parent_path, n
               from regions p cross join generate_series(1, 10) n where p.level = '${parent}') x`,
  ),
  `create temp table communities as select id, path, row_number() over (order by id) - 1 as k from regions where level = 'community'`,
  ...MONTHS.map(
    ([
      from,
      to,
    ]) => `insert into orders (id, community_id, region_path, category_code, title, description, priority, headcount,
        source, dispatch_mode, status, created_at, updated_at, published_at, claim_by, complete_by, verified_at, rating, reopen_count)
     select gen_random_uuid(), c.id, c.path, 'errand', 'Bench order', 'generated', 'routine', 1, 'walk_in', 'open',
            g.status, g.published, g.published, g.published, g.published + interval '2 hours', g.published + interval '1 day',
            case when g.status = 'verified' then g.published + interval '20 hours' end,
            case when g.status = 'verified' then 1 + floor(g.r * 5)::int end,
            case when g.status = 'verified' and g.r < 0.05 then 1 else 0 end
       from (select n, r, ${`'${from}'`}::timestamptz + x * (${`'${to}'`}::timestamptz - ${`'${from}'`}::timestamptz) as published,
                    case when y < 0.60 then 'verified' when y < 0.70 then 'completed' when y < 0.75 then 'in_progress'
                         when y < 0.80 then 'filled' when y < 0.90 then 'open' when y < 0.95 then 'cancelled' else 'expired' end as status
               from (select n, random() x, random() y, random() r from generate_series(1, ${orders}) n) s) g
       join communities c on c.k = g.n % 1000`,
  ),
  `insert into sla_breaches (id, order_id, kind, deadline, detected_at, late_ms, level_after, detected_by)
     select gen_random_uuid(), id, 'claim', claim_by, claim_by + interval '1 minute', 60000, 1, 'timer'
       from orders where random() < 0.1`,
];

const median = (sorted: number[]) =>
  (sorted[Math.floor((sorted.length - 1) / 2)]! + sorted[Math.ceil((sorted.length - 1) / 2)]!) / 2;

async function main(): Promise<void> {
  const scratch = await createScratch(10);
  const base = loadConfig({ ...process.env, DATABASE_URL: scratch.databaseUrl });
  const redis = producerRedis(scratch.redisUrl);
  redis.on('error', () => {});
  const queues = new Queues(redis, scratch.redisPrefix);
  const pool = scratch.database.pool;
  try {
    const seeding = Date.now();
    const client = await pool.connect();
    try {
      // Bulk load: the orders' secondary indexes are dropped first and built again afterwards, as
      // they were (a bulk build is several times faster than a million index insertions).
      const { rows: indexes } = await client.query<{ name: string; def: string }>(
        `select indexname as name, indexdef as def from pg_indexes
          where tablename = 'orders' and indexname not in (select conname from pg_constraint)`,
      );
      for (const { name } of indexes) await client.query(`drop index "${name}"`);
      for (const statement of SEED(ORDERS)) await client.query(statement);
      for (const { def } of indexes) await client.query(def);
    } finally {
      client.release();
    }
    await pool.query('vacuum analyze');
    const counts = await pool.query(
      'select (select count(*) from orders) as orders, (select count(*) from sla_breaches) as breaches',
    );
    console.error(`seeded in ${((Date.now() - seeding) / 1000).toFixed(0)} s:`, counts.rows[0]);

    const app = await buildApp({
      config: { ...base, LOG_LEVEL: 'silent' },
      database: scratch.database,
      redis,
      queues,
    });
    await app.ready();
    const k = generateKey();
    await pool.query(
      `insert into api_keys (id, prefix, secret_hash, name, role) values (gen_random_uuid(), $1, $2, 'bench admin', 'admin')`,
      [k.prefix, k.secretHash],
    );
    const load = os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ');
    console.log(
      `\n${new Date().toISOString().slice(0, 10)} · ${ORDERS.toLocaleString('en')} orders in the month (and as many in the month before) · ${os.cpus().length} × ${cpuName()} · Node ${process.version} · ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ') || load} load\n`,
    );
    console.log(
      '| ranking, month=2026-11 | rows | p50 ms | max ms | target | met |\n| --- | ---: | ---: | ---: | ---: | --- |',
    );
    for (const level of ['street', 'district', 'community']) {
      const url = `/v1/evaluations/rankings?level=${level}&month=2026-11`;
      const call = () => app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${k.key}` } });
      const warm = await call();
      if (warm.statusCode !== 200) throw new Error(`${level}: ${warm.statusCode} ${warm.body}`);
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t = process.hrtime.bigint();
        await call();
        times.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
      times.sort((a, b) => a - b);
      const p50 = median(times);
      const target = level === 'street' ? `< ${TARGET_MS}` : '';
      const met = level === 'street' ? (times.at(-1)! < TARGET_MS ? 'yes' : 'NO') : '';
      console.log(
        `| ${level} | ${warm.json().rows.length} | ${p50.toFixed(0)} | ${times.at(-1)!.toFixed(0)} | ${target} | ${met} |`,
      );
    }
    await app.close();
  } finally {
    await queues.close().catch(() => {});
    redis.disconnect();
    if (process.env.BENCH_KEEP_DB === '1') console.log(`kept database ${scratch.dbName}`);
    else await scratch.close();
  }
}

await main();
