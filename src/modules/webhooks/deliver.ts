import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import { Webhook } from 'standardwebhooks';
import { appendAudit, workerActor } from '../../audit/audit.repo.js';
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import { execute } from '../../db/exec.js';
import { webhookDeliveries, webhookEndpoints } from '../../db/schema/index.js';
import { transaction } from '../../db/transaction.js';
import type { Clock } from '../../lib/clock.js';
import { toEndpointDto } from './endpoint-access.js';
import { type PostOutcome, postWebhook } from './http-post.js';

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

type Outcome = 'delivered' | 'skipped';

/** Signed per Standard Webhooks: the webhook-id stays the same on every attempt; the timestamp is the attempt's. */
function signedHeaders(signer: Webhook, messageId: string, at: Date, body: string): Record<string, string> {
  return {
    'content-type': 'application/json',
    'user-agent': 'whistle-dispatch-webhooks/1',
    'webhook-id': messageId,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': signer.sign(messageId, at, body),
  };
}

/**
 * One attempt of one delivery. Nothing happens to a delivery that already succeeded; a delivery to
 * a disabled or deleted endpoint is closed as dead (a redelivery can revive it once the endpoint is
 * back). `lastAttempt` says whether the queue will try again after a failure.
 * Throws DeliveryAttemptFailed when the receiver did not answer 2xx.
 */
export async function attemptDelivery(
  deps: DeliverDeps,
  deliveryId: string,
  opts: { lastAttempt: boolean },
): Promise<Outcome> {
  const { delivered } = await attemptDeliveries(deps, [deliveryId], opts);
  return delivered > 0 ? 'delivered' : 'skipped';
}

interface Found {
  delivery: { id: string; status: string; attempts: number; messageId: string; payload: unknown };
  endpoint: { id: string; url: string; secret: string; enabled: boolean; deletedAt: string | Date | null };
}

interface FoundRow extends Record<string, unknown> {
  id: string;
  status: string;
  attempts: number;
  message_id: string;
  payload: unknown;
  endpoint_id: string;
  url: string;
  secret: string;
  enabled: boolean;
  deleted_at: string | Date | null;
}

/**
 * A Postgres array literal of ids or integers, sent as one parameter: `= any($1::uuid[])` and
 * `unnest($1::uuid[], ...)` are planned as the few rows they are (index lookups), where a jsonb
 * recordset is guessed at 100 rows and can turn the lookup into a scan of the whole table.
 */
const pgArray = (values: (string | number)[]) => `{${values.join(',')}}`;

/**
 * One attempt of each of several deliveries (to one endpoint, as the fan-out groups them; any
 * mix works): one query reads them, the receivers are POSTed concurrently, and the successes are
 * recorded in one statement. Each delivery keeps its own row, attempt count and outcome, and the
 * same rules as attemptDelivery; one that already succeeded is skipped, so when the queue runs the
 * job again after a failure only the deliveries still owed are attempted, with the same webhook-id.
 * Throws DeliveryAttemptFailed when any receiver did not answer 2xx.
 */
export async function attemptDeliveries(
  deps: DeliverDeps,
  deliveryIds: string[],
  opts: { lastAttempt: boolean },
): Promise<{ delivered: number; skipped: number }> {
  const { rows } = await execute<FoundRow>(
    deps.db,
    sql`
    select d.id, d.status, d.attempts, d.message_id, d.payload,
           e.id as endpoint_id, e.url, e.secret, e.enabled, e.deleted_at
      from webhook_deliveries d join webhook_endpoints e on e.id = d.endpoint_id
     where d.id = any(${pgArray(deliveryIds)}::uuid[])`,
  );
  const found: Found[] = rows.map((r) => ({
    delivery: {
      id: r.id,
      status: r.status,
      attempts: r.attempts,
      messageId: r.message_id,
      payload: r.payload,
    },
    endpoint: {
      id: r.endpoint_id,
      url: r.url,
      secret: r.secret,
      enabled: r.enabled,
      deletedAt: r.deleted_at,
    },
  }));
  const owed = found.filter((f) => f.delivery.status !== 'succeeded');
  const isClosed = (f: Found) => f.endpoint.deletedAt !== null || !f.endpoint.enabled;
  for (const { delivery, endpoint } of owed.filter(isClosed))
    await deps.db
      .update(webhookDeliveries)
      .set({ status: 'dead', lastError: endpoint.deletedAt ? 'endpoint deleted' : 'endpoint disabled' })
      .where(
        and(eq(webhookDeliveries.id, delivery.id), inArray(webhookDeliveries.status, ['pending', 'failed'])),
      );
  const signers = new Map<string, Webhook>();
  const signerOf = (e: Found['endpoint']) => {
    let signer = signers.get(e.id);
    if (!signer) {
      signer = new Webhook(e.secret);
      signers.set(e.id, signer);
    }
    return signer;
  };
  const outcomes = await Promise.all(
    owed
      .filter((f) => !isClosed(f))
      .map(async ({ delivery, endpoint }) => {
        const body = JSON.stringify(delivery.payload);
        const headers = signedHeaders(signerOf(endpoint), delivery.messageId, deps.clock.now(), body);
        const outcome = await postWebhook(endpoint.url, body, headers, {
          timeoutMs: deps.config.WEBHOOK_TIMEOUT_MS,
          allowPrivate: deps.config.WEBHOOK_ALLOW_PRIVATE_URLS,
        });
        return { delivery, endpoint, outcome };
      }),
  );
  const succeeded = outcomes.filter((o) => o.outcome.error === null);
  await recordSuccesses(deps, succeeded);
  const failed = outcomes.filter((o) => o.outcome.error !== null);
  for (const f of failed)
    await recordFailure(deps, f.delivery.id, f.endpoint.id, f.outcome, opts.lastAttempt);
  if (failed.length > 0)
    throw new DeliveryAttemptFailed(
      failed
        .map((f) => `delivery ${f.delivery.id} attempt ${f.delivery.attempts + 1} failed: ${f.outcome.error}`)
        .join('; '),
    );
  return { delivered: succeeded.length, skipped: deliveryIds.length - succeeded.length };
}

