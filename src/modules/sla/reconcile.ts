import { type SQL, sql } from 'drizzle-orm';
import { type CheckOutcome, deadlineChecks, type SlaDeps } from './deadline-checks.js';

const BATCH = 500;
/** Checks run side by side within a batch; each locks one order, so they never wait on each other. */
const PARALLEL = 4;

export interface ReconcileResult {
  /** False when another worker holds the reconciler lock: that one is doing the work. */
  ran: boolean;
  checked: number;
  /** Deadlines acted on: escalated, expired or recorded. */
  acted: number;
  failed: number;
  firstError?: string;
}

interface Due {
  id: string;
  deadline: Date;
}

/** Due deadlines of one kind, in (deadline, id) order after a keyset position. */
type DueQuery = (cutoff: Date, after: Due | null) => SQL;

const afterClause = (column: string, after: Due | null) =>
  after ? sql`and (${sql.raw(column)}, id) > (${after.deadline}, ${after.id}::uuid)` : sql``;

const dueClaims: DueQuery = (cutoff, after) => sql`
  select id, claim_by as deadline from orders o
  where status = 'open' and claim_by <= ${cutoff} ${afterClause('claim_by', after)}
    and not exists (select 1 from sla_breaches b where b.order_id = o.id and b.kind = 'claim' and b.deadline = o.claim_by)
  order by claim_by, id limit ${BATCH}`;

const dueCompletions: DueQuery = (cutoff, after) => sql`
  select id, complete_by as deadline from orders o
  where status in ('open','filled','in_progress') and complete_by <= ${cutoff} ${afterClause('complete_by', after)}
    and not exists (select 1 from sla_breaches b where b.order_id = o.id and b.kind = 'complete' and b.deadline = o.complete_by)
  order by complete_by, id limit ${BATCH}`;

const dueResponses: DueQuery = (cutoff, after) => sql`
  select id, respond_by as deadline from escalations
  where status = 'open' and respond_by <= ${cutoff} ${afterClause('respond_by', after)}
  order by respond_by, id limit ${BATCH}`;

const ACTED: CheckOutcome[] = ['escalate', 'expire', 'record'];

/**
 * The reconciler: every passed deadline that no timer has acted on (Redis lost its jobs, a worker
 * died, a timer fired early) is checked exactly as its timer would have. One run at a time across
 * all workers: the transaction-scoped advisory lock is held for the whole run and released with it,
 * even when the worker dies. Deadlines re-armed during the run lie after its cutoff and wait for
 * their own timers or the next run.
 */
export async function reconcile(deps: SlaDeps): Promise<ReconcileResult> {
  const { db, clock } = deps;
  const checks = deadlineChecks(deps);
  return db.transaction(async (lockTx) => {
    const { rows } = await lockTx.execute<{ ok: boolean }>(
      sql`select pg_try_advisory_xact_lock(hashtextextended('whistle:sla-reconciler', 0)) as ok`,
    );
    const result: ReconcileResult = { ran: rows[0]?.ok === true, checked: 0, acted: 0, failed: 0 };
    if (!result.ran) return result;
    const cutoff = clock.now();
    const sweeps: [DueQuery, (d: Due) => Promise<CheckOutcome>][] = [
      [dueClaims, (d) => checks.checkOrderDeadline(d.id, 'claim', d.deadline, 'reconciler')],
      [dueCompletions, (d) => checks.checkOrderDeadline(d.id, 'complete', d.deadline, 'reconciler')],
      [dueResponses, (d) => checks.checkResponseDeadline(d.id, d.deadline, 'reconciler')],
    ];
    for (const [query, check] of sweeps) {
      let after: Due | null = null;
      for (;;) {
        const batch: Due[] = (
          await db.execute<{ id: string; deadline: Date | string }>(query(cutoff, after))
        ).rows.map((r) => ({ id: r.id, deadline: new Date(r.deadline) }));
        if (batch.length === 0) break;
        await inParallel(batch, PARALLEL, async (due) => {
          result.checked += 1;
          try {
            if (ACTED.includes(await check(due))) result.acted += 1;
          } catch (err) {
            // One bad order must not stop the others; the next run tries it again.
            result.failed += 1;
            result.firstError ??= (err as Error).message;
          }
        });
        after = batch.at(-1) ?? null;
      }
    }
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
