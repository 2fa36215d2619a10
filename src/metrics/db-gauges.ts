import type { Counter, Registry } from 'prom-client';
import type { Database, Db } from '../db/client.js';
import { defaultPartitionRows, partitionedTables } from '../db/partitions.js';
import { deliveryStatuses, offerStatuses } from '../db/schema/enums.js';
import { backlog } from '../outbox/outbox.repo.js';
import {
  breachesByLevel,
  deliveriesByStatus,
  offersByStatus,
  openEscalations,
  webhookRedeliveriesAfterCrash,
} from './figures.repo.js';
import { scrapeGauge, shared } from './scrape-gauge.js';

/**
 * Figures kept in Postgres: outbox backlog, offers, SLA breaches, webhook deliveries and their
 * redeliveries after a crash, open escalations, rows in the default partitions.
 */
export function registerDbGauges(registry: Registry, errors: Counter<'metric'>, { db }: Database): void {
  /**
   * A gauge of row counts by one label. Known values get a zero sample, so a series exists (and
   * alerts can fire) before the first row.
   */
  function countsGauge<K extends string | number>(
    opts: { name: string; help: string; label: string },
    known: readonly K[],
    read: (db: Db) => Promise<{ key: K; n: number }[]>,
  ) {
    scrapeGauge(registry, errors, { ...opts, labelNames: [opts.label] }, async () => {
      const counts = new Map<K, number>(known.map((k) => [k, 0]));
      for (const r of await read(db)) counts.set(r.key, r.n);
      return [...counts].map(([key, value]) => ({ labels: { [opts.label]: key }, value }));
    });
  }

  const outbox = shared(() => backlog(db));
  scrapeGauge(
    registry,
    errors,
    { name: 'wd_outbox_backlog', help: 'Outbox rows not yet moved to a queue' },
    async () => [{ value: (await outbox()).rows }],
  );
  scrapeGauge(
    registry,
    errors,
    {
      name: 'wd_outbox_oldest_age_seconds',
      help: 'Age of the oldest outbox row not yet moved to a queue (0 when none)',
    },
    async () => [{ value: (await outbox()).oldestAgeS }],
  );
  countsGauge(
    { name: 'wd_offers', help: 'Offers by current status', label: 'status' },
    offerStatuses,
    offersByStatus,
  );
  countsGauge(
    {
      name: 'wd_sla_breaches',
      help: 'SLA breaches recorded so far, by the escalation level they led to',
      label: 'level',
    },
    [0, 1, 2],
    breachesByLevel,
  );
  countsGauge(
    { name: 'wd_webhook_deliveries', help: 'Webhook deliveries by current status', label: 'status' },
    deliveryStatuses,
    deliveriesByStatus,
  );
  countsGauge(
    {
      name: 'wd_partition_default_rows',
      help: 'Rows in the default partition of a table partitioned by month (0 unless a clock is off or the partition upkeep has not run)',
      label: 'table',
    },
    partitionedTables,
    defaultPartitionRows,
  );
  scrapeGauge(
    registry,
    errors,
    {
      name: 'wd_webhook_redeliveries_after_crash',
      help: 'Webhook attempts started after an attempt whose outcome is unknown (its process stopped, or lost Postgres, before recording it), recorded so far',
    },
    async () => [{ value: await webhookRedeliveriesAfterCrash(db) }],
  );
  scrapeGauge(
    registry,
    errors,
    { name: 'wd_escalations_open', help: 'Escalations waiting for a response' },
    async () => [{ value: await openEscalations(db) }],
  );
}
