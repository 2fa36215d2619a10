import { and, desc, eq, lt } from 'drizzle-orm';
import { type AuthContext, requireRole } from '../../auth/scope.js';
import type { Db } from '../../db/client.js';
import { ledgerEntries } from '../../db/schema/index.js';
import { transaction } from '../../db/transaction.js';
import { decodeCursor, toPage } from '../../lib/pagination.js';
import { memberInScope } from './ledger.access.js';
import { entryColumns, readBalance } from './ledger.repo.js';

/** A member's statement: entries newest first (cursor-paged), with the balance and total hours. */
export async function memberLedger(
  db: Db,
  auth: AuthContext,
  id: string,
  q: { limit: number; cursor?: string },
) {
  requireRole(auth, 'admin', 'street_officer', 'community_staff', 'member', 'unit_admin');
  const member = await memberInScope(db, auth, id);
  const before = decodeCursor(q.cursor);
  // One snapshot, so the balance shown is the sum of the entries listed under it.
  const { balance, rows } = await transaction(
    db,
    async (tx) => ({
      balance: await readBalance(tx, { type: 'member', id: member.id }),
      rows: await tx
        .select(entryColumns)
        .from(ledgerEntries)
        .where(
          and(
            eq(ledgerEntries.accountType, 'member'),
            eq(ledgerEntries.accountId, member.id),
            before ? lt(ledgerEntries.id, before) : undefined,
          ),
        )
        .orderBy(desc(ledgerEntries.id))
        .limit(q.limit + 1),
    }),
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  const page = toPage(rows, q.limit);
  return {
    memberId: member.id,
    balance: balance.points,
    totalHours: balance.hours,
    items: page.items.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
    nextCursor: page.nextCursor,
  };
}
