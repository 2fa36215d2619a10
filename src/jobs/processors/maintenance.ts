import { UnrecoverableError } from 'bullmq';
import { timerActor } from '../../audit/audit.repo.js';
import { createCheckpointsService } from '../../modules/audit/checkpoints.service.js';
import { offerExpiry } from '../../modules/offers/offer-expiry.js';
import { createClaimsService } from '../../modules/orders/claims.service.js';
import { idempotencyRetention } from '../../modules/privacy/retention.js';
import type { Processor } from '../job-deps.js';

/** Periodic housekeeping, driven by the job schedulers in ../schedulers.ts. */
export const processMaintenance: Processor<'maintenance'> = async (job, deps) => {
  const { database, clock, config } = deps;
  switch (job.data.kind) {
    case 'no_shows': {
      const marked = await createClaimsService({ db: database.db, clock, config }).markNoShows(
        timerActor('no_shows'),
      );
      return { marked };
    }
    case 'audit_checkpoint': {
      const checkpoint = await createCheckpointsService({
        db: database.db,
        clock,
        hmacKey: config.AUDIT_HMAC_KEY,
      }).create();
      return { checkpointId: checkpoint.id, chains: checkpoint.chainCount };
    }
    case 'expire_offers':
      return offerExpiry({ db: database.db, clock }).sweep();
    case 'idempotency_retention':
      return idempotencyRetention({
        db: database.db,
        clock,
        retentionS: config.IDEMPOTENCY_RETENTION_S,
      }).sweep();
    default:
      throw new UnrecoverableError(`no handler for maintenance job ${job.name}`);
  }
};
