import { type ChainCheck, verifyChain } from '../../audit/chain.js';
import type { Caller } from '../../auth/scope.js';
import { Errors } from '../../errors.js';
import type { ServiceDeps } from '../deps.js';
import { requireAuditor } from './audit.access.js';
import { chainOf, entitiesAfter } from './chains.repo.js';

interface ChainReport {
  entityId: string;
  result: ChainCheck;
}

/** Recomputes audit chains: one entity's, or every chain in the trail (read in pages, one chain at a time). */
export function createAuditService(deps: Pick<ServiceDeps, 'db'>) {
  const { db } = deps;

  async function verifyEntity(entityId: string): Promise<ChainReport> {
    const events = await chainOf(db, entityId);
    if (events.length === 0) throw Errors.notFound(`no audit events for ${entityId}`);
    return { entityId, result: verifyChain(events) };
  }

  async function verifyAll(): Promise<{ chains: number; events: number; broken: ChainReport[] }> {
    let chains = 0;
    let events = 0;
    const broken: ChainReport[] = [];
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const ids = await entitiesAfter(db, after, 500);
      if (ids.length === 0) break;
      for (const entityId of ids) {
        const report = await verifyEntity(entityId);
        chains += 1;
        events += report.result.events;
        if (!report.result.ok) broken.push(report);
      }
      after = ids.at(-1)!;
    }
    return { chains, events, broken };
  }

  return {
    /** One entity's chain (entityId) or every chain, and where each broken one breaks. */
    async verify(caller: Caller, entityId: string | undefined) {
      requireAuditor(caller.auth);
      const reports = entityId
        ? await verifyEntity(entityId).then((r) => ({
            chains: 1,
            events: r.result.events,
            broken: r.result.ok ? [] : [r],
          }))
        : await verifyAll();
      const broken = reports.broken.map((r) => ({
        entityId: r.entityId,
        brokenAtSeq: r.result.ok ? 0 : r.result.brokenAtSeq,
        reason: r.result.ok ? '' : r.result.reason,
      }));
      return { ok: broken.length === 0, chains: reports.chains, events: reports.events, broken };
    },
  };
}
