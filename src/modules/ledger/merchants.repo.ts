import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { merchants, regions } from '../../db/schema/index.js';

export type MerchantRow = typeof merchants.$inferSelect;

/** Which shops a caller deals with (see merchantReach in ledger.access.ts). */
export type MerchantReach = { kind: 'all' } | { kind: 'none' } | { kind: 'path'; path: string };

export async function insertMerchant(tx: Db, row: MerchantRow): Promise<MerchantRow> {
  const [inserted] = await tx.insert(merchants).values(row).returning();
  return inserted!;
}

export async function findMerchant(db: Db, id: string): Promise<MerchantRow | undefined> {
  const [row] = await db.select().from(merchants).where(eq(merchants.id, id));
  return row;
}

/** Merchants within reach in id order, after the cursor id: `limit + 1` rows, for toPage. */
export const merchantsInReach = (
  db: Db,
  reach: Exclude<MerchantReach, { kind: 'none' }>,
  after: string | undefined,
  limit: number,
) =>
  db
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
    .limit(limit + 1);

/** The path of the region a merchant is registered in, or undefined when there is no such region. */
export async function regionPathOf(tx: Db, regionId: string): Promise<string | undefined> {
  const [region] = await tx.select({ path: regions.path }).from(regions).where(eq(regions.id, regionId));
  return region?.path;
}
