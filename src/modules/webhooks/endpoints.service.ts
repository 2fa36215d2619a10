import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import { type Actor, appendAudit } from '../../audit/audit.repo.js';
import { type AuthContext, requireRole } from '../../auth/scope.js';
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import { regions, webhookEndpoints } from '../../db/schema/index.js';
import { transaction } from '../../db/transaction.js';
import type { Clock } from '../../lib/clock.js';
import { type IdempotentResult, idempotent } from '../../lib/idempotency.js';
import { newId } from '../../lib/ids.js';
import { decodeCursor, toPage } from '../../lib/pagination.js';
import { checkWebhookUrl } from '../../lib/ssrf.js';
import {
  endpointManagers,
  endpointReaders,
  endpointVisibility,
  loadVisibleEndpoint,
  newSigningSecret,
  resolveEndpointScope,
  toEndpointDto,
} from './endpoint-access.js';
import type { CreateEndpointBody, EndpointDto, PatchEndpointBody } from './webhooks.schemas.js';

export interface WebhooksDeps {
  db: Db;
  clock: Clock;
  config: Config;
}

/**
 * Subscribes a URL to events. The URL's host is checked (and resolved) inside the idempotent work,
 * so a refused URL leaves no Idempotency-Key behind; the secret is in this response only (and in
 * its replay for the same Idempotency-Key, which is the point of replaying).
 */
export async function createEndpoint(
  deps: WebhooksDeps,
  auth: AuthContext,
  actor: Actor,
  body: CreateEndpointBody,
  idempotencyKey: string | undefined,
): Promise<IdempotentResult<EndpointDto & { secret: string }>> {
  requireRole(auth, ...endpointManagers);
  return idempotent(
    deps.db,
    { apiKeyId: auth.keyId, key: idempotencyKey, route: 'POST /v1/webhook-endpoints', request: body },
    async (tx) => {
      const scope = await resolveEndpointScope(tx, auth, body.scope);
      await checkWebhookUrl(new URL(body.url), deps.config.WEBHOOK_ALLOW_PRIVATE_URLS);
      const secret = newSigningSecret();
      const [row] = await tx
        .insert(webhookEndpoints)
        .values({
          id: newId(),
          url: body.url,
          events: body.events,
          scopeRegionId: scope.regionId,
          scopeUnitId: scope.unitId,
          secret,
          createdBy: auth.keyId,
          createdAt: deps.clock.now(),
        })
        .returning();
      const dto = toEndpointDto(row!);
      await appendAudit(tx, {
        entityType: 'webhook_endpoint',
        entityId: dto.id,
        action: 'created',
        actor,
        after: dto,
        at: deps.clock.now(),
      });
      return { status: 201, body: { ...dto, secret } };
    },
  );
}

export async function listEndpoints(
  deps: WebhooksDeps,
  auth: AuthContext,
  q: { limit: number; cursor?: string },
) {
  requireRole(auth, ...endpointReaders);
  const after = decodeCursor(q.cursor);
  const rows = await deps.db
    .select({ endpoint: webhookEndpoints })
    .from(webhookEndpoints)
    .leftJoin(regions, eq(regions.id, webhookEndpoints.scopeRegionId))
    .where(
      and(
        isNull(webhookEndpoints.deletedAt),
        endpointVisibility(auth),
        after ? gt(webhookEndpoints.id, after) : undefined,
      ),
    )
    .orderBy(asc(webhookEndpoints.id))
    .limit(q.limit + 1);
  return toPage(
    rows.map((r) => toEndpointDto(r.endpoint)),
    q.limit,
  );
}

export async function getEndpoint(deps: WebhooksDeps, auth: AuthContext, id: string): Promise<EndpointDto> {
  requireRole(auth, ...endpointReaders);
  return toEndpointDto(await loadVisibleEndpoint(deps.db, auth, id));
}

/** Deleting keeps the row (its deliveries point at it) but stops every delivery to it. */
export async function deleteEndpoint(
  deps: WebhooksDeps,
  auth: AuthContext,
  actor: Actor,
  id: string,
): Promise<void> {
  requireRole(auth, ...endpointManagers);
  await transaction(deps.db, async (tx) => {
    const row = await loadVisibleEndpoint(tx, auth, id, true);
    const now = deps.clock.now();
    await tx.update(webhookEndpoints).set({ deletedAt: now }).where(eq(webhookEndpoints.id, id));
    await appendAudit(tx, {
      entityType: 'webhook_endpoint',
      entityId: id,
      action: 'deleted',
      actor,
      before: toEndpointDto(row),
      at: now,
    });
  });
}

/** Re-enabling forgets the failing streak, so the endpoint gets the full grace period again. */
export async function patchEndpoint(
  deps: WebhooksDeps,
  auth: AuthContext,
  actor: Actor,
  id: string,
  body: PatchEndpointBody,
): Promise<EndpointDto> {
  requireRole(auth, ...endpointManagers);
  return transaction(deps.db, async (tx) => {
    const row = await loadVisibleEndpoint(tx, auth, id, true);
    if (row.enabled === body.enabled) return toEndpointDto(row);
    const now = deps.clock.now();
    const change = body.enabled
      ? { enabled: true, failingSince: null, disabledAt: null, disabledReason: null }
      : { enabled: false, disabledAt: now, disabledReason: 'disabled through the API' };
    const [updated] = await tx
      .update(webhookEndpoints)
      .set(change)
      .where(eq(webhookEndpoints.id, id))
      .returning();
    const after = toEndpointDto(updated!);
    await appendAudit(tx, {
      entityType: 'webhook_endpoint',
      entityId: id,
      action: body.enabled ? 'enabled' : 'disabled',
      actor,
      before: toEndpointDto(row),
      after,
      at: now,
    });
    return after;
  });
}
