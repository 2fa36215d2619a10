import { createHash } from 'node:crypto';
import { canonicalJson } from '../lib/canonical-json.js';

export { canonicalJson };

export interface ChainedFields {
  entityType: string;
  entityId: string;
  seq: number;
  action: string;
  actorType: string;
  actorId: string | null;
  requestId: string | null;
  before: unknown;
  after: unknown;
  createdAt: Date;
  prevHash: string | null;
}

export function eventHash(e: ChainedFields): string {
  // Exactly the chained fields: a row read back carries more (its own hash, id) that must not count.
  const body = canonicalJson({
    entityType: e.entityType,
    entityId: e.entityId,
    seq: e.seq,
    action: e.action,
    actorType: e.actorType,
    actorId: e.actorId,
    requestId: e.requestId,
    before: e.before,
    after: e.after,
    createdAt: e.createdAt.toISOString(),
    prevHash: e.prevHash,
  });
  return createHash('sha256').update(body).digest('hex');
}

export type ChainCheck =
  | { ok: true; events: number }
  | { ok: false; events: number; brokenAtSeq: number; reason: string };

/** Recomputes a chain (events oldest first) and says where it breaks, if it does. */
export function verifyChain(events: (ChainedFields & { hash: string })[]): ChainCheck {
  let prev: string | null = null;
  for (const [i, e] of events.entries()) {
    if (e.seq !== i + 1)
      return { ok: false, events: events.length, brokenAtSeq: e.seq, reason: 'sequence gap' };
    if (e.prevHash !== prev)
      return { ok: false, events: events.length, brokenAtSeq: e.seq, reason: 'previous hash mismatch' };
    if (eventHash(e) !== e.hash)
      return { ok: false, events: events.length, brokenAtSeq: e.seq, reason: 'content hash mismatch' };
    prev = e.hash;
  }
  return { ok: true, events: events.length };
}
