import type { Processor } from '../job-deps.js';

/** One matching pass for an order; idempotent: a second run for the same state offers nothing more. */
export const processMatching: Processor<'matching'> = async (job, deps) =>
  deps.services.matching.match(job.data.orderId, job.data.reason);
