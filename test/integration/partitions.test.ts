import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAuditEvents, systemActor } from '../../src/audit/audit.repo.js';
import { partitionsOf } from '../../src/db/partitions.js';
import { transaction } from '../../src/db/transaction.js';
import { newId } from '../../src/lib/ids.js';
import { type City, call, countRows, createCity } from '../factories/index.js';
import { createWebhookEndpoint } from '../factories/objects.js';
import { orderBody } from '../factories/orders.js';
import { createTestContext, type TestContext } from '../helpers/context.js';
import { monthOfRows, monthsAgo, partitionOf } from './partition-fixtures.js';

describe('monthly partitions made ahead', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext({ PARTITION_MONTHS_AHEAD: '3' });
  });
  afterAll(async () => ctx.close());

  it('leaves a step whose table is locked to the next run, and does the others', async () => {
    const later = monthsAgo(-13);
    const holder = await ctx.database.pool.connect();
    try {
      await holder.query('begin');
      await holder.query('lock table outbox in access share mode');
      ctx.clock.set(later);
      const blocked = await ctx.app.services.partitions.maintain();
      expect(blocked.skipped).toContain(partitionOf('outbox', later));
      expect(blocked.created).not.toContain(partitionOf('outbox', later));
      expect(blocked.created).toContain(partitionOf('audit_events', later));
    } finally {
      await holder.query('rollback');
      holder.release();
    }
    const next = await ctx.app.services.partitions.maintain();
    expect(next.skipped).toEqual([]);
    expect(next.created).toContain(partitionOf('outbox', later));
    expect((await partitionsOf(ctx.database.db, 'outbox')).live).toContain(partitionOf('outbox', later));
  });

  it('creates the months ahead of its clock, the churning tables with their vacuum settings', async () => {
    const later = monthsAgo(-7);
    for (const table of ['audit_events', 'outbox'] as const)
      expect((await partitionsOf(ctx.database.db, table)).live).not.toContain(partitionOf(table, later));

    ctx.clock.set(later);
    const report = await ctx.app.services.partitions.maintain();

    for (const table of ['audit_events', 'outbox', 'webhook_deliveries', 'idempotency_keys'] as const) {
      const { live } = await partitionsOf(ctx.database.db, table);
      for (let n = 0; n <= 3; n++) expect(live).toContain(partitionOf(table, monthsAgo(-n, later)));
      expect(live).not.toContain(partitionOf(table, monthsAgo(-4, later)));
    }
    expect(report.created).toContain(partitionOf('outbox', monthsAgo(-3, later)));
    expect(report.skipped).toEqual([]);

    const { rows } = await ctx.database.pool.query(
      'select relname, reloptions from pg_class where relname = any($1)',
      [['outbox', 'webhook_deliveries', 'audit_events'].map((t) => partitionOf(t, later))],
    );
    const options = Object.fromEntries(rows.map((r) => [r.relname, r.reloptions ?? []]));
    expect(options[partitionOf('outbox', later)]).toContain('autovacuum_vacuum_scale_factor=0');
    expect(options[partitionOf('webhook_deliveries', later)]).toContain('autovacuum_vacuum_threshold=1000');
    expect(options[partitionOf('audit_events', later)]).toEqual([]);

    // A run with nothing to do creates nothing.
    expect((await ctx.app.services.partitions.maintain()).created).toEqual([]);

    // The months just made take writes: an outbox row stamped in one lands in it, not the default.
    await ctx.database.pool.query(
      `insert into outbox (queue, job_name, payload, created_at, published_at) values ('maintenance', 'x', '{}', $1, $1)`,
      [later],
    );
    const { rows: where } = await ctx.database.pool.query(
      'select tableoid::regclass::text as part from outbox where created_at = $1',
      [later],
    );
    expect(where[0].part).toBe(partitionOf('outbox', later));
  });
});

