/**
 * Deadlines and their timers, found in Postgres: the reconciler checks every passed deadline no timer
 * acted on, and planning adds the timers of the deadlines coming within the timer horizon (as time
 * passes, and again after Redis lost its data).
 */
import { transaction } from '../../db/transaction.js';
import type { PlanWindow } from '../../outbox/timer-horizon.js';
import { type CheckOutcome, createDeadlineTimersService, type SlaDeps } from './deadline-timers.service.js';
import { orderTimer, responseTimer, type TimerJob } from './deadlines.js';
import { type DeadlineRange, type LiveDeadline, liveDeadlines, tryReconcilerLock } from './sla.repo.js';

const RECONCILE_BATCH = 500;
/** Checks run side by side within a batch; each locks one order, so they never wait on each other. */
const PARALLEL = 8;
const PLAN_BATCH = 1_000;

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

/** Every live deadline of every kind in a range, batch by batch. */
async function forEachLiveDeadline(
  deps: SlaDeps,
  range: DeadlineRange,
  batchSize: number,
  onBatch: (batch: LiveDeadline[]) => Promise<void>,
): Promise<void> {
  for (const kind of ['claim', 'complete', 'response'] as const) {
    let after: LiveDeadline | null = null;
    for (;;) {
      const batch = await liveDeadlines(deps.db, kind, range, after, batchSize);
      if (batch.length === 0) break;
      await onBatch(batch);
      after = batch.at(-1) ?? null;
    }
  }
}

/**
 * The reconciler: every passed deadline that no timer has acted on (Redis lost its jobs, a worker
 * died, a timer fired early) is checked exactly as its timer would have, oldest first. One run at a
 * time across all workers: the transaction-scoped advisory lock is held for the whole run and
 * released with it, even when the worker dies. Deadlines re-armed during the run lie after its
 * cutoff and wait for their own timers or the next run.
 */
export async function reconcile(deps: SlaDeps): Promise<ReconcileResult> {
  const checks = createDeadlineTimersService(deps);
  const check = (d: LiveDeadline) =>
    d.kind === 'response'
      ? checks.checkResponseDeadline(d.id, d.deadline, 'reconciler')
      : checks.checkOrderDeadline(d.id, d.kind, d.deadline, 'reconciler');
  return transaction(deps.db, async (lockTx) => {
    const result: ReconcileResult = { ran: await tryReconcilerLock(lockTx), checked: 0, acted: 0, failed: 0 };
    if (!result.ran) return result;
    await forEachLiveDeadline(deps, { passed: deps.clock.now() }, RECONCILE_BATCH, (batch) =>
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

/**
 * The timers of the live deadlines in a planner run's window (after `from`, by `until`), from
 * Postgres batch by batch: the planner's as deadlines come within the timer horizon, and what Redis
 * held before it lost its data. Their job ids are the deterministic ones planning used, so a timer
 * that exists is not added twice. Passed deadlines are the reconciler's.
 */
export async function timersAhead(
  deps: SlaDeps,
  { from, until }: PlanWindow,
  onBatch: (jobs: TimerJob[]) => Promise<void>,
): Promise<number> {
  const now = deps.clock.now();
  let total = 0;
  await forEachLiveDeadline(deps, { after: from, until }, PLAN_BATCH, async (batch) => {
    total += batch.length;
    await onBatch(
      batch.map((d) =>
        d.kind === 'response'
          ? responseTimer(d.id, d.deadline, now)
          : orderTimer(d.id, d.kind, d.deadline, now),
      ),
    );
  });
  return total;
}

/** The reconciler and the planning of timers, for the SLA queue's processor. */
export function createTimerReconciler(deps: SlaDeps) {
  return {
    reconcile: () => reconcile(deps),
    timersAhead: (window: PlanWindow, onBatch: (jobs: TimerJob[]) => Promise<void>) =>
      timersAhead(deps, window, onBatch),
  };
}
