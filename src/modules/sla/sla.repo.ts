/** Statements on SLA policies and breaches, and the deadline look-ups of the timers and the reconciler. */
import { and, asc, eq, getTableColumns, gt, gte, lte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { execute, rowOf } from '../../db/exec.js';
import {
  categories,
  orders,
  type Priority,
  regions,
  slaBreaches,
  slaPolicies,
} from '../../db/schema/index.js';
import type { DeadlineKind } from '../../domain/sla-clock.js';
import type { OrderRow } from '../orders/orders.repo.js';

export type PolicyRow = typeof slaPolicies.$inferSelect;
export type BreachRow = typeof slaBreaches.$inferSelect;
export type PolicyTimes = Pick<
  PolicyRow,
  'claimWithinS' | 'completeWithinS' | 'responseWithinS' | 'maxLevel'
>;

/** The policy of a category × priority, locked for the transaction when asked. */
export async function findPolicy(
  db: Db,
  categoryCode: string,
  priority: Priority,
  opts: { lock?: boolean } = {},
): Promise<PolicyRow | undefined> {
  const query = db
    .select()
    .from(slaPolicies)
    .where(and(eq(slaPolicies.categoryCode, categoryCode), eq(slaPolicies.priority, priority)));
  const [policy] = opts.lock ? await query.for('update') : await query;
  return policy;
}

/** Policies in (category, priority) order after a keyset position, `limit` at most. */
export function listPolicies(
  db: Db,
  q: { after?: [categoryCode: string, priority: string]; categoryCode?: string; limit: number },
): Promise<PolicyRow[]> {
  return db
    .select()
    .from(slaPolicies)
    .where(
      and(
        q.after
          ? sql`(${slaPolicies.categoryCode}, ${slaPolicies.priority}) > (${q.after[0]}, ${q.after[1]})`
          : undefined,
        q.categoryCode ? eq(slaPolicies.categoryCode, q.categoryCode) : undefined,
      ),
    )
    .orderBy(asc(slaPolicies.categoryCode), asc(slaPolicies.priority))
    .limit(q.limit);
}

export async function categoryExists(db: Db, code: string): Promise<boolean> {
  const [category] = await db
    .select({ code: categories.code })
    .from(categories)
    .where(eq(categories.code, code));
  return category !== undefined;
}

/** Writes the policy of a category × priority, created or replaced. */
export async function upsertPolicy(
  db: Db,
  categoryCode: string,
  priority: Priority,
  values: PolicyTimes & { updatedAt: Date },
): Promise<PolicyRow> {
  const [row] = await db
    .insert(slaPolicies)
    .values({ categoryCode, priority, ...values })
    .onConflictDoUpdate({ target: [slaPolicies.categoryCode, slaPolicies.priority], set: values })
    .returning();
  return row!;
}

/**
 * Records a breach once: the unique (order, kind, deadline, escalation) row is the guard, so a timer
 * delivered twice, or a timer racing the reconciler, records it once. Undefined when it was recorded.
 */
export async function insertBreach(db: Db, breach: BreachRow): Promise<BreachRow | undefined> {
  const [row] = await db.insert(slaBreaches).values(breach).onConflictDoNothing().returning();
  return row;
}

export type BreachListItem = BreachRow & { communityId: string; categoryCode: string };

/**
 * Breaches of orders under every path of `pathsUnder` (null: of no order), with their filters, in id
 * order after `after`, `limit` at most.
 */
export function listBreaches(
  db: Db,
  q: {
    pathsUnder: string[] | null;
    after?: string;
    orderId?: string;
    kind?: DeadlineKind;
    level?: number;
    from?: Date;
    to?: Date;
    limit: number;
  },
): Promise<BreachListItem[]> {
  const under = q.pathsUnder
    ? q.pathsUnder.map((path) => sql`${orders.regionPath} like ${`${path}%`}`)
    : [sql`false`];
  return db
    .select({
      id: slaBreaches.id,
      orderId: slaBreaches.orderId,
      escalationId: slaBreaches.escalationId,
      communityId: orders.communityId,
      categoryCode: orders.categoryCode,
      kind: slaBreaches.kind,
      deadline: slaBreaches.deadline,
      detectedAt: slaBreaches.detectedAt,
      lateMs: slaBreaches.lateMs,
      levelAfter: slaBreaches.levelAfter,
      detectedBy: slaBreaches.detectedBy,
    })
    .from(slaBreaches)
    .innerJoin(orders, eq(orders.id, slaBreaches.orderId))
    .where(
      and(
        ...under,
        q.after ? gt(slaBreaches.id, q.after) : undefined,
        q.orderId ? eq(slaBreaches.orderId, q.orderId) : undefined,
        q.kind ? eq(slaBreaches.kind, q.kind) : undefined,
        q.level !== undefined ? eq(slaBreaches.levelAfter, q.level) : undefined,
        q.from ? gte(slaBreaches.detectedAt, q.from) : undefined,
        q.to ? lte(slaBreaches.detectedAt, q.to) : undefined,
      ),
    )
    .orderBy(asc(slaBreaches.id))
    .limit(q.limit);
}

export async function regionPathOf(db: Db, regionId: string): Promise<string | undefined> {
  const [region] = await db.select({ path: regions.path }).from(regions).where(eq(regions.id, regionId));
  return region?.path;
}

/** An order with its policy (null when its category × priority has none). */
export interface OrderWithPolicy {
  order: OrderRow;
  policy: PolicyRow | null;
}

const orderColumns = Object.values(getTableColumns(orders)).map((c) => c.name);
const policyColumns = Object.values(getTableColumns(slaPolicies)).map((c) => c.name);
/** The row lock with its policy, written out once: the timers run it for every deadline. */
const lockWithPolicySql = sql.raw(`select ${[
  ...orderColumns.map((c) => `o."${c}"`),
  ...policyColumns.map((c) => `p."${c}" as "policy.${c}"`),
].join(', ')}
  from orders o left join sla_policies p on p.category_code = o.category_code and p.priority = o.priority`);

function lockedRow(raw: Record<string, unknown>): OrderWithPolicy {
  if (raw['policy.category_code'] == null) return { order: rowOf(orders, raw), policy: null };
  const policy = Object.fromEntries(policyColumns.map((c) => [c, raw[`policy.${c}`]]));
  return { order: rowOf(orders, raw), policy: rowOf(slaPolicies, policy) };
}

/** Locks an order and reads its policy with it, in one round trip (the timers' hot path). */
export async function lockOrderWithPolicy(db: Db, orderId: string): Promise<OrderWithPolicy | null> {
  const { rows } = await execute<Record<string, unknown>>(
    db,
    sql`${lockWithPolicySql} where o.id = ${orderId} for update of o`,
  );
  return rows[0] ? lockedRow(rows[0]) : null;
}

/** Locks several orders in id order and reads their policies, in one round trip; orders not found are absent. */
export async function lockOrdersWithPolicy(db: Db, orderIds: string[]): Promise<OrderWithPolicy[]> {
  const { rows } = await execute<Record<string, unknown>>(
    db,
    sql`${lockWithPolicySql} where o.id = any(${`{${orderIds.join(',')}}`}::uuid[]) order by o.id for update of o`,
  );
  return rows.map(lockedRow);
}

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

/** Deadlines passed at `at`, or ahead of `at` and due by `until`. */
export type DeadlineRange = { passed: Date } | { after: Date; until: Date };

/**
 * Live deadlines of one kind, passed (not yet recorded as breached) or ahead within a window, in
 * (deadline, id) order after a keyset position, `limit` at a time.
 */
export async function liveDeadlines(
  db: Db,
  kind: DeadlineKind,
  range: DeadlineRange,
  after: LiveDeadline | null,
  limit: number,
): Promise<LiveDeadline[]> {
  const s = SOURCES[kind];
  const column = sql.raw(s.column);
  const passed = 'passed' in range;
  const window = passed
    ? sql`${column} <= ${range.passed}`
    : sql`${column} > ${range.after} and ${column} <= ${range.until}`;
  // A breach recorded at the top of the ladder leaves the deadline in place: it is not passed again.
  const unrecorded =
    passed && kind !== 'response'
      ? sql`and not exists (select 1 from sla_breaches b where b.order_id = o.id and b.kind = ${kind} and b.deadline = ${column})`
      : sql``;
  const keyset = after ? sql`and (${column}, o.id) > (${after.deadline}, ${after.id}::uuid)` : sql``;
  const { rows } = await execute<{ id: string; deadline: Date }>(
    db,
    sql`
    select o.id, ${column} as deadline from ${sql.raw(s.from)}
    where ${sql.raw(s.live)} and ${window} ${unrecorded} ${keyset}
    order by ${column}, o.id limit ${limit}`,
  );
  return rows.map((r) => ({ kind, id: r.id, deadline: r.deadline }));
}

/**
 * Takes the reconciler's lock for the rest of the transaction, if no other transaction holds it: one
 * run at a time across all workers, released with the transaction even when its worker dies.
 */
export async function tryReconcilerLock(tx: Db): Promise<boolean> {
  const { rows } = await execute<{ ok: boolean }>(
    tx,
    sql`select pg_try_advisory_xact_lock(hashtextextended('whistle:sla-reconciler', 0)) as ok`,
  );
  return rows[0]?.ok === true;
}
