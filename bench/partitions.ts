/**
 * `npm run bench:partitions`: what the monthly partitions (migration 0014) cost the statements that
 * find rows by key. A scratch database gets BENCH_PARTITION_MONTHS (default 3) past months of rows
 * and this month's, BENCH_PARTITION_ROWS (default 100,000) a month in the outbox, the webhook
 * deliveries and the audit trail (chains of ten events a few days apart, so chains span months),
 * and a third of that in idempotency records; the outbox is also copied into an unpartitioned table
 * as it was before the migration, to compare the relay's claim with the statement it replaced.
 * Each statement runs BENCH_PARTITION_RUNS times (default 200) under EXPLAIN ANALYZE in a
 * transaction that is rolled back (so every run finds the same rows): median and p99 of planning
 * plus execution, the median of shared buffers touched, and how many partitions the plan read.
 * The relay's claim is measured with 500 rows waiting (a burst) and with 5 (the usual poll).
 */
import { sql } from 'drizzle-orm';
import { execute } from '../src/db/exec.js';
import { isMain, progress, runBenches } from './lib/main.js';
import { fmt, loadAverage, quantile, type Row } from './lib/report.js';
import { createScratch, type Scratch } from './lib/scratch.js';

const MONTHS = Number(process.env.BENCH_PARTITION_MONTHS ?? 3);
const ROWS = Number(process.env.BENCH_PARTITION_ROWS ?? 100_000);
const RUNS = Number(process.env.BENCH_PARTITION_RUNS ?? 200);

/** The relay's claim as it was before the partitions (src/outbox/outbox.repo.ts, beginAndClaim). */
const claimBefore = (table: string) => `
  update ${table} set published_at = now()
   where id in (select id from ${table} where published_at is null order by id limit 500 for update skip locked)
  returning id, queue, job_name, payload, job_id`;
/** The relay's claim now. */
const claimNow = `
  with c as materialized (
    select id, created_at from outbox where published_at is null order by id limit 500 for update skip locked)
  update outbox set published_at = now()
   where id = any(array(select id from c))
     and created_at between (select min(created_at) from c) and (select max(created_at) from c)
  returning id, queue, job_name, payload, job_id`;

async function seed(s: Scratch): Promise<void> {
  const db = s.database.db;
  const start = `date_trunc('month', now()) - interval '${MONTHS} months'`;
  const step = `((now() - (${start})) / ${ROWS * (MONTHS + 1)})`;
  progress(`seeding ${MONTHS} months and this one, ${ROWS.toLocaleString('en-US')} rows a month a table`);
  await execute(
    db,
    sql.raw(`select partition_create(t, (date_trunc('month', now()) - m * interval '1 month')::date)
               from unnest(array['outbox', 'webhook_deliveries', 'audit_events', 'idempotency_keys']) t,
                    generate_series(1, ${MONTHS}) m`),
  );
  await execute(
    db,
    sql.raw(`insert into outbox (queue, job_name, payload, created_at, published_at)
             select 'webhooks', 'deliver', '{"deliveryId":"x"}', ts, ts + interval '1 second'
               from (select ${start} + i * ${step} as ts from generate_series(1, ${ROWS * (MONTHS + 1)}) i) r
              where ts < now() - interval '1 minute'`),
  );
  await execute(
    db,
    sql.raw(`insert into webhook_endpoints (id, url, events, secret)
             values ('01900000-0000-7000-8000-000000000001', 'https://example.org/hook', '{*}', 'whsec_x')`),
  );
  await execute(
    db,
    sql.raw(`insert into webhook_deliveries (id, endpoint_id, message_id, event_type, payload, created_at)
             select (lpad(to_hex((extract(epoch from ts) * 1000)::bigint), 12, '0') || '7' || substr(md5(i::text), 1, 19))::uuid,
                    '01900000-0000-7000-8000-000000000001', 'msg_' || i, 'order.published', '{}', ts
               from (select i, ${start} + i * ${step} as ts from generate_series(1, ${ROWS * (MONTHS + 1)}) i) r
              where ts < now()`),
  );
  const chains = Math.round((ROWS * (MONTHS + 1)) / 10);
  await execute(
    db,
    sql.raw(`insert into audit_events (entity_type, entity_id, seq, action, actor_type, created_at, hash)
             select 'order', ('00000000-0000-7000-8000-' || lpad(to_hex(e), 12, '0'))::uuid, q, 'x', 'system', ts, md5(e || '/' || q)
               from generate_series(1, ${chains}) e, generate_series(1, 10) q,
                    lateral (select ${start} + e * ((now() - (${start})) / ${chains}) + q * interval '3 days' as ts) t
              where ts < now()`),
  );
  await execute(
    db,
    sql.raw(`insert into audit_chain_heads
             select distinct on (entity_id) entity_id, seq, hash, created_at from audit_events order by entity_id, seq desc`),
  );
  await execute(
    db,
    sql.raw(`insert into idempotency_keys (api_key_id, key, route, request_hash, created_at)
             select '01900000-0000-7000-8000-000000000002', 'k' || i, 'POST /v1/orders', 'h', ${start} + i * ${step} * 3
               from generate_series(1, ${Math.round((ROWS * (MONTHS + 1)) / 3)}) i`),
  );
  await execute(db, sql.raw('create table outbox_unpartitioned (like outbox including defaults)'));
  await execute(db, sql.raw('insert into outbox_unpartitioned select * from outbox'));
  await execute(db, sql.raw('alter table outbox_unpartitioned add primary key (id)'));
  await execute(db, sql.raw('create index on outbox_unpartitioned (id) where published_at is null'));
  await execute(db, sql.raw('vacuum analyze'));
}

