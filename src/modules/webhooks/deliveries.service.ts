import type { Logger } from 'pino';
import { appendAudit } from '../../audit/audit.repo.js';
import { type Caller, requireRole } from '../../auth/scope.js';
import { transaction } from '../../db/transaction.js';
import { Errors } from '../../errors.js';
import { decodeCursor, toPage } from '../../lib/pagination.js';
import { enqueueJob } from '../../outbox/outbox.repo.js';
import type { ServiceDeps } from '../deps.js';
import { attemptDeliveries, DeliveryAttemptFailed } from './deliver.js';
import {
  attemptInline,
  INLINE_SWEEP_BATCH,
  type InlineDelivery,
  SUCCESS_BATCH_MS,
  staleInlineBefore,
} from './inline-attempts.js';
import { SuccessBatches } from './success-batches.js';
import { endpointReaders, endpointVisibility, loadVisibleEndpoint } from './webhooks.access.js';
import { toDeliveryDto } from './webhooks.dto.js';
import {
  endpointDeliveries,
  handOverStaleInline,
  lockVisibleDelivery,
  recordSuccesses,
  setDeliveryPending,
} from './webhooks.repo.js';
import type { DeliveryDto, ListDeliveriesQuery } from './webhooks.schemas.js';

/** Webhook deliveries: their log, manual redelivery, and (for the webhooks worker) their attempts. */
export function createWebhookDeliveriesService(deps: Pick<ServiceDeps, 'db' | 'clock' | 'config'>) {
  const { db, clock } = deps;
  // The successes of the waves this process attempts, written together (success-batches.ts).
  const inlineSuccesses = new SuccessBatches((done) => recordSuccesses(db, done), SUCCESS_BATCH_MS);
  return {
    /** The delivery log of one endpoint, oldest first (cursor pagination over UUIDv7 ids). */
    async list(caller: Caller, endpointId: string, q: ListDeliveriesQuery) {
      requireRole(caller.auth, ...endpointReaders);
      await loadVisibleEndpoint(db, caller.auth, endpointId);
      const rows = await endpointDeliveries(db, endpointId, {
        status: q.status,
        after: decodeCursor(q.cursor),
        limit: q.limit,
      });
      return toPage(rows.map(toDeliveryDto), q.limit);
    },

    /**
     * Manual redelivery of a dead (or already delivered) message, with the same webhook-id, through a
     * new outbox row and so a fresh set of attempts. A delivery whose attempts are still running is
     * refused: two attempt chains for one message would race on its status.
     */
    async retry(caller: Caller, id: string): Promise<DeliveryDto> {
      requireRole(caller.auth, ...endpointReaders);
      return transaction(db, async (tx) => {
        const found = await lockVisibleDelivery(tx, endpointVisibility(caller.auth), id);
        if (!found) throw Errors.notFound(`webhook delivery ${id} not found`);
        const { delivery, endpoint } = found;
        if (!endpoint.enabled)
          throw Errors.conflict(
            'the endpoint is disabled: re-enable it (PATCH enabled: true) before redelivering',
          );
        if (delivery.status === 'pending' || delivery.status === 'failed')
          throw Errors.conflict(`the delivery is ${delivery.status}: its attempts are still running`);
        const updated = await setDeliveryPending(tx, id);
        await enqueueJob(tx, { queue: 'webhooks', name: 'deliver', payload: { deliveryId: id } });
        await appendAudit(tx, {
          entityType: 'webhook_delivery',
          entityId: id,
          action: 'redelivery_requested',
          actor: caller.actor,
          before: { status: delivery.status, attempts: delivery.attempts },
          after: { status: 'pending', attempts: delivery.attempts },
          at: clock.now(),
        });
        return toDeliveryDto(updated);
      });
    },

    /**
     * One attempt of each of the job's deliveries (see attemptDeliveries). Throws
     * DeliveryAttemptFailed when any receiver did not answer 2xx, so the queue plans the next attempt.
     */
    async attempt(ids: string[], opts: { lastAttempt: boolean; log: Logger }) {
      const { failures, ...counts } = await attemptDeliveries({ ...deps, log: opts.log }, ids, opts);
      if (failures.length > 0) throw new DeliveryAttemptFailed(failures.join('; '));
      return counts;
    },

    /** The first attempts of a matching wave's deliveries, made by the process that wrote it (see attemptInline). */
    attemptInline: (deliveries: InlineDelivery[], log: Logger) =>
      attemptInline({ ...deps, log, record: inlineSuccesses.record }, deliveries),

    /**
     * Hands to the webhooks queue the deliveries whose matching process stopped before recording
     * the outcome of their first attempt (see inline-attempts.ts); how many.
     */
    sweepInline: () =>
      handOverStaleInline(db, staleInlineBefore(deps.config, clock.now()), INLINE_SWEEP_BATCH),
  };
}
