/** Statements on escalations: the escalation of an order with its breach and timers, reads, answers. */
import { and, asc, eq, gt, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { execute } from '../../db/exec.js';
import { alias, pairingValidOn } from '../../db/predicates.js';
import { escalations, units } from '../../db/schema/index.js';
import type { OutboxJob } from '../../outbox/jobs.js';
import { jobsArg } from '../../outbox/outbox.repo.js';
import type { BreachRow } from './sla.repo.js';

export type EscalationRow = typeof escalations.$inferSelect;
export type EscalationStatus = EscalationRow['status'];

/**
 * Which escalations a key sees: all, none, those whose level's region lies under a path (the
 * officers of that level), or those of orders under a path (the order's community staff).
 */
export type EscalationScope = 'all' | 'none' | { levelUnder: string } | { orderUnder: string };

function visibleIn(scope: EscalationScope): SQL | undefined {
  if (scope === 'all') return undefined;
  if (scope === 'none') return sql`false`;
  return 'levelUnder' in scope
    ? sql`${escalations.regionPath} like ${`${scope.levelUnder}%`}`
    : sql`exists (select 1 from orders eo where eo.id = ${escalations.orderId} and eo.region_path like ${`${scope.orderUnder}%`})`;
}

export async function findEscalation(
  db: Db,
  id: string,
  scope: EscalationScope = 'all',
): Promise<EscalationRow | undefined> {
  const [row] = await db
    .select()
    .from(escalations)
    .where(and(eq(escalations.id, id), visibleIn(scope)));
  return row;
}

/** Escalations in scope matching the filters, in id order after `after`, `limit` at most. */
export function listEscalations(
  db: Db,
  scope: EscalationScope,
  q: { after?: string; status?: EscalationStatus; level?: number; orderId?: string; limit: number },
): Promise<EscalationRow[]> {
  return db
    .select()
    .from(escalations)
    .where(
      and(
        visibleIn(scope),
        q.after ? gt(escalations.id, q.after) : undefined,
        q.status ? eq(escalations.status, q.status) : undefined,
        q.level !== undefined ? eq(escalations.level, q.level) : undefined,
        q.orderId ? eq(escalations.orderId, q.orderId) : undefined,
      ),
    )
    .orderBy(asc(escalations.id))
    .limit(q.limit);
}

/** The order an escalation belongs to, read without a lock (the order is locked before the escalation). */
export async function escalationOrderId(db: Db, id: string): Promise<string | undefined> {
  const [head] = await db
    .select({ orderId: escalations.orderId })
    .from(escalations)
    .where(eq(escalations.id, id));
  return head?.orderId;
}

/** Locks an escalation's row for the rest of the transaction (its order is locked first). */
export async function lockEscalation(db: Db, id: string): Promise<EscalationRow | undefined> {
  const [row] = await db.select().from(escalations).where(eq(escalations.id, id)).for('update');
  return row;
}

export async function setEscalationStatus(db: Db, id: string, status: EscalationStatus): Promise<void> {
  await db.update(escalations).set({ status }).where(eq(escalations.id, id));
}

/** The officers' answer: the escalation is responded, with their note and the units they ask to help. */
export async function recordResponse(
  db: Db,
  id: string,
  answer: { respondedAt: Date; respondedBy: string; note: string; assignUnitIds: string[] },
): Promise<EscalationRow> {
  const [row] = await db
    .update(escalations)
    .set({ status: 'responded', ...answer })
    .where(eq(escalations.id, id))
    .returning();
  return row!;
}

/** The whistlers' rating of the answer, recorded once (the caller holds the escalation's lock). */
export async function recordAnswerRating(
  db: Db,
  id: string,
  rating: { answerRating: number; answerComment: string | null; answerRatedBy: string; answerRatedAt: Date },
): Promise<EscalationRow> {
  const [row] = await db.update(escalations).set(rating).where(eq(escalations.id, id)).returning();
  return row!;
}

/** Those of `unitIds` that name no unit. */
export async function unknownUnits(db: Db, unitIds: string[]): Promise<string[]> {
  if (unitIds.length === 0) return [];
  const found = new Set(
    (await db.select({ id: units.id }).from(units).where(inArray(units.id, unitIds))).map((u) => u.id),
  );
  return unitIds.filter((id) => !found.has(id));
}

/** Units paired today with any community under a region (whom an escalation to that region reaches), as a uuid[]. */
function unitsPairedUnder(regionPath: string, now: Date): SQL {
  return sql`array(
    select distinct p.unit_id from pairings p join regions c on c.id = p.community_id
    where c.path like ${`${regionPath}%`} and ${pairingValidOn(alias('p'), now.toISOString().slice(0, 10))})`;
}

export interface EscalationWrite {
  escalation: EscalationRow;
  /** The breach that causes the escalation, recorded in the same statement, once. */
  breach?: BreachRow;
  /** Its timers and the matching it asks for, enqueued when the escalation is written. */
  jobs: OutboxJob[];
  /** The units paired under this region path on the escalation's day are read with it; null for none. */
  widenUnder: string | null;
}

/**
 * Writes an escalation, its breach (if any) and its jobs, and reads the units of the widened area,
 * in one statement. `recorded` is false when the breach was recorded already (nothing is written);
 * `created` false when the order already has an escalation of that level.
 */
export async function writeEscalation(
  db: Db,
  w: EscalationWrite,
): Promise<{ recorded: boolean; created: boolean; widened: string[] }> {
  const { escalation: e, breach: b } = w;
  const widenedUnits =
    w.widenUnder === null ? sql`'{}'::uuid[]` : unitsPairedUnder(w.widenUnder, e.createdAt);
  const breach = b
    ? sql`b as (
      insert into sla_breaches (id, order_id, escalation_id, kind, deadline, detected_at, late_ms, level_after, detected_by)
      values (${b.id}, ${b.orderId}, ${b.escalationId}, ${b.kind}, ${b.deadline}, ${b.detectedAt}, ${b.lateMs},
              ${b.levelAfter}, ${b.detectedBy})
      on conflict do nothing returning id),`
    : sql``;
  const { rows } = await execute<{ recorded: boolean; created: boolean; widened: string[] }>(
    db,
    sql`
    with ${breach} e as (
      insert into escalations (id, order_id, level, region_id, region_path, trigger, reason, respond_by, created_at)
      select ${e.id}::uuid, ${e.orderId}::uuid, ${e.level}::int, ${e.regionId}::uuid, ${e.regionPath}::text,
             ${e.trigger}::text, ${e.reason}::text, ${e.respondBy}::timestamptz, ${e.createdAt}::timestamptz
       where ${b ? sql`exists (select 1 from b)` : sql`true`}
      on conflict do nothing returning id)
    select ${b ? sql`exists (select 1 from b)` : sql`true`} as recorded, exists (select 1 from e) as created,
           (select outbox_enqueue(${jobsArg(w.jobs)}::jsonb) where exists (select 1 from e)) as enqueued,
           ${widenedUnits} as widened`,
  );
  return rows[0]!;
}
