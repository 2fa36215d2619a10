import { count, eq, gt, sum } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { escalations, offers, slaBreaches, webhookDeliveries } from '../db/schema/index.js';

/**
 * The counts the Prometheus gauges read at scrape time, across every module's tables: figures for
 * operators, not rules. The outbox backlog is the outbox's own (`backlog` in src/outbox/outbox.repo.ts).
 */

export const offersByStatus = (db: Db) =>
  db.select({ key: offers.status, n: count() }).from(offers).groupBy(offers.status);

export const breachesByLevel = (db: Db) =>
  db.select({ key: slaBreaches.levelAfter, n: count() }).from(slaBreaches).groupBy(slaBreaches.levelAfter);

export const deliveriesByStatus = (db: Db) =>
  db
    .select({ key: webhookDeliveries.status, n: count() })
    .from(webhookDeliveries)
    .groupBy(webhookDeliveries.status);

/** Webhook attempts that redelivered a message after an attempt of unknown outcome (never recorded). */
export async function webhookRedeliveriesAfterCrash(db: Db): Promise<number> {
  const [row] = await db
    .select({ n: sum(webhookDeliveries.unknownOutcomeAttempts).mapWith(Number) })
    .from(webhookDeliveries)
    .where(gt(webhookDeliveries.unknownOutcomeAttempts, 0));
  return row?.n ?? 0;
}

export async function openEscalations(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(escalations).where(eq(escalations.status, 'open'));
  return row?.n ?? 0;
}
