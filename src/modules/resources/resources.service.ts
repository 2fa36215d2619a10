import { appendAudit } from '../../audit/audit.repo.js';
import type { Caller } from '../../auth/scope.js';
import type { Db } from '../../db/client.js';
import { transaction } from '../../db/transaction.js';
import { Errors } from '../../errors.js';
import { todayOf } from '../../lib/clock.js';
import { type IdempotentResult, idempotent } from '../../lib/idempotency.js';
import { newId } from '../../lib/ids.js';
import { decodeCursor, toPage } from '../../lib/pagination.js';
import type { ServiceDeps } from '../deps.js';
import { reachOf } from '../regions/regions.access.js';
import { findRegion } from '../regions/regions.repo.js';
import { findUnit } from '../units/units.repo.js';
import { emitResourceEvent } from './booking-events.js';
import { findVisibleResource, partyOfCaller, requireResourceManager } from './resources.access.js';
import { toResourceView } from './resources.dto.js';
import {
  findResource,
  insertResource,
  listResources,
  type ResourceRow,
  updateResource,
} from './resources.repo.js';
import type {
  CreateResourceBody,
  ListResourcesQuery,
  PatchResourceBody,
  ResourceView,
} from './resources.schemas.js';

/** A street rule needs an owner in a street: a unit sitting at the district level has none (422). */
function requireArea(bookableBy: string, ownerLevel: string): void {
  if (bookableBy === 'street' && ownerLevel === 'district')
    throw Errors.invalidReference(
      'bookableBy street needs an owner inside a street; this unit sits at the district level',
      {
        errors: [{ path: 'body.bookableBy', message: 'the owner is not inside a street' }],
      },
    );
}

/** The level of the region the owner sits in: a community, or the unit's region. */
async function ownerLevel(db: Db, resource: ResourceRow): Promise<string> {
  if (resource.ownerCommunityId) return 'community';
  const unit = await findUnit(db, resource.ownerUnitId!);
  const region = unit && (await findRegion(db, unit.regionId));
  return region ? region.level : 'district';
}

/** Resources units and communities open to others (资源清单): publishing and editing them. */
export function createResourcesService({ db, clock, config }: Pick<ServiceDeps, 'db' | 'clock' | 'config'>) {
  return {
    async create(
      { auth, actor }: Caller,
      body: CreateResourceBody,
      idempotencyKey?: string,
    ): Promise<IdempotentResult<ResourceView>> {
      const request = {
        apiKeyId: auth.keyId,
        key: idempotencyKey,
        route: 'POST /v1/resources',
        request: body,
      };
      return idempotent(db, request, async (tx) => {
        const owner = await partyOfCaller(tx, auth, body.owner, todayOf(clock));
        requireArea(body.bookableBy, owner.regionLevel);
        const now = clock.now();
        const row = await insertResource(tx, {
          id: newId(),
          ownerUnitId: body.owner.type === 'unit' ? body.owner.id : null,
          ownerCommunityId: body.owner.type === 'community' ? body.owner.id : null,
          kind: body.kind,
          name: body.name,
          description: body.description ?? null,
          capacity: body.capacity,
          timeZone: body.timeZone ?? config.RESOURCE_TIME_ZONE,
          openingHours: body.openingHours,
          requiresApproval: body.requiresApproval,
          bookableBy: body.bookableBy,
          createdAt: now,
          updatedAt: now,
        });
        const view = toResourceView(row);
        await appendAudit(tx, {
          entityType: 'resource',
          entityId: row.id,
          action: 'resource.created',
          actor,
          after: view,
          at: now,
        });
        await emitResourceEvent(tx, 'resource.created', row);
        return { status: 201, body: view };
      });
    },

    async get({ auth }: Caller, id: string): Promise<ResourceView> {
      return toResourceView(await findVisibleResource(db, auth, id, todayOf(clock)));
    },

    async list({ auth }: Caller, q: ListResourcesQuery) {
      const within = { reach: reachOf(auth), today: todayOf(clock) };
      const rows = await listResources(db, within, { ...q, after: decodeCursor(q.cursor) });
      return toPage(rows.map(toResourceView), q.limit);
    },

    /** An edit by the owner at the version it read (If-Match). Bookings already made stay as they are. */
    async patch(
      { auth, actor }: Caller,
      id: string,
      expected: number,
      body: PatchResourceBody,
    ): Promise<ResourceView> {
      return transaction(db, async (tx) => {
        await findVisibleResource(tx, auth, id, todayOf(clock));
        // The lock every booking of the resource takes: an edit and a booking never interleave.
        const current = (await findResource(tx, id, undefined, { lock: true }))!;
        await requireResourceManager(tx, auth, current);
        if (current.version !== expected)
          throw Errors.versionMismatch(`the resource is at version ${current.version}`, {
            currentVersion: current.version,
          });
        if (body.bookableBy !== undefined) requireArea(body.bookableBy, await ownerLevel(tx, current));
        const now = clock.now();
        const row = await updateResource(tx, id, { ...body, version: current.version + 1, updatedAt: now });
        const after = toResourceView(row);
        await appendAudit(tx, {
          entityType: 'resource',
          entityId: id,
          action: 'resource.updated',
          actor,
          before: toResourceView(current),
          after,
          at: now,
        });
        await emitResourceEvent(tx, 'resource.updated', row);
        return after;
      });
    },
  };
}

export type ResourcesService = ReturnType<typeof createResourcesService>;
