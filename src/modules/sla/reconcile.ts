import { sql } from 'drizzle-orm';
import { transaction } from '../../db/transaction.js';
import { type CheckOutcome, deadlineChecks, type SlaDeps } from './deadline-checks.js';
import { forEachLiveDeadline, type LiveDeadline } from './deadline-queries.js';

const BATCH = 500;
/** Checks run side by side within a batch; each locks one order, so they never wait on each other. */
const PARALLEL = 8;

export interface ReconcileResult {
  /** False when another worker holds the reconciler lock: that one is doing the work. */
  ran: boolean;
  checked: number;
  /** Deadlines acted on: escalated, expired or recorded. */
  acted: number;
  failed: number;
  firstError?: string;
}

const ACTED: CheckOutcome[] = ['escalate', 'expire', 'record'];

/**
 * The reconciler: every passed deadline that no timer has acted on (Redis lost its jobs, a worker
 * died, a timer fired early) is checked exactly as its timer would have, oldest first. One run at a
 * time across all workers: the transaction-scoped advisory lock is held for the whole run and
 * released with it, even when the worker dies. Deadlines re-armed during the run lie after its
 * cutoff and wait for their own timers or the next run.
 */
export async function reconcile(deps: SlaDeps): Promise<ReconcileResult> {
  const { db, clock } = deps;
  const checks = deadlineChecks(deps);
  const check = (d: LiveDeadline) =>
    d.kind === 'response'
      ? checks.checkResponseDeadline(d.id, d.deadline, 'reconciler')
      : checks.checkOrderDeadline(d.id, d.kind, d.deadline, 'reconciler');
  return transaction(db, async (lockTx) => {
    const { rows } = await lockTx.execute<{ ok: boolean }>(
      sql`select pg_try_advisory_xact_lock(hashtextextended('whistle:sla-reconciler', 0)) as ok`,
    );
    const result: ReconcileResult = { ran: rows[0]?.ok === true, checked: 0, acted: 0, failed: 0 };
    if (!result.ran) return result;
    await forEachLiveDeadline(db, 'passed', clock.now(), BATCH, (batch) =>
      inParallel(batch, PARALLEL, async (due) => {
        result.checked += 1;
        try {
          if (ACTED.includes(await check(due))) result.acted += 1;
        } catch (err) {
          // One bad order must not stop the others; the next run tries it again.
          result.failed += 1;
          result.firstError ??= (err as Error).message;
        }
      }),
    );
    return result;
  });
}

async function inParallel<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}
