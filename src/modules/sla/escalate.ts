import { and, type Column, eq, getTableColumns, sql } from 'drizzle-orm';
import type { Actor } from '../../audit/audit.repo.js';
import type { Db } from '../../db/client.js';
import { type escalations, orders, slaPolicies } from '../../db/schema/index.js';
import type { Priority } from '../../db/schema/orders.js';
import { addSeconds, claimDeadlineApplies, ladderRegion } from '../../domain/sla-clock.js';
import { Errors } from '../../errors.js';
import { newId } from '../../lib/ids.js';
import type { OutboxJob, QueueName } from '../../outbox/jobs.js';
import { enqueueJob, jobsArg } from '../../outbox/outbox.repo.js';
import { emitOrderEventTo } from '../orders/order-events.js';
import { closeOrder, updateOrder } from '../orders/order-lifecycle.js';
import { audienceUnits, type OrderRow } from '../orders/orders.repo.js';
import { orderTimer, responseTimer } from './deadlines.js';

export type PolicyRow = typeof slaPolicies.$inferSelect;
export type EscalationRow = typeof escalations.$inferSelect;
export type EscalationTrigger = EscalationRow['trigger'];

/** The policy an order's SLA follows now (re-armed deadlines and response times use today's policy). */
export async function loadPolicy(tx: Db, categoryCode: string, priority: Priority): Promise<PolicyRow> {
  const [policy] = await tx
    .select()
    .from(slaPolicies)
    .where(and(eq(slaPolicies.categoryCode, categoryCode), eq(slaPolicies.priority, priority)));
  if (!policy) throw Errors.unknownCategory(`no SLA policy for ${categoryCode}/${priority}`);
  return policy;
}

type ColumnEntries = [string, Column][];
const orderColumns = Object.entries(getTableColumns(orders)) as ColumnEntries;
const policyColumns = Object.entries(getTableColumns(slaPolicies)) as ColumnEntries;
/** The row lock with its policy, written out once: the timers run it for every deadline. */
const lockWithPolicySql = sql.raw(`select ${[
  ...orderColumns.map(([, c]) => `o."${c.name}"`),
  ...policyColumns.map(([, c]) => `p."${c.name}" as "policy.${c.name}"`),
].join(', ')}
  from orders o left join sla_policies p on p.category_code = o.category_code and p.priority = o.priority`);

