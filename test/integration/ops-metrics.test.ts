import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../../src/db/client.js';
import {
  escalations,
  offers,
  orders,
  outbox,
  slaBreaches,
  webhookDeliveries,
  webhookEndpoints,
} from '../../src/db/schema/index.js';
import { newId } from '../../src/lib/ids.js';
import { createMetrics } from '../../src/metrics/registry.js';
import { startMetricsServer } from '../../src/metrics/server.js';
import { type City, call, createCity, createMember } from '../factories/index.js';
import { createTestContext, type TestContext } from '../helpers/context.js';

/** The value of one sample in Prometheus text, or undefined when the series is absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('GET /metrics', () => {
  let ctx: TestContext;
  let city: City;
  beforeAll(async () => {
    ctx = await createTestContext();
    city = await createCity(ctx.database);
  });
  afterAll(async () => ctx.close());

  const scrape = async () => {
    const res = await call(ctx, city.keys.ops, { method: 'GET', url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain');
    return res.body;
  };

  it('refuses callers without a key (401) and roles other than ops and admin (403)', async () => {
    const anonymous = await call(ctx, null, { method: 'GET', url: '/metrics' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json()).toMatchObject({ code: 'unauthorized' });
    const staff = await call(ctx, city.keys.staffA1, { method: 'GET', url: '/metrics' });
    expect(staff.statusCode).toBe(403);
    expect(staff.json()).toMatchObject({ code: 'forbidden' });
    const admin = await call(ctx, city.keys.admin, { method: 'GET', url: '/metrics' });
    expect(admin.statusCode).toBe(200);
  });

  it('publishes every family: HTTP, queues, outbox, offers, SLA, webhooks, escalations, process', async () => {
    const text = await scrape();
    for (const family of [
      'http_requests_total',
      'http_request_duration_seconds',
      'wd_queue_jobs',
      'wd_queue_oldest_waiting_seconds',
      'wd_outbox_backlog',
      'wd_outbox_oldest_age_seconds',
      'wd_offers',
      'wd_sla_breaches',
      'wd_webhook_deliveries',
      'wd_webhook_redeliveries_after_crash',
      'wd_escalations_open',
      'process_resident_memory_bytes',
      'nodejs_eventloop_lag_seconds',
      'nodejs_heap_size_used_bytes',
    ]) {
      expect(text, family).toContain(`# TYPE ${family} `);
    }
    for (const queue of ['matching', 'offers', 'webhooks', 'sla', 'maintenance']) {
      expect(sample(text, `wd_queue_jobs{queue="${queue}",state="waiting"}`), queue).toBe(0);
    }
  });

  it('counts requests by method, route pattern and status, never by URL', async () => {
    const jobRef = 'maintenance:42';
    const res = await call(ctx, city.keys.ops, {
      method: 'POST',
      url: `/v1/ops/failed-jobs/${jobRef}/retry`,
    });
    expect(res.statusCode).toBe(403);
    const text = await scrape();
    const series = 'http_requests_total{method="POST",route="/v1/ops/failed-jobs/:id/retry",status="403"}';
    expect(sample(text, series)).toBe(1);
    expect(
      sample(
        text,
        'http_request_duration_seconds_count{method="POST",route="/v1/ops/failed-jobs/:id/retry",status="403"}',
      ),
    ).toBe(1);
    expect(text).not.toContain(jobRef);
    const unknown = await call(ctx, city.keys.ops, { method: 'GET', url: '/v1/no/such/route/123' });
    expect(unknown.statusCode).toBe(404);
    const after = await scrape();
    expect(sample(after, 'http_requests_total{method="GET",route="unmatched",status="404"}')).toBe(1);
    expect(after).not.toContain('/v1/no/such/route');
  });

  it('reads queue depth and the oldest waiting age from BullMQ at scrape time', async () => {
    await ctx.queues
      .get('matching')
      .add('match', { orderId: newId(), reason: 'published' }, { jobId: 'metrics-probe' });
    const text = await scrape();
    expect(sample(text, 'wd_queue_jobs{queue="matching",state="waiting"}')).toBe(1);
    expect(sample(text, 'wd_queue_oldest_waiting_seconds{queue="matching"}')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'wd_queue_jobs{queue="offers",state="waiting"}')).toBe(0);
    await ctx.queues.get('matching').remove('metrics-probe');
  });

  it('reads outbox, offers, SLA breaches, webhook deliveries and open escalations from Postgres', async () => {
    const { db } = ctx.database;
    const tenMinutesAgo = new Date(Date.now() - 600_000);
    await db.insert(outbox).values({
      queue: 'matching',
      jobName: 'probe',
      payload: { orderId: newId(), reason: 'published' },
      createdAt: tenMinutesAgo,
    });
    const orderId = newId();
    await db.insert(orders).values({
      id: orderId,
      communityId: city.communityA1.id,
      regionPath: city.communityA1.path,
      categoryCode: 'home_visit',
      title: 'Visit',
      description: 'A home visit',
      priority: 'urgent',
      headcount: 2,
      source: 'walk_in',
      dispatchMode: 'auto',
      status: 'open',
    });
    const memberIds = await Promise.all(
      [1, 2, 3].map(async () => (await createMember(ctx.database, { communityId: city.communityA1.id })).id),
    );
    const offerRow = (memberId: string, rank: number, status: 'pending' | 'expired') => ({
      id: newId(),
      orderId,
      memberId,
      wave: 1,
      rank,
      status,
      score: 1,
      scoreParts: {},
      expiresAt: new Date(),
    });
    await db
      .insert(offers)
      .values([
        offerRow(memberIds[0]!, 1, 'pending'),
        offerRow(memberIds[1]!, 2, 'expired'),
        offerRow(memberIds[2]!, 3, 'expired'),
      ]);
    const escalationId = newId();
    await db.insert(escalations).values({
      id: escalationId,
      orderId,
      level: 1,
      regionId: city.streetA.id,
      regionPath: city.streetA.path,
      trigger: 'claim_breach',
      reason: 'unclaimed',
      respondBy: new Date(Date.now() + 3_600_000),
    });
    await db.insert(slaBreaches).values({
      id: newId(),
      orderId,
      escalationId,
      kind: 'claim',
      deadline: new Date(Date.now() - 60_000),
      detectedAt: new Date(),
      lateMs: 60_000,
      levelAfter: 1,
      detectedBy: 'timer',
    });
    const endpointId = newId();
    await db.insert(webhookEndpoints).values({
      id: endpointId,
      url: 'http://127.0.0.1:9/hook',
      events: ['order.published'],
      secret: 'whsec_x',
    });
    await db.insert(webhookDeliveries).values(
      (['succeeded', 'dead', 'dead'] as const).map((status) => ({
        id: newId(),
        endpointId,
        messageId: newId(),
        eventType: 'order.published',
        payload: {},
        status,
      })),
    );

    const text = await scrape();
    expect(sample(text, 'wd_outbox_backlog')).toBe(1);
    expect(sample(text, 'wd_outbox_oldest_age_seconds')).toBeGreaterThanOrEqual(600);
    expect(sample(text, 'wd_offers{status="pending"}')).toBe(1);
    expect(sample(text, 'wd_offers{status="expired"}')).toBe(2);
    expect(sample(text, 'wd_offers{status="accepted"}')).toBe(0);
    expect(sample(text, 'wd_sla_breaches{level="1"}')).toBe(1);
    expect(sample(text, 'wd_sla_breaches{level="2"}')).toBe(0);
    expect(sample(text, 'wd_webhook_deliveries{status="dead"}')).toBe(2);
    expect(sample(text, 'wd_webhook_deliveries{status="succeeded"}')).toBe(1);
    expect(sample(text, 'wd_escalations_open')).toBe(1);
  });

  it('serves /metrics without a key on the separate metrics listener (METRICS_PORT), and nothing else', async () => {
    const server = await startMetricsServer(ctx.app.metrics.registry, 0, '127.0.0.1');
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const res = await fetch(`${base}/metrics`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/plain');
      const text = await res.text();
      expect(text).toContain('# TYPE http_requests_total counter');
      expect(sample(text, 'wd_escalations_open')).toBe(1);
      expect((await fetch(`${base}/v1/ops/queues`)).status).toBe(404);
      expect((await fetch(`${base}/metrics`, { method: 'POST' })).status).toBe(404);
    } finally {
      server.close();
    }
  });

  it('still answers when Postgres does not: those figures are left out and the failure is counted', async () => {
    const unreachable = createDatabase('postgres://postgres@127.0.0.1:1/nowhere', 1);
    try {
      const { registry } = createMetrics({ database: unreachable, queues: ctx.queues });
      const text = await registry.metrics();
      expect(text).not.toMatch(/^wd_offers\{/m);
      expect(sample(text, 'wd_outbox_backlog')).toBeNaN();
      expect(sample(text, 'wd_queue_jobs{queue="matching",state="waiting"}')).toBe(0);
      // The counter is read as the scrape starts, so a scrape's failures show from the next one on.
      const next = await registry.metrics();
      expect(sample(next, 'wd_metrics_collect_errors_total{metric="wd_offers"}')).toBe(1);
      expect(sample(next, 'wd_metrics_collect_errors_total{metric="wd_outbox_backlog"}')).toBe(1);
      expect(next).not.toContain('wd_metrics_collect_errors_total{metric="wd_queue_jobs"}');
    } finally {
      await unreachable.close();
    }
  });
});
