import type { MatchResult } from '../../modules/offers/matching.service.js';
import type { Processor } from '../job-deps.js';

/**
 * One matching pass for an order; idempotent: a second run for the same state offers nothing more.
 * The wave's first webhook attempts are this process's own while it has room for them (see
 * src/modules/webhooks/inline-attempts.ts); they run after the job, outside its concurrency.
 */
export const processMatching: Processor<'matching'> = async (job, deps) => {
  const inline = deps.inlineWebhooks.reserve();
  let deliveries: NonNullable<MatchResult['inlineDeliveries']> = [];
  try {
    const { inlineDeliveries, ...result } = await deps.services.matching.match(
      job.data.orderId,
      job.data.reason,
      { inlineWebhooks: inline },
    );
    deliveries = inlineDeliveries ?? [];
    return result;
  } finally {
    // No deliveries (none written, or the pass failed) gives the slot back.
    if (inline) deps.inlineWebhooks.run(deliveries);
  }
};
