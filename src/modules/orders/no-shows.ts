import type { Actor } from '../../audit/audit.repo.js';
import type { Db } from '../../db/client.js';
import { transaction } from '../../db/transaction.js';
import { dueNoShows, findClaim } from './claims.repo.js';
import { lockOrder } from './orders.repo.js';
import { releaseSlot } from './waitlist.js';

/** How many no-shows one sweep marks at most; the next sweep takes the rest. */
const SWEEP_LIMIT = 500;

/**
 * Held claims whose order window has ended without a check-in become no-shows, each in its own
 * transaction; their slots reopen. Returns how many were marked.
 */
export async function markNoShows(db: Db, actor: Actor, now: Date): Promise<number> {
  const due = await dueNoShows(db, now, SWEEP_LIMIT);
  let marked = 0;
  for (const d of due) {
    marked += await transaction(db, async (tx) => {
      const order = await lockOrder(tx, d.orderId);
      const claim = await findClaim(tx, d.orderId, d.id, true);
      if (!order || claim?.status !== 'held') return 0;
      await releaseSlot(tx, order, claim, 'no_show', actor, now);
      return 1;
    });
  }
  return marked;
}
