/**
 * The job contracts: every queue and the payload of each of its jobs. Producers write jobs to the
 * outbox (outbox.ts) in their transaction; the relay (src/jobs/outbox-relay.ts) moves them to BullMQ. Jobs carry ids, never personal data; a processor
 * looks the state up in Postgres and acts only if it is still needed.
 */
export const QueueName = {
  /** Matching waves of auto-dispatched orders. */
  Matching: 'matching',
  /** Offer expiry timers. */
  Offers: 'offers',
  /** Webhook deliveries, retried with backoff. */
  Webhooks: 'webhooks',
  /** Deadline timers (SLA deadlines, requests for a claim) and their reconciler. */
  Sla: 'sla',
  /** Booking reminders (delayed jobs) and their reconciler. */
  Bookings: 'bookings',
  /** Periodic housekeeping: no-shows, audit checkpoints, retention of stored idempotent answers and of events, partitions. */
  Maintenance: 'maintenance',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];
export const allQueues: QueueName[] = Object.values(QueueName);

export interface JobPayloads {
  matching: {
    orderId: string;
    reason: 'published' | 'offers_closed' | 'escalated' | 'claim_withdrawn' | 'reopened' | 'edited';
  };
  /** The expiry timer of a wave's offers (they share their expiry); `{ offerId }` is one offer's timer. */
  offers: { orderId: string; wave: number } | { offerId: string };
  /** One delivery, or several to one endpoint attempted together (see the webhooks fan-out, migration 0007). */
  webhooks:
    | { deliveryId: string }
    /** `attemptsBefore`: attempts made before the job (a matching wave's first, see inline-attempts.ts). */
    | { deliveryIds: string[]; attemptsBefore?: number };
  sla: /** `replans`: how often a timer that fired before its deadline was planned again. */
    | { orderId: string; kind: 'claim' | 'complete'; deadline: string; replans?: number }
    | { escalationId: string; kind: 'response'; deadline: string; replans?: number }
    /** A request for a claim left unanswered until `deadline`: the claim moves by itself. */
    | { transferId: string; kind: 'transfer'; deadline: string; replans?: number }
    | { kind: 'reconcile' }
    /** The timer planner: timers of deadlines, offer expiries and requests due within the horizon. */
    | { kind: 'plan' }
    /** After Redis lost its data: the timers it held, put back from Postgres (see the planner). */
    | { kind: 'replan' };
  bookings: /** The reminder of one booking, due at `remindAt`. */
    | { kind: 'reminder'; bookingId: string; remindAt: string }
    /** Sends every due reminder that was not sent (its timer lost with Redis, or fired early). */
    | { kind: 'reconcile' }
    /** After Redis lost its data: the timers of reminders still ahead, put back from Postgres. */
    | { kind: 'replan' };
  maintenance:
    | { kind: 'no_shows' }
    | { kind: 'audit_checkpoint' }
    | { kind: 'expire_offers' }
    | { kind: 'idempotency_retention' }
    | { kind: 'events_retention' }
    | { kind: 'partitions' }
    /** Publishes every active household pairing's due visits (src/modules/households). */
    | { kind: 'visit_sweep' }
    /** Hands to the webhooks queue the first attempts a stopped matching process left (src/modules/webhooks/inline-attempts.ts). */
    | { kind: 'webhooks_inline_sweep' };
}

/** Work to be done after commit: a job of one queue, with its payload. */
export interface OutboxJob<Q extends QueueName = QueueName> {
  queue: Q;
  name: string;
  payload: JobPayloads[Q];
  delayMs?: number;
  /** A deterministic job id (SLA timers, offer expiry); otherwise the outbox row id is the job id. */
  jobId?: string;
}
