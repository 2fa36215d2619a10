import { type Caller, requireRole } from '../../auth/scope.js';
import type { Db } from '../../db/client.js';
import type { ReadRouting } from '../../db/replica.js';
import { transaction } from '../../db/transaction.js';
import { decodeCursor, toPage } from '../../lib/pagination.js';
import type { ServiceDeps } from '../deps.js';
import { memberInScope } from './ledger.access.js';
import { memberEntries, readBalance } from './ledger.repo.js';

/** Members' statements: GET /v1/members/:id/ledger, read from the replica when there is one. */
export function createStatementsService(deps: Pick<ServiceDeps, 'db'> & { reads: ReadRouting }) {
  const { reads } = deps;
  return {
    /** A member's statement: entries newest first (cursor-paged), with the balance and total hours. */
    member(caller: Caller, id: string, q: { limit: number; cursor?: string }) {
      const { auth } = caller;
      requireRole(auth, 'admin', 'street_officer', 'community_staff', 'member', 'unit_admin');
      return reads.read(auth.keyId, (db) => statement(db, caller, id, q));
    },
  };
}

async function statement(db: Db, { auth }: Caller, id: string, q: { limit: number; cursor?: string }) {
  const member = await memberInScope(db, auth, id);
  const before = decodeCursor(q.cursor);
  // One snapshot, so the balance shown is the sum of the entries listed under it.
  const { balance, rows } = await transaction(
    db,
    async (tx) => ({
      balance: await readBalance(tx, { type: 'member', id: member.id }),
      rows: await memberEntries(tx, member.id, before, q.limit),
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
