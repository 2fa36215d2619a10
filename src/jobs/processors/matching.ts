import { matchOrder } from '../../modules/offers/matching.service.js';
import type { Processor } from '../job-deps.js';

/** One matching pass for an order; idempotent: a second run for the same state offers nothing more. */
export const processMatching: Processor<'matching'> = async (job, deps) =>
  matchOrder(
    { db: deps.database.db, clock: deps.clock, config: deps.config },
    job.data.orderId,
    job.data.reason,
  );
