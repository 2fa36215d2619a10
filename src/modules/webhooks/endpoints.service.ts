import { randomBytes } from 'node:crypto';
import { type Actor, appendAudit } from '../../audit/audit.repo.js';
import { type Caller, requireRole } from '../../auth/scope.js';
import type { Db } from '../../db/client.js';
import { transaction } from '../../db/transaction.js';
import { type IdempotentResult, idempotent } from '../../lib/idempotency.js';
import { newId } from '../../lib/ids.js';
import { decodeCursor, toPage } from '../../lib/pagination.js';
import { checkWebhookUrl } from '../../lib/ssrf.js';
import type { ServiceDeps } from '../deps.js';
import {
  endpointManagers,
  endpointReaders,
  endpointVisibility,
  loadVisibleEndpoint,
  resolveEndpointScope,
} from './webhooks.access.js';
import { toEndpointDto } from './webhooks.dto.js';
import { type EndpointRow, insertEndpoint, updateEndpoint, visibleEndpoints } from './webhooks.repo.js';
import type { CreateEndpointBody, EndpointDto, PatchEndpointBody } from './webhooks.schemas.js';

/** A Standard Webhooks signing secret: `whsec_` and the base64 of 32 random bytes. */
const newSigningSecret = () => `whsec_${randomBytes(32).toString('base64')}`;

/** An endpoint's change in the audit trail, in the transaction that made it. */
export const auditEndpoint = (
  tx: Db,
  actor: Actor,
  id: string,
  action: string,
  snapshots: { before?: EndpointDto; after?: EndpointDto },
  at: Date,
) => appendAudit(tx, { entityType: 'webhook_endpoint', entityId: id, action, actor, ...snapshots, at });

/** Webhook endpoints (subscriptions): who receives what is decided by the fan-out trigger (README.md). */
export function createWebhookEndpointsService(deps: Pick<ServiceDeps, 'db' | 'clock' | 'config'>) {
  const { db, clock, config } = deps;

  /** Runs `work` on a live endpoint the key may see and manage, locked until the change commits. */
  function withEndpoint<T>(
    caller: Caller,
    id: string,
    work: (tx: Db, row: EndpointRow, now: Date) => Promise<T>,
  ): Promise<T> {
    requireRole(caller.auth, ...endpointManagers);
    return transaction(db, async (tx) => {
      const row = await loadVisibleEndpoint(tx, caller.auth, id, true);
      return work(tx, row, clock.now());
    });
  }

  return {
    /**
     * Subscribes a URL to events. The URL's host is checked (and resolved) inside the idempotent
     * work, so a refused URL leaves no Idempotency-Key behind; the secret is in this response only
     * (and in its replay for the same Idempotency-Key, which is the point of replaying).
     */
    async create(
      caller: Caller,
      body: CreateEndpointBody,
      idempotencyKey: string | undefined,
    ): Promise<IdempotentResult<EndpointDto & { secret: string }>> {
      const { auth, actor } = caller;
      requireRole(auth, ...endpointManagers);
      return idempotent(
        db,
        { apiKeyId: auth.keyId, key: idempotencyKey, route: 'POST /v1/webhook-endpoints', request: body },
        async (tx) => {
          const scope = await resolveEndpointScope(tx, auth, body.scope);
          await checkWebhookUrl(new URL(body.url), config.WEBHOOK_ALLOW_PRIVATE_URLS);
          const secret = newSigningSecret();
          const row = await insertEndpoint(tx, {
            id: newId(),
            url: body.url,
            events: body.events,
            scopeRegionId: scope.regionId,
            scopeUnitId: scope.unitId,
            secret,
            createdBy: auth.keyId,
            createdAt: clock.now(),
          });
          const dto = toEndpointDto(row);
          await auditEndpoint(tx, actor, dto.id, 'created', { after: dto }, clock.now());
          return { status: 201, body: { ...dto, secret } };
        },
      );
    },

    async list(caller: Caller, q: { limit: number; cursor?: string }) {
      requireRole(caller.auth, ...endpointReaders);
      const rows = await visibleEndpoints(
        db,
        endpointVisibility(caller.auth),
        decodeCursor(q.cursor),
        q.limit,
      );
      return toPage(rows.map(toEndpointDto), q.limit);
    },

    async get(caller: Caller, id: string): Promise<EndpointDto> {
      requireRole(caller.auth, ...endpointReaders);
      return toEndpointDto(await loadVisibleEndpoint(db, caller.auth, id));
    },

    /** Deleting keeps the row (its deliveries point at it) but stops every delivery to it. */
    async remove(caller: Caller, id: string): Promise<void> {
      await withEndpoint(caller, id, async (tx, row, now) => {
        await updateEndpoint(tx, id, { deletedAt: now });
        await auditEndpoint(tx, caller.actor, id, 'deleted', { before: toEndpointDto(row) }, now);
      });
    },

    /** Re-enabling forgets the failing streak, so the endpoint gets the full grace period again. */
    patch(caller: Caller, id: string, body: PatchEndpointBody): Promise<EndpointDto> {
      return withEndpoint(caller, id, async (tx, row, now) => {
        const before = toEndpointDto(row);
        if (row.enabled === body.enabled) return before;
        const change = body.enabled
          ? { enabled: true, failingSince: null, disabledAt: null, disabledReason: null }
          : { enabled: false, disabledAt: now, disabledReason: 'disabled through the API' };
        const after = toEndpointDto(await updateEndpoint(tx, id, change));
        const action = body.enabled ? 'enabled' : 'disabled';
        await auditEndpoint(tx, caller.actor, id, action, { before, after }, now);
        return after;
      });
    },
  };
}
