import { count, eq, isNull, sql } from 'drizzle-orm';
import type { Counter, Registry } from 'prom-client';
import type { Database } from '../db/client.js';
import {
  deliveryStatuses,
  escalations,
  offerStatuses,
  offers,
  outbox,
  slaBreaches,
  webhookDeliveries,
} from '../db/schema/index.js';
import { scrapeGauge, shared } from './scrape-gauge.js';

/** Known values get a zero sample, so a series exists (and alerts can fire) before the first row. */
function countsBy<K extends string | number>(
  known: readonly K[],
  rows: { key: K; n: number }[],
): [K, number][] {
  const counts = new Map<K, number>(known.map((k) => [k, 0]));
  for (const r of rows) counts.set(r.key, r.n);
  return [...counts];
}

/** Figures kept in Postgres: outbox backlog, offers, SLA breaches, webhook deliveries, open escalations. */
export function registerDbGauges(registry: Registry, errors: Counter<'metric'>, { db }: Database): void {
  const backlog = shared(async () => {
    // Both figures come from the rows the partial index outbox_unpublished_idx covers.
    const [row] = await db
      .select({
        n: count(),
        age: sql<number | null>`extract(epoch from now() - min(${outbox.createdAt}))::float8`,
      })
      .from(outbox)
      .where(isNull(outbox.publishedAt));
    return { n: row?.n ?? 0, age: Math.max(0, row?.age ?? 0) };
  });
  scrapeGauge(
    registry,
    errors,
    { name: 'wd_outbox_backlog', help: 'Outbox rows not yet moved to a queue' },
    async () => [{ value: (await backlog()).n }],
  );
  scrapeGauge(
    registry,
    errors,
    {
      name: 'wd_outbox_oldest_age_seconds',
      help: 'Age of the oldest outbox row not yet moved to a queue (0 when none)',
    },
    async () => [{ value: (await backlog()).age }],
  );

  scrapeGauge(
    registry,
    errors,
    { name: 'wd_offers', help: 'Offers by current status', labelNames: ['status'] },
    async () => {
      const rows = await db.select({ key: offers.status, n: count() }).from(offers).groupBy(offers.status);
      return countsBy(offerStatuses, rows).map(([status, value]) => ({ labels: { status }, value }));
    },
  );

  scrapeGauge(
    registry,
    errors,
    {
      name: 'wd_sla_breaches',
      help: 'SLA breaches recorded so far, by the escalation level they led to',
      labelNames: ['level'],
    },
    async () => {
      const rows = await db
        .select({ key: slaBreaches.levelAfter, n: count() })
        .from(slaBreaches)
        .groupBy(slaBreaches.levelAfter);
      return countsBy([0, 1, 2], rows).map(([level, value]) => ({ labels: { level }, value }));
    },
  );

  scrapeGauge(
    registry,
    errors,
    { name: 'wd_webhook_deliveries', help: 'Webhook deliveries by current status', labelNames: ['status'] },
    async () => {
      const rows = await db
        .select({ key: webhookDeliveries.status, n: count() })
        .from(webhookDeliveries)
        .groupBy(webhookDeliveries.status);
      return countsBy(deliveryStatuses, rows).map(([status, value]) => ({ labels: { status }, value }));
    },
  );

  scrapeGauge(
    registry,
    errors,
    { name: 'wd_escalations_open', help: 'Escalations waiting for a response' },
    async () => {
      const [row] = await db.select({ n: count() }).from(escalations).where(eq(escalations.status, 'open'));
      return [{ value: row?.n ?? 0 }];
    },
  );
}
