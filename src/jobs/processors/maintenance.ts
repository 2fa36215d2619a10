import { UnrecoverableError } from 'bullmq';
import { timerActor } from '../../audit/audit.repo.js';
import type { Processor } from '../job-deps.js';
import { processVisitSweep } from './visits.js';

/** Periodic housekeeping, driven by the job schedulers in ../schedulers.ts. */
export const processMaintenance: Processor<'maintenance'> = async (job, { services, log }) => {
  switch (job.data.kind) {
    case 'no_shows':
      return { marked: await services.claims.markNoShows(timerActor('no_shows')) };
    case 'audit_checkpoint': {
      const checkpoint = await services.checkpoints.create();
      return { checkpointId: checkpoint.id, chains: checkpoint.chainCount };
    }
    case 'expire_offers':
      return services.offerExpiry.sweep();
    case 'idempotency_retention':
      return services.idempotencyRetention.sweep();
    case 'events_retention':
      return services.events.purge();
    case 'partitions':
      return services.partitions.maintain();
    case 'visit_sweep':
      return processVisitSweep(services);
    case 'webhooks_inline_sweep': {
      const handedOver = await services.webhookDeliveries.sweepInline();
      if (handedOver > 0) log.warn({ deliveries: handedOver }, 'webhook.inline_attempts_taken_over');
      return { handedOver };
    }
    default:
      throw new UnrecoverableError(`no handler for maintenance job ${job.name}`);
  }
};
