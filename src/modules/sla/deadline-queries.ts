import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { DeadlineKind } from '../../domain/sla-clock.js';

/** One live deadline: an order's (claim, complete) or an escalation's (response). */
export interface LiveDeadline {
  kind: DeadlineKind;
  id: string;
  deadline: Date;
}

/**
 * Where each kind of deadline lives, and while it is live: the same conditions as
 * claimDeadlineApplies / completeDeadlineApplies and an open escalation, so partial indexes serve them.
 */
const SOURCES = {
  claim: { from: 'orders o', column: 'o.claim_by', live: "o.status = 'open'" },
  complete: {
    from: 'orders o',
    column: 'o.complete_by',
    live: "o.status in ('open','filled','in_progress')",
  },
  response: { from: 'escalations o', column: 'o.respond_by', live: "o.status = 'open'" },
} as const;

/**
 * Live deadlines of one kind, passed (at or before `at`, not yet recorded as breached) or ahead
 * (after `at`), in (deadline, id) order after a keyset position, `limit` at a time.
 */
export async function liveDeadlines(
  db: Db,
  kind: DeadlineKind,
  range: 'passed' | 'ahead',
  at: Date,
  after: LiveDeadline | null,
  limit: number,
): Promise<LiveDeadline[]> {
  const s = SOURCES[kind];
  const column = sql.raw(s.column);
  const window = range === 'passed' ? sql`${column} <= ${at}` : sql`${column} > ${at}`;
  // A breach recorded at the top of the ladder leaves the deadline in place: it is not passed again.
  const unrecorded =
    range === 'passed' && kind !== 'response'
      ? sql`and not exists (select 1 from sla_breaches b where b.order_id = o.id and b.kind = ${kind} and b.deadline = ${column})`
      : sql``;
  const keyset = after ? sql`and (${column}, o.id) > (${after.deadline}, ${after.id}::uuid)` : sql``;
  const { rows } = await db.execute<{ id: string; deadline: Date | string }>(sql`
    select o.id, ${column} as deadline from ${sql.raw(s.from)}
    where ${sql.raw(s.live)} and ${window} ${unrecorded} ${keyset}
    order by ${column}, o.id limit ${limit}`);
  return rows.map((r) => ({ kind, id: r.id, deadline: new Date(r.deadline) }));
}

/** Every live deadline of every kind in a range, batch by batch. */
export async function forEachLiveDeadline(
  db: Db,
  range: 'passed' | 'ahead',
  at: Date,
  batchSize: number,
  onBatch: (batch: LiveDeadline[]) => Promise<void>,
): Promise<void> {
  for (const kind of ['claim', 'complete', 'response'] as const) {
    let after: LiveDeadline | null = null;
    for (;;) {
      const batch = await liveDeadlines(db, kind, range, at, after, batchSize);
      if (batch.length === 0) break;
      await onBatch(batch);
      after = batch.at(-1) ?? null;
    }
  }
}