/** A row of raw driver values as the table's row type, each column decoded as the query builder does. */
function decodeRow<T>(columns: ColumnEntries, row: Record<string, unknown>, prefix = ''): T {
  const out: Record<string, unknown> = {};
  for (const [key, column] of columns) {
    const value = row[prefix + column.name];
    out[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return out as T;
}

/** An order row with its policy, decoded; an order without a policy is refused. */
function lockedRow(found: Record<string, unknown>): { order: OrderRow; policy: PolicyRow } {
  const order = decodeRow<OrderRow>(orderColumns, found);
  if (found['policy.category_code'] == null)
    throw Errors.unknownCategory(`no SLA policy for ${order.categoryCode}/${order.priority}`);
  return { order, policy: decodeRow<PolicyRow>(policyColumns, found, 'policy.') };
}

/** Locks an order and reads its policy with it, in one round trip (the timers' hot path). */
export async function lockOrderWithPolicy(
  tx: Db,
  orderId: string,
): Promise<{ order: OrderRow; policy: PolicyRow } | null> {
  const { rows } = await tx.execute<Record<string, unknown>>(
    sql`${lockWithPolicySql} where o.id = ${orderId} for update of o`,
  );
  return rows[0] ? lockedRow(rows[0]) : null;
}

/** Locks several orders in id order and reads their policies, in one round trip; orders not found are absent. */
export async function lockOrdersWithPolicy(
  tx: Db,
  orderIds: string[],
): Promise<Map<string, { order: OrderRow; policy: PolicyRow }>> {
  const { rows } = await tx.execute<Record<string, unknown>>(
    sql`${lockWithPolicySql} where o.id = any(${`{${orderIds.join(',')}}`}::uuid[]) order by o.id for update of o`,
  );
  return new Map(
    rows.map((row) => {
      const locked = lockedRow(row);
      return [locked.order.id, locked];
    }),
  );
}

/** Units paired today with any community under a region (whom an escalation to that region reaches), as a uuid[]. */
function unitsPairedUnderSql(regionPath: string, now: Date) {
  const today = now.toISOString().slice(0, 10);
  return sql`array(
    select distinct p.unit_id from pairings p join regions c on c.id = p.community_id
    where c.path like ${`${regionPath}%`} and p.valid_from <= ${today}::date and (p.valid_to is null or p.valid_to >= ${today}::date))`;
}

/** The order's usual audience (see audienceUnits) and more units, once each. */
export async function audienceOf(
  tx: Db,
  order: OrderRow,
  now: Date,
  extraUnitIds: string[] = [],
): Promise<string[]> {
  return [...new Set([...(await audienceUnits(tx, order, now)), ...extraUnitIds])];
}

/** Whether an order's escalation runs matching: an auto order that still has free slots. */
const needsRematch = (order: OrderRow) =>
  order.dispatchMode === 'auto' &&
  order.slotsHeld < order.headcount &&
  ['open', 'in_progress'].includes(order.status);

const rematchJob = (orderId: string): OutboxJob<'matching'> => ({
  queue: 'matching',
  name: 'match',
  payload: { orderId, reason: 'escalated' },
});

/** Matching for an auto order that still has free slots (the matcher re-reads its reach). */
export async function rematchIfAuto(tx: Db, order: OrderRow): Promise<void> {
  if (needsRematch(order)) await enqueueJob(tx, rematchJob(order.id));
}

export interface EscalateInput {
  level: number;
  trigger: EscalationTrigger;
  reason: string;
  policy: PolicyRow;
  actor: Actor;
  now: Date;
  /** The order's audience, when the caller has it already (escalation changes nothing it depends on). */
  audience?: string[];
  /** The breach that caused the escalation: its audit event is the escalation's. */
  breach?: Record<string, unknown>;
}

/** A breach row to record in the same statement as the escalation it causes. */
export interface BreachRecord {
  id: string;
  kind: 'claim' | 'complete' | 'response';
  deadline: Date;
  detectedAt: Date;
  lateMs: number;
  levelAfter: number;
  detectedBy: 'timer' | 'reconciler';
  escalationId: string | null;
}

export interface EscalateOnBreachInput extends EscalateInput {
  recordBreach: BreachRecord;
  /** Runs once the breach and the escalation are recorded, before the order changes: the breach's own event goes out first. */
  onRecorded: () => Promise<void>;
}

/**
 * Lifts a locked order to a level of the ladder: the escalation record with its own response
 * deadline, the order's level (which widens its reach, see orders/reach.ts), the event to the
 * widened audience, matching, and a fresh claim-by for an unfilled order so the new level has its
 * own time. The escalation record, its timers, the matching job and the widened area's units are
 * written and read in one statement.
 */
export async function escalateOrder(
  tx: Db,
  order: OrderRow,
  input: EscalateInput,
): Promise<{ order: OrderRow; escalation: EscalationRow }> {
  return (await escalate(tx, order, input))!;
}

/**
 * escalateOrder for a breached deadline: the breach is recorded in the escalation's statement, once.
 * Returns null, having written nothing, when the breach was recorded already (a timer delivered
 * twice, a timer racing the reconciler).
 */
export function escalateOnBreach(
  tx: Db,
  order: OrderRow,
  input: EscalateOnBreachInput,
): Promise<{ order: OrderRow; escalation: EscalationRow } | null> {
  return escalate(tx, order, input);
}

async function escalate(
  tx: Db,
  order: OrderRow,
  input: EscalateInput & Partial<Pick<EscalateOnBreachInput, 'recordBreach' | 'onRecorded'>>,
): Promise<{ order: OrderRow; escalation: EscalationRow } | null> {
  const { level, policy, now } = input;
  const region = ladderRegion(order.regionPath, level);
  const escalation: EscalationRow = {
    id: newId(),
    orderId: order.id,
    level,
    regionId: region.regionId,
    regionPath: region.regionPath,
    trigger: input.trigger,
    reason: input.reason,
    status: 'open',
    respondBy: addSeconds(now, policy.responseWithinS),
    respondedAt: null,
    respondedBy: null,
    note: null,
    assignUnitIds: [],
    createdAt: now,
  };
  const rearm = claimDeadlineApplies(order);
  const claimBy = rearm ? addSeconds(now, policy.claimWithinS) : null;
  // The escalation changes neither status nor slots, so whether matching runs is decided on the order as locked.
  const jobs: OutboxJob<QueueName>[] = [
    ...(claimBy ? [orderTimer(order.id, 'claim', claimBy, now)] : []),
    responseTimer(escalation.id, escalation.respondBy, now),
    ...(needsRematch(order) ? [rematchJob(order.id)] : []),
  ];
  // An auto order reaches the widened area through the matcher's offers, not by broadcast.
  const widenedUnits =
    order.dispatchMode === 'auto' ? sql`'{}'::uuid[]` : unitsPairedUnderSql(region.regionPath, now);
  const b = input.recordBreach;
  const breach = b
    ? sql`b as (
      insert into sla_breaches (id, order_id, escalation_id, kind, deadline, detected_at, late_ms, level_after, detected_by)
      values (${b.id}, ${order.id}, ${b.escalationId}, ${b.kind}, ${b.deadline}, ${b.detectedAt}, ${b.lateMs},
              ${b.levelAfter}, ${b.detectedBy})
      on conflict do nothing returning id),`
    : sql``;
  const { rows } = await tx.execute<{ recorded: boolean; created: boolean; widened: string[] }>(sql`
    with ${breach} e as (
      insert into escalations (id, order_id, level, region_id, region_path, trigger, reason, respond_by, created_at)
      select ${escalation.id}::uuid, ${order.id}::uuid, ${level}::int, ${region.regionId}::uuid, ${region.regionPath}::text,
             ${input.trigger}::text, ${input.reason}::text, ${escalation.respondBy}::timestamptz, ${now}::timestamptz
       where ${b ? sql`exists (select 1 from b)` : sql`true`}
      on conflict do nothing returning id)
    select ${b ? sql`exists (select 1 from b)` : sql`true`} as recorded, exists (select 1 from e) as created,
           (select outbox_enqueue(${jobsArg(jobs)}::jsonb) where exists (select 1 from e)) as enqueued,
           ${widenedUnits} as widened`);
  if (!rows[0]?.recorded) return null;
  if (!rows[0].created)
    throw Errors.escalationLevelInvalid(`the order was already escalated to level ${level}`, {
      currentLevel: order.escalationLevel,
    });
  await input.onRecorded?.();
  const row = await updateOrder(
    tx,
    order,
    { escalationLevel: level, ...(claimBy && { claimBy }) },
    {
      actor: input.actor,
      action: 'order.escalated',
      now,
      auditExtra: {
        escalationId: escalation.id,
        trigger: input.trigger,
        reason: input.reason,
        respondBy: escalation.respondBy,
        ...(input.breach && { breach: input.breach }),
      },
    },
  );
  const audience = input.audience ?? (await audienceOf(tx, order, now));
  await emitOrderEventTo(tx, 'order.escalated', row, [...new Set([...audience, ...rows[0].widened])], {
    escalationId: escalation.id,
    fromLevel: order.escalationLevel,
    regionId: region.regionId,
    trigger: input.trigger,
    respondBy: escalation.respondBy.toISOString(),
  });
  return { order: row, escalation };
}

/**
 * Ends an open order whose claim-by passed at the top of the ladder: like a cancellation, held
 * claims give their members' capacity back, pending offers are withdrawn, open escalations close.
 */
export async function expireOrder(
  tx: Db,
  order: OrderRow,
  opts: { actor: Actor; now: Date; reason: string; breach?: Record<string, unknown> },
): Promise<OrderRow> {
  return closeOrder(tx, order, 'expire', opts);
}
