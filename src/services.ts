/**
 * The composition root: every service is built here, once, from the process's dependencies, for
 * the API (`app.services`) and for the workers (`JobDeps.services`). A service factory takes only
 * what it needs (`Pick<ServiceDeps, …>`); nothing else in src/ builds a service.
 */

import { maintainPartitions, partitionPolicy } from './db/partitions.js';
import { createReadRouting, redisFences } from './db/replica.js';
import { createApiKeysService } from './modules/api-keys/api-keys.service.js';
import { createAuditService } from './modules/audit/audit.service.js';
import { createCheckpointsService } from './modules/audit/checkpoints.service.js';
import { createCategoriesService } from './modules/categories/categories.service.js';
import type { ServiceDeps } from './modules/deps.js';
import { createEvaluationsService } from './modules/evaluations/evaluations.service.js';
import { EventHub } from './modules/events/event-hub.js';
import { createEventsService } from './modules/events/events.service.js';
import { createStreamSlots } from './modules/events/stream-slots.js';
import { createHealthService } from './modules/health/health.service.js';
import { createHouseholdsService } from './modules/households/households.service.js';
import { createPairingsService } from './modules/households/pairings.service.js';
import { createVisitsService } from './modules/households/visits.service.js';
import { createMerchantsService } from './modules/ledger/merchants.service.js';
import { createRedemptionsService } from './modules/ledger/redemptions.service.js';
import { createStatementsService } from './modules/ledger/statements.service.js';
import { createMembersService } from './modules/members/members.service.js';
import { FirstReads } from './modules/offers/first-reads.js';
import { createMatchingService } from './modules/offers/matching.service.js';
import { createOfferExpiryService } from './modules/offers/offer-expiry.service.js';
import { createOffersService } from './modules/offers/offers.service.js';
import { WaveWrites } from './modules/offers/wave-writes.js';
import { createOpen311Service } from './modules/open311/open311.service.js';
import { createDashboardSessions } from './modules/ops/dashboard-sessions.service.js';
import { createFailedJobsService } from './modules/ops/failed-jobs.service.js';
import { createClaimsService } from './modules/orders/claims.service.js';
import { createOrdersService } from './modules/orders/orders.service.js';
import { createVerificationService } from './modules/orders/verification.service.js';
import { createPrivacyService } from './modules/privacy/privacy.service.js';
import { idempotencyRetention } from './modules/privacy/retention.js';
import { createRegionsService } from './modules/regions/regions.service.js';
import { createReportsService } from './modules/reports/reports.service.js';
import { createBookingRemindersService } from './modules/resources/booking-reminders.service.js';
import { createBookingsService } from './modules/resources/bookings.service.js';
import { createResourcesService } from './modules/resources/resources.service.js';
import { createDeadlineTimersService } from './modules/sla/deadline-timers.service.js';
import { createEscalationsService } from './modules/sla/escalations.service.js';
import { createSlaService } from './modules/sla/sla.service.js';
import { createTimerReconciler } from './modules/sla/timer-reconciler.js';
import { createTransferTimersService } from './modules/transfers/transfer-timers.service.js';
import { createTransfersService } from './modules/transfers/transfers.service.js';
import { createUnitsService } from './modules/units/units.service.js';
import { createWebhookDeliveriesService } from './modules/webhooks/deliveries.service.js';
import { createWebhookEndpointsService } from './modules/webhooks/endpoints.service.js';
import type { Queues } from './outbox/queues.js';

export interface ServicesDeps extends ServiceDeps {
  queues: Queues;
}

export function buildServices(deps: ServicesDeps) {
  const { db, clock, config, queues } = deps;
  const orders = createOrdersService({ db, clock, config });
  const claims = createClaimsService({ db, clock, config });
  // Reports and statements may read from a streaming replica (DATABASE_REPLICA_URL); see docs/scaling.md.
  const reads = createReadRouting({
    primary: db,
    replicaUrl: config.DATABASE_REPLICA_URL,
    poolSize: config.DATABASE_REPLICA_POOL_SIZE,
    preparedStatements: config.DATABASE_PREPARED_STATEMENTS,
    fences: redisFences(queues.connection, queues.prefix),
    fenceMs: config.DATABASE_REPLICA_FENCE_S * 1000,
    retryMs: config.DATABASE_REPLICA_RETRY_S * 1000,
  });
  // The API's event streams; built here for every process, it opens its connection with the first stream.
  const eventStreams: EventHub = new EventHub({
    db,
    clock,
    config,
    slots: createStreamSlots({
      redis: queues.connection,
      prefix: queues.prefix,
      max: config.STREAM_MAX_PER_KEY,
      leaseMs: config.STREAM_HEARTBEAT_S * 3000,
      localCount: (keyId) => eventStreams.countOf(keyId),
    }),
  });
  return {
    apiKeys: createApiKeysService({ db, clock }),
    audit: createAuditService({ db }),
    checkpoints: createCheckpointsService({ db, clock, hmacKey: config.AUDIT_HMAC_KEY }),
    categories: createCategoriesService({ db, clock }),
    regions: createRegionsService({ db, clock }),
    units: createUnitsService({ db, clock }),
    members: createMembersService({ db, clock }),
    privacy: createPrivacyService({ db, clock }),
    households: createHouseholdsService({ db, clock }),
    pairings: createPairingsService({ db, clock }),
    visits: createVisitsService({ db, clock, config }),
    orders,
    verification: createVerificationService({ db, clock, config }),
    claims,
    offers: createOffersService({ db, clock, claims }),
    matching: createMatchingService({
      db,
      clock,
      config,
      waves: new WaveWrites(db),
      reads: new FirstReads(db, clock, {
        pendingWeight: config.MATCH_PENDING_WEIGHT,
        fanout: config.MATCH_FANOUT,
      }),
    }),
    offerExpiry: createOfferExpiryService({ db, clock }),
    transfers: createTransfersService({ db, clock, config }),
    transferTimers: createTransferTimersService({ db, clock }),
    sla: createSlaService({ db, clock }),
    escalations: createEscalationsService({ db, clock }),
    deadlineTimers: createDeadlineTimersService({ db, clock }),
    timerReconciler: createTimerReconciler({ db, clock }),
    idempotencyRetention: idempotencyRetention({ db, clock, retentionS: config.IDEMPOTENCY_RETENTION_S }),
    /** Monthly partitions: made ahead, strays moved in, past retention archived or dropped. */
    partitions: {
      maintain: () => {
        const now = clock.now();
        return maintainPartitions(db, now, partitionPolicy(config, now));
      },
    },
    open311: createOpen311Service({ db, clock, orders }),
    dashboardSessions: createDashboardSessions({ db, clock }),
    failedJobs: createFailedJobsService({ db, queues, clock }),
    health: createHealthService({ db }),
    merchants: createMerchantsService({ db, clock }),
    redemptions: createRedemptionsService({ db, clock }),
    statements: createStatementsService({ db, reads }),
    reports: createReportsService({ clock, reads }),
    evaluations: createEvaluationsService({ db, clock, config, reads }),
    resources: createResourcesService({ db, clock, config }),
    bookings: createBookingsService({ db, clock, config }),
    bookingReminders: createBookingRemindersService({ db, clock }),
    webhookEndpoints: createWebhookEndpointsService({ db, clock, config }),
    webhookDeliveries: createWebhookDeliveriesService({ db, clock, config }),
    events: createEventsService({ db, clock, config }),
    eventStreams,
    reads,
  };
}

export type Services = ReturnType<typeof buildServices>;
