/**
 * Requests nobody answered in time: the claim moves by itself, by the request's timer (a delayed job
 * on the SLA queue, written with the request) or, when that timer was lost with Redis, by the
 * reconciler, which finds passed requests in Postgres. Both make the same check under the same locks,
 * so a request moves once, and an answer that won the lock first leaves nothing to do.
 */
import { type Actor, timerActor } from '../../audit/audit.repo.js';
import type { Db } from '../../db/client.js';
import { transaction } from '../../db/transaction.js';
import { AppError } from '../../errors.js';
import type { PlanWindow } from '../../outbox/timer-horizon.js';
import type { ServiceDeps } from '../deps.js';
import { findClaim } from '../orders/claims.repo.js';
import { lockOrder } from '../orders/orders.repo.js';
import { autoAcceptJob, recordTransferChanges } from './transfer-events.js';
import { type LockedTransfer, moveClaim } from './transfer-move.js';
import { closeTransfer, lockTransfer, openRequests, transferHead } from './transfers.repo.js';

const BATCH = 500;

/** What one check did: moved the claim, found the request closed or gone, early, or ended it (the member no longer fits). */
export type TransferOutcome = 'moved' | 'closed' | 'gone' | 'early' | 'ended';

export function createTransferTimersService({ db, clock }: Pick<ServiceDeps, 'db' | 'clock'>) {
  /** Moves the claim of an open request whose time is up; a refusal ends the request instead. */
  async function moveLocked(tx: Db, locked: LockedTransfer, actor: Actor): Promise<TransferOutcome> {
    const now = clock.now();
    try {
      await moveClaim(tx, locked, {
        actor,
        by: 'system',
        answeredBy: null,
        toUnitId: locked.transfer.toUnitId,
        now,
      });
      return 'moved';
    } catch (err) {
      // moveClaim refuses before it writes: the request ends with the refusal's code as its cause.
      if (!(err instanceof AppError)) throw err;
      const ended = await closeTransfer(tx, locked.transfer.id, { status: 'ended', endCause: err.code, now });
      await recordTransferChanges(
        tx,
        locked.order,
        [{ type: 'claim_transfer.ended', transfer: ended, by: 'system' }],
        { actor, now },
      );
      return 'ended';
    }
  }

  /** One request's check, as its timer or the reconciler runs it. */
  async function autoAccept(transferId: string, by: 'timer' | 'reconciler'): Promise<TransferOutcome> {
    const head = await transferHead(db, transferId);
    if (!head) return 'gone';
    if (head.status !== 'open') return 'closed';
    return transaction(db, async (tx) => {
      const order = await lockOrder(tx, head.orderId);
      const claim = await findClaim(tx, head.orderId, head.claimId, true);
      const transfer = await lockTransfer(tx, transferId);
      if (!order || !claim || !transfer) return 'gone';
      if (transfer.status !== 'open' || transfer.kind !== 'request') return 'closed';
      if (transfer.autoAcceptAt! > clock.now()) return 'early';
      const actor = timerActor(by === 'timer' ? 'claim_transfer_timer' : 'claim_transfer_reconciler');
      return moveLocked(tx, { order, claim, transfer }, actor);
    });
  }

  return {
    autoAccept: (transferId: string) => autoAccept(transferId, 'timer'),

    /** Every open request whose time has passed, oldest first; returns how many moved or ended. */
    async reconcile(): Promise<{ checked: number; acted: number }> {
      let checked = 0;
      let acted = 0;
      let after: { autoAcceptAt: Date; id: string } | null = null;
      for (;;) {
        const due = await openRequests(db, { due: clock.now() }, after, BATCH);
        if (due.length === 0) break;
        for (const d of due) {
          checked += 1;
          const outcome = await autoAccept(d.id, 'reconciler');
          if (outcome === 'moved' || outcome === 'ended') acted += 1;
        }
        const last = due.at(-1)!;
        after = { autoAcceptAt: last.autoAcceptAt!, id: last.id };
      }
      return { checked, acted };
    },

    /**
     * The timers of open requests whose time falls in a planner run's window (see
     * src/outbox/timer-horizon.ts): as they come within the horizon, and after Redis lost its data.
     */
    async timersAhead(
      { from, until }: PlanWindow,
      onBatch: (jobs: ReturnType<typeof autoAcceptJob>[]) => Promise<void>,
    ): Promise<number> {
      const now = clock.now();
      let total = 0;
      let after: { autoAcceptAt: Date; id: string } | null = null;
      for (;;) {
        const ahead = await openRequests(db, { from, until }, after, BATCH);
        if (ahead.length === 0) break;
        total += ahead.length;
        await onBatch(ahead.map((r) => autoAcceptJob(r, now)));
        const last = ahead.at(-1)!;
        after = { autoAcceptAt: last.autoAcceptAt!, id: last.id };
      }
      return total;
    },
  };
}

export type TransferTimersService = ReturnType<typeof createTransferTimersService>;
