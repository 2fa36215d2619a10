import { asc, eq, sql } from 'drizzle-orm';
import type { ChainHead } from '../../audit/checkpoint.js';
import type { Db } from '../../db/client.js';
import { execute } from '../../db/exec.js';
import { auditTrail } from '../../db/schema/index.js';

/**
 * Reads of the audit trail's hash chains, for verifying them and signing their heads. The trail is
 * written by src/audit/audit.repo.ts (through `audit_append`) and never changed. Every read here
 * goes through the view `audit_trail`: the live monthly partitions and the archived months
 * (`archive.audit_events`), so a chain and a checkpoint verify whatever months they span.
 */

export type AuditEventRow = typeof auditTrail.$inferSelect;

/** One entity's chain, oldest first. */
export const chainOf = (db: Db, entityId: string): Promise<AuditEventRow[]> =>
  db.select().from(auditTrail).where(eq(auditTrail.entityId, entityId)).orderBy(asc(auditTrail.seq));

/**
 * The next `limit` entities with a chain, in id order after `after`. A skip scan: each step asks for
 * the first entity after the previous one, which every partition answers from its (entity, seq)
 * index, so a page costs `limit` index probes a partition however long the trail is (a DISTINCT over
 * the partitions would read and sort all of it for every page).
 */
export async function entitiesAfter(db: Db, after: string, limit: number): Promise<string[]> {
  const { rows } = await execute<{ entity_id: string }>(
    db,
    sql`
      with recursive next(entity_id) as (
        (select entity_id from audit_trail where entity_id > ${after}::uuid order by entity_id limit 1)
        union all
        select (select a.entity_id from audit_trail a where a.entity_id > n.entity_id order by a.entity_id limit 1)
          from next n where n.entity_id is not null)
      select entity_id from next where entity_id is not null limit ${limit}`,
  );
  return rows.map((r) => r.entity_id);
}

/** The id of the last event written before `before`; 0 when there is none. */
export async function lastEventIdBefore(db: Db, before: Date): Promise<number> {
  const { rows } = await execute<{ last: number | null }>(
    db,
    sql`select max(id)::bigint as last from audit_trail where created_at < ${before}`,
  );
  return rows[0]?.last ?? 0;
}

/** The head of every chain as it stood at event `lastEventId`. */
export async function headsUpTo(db: Db, lastEventId: number): Promise<ChainHead[]> {
  const { rows } = await execute<{ entity_id: string; seq: number; hash: string }>(
    db,
    sql`
      select distinct on (entity_id) entity_id, seq, hash from audit_trail
      where id <= ${lastEventId} order by entity_id, seq desc`,
  );
  return rows.map((r) => ({ entityId: r.entity_id, seq: r.seq, hash: r.hash }));
}