describe('monthly partitions: retention, and the audit trail across months', () => {
  let ctx: TestContext;
  let city: City;
  const now = new Date();
  beforeAll(async () => {
    ctx = await createTestContext({
      AUDIT_ARCHIVE_AFTER_MONTHS: '2',
      OUTBOX_RETENTION_MONTHS: '1',
      WEBHOOK_DELIVERY_RETENTION_MONTHS: '2',
    });
    city = await createCity(ctx.database);
  });
  afterAll(async () => ctx.close());

  const verifyAll = async () => {
    const res = await call(ctx, city.keys.admin, { method: 'GET', url: '/v1/audit/verify' });
    expect(res.statusCode).toBe(200);
    return res.json() as { ok: boolean; chains: number; events: number; broken: unknown[] };
  };
  const defaultRowsMetric = async () => {
    const text = (await call(ctx, city.keys.ops, { method: 'GET', url: '/metrics' })).body;
    const series = 'wd_partition_default_rows{table="audit_events"} ';
    const line = text.split('\n').find((l) => l.startsWith(series));
    return line === undefined ? undefined : Number(line.slice(series.length));
  };
  const append = (entityId: string, at: Date, action = 'test.touched') =>
    transaction(ctx.database.db, (tx) =>
      appendAuditEvents(tx, [
        { entityType: 'test', entityId, action, actor: systemActor, after: { at }, at },
      ]),
    );

  it('verifies chains and checkpoints across months, before and after old months are archived', async () => {
    // One chain with an event in each of six months, and an order made through the API five months ago.
    const entity = newId();
    for (let n = 5; n >= 0; n--) await append(entity, monthsAgo(n, now));
    ctx.clock.set(monthsAgo(5, now));
    const order = await call(ctx, city.keys.staffA1, {
      method: 'POST',
      url: '/v1/orders',
      payload: orderBody(city),
    });
    expect(order.statusCode).toBe(201);
    const orderId = order.json().id as string;
    ctx.clock.set(now);

    // Months no partition holds yet went to the default partition, which the metrics show; the trail
    // verifies all the same.
    expect((await partitionsOf(ctx.database.db, 'audit_events')).defaultRows).toBeGreaterThan(0);
    expect(await defaultRowsMetric()).toBeGreaterThan(0);
    const before = await verifyAll();
    expect(before.ok).toBe(true);
    expect(before.events).toBeGreaterThanOrEqual(7);

    ctx.clock.advance(11_000);
    const checkpoint = (
      await call(ctx, city.keys.ops, { method: 'POST', url: '/v1/audit/checkpoints' })
    ).json();
    expect(checkpoint.chainCount).toBe(before.chains);

    const report = await ctx.app.services.partitions.maintain();
    const audit = await partitionsOf(ctx.database.db, 'audit_events');
    expect(audit.defaultRows).toBe(0);
    expect(await defaultRowsMetric()).toBe(0);
    // Older than two months: archived, never dropped; the last two months and this one stay live.
    for (const n of [5, 4, 3]) {
      expect(audit.archived).toContain(partitionOf('audit_events', monthsAgo(n, now)));
      expect(report.retired).toContain(partitionOf('audit_events', monthsAgo(n, now)));
    }
    for (const n of [2, 1, 0]) expect(audit.live).toContain(partitionOf('audit_events', monthsAgo(n, now)));
    const { rows: live } = await ctx.database.pool.query(
      'select count(*)::int as n from audit_events where entity_id = $1',
      [entity],
    );
    expect(live[0].n).toBe(3);

    const after = await verifyAll();
    expect(after).toEqual(before);
    const rechecked = await call(ctx, city.keys.admin, {
      method: 'GET',
      url: `/v1/audit/checkpoints/${checkpoint.id}/verify`,
    });
    expect(rechecked.json()).toMatchObject({ ok: true, signatureValid: true, headsMatch: true });
    const one = await call(ctx, city.keys.admin, {
      method: 'GET',
      url: `/v1/audit/verify?entityId=${entity}`,
    });
    expect(one.json()).toMatchObject({ ok: true, events: 6 });
    const timeline = await call(ctx, city.keys.admin, {
      method: 'GET',
      url: `/v1/orders/${orderId}/timeline`,
    });
    expect(timeline.statusCode).toBe(200);
    expect(timeline.json().items.length).toBeGreaterThan(0);

    // A chain whose first months are archived goes on from its head.
    await append(entity, now, 'test.touched.again');
    const longer = await call(ctx, city.keys.admin, {
      method: 'GET',
      url: `/v1/audit/verify?entityId=${entity}`,
    });
    expect(longer.json()).toMatchObject({ ok: true, events: 7 });

    // Archived months are read-only.
    await expect(
      ctx.database.pool.query("update archive.audit_events set action = 'forged' where entity_id = $1", [
        entity,
      ]),
    ).rejects.toThrow(/append-only/);
    await expect(
      ctx.database.pool.query('delete from archive.audit_events where entity_id = $1', [entity]),
    ).rejects.toThrow(/append-only/);
  });

  it('refuses a second event with a seq the chain already has, in whatever month', async () => {
    const entity = newId();
    await append(entity, monthsAgo(1, now));
    await append(entity, now);
    const { rows } = await ctx.database.pool.query(
      'select * from audit_events where entity_id = $1 order by seq',
      [entity],
    );
    const fork = (seq: number, createdAt: Date) =>
      ctx.database.pool.query('select audit_append($1::jsonb)', [
        JSON.stringify([{ ...rows[seq - 1], seq, created_at: createdAt.toISOString(), hash: 'forged' }]),
      ]);
    await expect(fork(1, monthsAgo(-1, now))).rejects.toMatchObject({ code: '23505' });
    await expect(fork(2, monthsAgo(1, now))).rejects.toMatchObject({ code: '23505' });
    const { rows: after } = await ctx.database.pool.query(
      'select count(*)::int as n from audit_events where entity_id = $1',
      [entity],
    );
    expect(after[0].n).toBe(2);
  });

  it('drops outbox, delivery and idempotency months past retention, keeping an outbox month with work left', async () => {
    const pool = ctx.database.pool;
    const endpointId = await createWebhookEndpoint(ctx.database, { regionId: city.district.id });
    const months = [4, 3, 2, 1, 0].map((n) => monthsAgo(n, now));
    const deliveries: string[] = [];
    for (const at of months) deliveries.push(await monthOfRows(pool, at, endpointId, newId()));
    // Three months ago, a job the relay never took: that month stays until it is published.
    await pool.query(
      `insert into outbox (queue, job_name, payload, created_at) values ('maintenance', 'stuck', '{}', $1)`,
      [months[1]],
    );

    const report = await ctx.app.services.partitions.maintain();

    const outbox = await partitionsOf(ctx.database.db, 'outbox');
    expect(outbox.live).not.toContain(partitionOf('outbox', months[0]!));
    expect(outbox.live).toContain(partitionOf('outbox', months[1]!));
    expect(outbox.live).not.toContain(partitionOf('outbox', months[2]!));
    expect(outbox.live).toContain(partitionOf('outbox', months[3]!));
    expect(outbox.archived).toEqual([]);
    expect(report.retired).not.toContain(partitionOf('outbox', months[1]!));

    const hooks = await partitionsOf(ctx.database.db, 'webhook_deliveries');
    for (const at of months.slice(0, 2))
      expect(hooks.live).not.toContain(partitionOf('webhook_deliveries', at));
    for (const at of months.slice(2)) expect(hooks.live).toContain(partitionOf('webhook_deliveries', at));
    const { rows: kept } = await pool.query(
      'select id from webhook_deliveries where id = any($1) order by id',
      [deliveries],
    );
    expect(kept.map((r) => r.id)).toEqual(deliveries.slice(2));
    // A delivery is found by id in its month's partition alone.
    const { rows: plan } = await pool.query(
      'explain (costs off) select * from webhook_deliveries where id = $1',
      [deliveries[3]],
    );
    const text = plan.map((r) => r['QUERY PLAN']).join('\n');
    expect(text).toContain(partitionOf('webhook_deliveries', months[3]!));
    expect(text).not.toContain(partitionOf('webhook_deliveries', months[4]!));

    // Idempotency records live IDEMPOTENCY_RETENTION_S (a day): every month before this one goes.
    const keys = await partitionsOf(ctx.database.db, 'idempotency_keys');
    for (const at of months.slice(0, 3)) expect(keys.live).not.toContain(partitionOf('idempotency_keys', at));
    expect(keys.live).toContain(partitionOf('idempotency_keys', now));
  });

  it('replays an Idempotency-Key whose first use sits in another month’s partition', async () => {
    const headers = { 'idempotency-key': 'month-boundary-1' };
    const payload = orderBody(city);
    const first = await call(ctx, city.keys.staffA1, { method: 'POST', url: '/v1/orders', payload, headers });
    expect(first.statusCode).toBe(201);
    // The stored answer moves to last month's partition (as a first use just before midnight would be).
    await ctx.database.pool.query(
      `update idempotency_keys set created_at = $1 where key = 'month-boundary-1'`,
      [monthsAgo(1, now)],
    );
    const { rows } = await ctx.database.pool.query(
      `select tableoid::regclass::text as part from idempotency_keys where key = 'month-boundary-1'`,
    );
    expect(rows[0].part).not.toBe(partitionOf('idempotency_keys', now));
    const orders = await countRows(ctx.database, ['orders']);

    const retry = await call(ctx, city.keys.staffA1, { method: 'POST', url: '/v1/orders', payload, headers });
    expect(retry.statusCode).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.json().id).toBe(first.json().id);
    expect(await countRows(ctx.database, ['orders'])).toEqual(orders);
  });
});
