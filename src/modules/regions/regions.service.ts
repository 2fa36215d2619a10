import { appendAudit } from '../../audit/audit.repo.js';
import type { Caller } from '../../auth/scope.js';
import { transaction } from '../../db/transaction.js';
import { Errors } from '../../errors.js';
import { todayOf } from '../../lib/clock.js';
import { type IdempotentResult, idempotent } from '../../lib/idempotency.js';
import { newId } from '../../lib/ids.js';
import { decodeCursor, toPage } from '../../lib/pagination.js';
import type { ServiceDeps } from '../deps.js';
import { childLevel, findVisibleRegion, reachOf, requireRegionEditor } from './regions.access.js';
import { toRegionView } from './regions.dto.js';
import { insertRegion, listRegions, updateRegion } from './regions.repo.js';
import type { CreateRegionBody, ListRegionsQuery, PatchRegionBody, RegionView } from './regions.schemas.js';

export function createRegionsService({ db, clock }: Pick<ServiceDeps, 'db' | 'clock'>) {
  return {
    async create(
      { auth, actor }: Caller,
      body: CreateRegionBody,
      idempotencyKey?: string,
    ): Promise<IdempotentResult<RegionView>> {
      requireRegionEditor(auth, body.level);
      const request = { apiKeyId: auth.keyId, key: idempotencyKey, route: 'POST /v1/regions', request: body };
      return idempotent(db, request, async (tx) => {
        const now = clock.now();
        const id = newId();
        let path = `${id}/`;
        if (body.parentId) {
          const parent = await findVisibleRegion(tx, auth, body.parentId, todayOf(clock), {
            what: 'parent region',
          });
          if (childLevel(parent.level) !== body.level) {
            throw Errors.invalidReference(
              `a ${body.level} cannot sit under a ${parent.level}: its parent is exactly one level above`,
            );
          }
          path = `${parent.path}${id}/`;
        }
        const row = await insertRegion(tx, {
          id,
          parentId: body.parentId ?? null,
          level: body.level,
          name: body.name,
          code: body.code ?? null,
          path,
          centerLat: body.centerLat ?? null,
          centerLng: body.centerLng ?? null,
          radiusM: body.radiusM ?? null,
          polygon: body.polygon ?? null,
          createdAt: now,
          updatedAt: now,
        });
        const view = toRegionView(row);
        await appendAudit(tx, {
          entityType: 'region',
          entityId: id,
          action: 'region.created',
          actor,
          after: view,
          at: now,
        });
        return { status: 201, body: view };
      });
    },

    async get({ auth }: Caller, id: string): Promise<RegionView> {
      return toRegionView(await findVisibleRegion(db, auth, id, todayOf(clock)));
    },

    async list({ auth }: Caller, q: ListRegionsQuery) {
      const within = { reach: reachOf(auth), today: todayOf(clock) };
      const rows = await listRegions(db, within, { ...q, after: decodeCursor(q.cursor) });
      return toPage(rows.map(toRegionView), q.limit);
    },

    async patch({ auth, actor }: Caller, id: string, body: PatchRegionBody): Promise<RegionView> {
      requireRegionEditor(auth);
      return transaction(db, async (tx) => {
        const current = await findVisibleRegion(tx, auth, id, todayOf(clock), { lock: true });
        const now = clock.now();
        const before = toRegionView(current);
        const after = toRegionView(await updateRegion(tx, id, { ...body, updatedAt: now }));
        await appendAudit(tx, {
          entityType: 'region',
          entityId: id,
          action: 'region.updated',
          actor,
          before,
          after,
          at: now,
        });
        return after;
      });
    },
  };
}

export type RegionsService = ReturnType<typeof createRegionsService>;
