import { appendAudit } from '../../audit/audit.repo.js';
import { type Caller, regionInScope, requireRole } from '../../auth/scope.js';
import { Errors } from '../../errors.js';
import { idempotent } from '../../lib/idempotency.js';
import { newId } from '../../lib/ids.js';
import { decodeCursor, toPage } from '../../lib/pagination.js';
import type { ServiceDeps } from '../deps.js';
import { merchantInScope, merchantReach } from './ledger.access.js';
import { merchantRedemptions, merchantTotals } from './ledger.repo.js';
import type { CreateMerchantBody } from './ledger.schemas.js';
import { insertMerchant, type MerchantRow, merchantsInReach, regionPathOf } from './merchants.repo.js';

const merchantDto = (m: MerchantRow) => ({
  id: m.id,
  name: m.name,
  regionId: m.regionId,
  address: m.address,
  createdAt: m.createdAt.toISOString(),
});

const readerRoles = ['admin', 'ops', 'street_officer', 'community_staff', 'member'] as const;

/** Partner shops (联盟超市) and what they redeemed. */
export function createMerchantsService(deps: Pick<ServiceDeps, 'db' | 'clock'>) {
  const { db, clock } = deps;
  return {
    /** A partner shop, registered by an admin or by a street officer within its subtree. */
    async create(caller: Caller, body: CreateMerchantBody, idempotencyKey: string | undefined) {
      const { auth, actor } = caller;
      requireRole(auth, 'admin', 'street_officer');
      const at = clock.now();
      return idempotent(
        db,
        { apiKeyId: auth.keyId, key: idempotencyKey, route: 'POST /v1/merchants', request: body },
        async (tx) => {
          const regionPath = await regionPathOf(tx, body.regionId);
          if (!regionPath || !regionInScope(auth, regionPath))
            throw Errors.invalidReference('regionId is not a region in your scope');
          const row = await insertMerchant(tx, {
            id: newId(),
            name: body.name,
            regionId: body.regionId,
            regionPath,
            address: body.address ?? null,
            createdAt: at,
          });
          const dto = merchantDto(row);
          await appendAudit(tx, {
            entityType: 'merchant',
            entityId: dto.id,
            action: 'merchant.created',
            actor,
            after: dto,
            at,
          });
          return { status: 201, body: dto };
        },
      );
    },

    async list(caller: Caller, q: { limit: number; cursor?: string }) {
      requireRole(caller.auth, ...readerRoles);
      const reach = await merchantReach(db, caller.auth);
      if (reach.kind === 'none') return { items: [], nextCursor: null };
      const rows = await merchantsInReach(db, reach, decodeCursor(q.cursor), q.limit);
      return toPage(rows.map(merchantDto), q.limit);
    },

    async get(caller: Caller, id: string) {
      requireRole(caller.auth, ...readerRoles);
      return merchantDto(await merchantInScope(db, caller.auth, id));
    },

    /** What a merchant redeemed, newest first, with the period's total: the basis of settlement. */
    async ledger(
      caller: Caller,
      id: string,
      q: { limit: number; cursor?: string; from?: string; to?: string },
    ) {
      requireRole(caller.auth, 'admin', 'street_officer', 'community_staff');
      const merchant = await merchantInScope(db, caller.auth, id);
      const before = decodeCursor(q.cursor);
      const period = { from: q.from ? new Date(q.from) : undefined, to: q.to ? new Date(q.to) : undefined };
      const totals = await merchantTotals(db, merchant.id, period);
      const rows = await merchantRedemptions(db, merchant.id, period, before, q.limit);
      const page = toPage(rows, q.limit);
      return {
        merchantId: merchant.id,
        from: period.from?.toISOString() ?? null,
        to: period.to?.toISOString() ?? null,
        ...totals,
        items: page.items.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
        nextCursor: page.nextCursor,
      };
    },
  };
}
