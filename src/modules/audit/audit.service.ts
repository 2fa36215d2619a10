import { asc, eq, gt } from 'drizzle-orm';
import { type ChainCheck, verifyChain } from '../../audit/chain.js';
import type { Db } from '../../db/client.js';
import { auditEvents } from '../../db/schema/index.js';
import { Errors } from '../../errors.js';

type EventRow = typeof auditEvents.$inferSelect;

const toChained = (e: EventRow) => ({
  entityType: e.entityType,
  entityId: e.entityId,
  seq: e.seq,
  action: e.action,
  actorType: e.actorType,
  actorId: e.actorId,
  requestId: e.requestId,
  before: e.before,
  after: e.after,
  createdAt: e.createdAt,
  prevHash: e.prevHash,
  hash: e.hash,
});

export interface ChainReport {
  entityId: string;
  result: ChainCheck;
}

/** Recomputes audit chains: one entity's, or every chain in the trail (read in pages, one chain at a time). */
export function createAuditService(db: Db) {
  async function verifyEntity(entityId: string): Promise<ChainReport> {
    const events = await db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, entityId))
      .orderBy(asc(auditEvents.seq));
    if (events.length === 0) throw Errors.notFound(`no audit events for ${entityId}`);
    return { entityId, result: verifyChain(events.map(toChained)) };
  }

  async function verifyAll(): Promise<{ chains: number; events: number; broken: ChainReport[] }> {
    let chains = 0;
    let events = 0;
    const broken: ChainReport[] = [];
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const ids = await db
        .selectDistinct({ entityId: auditEvents.entityId })
        .from(auditEvents)
        .where(gt(auditEvents.entityId, after))
        .orderBy(asc(auditEvents.entityId))
        .limit(500);
      if (ids.length === 0) break;
      for (const { entityId } of ids) {
        const report = await verifyEntity(entityId);
        chains += 1;
        events += report.result.events;
        if (!report.result.ok) broken.push(report);
      }
      after = ids.at(-1)!.entityId;
    }
    return { chains, events, broken };
  }

  return { verifyEntity, verifyAll };
}
