import { and, asc, desc, eq, gt, gte, lt, sql } from 'drizzle-orm';
import { appendAudit } from '../../audit/audit.repo.js';
import { type AuthContext, regionInScope, requireRole } from '../../auth/scope.js';
import type { Db } from '../../db/client.js';
import { ledgerEntries, merchants, regions } from '../../db/schema/index.js';
import { Errors } from '../../errors.js';
import { idempotent } from '../../lib/idempotency.js';
import { newId } from '../../lib/ids.js';
import { decodeCursor, toPage } from '../../lib/pagination.js';
import { type MerchantRow, merchantInScope, merchantReach } from './ledger.access.js';
import type { CreateMerchantBody } from './ledger.schemas.js';

export interface WriteContext {
  idempotencyKey: string | undefined;
  requestId: string;
  at: Date;
}

const merchantDto = (m: MerchantRow) => ({
  id: m.id,
  name: m.name,
  regionId: m.regionId,
  address: m.address,
  createdAt: m.createdAt.toISOString(),
});
export type MerchantDto = ReturnType<typeof merchantDto>;

/** A partner shop, registered by an admin or by a street officer within its subtree. */
export async function createMerchant(db: Db, auth: AuthContext, body: CreateMerchantBody, w: WriteContext) {
  requireRole(auth, 'admin', 'street_officer');
  return idempotent(
    db,
    { apiKeyId: auth.keyId, key: w.idempotencyKey, route: 'POST /v1/merchants', request: body },
    async (tx) => {
      const [region] = await tx
        .select({ path: regions.path })
        .from(regions)
        .where(eq(regions.id, body.regionId));
      if (!region || !regionInScope(auth, region.path))
        throw Errors.invalidReference('regionId is not a region in your scope');
      const [row] = await tx
        .insert(merchants)
        .values({
          id: newId(),
          name: body.name,
          regionId: body.regionId,
          regionPath: region.path,
          address: body.address ?? null,
          createdAt: w.at,
        })
        .returning();
      const dto = merchantDto(row!);
      await appendAudit(tx, {
        entityType: 'merchant',
        entityId: dto.id,
        action: 'merchant.created',
        actor: { type: 'api_key', id: auth.keyId, requestId: w.requestId },
        after: dto,
        at: w.at,
      });
      return { status: 201, body: dto };
    },
  );
}

const readerRoles = ['admin', 'ops', 'street_officer', 'community_staff', 'member'] as const;

export async function listMerchants(db: Db, auth: AuthContext, q: { limit: number; cursor?: string }) {
  requireRole(auth, ...readerRoles);
  const reach = await merchantReach(db, auth);
  if (reach.kind === 'none') return { items: [], nextCursor: null };
  const after = decodeCursor(q.cursor);
  const rows = await db
    .select()
    .from(merchants)
    .where(
      and(
        after ? gt(merchants.id, after) : undefined,
        reach.kind === 'path'
          ? sql`(${merchants.regionPath} like ${`${reach.path}%`} or starts_with(${reach.path}, ${merchants.regionPath}))`
          : undefined,
      ),
    )
    .orderBy(asc(merchants.id))
    .limit(q.limit + 1);
  return toPage(rows.map(merchantDto), q.limit);
}

export async function getMerchant(db: Db, auth: AuthContext, id: string): Promise<MerchantDto> {
  requireRole(auth, ...readerRoles);
  return merchantDto(await merchantInScope(db, auth, id));
}

/** What a merchant redeemed, newest first, with the period's total: the basis of settlement. */
export async function merchantLedger(
  db: Db,
  auth: AuthContext,
  id: string,
  q: { limit: number; cursor?: string; from?: string; to?: string },
) {
  requireRole(auth, 'admin', 'street_officer', 'community_staff');
  const merchant = await merchantInScope(db, auth, id);
  const before = decodeCursor(q.cursor);
  const inPeriod = and(
    eq(ledgerEntries.accountType, 'merchant'),
    eq(ledgerEntries.accountId, merchant.id),
    eq(ledgerEntries.kind, 'redemption'),
    q.from ? gte(ledgerEntries.createdAt, new Date(q.from)) : undefined,
    q.to ? lt(ledgerEntries.createdAt, new Date(q.to)) : undefined,
  );
  const [totals] = await db
    .select({
      redemptions: sql<number>`count(*)::int`,
      totalPoints: sql<string>`coalesce(sum(${ledgerEntries.points}), 0)`,
    })
    .from(ledgerEntries)
    .where(inPeriod);
  const rows = await db
    .select({
      id: ledgerEntries.id,
      txnId: ledgerEntries.txnId,
      memberId: ledgerEntries.counterpartyId,
      points: ledgerEntries.points,
      note: ledgerEntries.note,
      createdAt: ledgerEntries.createdAt,
    })
    .from(ledgerEntries)
    .where(and(inPeriod, before ? lt(ledgerEntries.id, before) : undefined))
    .orderBy(desc(ledgerEntries.id))
    .limit(q.limit + 1);
  const page = toPage(rows, q.limit);
  return {
    merchantId: merchant.id,
    from: q.from ? new Date(q.from).toISOString() : null,
    to: q.to ? new Date(q.to).toISOString() : null,
    redemptions: totals?.redemptions ?? 0,
    totalPoints: Number(totals?.totalPoints ?? 0),
    items: page.items.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
    nextCursor: page.nextCursor,
  };
}
