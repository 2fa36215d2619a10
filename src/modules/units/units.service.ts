import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { appendAudit } from '../../audit/audit.repo.js';
import {
  type AuthContext,
  type Caller,
  regionInScope,
  requireRole,
  seesEverything,
} from '../../auth/scope.js';
import { pairings, regions, units } from '../../db/schema/index.js';
import { transaction } from '../../db/transaction.js';
import { Errors } from '../../errors.js';
import { todayOf } from '../../lib/clock.js';
import { type IdempotentResult, idempotent } from '../../lib/idempotency.js';
import { newId } from '../../lib/ids.js';
import { decodeCursor, toPage } from '../../lib/pagination.js';
import type { ServiceDeps } from '../deps.js';
import { findVisibleRegion, requireLevel, subtreeIds } from '../regions/region-scope.js';
import { findVisibleUnit, type UnitRow, unitVisibility } from './unit-scope.js';
import type {
  CreatePairingBody,
  CreateUnitBody,
  ListUnitsQuery,
  PairingView,
  PatchUnitBody,
  UnitView,
} from './units.schemas.js';

export function toUnitView(u: UnitRow): UnitView {
  return {
    id: u.id,
    name: u.name,
    kind: u.kind,
    partyOrganisation: u.partyOrganisation,
    regionId: u.regionId,
    expectedMembers: u.expectedMembers,
    createdAt: u.createdAt.toISOString(),
    updatedAt: u.updatedAt.toISOString(),
  };
}

function toPairingView(p: typeof pairings.$inferSelect): PairingView {
  return {
    id: p.id,
    unitId: p.unitId,
    communityId: p.communityId,
    validFrom: p.validFrom,
    validTo: p.validTo,
    createdAt: p.createdAt.toISOString(),
  };
}

/**
 * A street officer manages the units located in its subtree (it may see more: those paired with its
 * communities); a unit admin edits its own unit but cannot move it.
 */
async function requireUnitEditor(
  tx: Parameters<typeof findVisibleRegion>[0],
  auth: AuthContext,
  unit: UnitRow,
  body: PatchUnitBody,
): Promise<void> {
  if (auth.role === 'admin') return;
  if (auth.role === 'unit_admin' && auth.unitId === unit.id) {
    if (body.regionId !== undefined && body.regionId !== unit.regionId) {
      throw Errors.forbidden('only an admin or a street officer moves a unit to another region');
    }
    return;
  }
  if (auth.role === 'street_officer') {
    const [home] = await tx.select({ path: regions.path }).from(regions).where(eq(regions.id, unit.regionId));
    if (home && regionInScope(auth, home.path)) return;
  }
  throw Errors.forbidden('this key may not change this unit');
}