/** Successful attempts, in one statement: each delivery's outcome, and the end of its endpoint's failing streak. */
async function recordSuccesses(
  deps: DeliverDeps,
  done: { delivery: { id: string }; outcome: PostOutcome }[],
): Promise<void> {
  if (done.length === 0) return;
  const now = deps.clock.now();
  await execute(
    deps.db,
    sql`
    with done as (
      update webhook_deliveries d
         set status = 'succeeded', attempts = d.attempts + 1, last_status_code = v.code, last_error = null,
             last_latency_ms = v.ms, last_attempt_at = ${now}, delivered_at = ${now}
        from unnest(${pgArray(done.map((d) => d.delivery.id))}::uuid[],
                    ${pgArray(done.map((d) => d.outcome.statusCode ?? 0))}::int[],
                    ${pgArray(done.map((d) => d.outcome.latencyMs))}::int[]) as v(id, code, ms)
       where d.id = v.id
      returning d.endpoint_id)
    update webhook_endpoints set failing_since = null
     where id in (select endpoint_id from done) and failing_since is not null`,
  );
}

/**
 * Records a failed attempt and the endpoint's failing streak; an endpoint failing for longer than
 * WEBHOOK_DISABLE_AFTER_S is disabled, audited and reported with an `endpoint.disabled` warning.
 */
async function recordFailure(
  deps: DeliverDeps,
  deliveryId: string,
  endpointId: string,
  outcome: PostOutcome,
  lastAttempt: boolean,
) {
  const now = deps.clock.now();
  const disabled = await transaction(deps.db, async (tx) => {
    await tx
      .update(webhookDeliveries)
      .set({
        status: lastAttempt ? 'dead' : 'failed',
        attempts: sql`${webhookDeliveries.attempts} + 1`,
        lastStatusCode: outcome.statusCode,
        lastError: outcome.error,
        lastLatencyMs: outcome.latencyMs,
        lastAttemptAt: now,
      })
      .where(eq(webhookDeliveries.id, deliveryId));
    const [streak] = await tx
      .update(webhookEndpoints)
      .set({ failingSince: sql`coalesce(${webhookEndpoints.failingSince}, ${now})` })
      .where(eq(webhookEndpoints.id, endpointId))
      .returning();
    const failingSince = streak?.failingSince;
    if (!streak?.enabled || !failingSince) return null;
    if (now.getTime() - failingSince.getTime() <= deps.config.WEBHOOK_DISABLE_AFTER_S * 1000) return null;
    const [updated] = await tx
      .update(webhookEndpoints)
      .set({
        enabled: false,
        disabledAt: now,
        disabledReason: `deliveries failing since ${failingSince.toISOString()}, longer than ${deps.config.WEBHOOK_DISABLE_AFTER_S} s`,
      })
      .where(and(eq(webhookEndpoints.id, endpointId), eq(webhookEndpoints.enabled, true)))
      .returning();
    if (!updated) return null;
    await appendAudit(tx, {
      entityType: 'webhook_endpoint',
      entityId: endpointId,
      action: 'disabled',
      actor: workerActor('webhooks'),
      before: toEndpointDto(streak),
      after: toEndpointDto(updated),
      at: now,
    });
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
