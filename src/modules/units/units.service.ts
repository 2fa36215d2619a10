import { appendAudit } from '../../audit/audit.repo.js';
import { type Caller, requireRole } from '../../auth/scope.js';
import { transaction } from '../../db/transaction.js';
import { Errors } from '../../errors.js';
import { todayOf } from '../../lib/clock.js';
import { type IdempotentResult, idempotent } from '../../lib/idempotency.js';
import { newId } from '../../lib/ids.js';
import { decodeCursor, toPage } from '../../lib/pagination.js';
import type { ServiceDeps } from '../deps.js';
import { findVisibleRegion, reachOf, requireLevel } from '../regions/regions.access.js';
import { findVisibleUnit, pairingsShownUnder, requireUnitEditor } from './units.access.js';
import { toPairingView, toUnitView } from './units.dto.js';
import {
  findOverlappingPairing,
  insertPairing,
  insertUnit,
  listPairings,
  listUnits,
  updateUnit,
} from './units.repo.js';
import type {
  CreatePairingBody,
  CreateUnitBody,
  ListUnitsQuery,
  PairingView,
  PatchUnitBody,
  UnitView,
} from './units.schemas.js';

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
        const row = await insertUnit(tx, {
          id: newId(),
          ...body,
          partyOrganisation: body.partyOrganisation ?? null,
          createdAt: now,
          updatedAt: now,
        });
        const view = toUnitView(row);
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
      const within = { reach: reachOf(auth), today: todayOf(clock) };
      const rows = await listUnits(db, within, { ...q, after: decodeCursor(q.cursor) });
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
        const before = toUnitView(current);
        const after = toUnitView(await updateUnit(tx, id, { ...body, updatedAt: now }));
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
        const period = {
          unitId,
          communityId: body.communityId,
          validFrom: body.validFrom,
          validTo: body.validTo ?? null,
        };
        const overlap = await findOverlappingPairing(tx, period);
        if (overlap) {
          throw Errors.conflict(`pairing ${overlap.id} already covers part of this period`, {
            pairingId: overlap.id,
          });
        }
        const now = clock.now();
        const view = toPairingView(await insertPairing(tx, { id: newId(), ...period, createdAt: now }));
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
      const after = decodeCursor(q.cursor);
      await findVisibleUnit(db, auth, unitId, todayOf(clock));
      const rows = await listPairings(db, unitId, {
        ...q,
        after,
        communitiesUnder: pairingsShownUnder(auth),
      });
      return toPage(rows.map(toPairingView), q.limit);
    },
  };
}

export type UnitsService = ReturnType<typeof createUnitsService>;