export function createUnitsService({ db, clock }: Pick<ServiceDeps, 'db' | 'clock'>) {
  return {
    async create(
      { auth, actor }: Caller,
      body: CreateUnitBody,
      idempotencyKey?: string,
    ): Promise<IdempotentResult<UnitView>> {
      requireRole(auth, 'admin', 'street_officer');
      const request = { apiKeyId: auth.keyId, key: idempotencyKey, route: 'POST /v1/units', request: body };
      return idempotent(db, request, async (tx) => {
        await findVisibleRegion(tx, auth, body.regionId, todayOf(clock));
        const now = clock.now();
        const [row] = await tx
          .insert(units)
          .values({
            id: newId(),
            ...body,
            partyOrganisation: body.partyOrganisation ?? null,
            createdAt: now,
            updatedAt: now,
          })
          .returning();
        const view = toUnitView(row!);
        await appendAudit(tx, {
          entityType: 'unit',
          entityId: view.id,
          action: 'unit.created',
          actor,
          after: view,
          at: now,
        });
        return { status: 201, body: view };
      });
    },

    async get({ auth }: Caller, id: string): Promise<UnitView> {
      return toUnitView(await findVisibleUnit(db, auth, id, todayOf(clock)));
    },

    async list({ auth }: Caller, q: ListUnitsQuery) {
      const cursor = decodeCursor(q.cursor);
      const rows = await db
        .select()
        .from(units)
        .where(
          and(
            unitVisibility(auth, todayOf(clock)),
            q.regionId ? eq(units.regionId, q.regionId) : undefined,
            cursor ? gt(units.id, cursor) : undefined,
          ),
        )
        .orderBy(asc(units.id))
        .limit(q.limit + 1);
      return toPage(rows.map(toUnitView), q.limit);
    },

    async patch({ auth, actor }: Caller, id: string, body: PatchUnitBody): Promise<UnitView> {
      requireRole(auth, 'admin', 'street_officer', 'unit_admin');
      return transaction(db, async (tx) => {
        const today = todayOf(clock);
        const current = await findVisibleUnit(tx, auth, id, today, { lock: true });
        await requireUnitEditor(tx, auth, current, body);
        if (body.regionId !== undefined && body.regionId !== current.regionId) {
          await findVisibleRegion(tx, auth, body.regionId, today);
        }
        const now = clock.now();
        const [row] = await tx
          .update(units)
          .set({ ...body, updatedAt: now })
          .where(eq(units.id, id))
          .returning();
        const before = toUnitView(current);
        const after = toUnitView(row!);
        await appendAudit(tx, {
          entityType: 'unit',
          entityId: id,
          action: 'unit.updated',
          actor,
          before,
          after,
          at: now,
        });
        return after;
      });
    },

    async pair(
      { auth, actor }: Caller,
      unitId: string,
      body: CreatePairingBody,
      idempotencyKey?: string,
    ): Promise<IdempotentResult<PairingView>> {
      requireRole(auth, 'admin', 'street_officer');
      const request = {
        apiKeyId: auth.keyId,
        key: idempotencyKey,
        route: `POST /v1/units/${unitId}/pairings`,
        request: body,
      };
      return idempotent(db, request, async (tx) => {
        const today = todayOf(clock);
        // Locking the unit serialises pairings of one unit, so the overlap check below holds.
        await findVisibleUnit(tx, auth, unitId, today, { lock: true });
        const community = await findVisibleRegion(tx, auth, body.communityId, today, { what: 'community' });
        requireLevel(community, 'community', 'communityId');
        const validTo = body.validTo ?? null;
        const [overlap] = await tx
          .select({ id: pairings.id })
          .from(pairings)
          .where(
            and(
              eq(pairings.unitId, unitId),
              eq(pairings.communityId, body.communityId),
              sql`(${pairings.validTo} is null or ${pairings.validTo} >= ${body.validFrom})`,
              validTo ? sql`${pairings.validFrom} <= ${validTo}` : undefined,
            ),
          )
          .limit(1);
        if (overlap) {
          throw Errors.conflict(`pairing ${overlap.id} already covers part of this period`, {
            pairingId: overlap.id,
          });
        }
        const now = clock.now();
        const [row] = await tx
          .insert(pairings)
          .values({
            id: newId(),
            unitId,
            communityId: body.communityId,
            validFrom: body.validFrom,
            validTo,
            createdAt: now,
          })
          .returning();
        const view = toPairingView(row!);
        await appendAudit(tx, {
          entityType: 'pairing',
          entityId: view.id,
          action: 'pairing.created',
          actor,
          after: view,
          at: now,
        });
        return { status: 201, body: view };
      });
    },

    /** A unit's pairings; officers and staff see only those with communities in their subtree. */
    async pairings({ auth }: Caller, unitId: string, q: { limit: number; cursor?: string }) {
      const cursor = decodeCursor(q.cursor);
      await findVisibleUnit(db, auth, unitId, todayOf(clock));
      const regionScoped = !seesEverything(auth) && auth.regionPath !== null;
      const rows = await db
        .select()
        .from(pairings)
        .where(
          and(
            eq(pairings.unitId, unitId),
            regionScoped ? sql`${pairings.communityId} in ${subtreeIds(auth.regionPath!)}` : undefined,
            cursor ? gt(pairings.id, cursor) : undefined,
          ),
        )
        .orderBy(asc(pairings.id))
        .limit(q.limit + 1);
      return toPage(rows.map(toPairingView), q.limit);
    },
  };
}

export type UnitsService = ReturnType<typeof createUnitsService>;