/** Leaves exactly `n` rows unpublished in both outboxes. */
async function waiting(s: Scratch, n: number): Promise<void> {
  for (const table of ['outbox', 'outbox_unpartitioned']) {
    await s.database.pool.query(`update ${table} set published_at = created_at where published_at is null`);
    await s.database.pool.query(
      `update ${table} set published_at = null
        where id in (select id from ${table} order by created_at desc offset 100 limit ${n})`,
    );
    await s.database.pool.query(`vacuum analyze ${table}`);
  }
}

interface PlanNode {
  'Relation Name'?: string;
  'Actual Loops'?: number;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  Plans?: PlanNode[];
}

const relationsRead = (node: PlanNode, out = new Set<string>()): Set<string> => {
  if (node['Relation Name'] && (node['Actual Loops'] ?? 0) > 0) out.add(node['Relation Name']);
  for (const child of node.Plans ?? []) relationsRead(child, out);
  return out;
};

async function measure(s: Scratch, name: string, statement: string): Promise<Row[]> {
  const client = await s.database.pool.connect();
  const times: number[] = [];
  const buffers: number[] = [];
  let read = 0;
  try {
    for (let i = 0; i < RUNS; i++) {
      await client.query('begin');
      const { rows } = await client.query(`explain (analyze, buffers, format json) ${statement}`);
      await client.query('rollback');
      const [out] = rows[0]['QUERY PLAN'] as {
        Plan: PlanNode;
        'Planning Time': number;
        'Execution Time': number;
      }[];
      times.push(out!['Planning Time'] + out!['Execution Time']);
      buffers.push((out!.Plan['Shared Hit Blocks'] ?? 0) + (out!.Plan['Shared Read Blocks'] ?? 0));
      read = relationsRead(out!.Plan).size;
    }
  } finally {
    client.release();
  }
  times.sort((a, b) => a - b);
  buffers.sort((a, b) => a - b);
  progress(`${name}: p50 ${fmt.ms(quantile(times, 0.5))}, load ${loadAverage()}`);
  return [
    {
      bench: 'partitions',
      measure: name,
      value: `${fmt.ms(quantile(times, 0.5))} / ${fmt.ms(quantile(times, 0.99))}, ${fmt.int(quantile(buffers, 0.5))} buffers, ${read} relations read`,
    },
  ];
}

export async function benchPartitions(): Promise<Row[]> {
  const s = await createScratch();
  try {
    await seed(s);
    const { rows: picks } = await s.database.pool.query(`
      select (select id from webhook_deliveries where created_at < date_trunc('month', now()) order by created_at desc limit 1) as delivery,
             (select entity_id from audit_events where created_at < date_trunc('month', now()) order by created_at desc limit 1) as entity,
             (select key from idempotency_keys order by created_at limit 1) as key`);
    const pick = picks[0] as { delivery: string; entity: string; key: string };
    const rows: Row[] = [];
    for (const n of [500, 5]) {
      await waiting(s, n);
      rows.push(
        ...(await measure(
          s,
          `relay claim, ${n} waiting, before (unpartitioned)`,
          claimBefore('outbox_unpartitioned'),
        )),
      );
      rows.push(
        ...(await measure(
          s,
          `relay claim, ${n} waiting, old statement on partitions`,
          claimBefore('outbox'),
        )),
      );
      rows.push(...(await measure(s, `relay claim, ${n} waiting, now`, claimNow)));
    }
    rows.push(
      ...(await measure(
        s,
        'delivery by id (for update)',
        `select * from webhook_deliveries where id = '${pick.delivery}' for update`,
      )),
      ...(await measure(
        s,
        'delivery attempt recorded by id',
        `update webhook_deliveries set attempts = attempts + 1 where id = '${pick.delivery}'`,
      )),
      ...(await measure(
        s,
        'idempotency key lookup',
        `select 1 from idempotency_keys where api_key_id = '01900000-0000-7000-8000-000000000002' and route = 'POST /v1/orders' and key = '${pick.key}'`,
      )),
      ...(await measure(
        s,
        'audit chain head (append lock)',
        `select * from audit_chain_head('${pick.entity}')`,
      )),
      ...(await measure(
        s,
        'audit entities, a page of 500 (verify all)',
        `with recursive next(entity_id) as (
           (select entity_id from audit_trail where entity_id > '00000000-0000-0000-0000-000000000000' order by entity_id limit 1)
           union all
           select (select a.entity_id from audit_trail a where a.entity_id > n.entity_id order by a.entity_id limit 1)
             from next n where n.entity_id is not null)
         select entity_id from next where entity_id is not null limit 500`,
      )),
      ...(await measure(
        s,
        'audit chain of one entity (verify)',
        `select * from audit_trail where entity_id = '${pick.entity}' order by seq`,
      )),
    );
    return rows;
  } finally {
    await s.close();
  }
}

if (isMain(import.meta.url)) await runBenches([benchPartitions]);
