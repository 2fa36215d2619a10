import { appendAudit } from '../../audit/audit.repo.js';
import { type Caller, requireRole } from '../../auth/scope.js';
import type { Db } from '../../db/client.js';
import { transaction } from '../../db/transaction.js';
import { Errors } from '../../errors.js';
import { todayOf } from '../../lib/clock.js';
import { type IdempotentResult, idempotent } from '../../lib/idempotency.js';
import { newId } from '../../lib/ids.js';
import { decodeCursor, toPage } from '../../lib/pagination.js';
import type { ServiceDeps } from '../deps.js';
import { findVisibleRegion, reachOf, requireLevel } from '../regions/regions.access.js';
import { findVisibleHousehold, requireHouseholdManager, revealOf } from './households.access.js';
import { householdSnapshot, toHouseholdView, toPairingView } from './households.dto.js';
import {
  endPairingsOfHousehold,
  eraseBeneficiaries,
  type HouseholdRow,
  insertHousehold,
  listHouseholds,
  pairingsOfHousehold,
  scrubStoredAnswers,
  updateHousehold,
  visitsOfHousehold,
} from './households.repo.js';
import type {
  CreateHouseholdBody,
  EraseHouseholdBody,
  HouseholdErasure,
  HouseholdExport,
  HouseholdView,
  ListHouseholdsQuery,
  PatchHouseholdBody,
} from './households.schemas.js';

/** An erased household stays erased: nothing may put personal data back. */
function refuseErased(h: HouseholdRow): void {
  if (h.erasedAt) throw Errors.alreadyErased(`household ${h.id} was erased`);
}

/** What replaces a household's personal fields: a tag of the id, so staff can tell erased rows apart. */
export function householdPseudonym(id: string) {
  const tag = id.replace(/-/g, '').slice(-4).toUpperCase();
  return { name: `Erased household ${tag}`, phone: null, address: null, lat: null, lng: null, needs: null };
}

