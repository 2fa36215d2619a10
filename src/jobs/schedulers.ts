import type { Config } from '../config.js';
import { INLINE_SWEEP_EVERY_MS } from '../modules/webhooks/inline-attempts.js';
import type { Queues } from '../outbox/queues.js';
import { keepReminderReconcilerScheduled } from './processors/bookings.js';
import { keepPlannerScheduled, keepReconcilerScheduled } from './processors/sla.js';
import { keepVisitSweepScheduled } from './processors/visits.js';

/**
 * Repeating jobs, installed idempotently by every worker (BullMQ job schedulers are keyed by id,
 * so many workers installing them still yield one schedule, and one run at a time).
 */
export async function installSchedulers(queues: Queues, config: Config): Promise<void> {
  await queues
    .get('maintenance')
    .upsertJobScheduler('no-shows', { every: 60_000 }, { name: 'no_shows', data: { kind: 'no_shows' } });
  // The safety net of offer timers: overdue pending offers expire and the next wave goes out.
  await queues
    .get('maintenance')
    .upsertJobScheduler(
      'expire-offers',
      { every: 30_000 },
      { name: 'expire_offers', data: { kind: 'expire_offers' } },
    );
  // Audit anchoring: a signed checkpoint of every chain's head, every hour.
  await queues
    .get('maintenance')
    .upsertJobScheduler(
      'audit-checkpoint',
      { pattern: '0 * * * *' },
      { name: 'audit_checkpoint', data: { kind: 'audit_checkpoint' } },
    );
  // Stored idempotent answers can hold personal data: past the retention they are deleted, hourly.
  await queues
    .get('maintenance')
    .upsertJobScheduler(
      'idempotency-retention',
      { pattern: '15 * * * *' },
      { name: 'idempotency_retention', data: { kind: 'idempotency_retention' } },
    );
  // The event feed keeps EVENTS_RETENTION_DAYS of events: older ones are deleted, hourly.
  await queues
    .get('maintenance')
    .upsertJobScheduler(
      'events-retention',
      { pattern: '45 * * * *' },
      { name: 'events_retention', data: { kind: 'events_retention' } },
    );
  // Monthly partitions: the months ahead made, past retention archived or dropped, hourly (a run
  // with nothing to do only reads the catalog).
  await queues
    .get('maintenance')
    .upsertJobScheduler(
      'partitions',
      { pattern: '30 * * * *' },
      { name: 'partitions', data: { kind: 'partitions' } },
    );
  // First webhook attempts left by a matching process that stopped go to the webhooks queue.
  await queues
    .get('maintenance')
    .upsertJobScheduler(
      'webhooks-inline-sweep',
      { every: INLINE_SWEEP_EVERY_MS },
      { name: 'webhooks_inline_sweep', data: { kind: 'webhooks_inline_sweep' } },
    );
  await keepReconcilerScheduled(queues, config.SLA_RECONCILE_EVERY_MS);
  await keepPlannerScheduled(queues);
  await keepReminderReconcilerScheduled(queues, config);
  // Paired households' visits, published from Postgres (the sweep is its own reconciler).
  await keepVisitSweepScheduled(queues, config.VISIT_SWEEP_EVERY_MS);
}
