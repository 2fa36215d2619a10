import { and, asc, eq, gt } from 'drizzle-orm';
import { appendAudit } from '../../audit/audit.repo.js';
import { type AuthContext, type Caller, requireRole } from '../../auth/scope.js';
import { regions } from '../../db/schema/index.js';
import { transaction } from '../../db/transaction.js';
import { Errors } from '../../errors.js';
import { todayOf } from '../../lib/clock.js';
import { type IdempotentResult, idempotent } from '../../lib/idempotency.js';
import { newId } from '../../lib/ids.js';
import { decodeCursor, toPage } from '../../lib/pagination.js';
import type { ServiceDeps } from '../deps.js';
import { childLevel, findVisibleRegion, type RegionRow, regionVisibility } from './region-scope.js';
import type { CreateRegionBody, ListRegionsQuery, PatchRegionBody, RegionView } from './regions.schemas.js';

export function toRegionView(r: RegionRow): RegionView {
  return {
    id: r.id,
    parentId: r.parentId,
    level: r.level,
    name: r.name,
    code: r.code,
    path: r.path,
    centerLat: r.centerLat,
    centerLng: r.centerLng,
    radiusM: r.radiusM,
    polygon: r.polygon,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** Officers and staff build and edit inside their own subtree; only an admin founds a district. */
const requireRegionEditor = (auth: AuthContext) =>
  requireRole(auth, 'admin', 'street_officer', 'community_staff');

export function createRegionsService({ db, clock }: Pick<ServiceDeps, 'db' | 'clock'>) {
  return {
    async create(
      { auth, actor }: Caller,
      body: CreateRegionBody,
      idempotencyKey?: string,
    ): Promise<IdempotentResult<RegionView>> {
      requireRegionEditor(auth);
      if (body.level === 'district' && auth.role !== 'admin')
        throw Errors.forbidden('only an admin creates a district');
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
        const [row] = await tx
          .insert(regions)
          .values({
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
          })
          .returning();
        const view = toRegionView(row!);
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
      const cursor = decodeCursor(q.cursor);
      const rows = await db
        .select()
        .from(regions)
        .where(
          and(
            regionVisibility(auth, todayOf(clock)),
            q.parentId ? eq(regions.parentId, q.parentId) : undefined,
            q.level ? eq(regions.level, q.level) : undefined,
            cursor ? gt(regions.id, cursor) : undefined,
          ),
        )
        .orderBy(asc(regions.id))
        .limit(q.limit + 1);
      return toPage(rows.map(toRegionView), q.limit);
    },

    async patch({ auth, actor }: Caller, id: string, body: PatchRegionBody): Promise<RegionView> {
      requireRegionEditor(auth);
      return transaction(db, async (tx) => {
        const current = await findVisibleRegion(tx, auth, id, todayOf(clock), { lock: true });
        const now = clock.now();
        const [row] = await tx
          .update(regions)
          .set({ ...body, updatedAt: now })
          .where(eq(regions.id, id))
          .returning();
        const before = toRegionView(current);
        const after = toRegionView(row!);
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