/** Households (beneficiaries) of a community: records, export and erasure. */
export function createHouseholdsService({ db, clock }: Pick<ServiceDeps, 'db' | 'clock'>) {
  const audit = (tx: Db, action: string, h: HouseholdRow, actor: Caller['actor'], extra: object = {}) =>
    appendAudit(tx, {
      entityType: 'household',
      entityId: h.id,
      action,
      actor,
      after: { ...householdSnapshot(h), ...extra },
      at: clock.now(),
    });

  return {
    async create(
      { auth, actor }: Caller,
      body: CreateHouseholdBody,
      idempotencyKey?: string,
    ): Promise<IdempotentResult<HouseholdView>> {
      requireHouseholdManager(auth);
      const communityId = body.communityId ?? (auth.role === 'community_staff' ? auth.regionId : null);
      if (!communityId) {
        throw Errors.validationFailed('communityId is required', {
          errors: [{ path: 'body.communityId', message: 'an admin names the community of the household' }],
        });
      }
      const request = {
        apiKeyId: auth.keyId,
        key: idempotencyKey,
        route: 'POST /v1/households',
        request: body,
      };
      return idempotent(db, request, async (tx) => {
        const community = await findVisibleRegion(tx, auth, communityId, todayOf(clock), {
          what: 'community',
        });
        requireLevel(community, 'community', 'communityId');
        const now = clock.now();
        const row = await insertHousehold(tx, {
          id: newId(),
          communityId: community.id,
          regionPath: community.path,
          name: body.name,
          phone: body.phone ?? null,
          address: body.address ?? null,
          lat: body.lat ?? null,
          lng: body.lng ?? null,
          needs: body.needs ?? null,
          tags: body.tags,
          createdAt: now,
          updatedAt: now,
        });
        await audit(tx, 'household.created', row, actor);
        return { status: 201, body: toHouseholdView(row, revealOf(auth)) };
      });
    },

    async get({ auth }: Caller, id: string): Promise<HouseholdView> {
      return toHouseholdView(await findVisibleHousehold(db, auth, id), revealOf(auth));
    },

    /** Lists always mask name and phone and withhold address and needs. */
    async list({ auth }: Caller, q: ListHouseholdsQuery) {
      const rows = await listHouseholds(db, reachOf(auth), { ...q, after: decodeCursor(q.cursor) });
      return toPage(
        rows.map((h) => toHouseholdView(h, 'masked')),
        q.limit,
      );
    },

    async patch({ auth, actor }: Caller, id: string, body: PatchHouseholdBody): Promise<HouseholdView> {
      requireHouseholdManager(auth);
      return transaction(db, async (tx) => {
        const current = await findVisibleHousehold(tx, auth, id, { lock: true });
        refuseErased(current);
        const now = clock.now();
        const row = await updateHousehold(tx, id, { ...body, updatedAt: now });
        await appendAudit(tx, {
          entityType: 'household',
          entityId: id,
          action: 'household.updated',
          actor,
          before: householdSnapshot(current),
          after: householdSnapshot(row),
          at: now,
        });
        return toHouseholdView(row, 'full');
      });
    },

    /** Everything held about a household, for the staff who may read it in full; the export is audited. */
    async exportHousehold({ auth, actor }: Caller, id: string): Promise<HouseholdExport> {
      const data = await transaction(
        db,
        async (tx) => {
          const h = await findVisibleHousehold(tx, auth, id);
          if (revealOf(auth) !== 'full') throw Errors.notFound(`household ${id} not found`);
          const pairings = await pairingsOfHousehold(tx, id);
          const visits = await visitsOfHousehold(tx, id);
          return {
            exportedAt: clock.now().toISOString(),
            household: toHouseholdView(h, 'full'),
            pairings: pairings.map((p) => toPairingView(p, null)),
            visits: visits.map((v) => ({
              pairingId: v.pairingId,
              occurrenceAt: v.occurrenceAt.toISOString(),
              orderId: v.orderId,
              publishedAt: v.publishedAt.toISOString(),
            })),
          };
        },
        { isolationLevel: 'repeatable read', accessMode: 'read only' },
      );
      await transaction(db, (tx) =>
        appendAudit(tx, {
          entityType: 'household',
          entityId: id,
          action: 'household.exported',
          actor,
          after: { pairings: data.pairings.length, visits: data.visits.length },
          at: clock.now(),
        }),
      );
      return data;
    },

    /**
     * Erasure: the personal fields get a pseudonym, live pairings end (no more visits), the
     * beneficiary of every visit order is erased and stored Idempotency-Key answers are rewritten.
     * The audit trail held only masked values, so every chain stays valid.
     */
    async erase({ auth, actor }: Caller, id: string, body: EraseHouseholdBody): Promise<HouseholdErasure> {
      requireRole(auth, 'admin', 'community_staff');
      return transaction(db, async (tx) => {
        const current = await findVisibleHousehold(tx, auth, id, { lock: true });
        if (current.erasedAt)
          throw Errors.alreadyErased(`household ${id} was erased at ${current.erasedAt.toISOString()}`);
        const now = clock.now();
        const erased = await updateHousehold(tx, id, {
          ...householdPseudonym(id),
          tags: [],
          erasedAt: now,
          updatedAt: now,
        });
        const ended = await endPairingsOfHousehold(tx, id, now);
        for (const p of ended) {
          await appendAudit(tx, {
            entityType: 'household_pairing',
            entityId: p.id,
            action: 'household_pairing.ended',
            actor,
            before: { status: 'active' },
            after: { status: 'ended', cause: 'household.erased' },
            at: now,
          });
        }
        const orders = await eraseBeneficiaries(tx, { householdId: id }, now);
        for (const o of orders) await auditBeneficiaryErased(tx, o, actor, now, 'household.erased');
        const storedResponsesScrubbed = await scrubStoredAnswers(
          tx,
          [id, ...orders.map((o) => o.id)],
          householdPseudonym(id),
        );
        const erasedAt = now.toISOString();
        await audit(tx, 'household.erased', erased, actor, {
          reason: body.reason,
          ordersScrubbed: orders.length,
          storedResponsesScrubbed,
        });
        return {
          household: toHouseholdView(erased, 'full'),
          erasedAt,
          pairingsEnded: ended.map((p) => p.id),
          ordersScrubbed: orders.length,
          storedResponsesScrubbed,
        };
      });
    },
  };
}

/** The audit event of an order whose beneficiary was erased: masked before, nothing after. */
export async function auditBeneficiaryErased(
  tx: Db,
  o: { id: string; version: number; beneficiaryName: string | null; beneficiaryPhone: string | null },
  actor: Caller['actor'],
  now: Date,
  cause: string,
): Promise<void> {
  await appendAudit(tx, {
    entityType: 'order',
    entityId: o.id,
    action: 'order.beneficiary_erased',
    actor,
    before: { version: o.version, beneficiaryName: o.beneficiaryName, beneficiaryPhone: o.beneficiaryPhone },
    after: { version: o.version + 1, beneficiaryName: null, beneficiaryPhone: null, cause },
    at: now,
  });
}

export type HouseholdsService = ReturnType<typeof createHouseholdsService>;
