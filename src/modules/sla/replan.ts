import type { SlaDeps } from './deadline-checks.js';
import { forEachLiveDeadline } from './deadline-queries.js';
import { orderTimer, responseTimer, type TimerJob } from './deadlines.js';

const BATCH = 1_000;

/**
 * The timers of every deadline still ahead, rebuilt from Postgres batch by batch: what Redis held
 * before it lost its data. Their job ids are the deterministic ones planning used, so a timer that
 * still exists is not added twice. Passed deadlines are the reconciler's.
 */
export async function pendingTimers(
  deps: SlaDeps,
  onBatch: (jobs: TimerJob[]) => Promise<void>,
): Promise<number> {
  const now = deps.clock.now();
  let total = 0;
  await forEachLiveDeadline(deps.db, 'ahead', now, BATCH, async (batch) => {
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
