import type { Database } from '../../src/db/client.js';
import {
  type ClaimStatus,
  claims,
  type OrderStatus,
  orders,
  type Priority,
} from '../../src/db/schema/index.js';
import { newId } from '../../src/lib/ids.js';

/**
 * Orders and claims written straight to the tables with known timestamps: the ledger and the reports
 * read them as the orders service leaves them, without depending on that service.
 */
export async function insertOrder(
  db: Database,
  o: {
    community: { id: string; path: string };
    categoryCode?: string;
    status?: OrderStatus;
    priority?: Priority;
    createdAt?: Date;
    publishedAt?: Date | null;
    firstClaimedAt?: Date | null;
    completedAt?: Date | null;
    completeBy?: Date | null;
    rating?: number | null;
    headcount?: number;
  },
) {
  const createdAt = o.createdAt ?? new Date();
  const [row] = await db.db
    .insert(orders)
    .values({
      id: newId(),
      communityId: o.community.id,
      regionPath: o.community.path,
      categoryCode: o.categoryCode ?? 'errand',
      title: 'Fetch medicine',
      description: 'From the pharmacy on the corner',
      priority: o.priority ?? 'routine',
      headcount: o.headcount ?? 3,
      source: 'walk_in',
      dispatchMode: 'open',
      status: o.status ?? 'verified',
      createdAt,
      updatedAt: createdAt,
      publishedAt: o.publishedAt === undefined ? createdAt : o.publishedAt,
      firstClaimedAt: o.firstClaimedAt ?? null,
      completedAt: o.completedAt ?? null,
      completeBy: o.completeBy ?? null,
      rating: o.rating ?? null,
    })
    .returning();
  return row!;
}

export async function insertClaim(
  db: Database,
  c: {
    orderId: string;
    memberId: string;
    status?: ClaimStatus;
    hoursReported?: number | null;
    approvedHours?: number | null;
    createdAt?: Date;
    completedAt?: Date | null;
  },
) {
  const [row] = await db.db
    .insert(claims)
    .values({
      id: newId(),
      orderId: c.orderId,
      memberId: c.memberId,
      status: c.status ?? 'completed',
      hoursReported: c.hoursReported ?? c.approvedHours ?? null,
      approvedHours: c.approvedHours ?? null,
      createdAt: c.createdAt ?? new Date(),
      completedAt: c.completedAt ?? null,
    })
    .returning();
  return row!;
}

/** Sum of points and hours over every ledger entry: zero, whatever happened, in a double-entry ledger. */
export async function ledgerTotals(
  db: Database,
): Promise<{ points: number; hours: number; entries: number }> {
  const r = await db.pool.query(
    'select coalesce(sum(points), 0)::float8 as points, coalesce(sum(hours), 0)::float8 as hours, count(*)::int as entries from ledger_entries',
  );
  return r.rows[0];
}

export async function balanceOf(
  db: Database,
  accountType: string,
  accountId: string,
): Promise<{ points: number; hours: number } | null> {
  const r = await db.pool.query(
    'select points::float8 as points, hours::float8 as hours from ledger_accounts where account_type = $1 and account_id = $2',
    [accountType, accountId],
  );
  return r.rows[0] ?? null;
}
