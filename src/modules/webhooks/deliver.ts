import type { Logger } from 'pino';
import { workerActor } from '../../audit/audit.repo.js';
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import { transaction } from '../../db/transaction.js';
import type { Clock } from '../../lib/clock.js';
import { auditEndpoint } from './endpoints.service.js';
import { type PostOutcome, postWebhook } from './http-post.js';
import { webhookSigner } from './signature.js';
import { toEndpointDto } from './webhooks.dto.js';
import {
  closeDelivery,
  disableEndpoint,
  extendFailingStreak,
  recordFailure,
  recordSuccesses,
  type StartedAttempt,
  type Success,
  startAttempts,
} from './webhooks.repo.js';

export interface DeliverDeps {
  db: Db;
  clock: Clock;
  config: Pick<Config, 'WEBHOOK_TIMEOUT_MS' | 'WEBHOOK_ALLOW_PRIVATE_URLS' | 'WEBHOOK_DISABLE_AFTER_S'>;
  log: Logger;
}

/** Thrown when an attempt fails, so the queue plans the next one. */
export class DeliveryAttemptFailed extends Error {
  override name = 'DeliveryAttemptFailed';
}

/** Writes successful attempts: recordSuccesses at once, or a SuccessBatches' record. */
export type RecordSuccesses = (done: Success[]) => Promise<void>;

/** What the POSTs of several started attempts came to; `failures` describes each failed one. */
export interface PostsOutcome {
  delivered: number;
  failures: string[];
}

type Signer = ReturnType<typeof webhookSigner>;

/** Signed per Standard Webhooks: the webhook-id stays the same on every attempt; the timestamp is the attempt's. */
function signedHeaders(sign: Signer, messageId: string, at: Date, body: string): Record<string, string> {
  return {
    'content-type': 'application/json',
    'user-agent': 'whistle-dispatch-webhooks/1',
    'webhook-id': messageId,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': sign(messageId, at, body),
  };
}

/**
 * One attempt of each of several deliveries (to one endpoint, as the fan-out groups them; any
 * mix works): one statement counts their attempts, marks them in flight and reads what the POSTs
 * need, the receivers are POSTed concurrently, and the successes are recorded in one statement.
 * Each delivery keeps its own row, attempt count and outcome. One that already succeeded is
 * skipped, so when the queue runs the job again after a failure only the deliveries still owed are
 * attempted, with the same webhook-id; one to a disabled or deleted endpoint is closed as dead (a
 * redelivery can revive it once the endpoint is back).
 *
 * Delivery is at least once: the attempt is recorded before its POST, so a process that stops
 * between the receiver's answer and the recording of the outcome leaves the attempt counted and
 * in flight. When the queue runs the job again (its lock lapsed), the next attempt finds the mark,
 * counts the attempt's outcome as unknown and logs `webhook.redelivery_after_crash`.
 * `lastAttempt` says whether another attempt will follow a failure.
 */
export async function attemptDeliveries(
  deps: DeliverDeps,
  deliveryIds: string[],
  opts: { lastAttempt: boolean },
): Promise<PostsOutcome & { skipped: number }> {
  // Recorded before any POST: a process stopping from here on leaves these attempts counted and in flight.
  const { started, closed } = await startAttempts(deps.db, deliveryIds, deps.clock.now());
  for (const { deliveryId, endpointDeleted } of closed)
    await closeDelivery(deps.db, deliveryId, endpointDeleted ? 'endpoint deleted' : 'endpoint disabled');
  const outcome = await postStarted(deps, started, opts);
  return { ...outcome, skipped: deliveryIds.length - outcome.delivered - outcome.failures.length };
}

/**
 * The POSTs of attempts already counted and marked in flight (by startAttempts, or by the fan-out of
 * a matching wave), concurrently, and their outcomes: the successes in one statement (`record`, by
 * default at once), each failure with its endpoint's failing streak.
 */
export async function postStarted(
  deps: DeliverDeps,
  started: StartedAttempt[],
  opts: { lastAttempt: boolean; record?: RecordSuccesses },
): Promise<PostsOutcome> {
  const signers = new Map<string, Signer>();
  const signerOf = (e: StartedAttempt['endpoint']) => {
    let signer = signers.get(e.id);
    if (!signer) {
      signer = webhookSigner(e.secret);
      signers.set(e.id, signer);
    }
    return signer;
  };
  const outcomes = await Promise.all(
    started.map(async (a) => {
      if (a.unknownSince)
        deps.log.warn(
          {
            deliveryId: a.deliveryId,
            endpointId: a.endpoint.id,
            messageId: a.messageId,
            attempt: a.attempt,
            unknownAttemptStartedAt: a.unknownSince.toISOString(),
          },
          'webhook.redelivery_after_crash',
        );
      const body = JSON.stringify(a.payload);
      const headers = signedHeaders(signerOf(a.endpoint), a.messageId, deps.clock.now(), body);
      const outcome = await postWebhook(a.endpoint.url, body, headers, {
        timeoutMs: deps.config.WEBHOOK_TIMEOUT_MS,
        allowPrivate: deps.config.WEBHOOK_ALLOW_PRIVATE_URLS,
      });
      return { ...a, outcome, at: deps.clock.now() };
    }),
  );
  const succeeded = outcomes.filter((o) => o.outcome.error === null);
  const record = opts.record ?? ((done: Success[]) => recordSuccesses(deps.db, done));
  if (succeeded.length > 0)
    await record(succeeded.map((o) => ({ deliveryId: o.deliveryId, attempt: o.outcome, at: o.at })));
  const failed = outcomes.filter((o) => o.outcome.error !== null);
  for (const f of failed)
    await recordFailedAttempt(deps, f.deliveryId, f.endpoint.id, f.outcome, opts.lastAttempt);
  return {
    delivered: succeeded.length,
    failures: failed.map((f) => `delivery ${f.deliveryId} attempt ${f.attempt} failed: ${f.outcome.error}`),
  };
}

/**
 * Records a failed attempt and the endpoint's failing streak; an endpoint failing for longer than
 * WEBHOOK_DISABLE_AFTER_S is disabled, audited and reported with an `endpoint.disabled` warning.
 */
async function recordFailedAttempt(
  deps: DeliverDeps,
  deliveryId: string,
  endpointId: string,
  outcome: PostOutcome,
  lastAttempt: boolean,
) {
  const now = deps.clock.now();
  const disabled = await transaction(deps.db, async (tx) => {
    await recordFailure(tx, deliveryId, outcome, { lastAttempt, now });
    const streak = await extendFailingStreak(tx, endpointId, now);
    const failingSince = streak?.failingSince;
    if (!streak?.enabled || !failingSince) return null;
    if (now.getTime() - failingSince.getTime() <= deps.config.WEBHOOK_DISABLE_AFTER_S * 1000) return null;
    const updated = await disableEndpoint(tx, endpointId, {
      disabledAt: now,
      disabledReason: `deliveries failing since ${failingSince.toISOString()}, longer than ${deps.config.WEBHOOK_DISABLE_AFTER_S} s`,
    });
    if (!updated) return null;
    await auditEndpoint(
      tx,
      workerActor('webhooks'),
      endpointId,
      'disabled',
      { before: toEndpointDto(streak), after: toEndpointDto(updated) },
      now,
    );
    return updated;
  });
  if (disabled)
    deps.log.warn(
      {
        endpointId,
        failingSince: disabled.failingSince?.toISOString(),
        disabledAt: disabled.disabledAt?.toISOString(),
      },
      'endpoint.disabled',
    );
}
