import type { MatchResult } from '../../modules/offers/matching.service.js';
import type { JobPayloads } from '../../outbox/jobs.js';
import type { JobDeps, Processor } from '../job-deps.js';

/**
 * One matching pass for an order; idempotent: a second run for the same state offers nothing more.
 * The wave's first webhook attempts are this process's own while it has room for them (see
 * src/modules/webhooks/inline-attempts.ts); they run after the pass, outside its concurrency.
 * The relay runs most passes itself, as they are relayed (see worker-runtime.ts); the matching queue
 * has the others.
 */
export async function matchPass(data: JobPayloads['matching'], deps: JobDeps): Promise<MatchResult> {
  const inline = deps.inlineWebhooks.reserve();
  let deliveries: NonNullable<MatchResult['inlineDeliveries']> = [];
  try {
    const { inlineDeliveries, ...result } = await deps.services.matching.match(data.orderId, data.reason, {
      inlineWebhooks: inline,
    });
    deliveries = inlineDeliveries ?? [];
    return result;
  } finally {
    // No deliveries (none written, or the pass failed) gives the slot back.
    if (inline) deps.inlineWebhooks.run(deliveries);
  }
}

export const processMatching: Processor<'matching'> = (job, deps) => matchPass(job.data, deps);
