import { headsDigest, signatureValid, signCheckpoint } from '../../audit/checkpoint.js';
import type { Caller } from '../../auth/scope.js';
import type { Db } from '../../db/client.js';
import { Errors } from '../../errors.js';
import type { Clock } from '../../lib/clock.js';
import { newId } from '../../lib/ids.js';
import { decodeCursor, toPage } from '../../lib/pagination.js';
import { requireAuditor } from './audit.access.js';
import { headsUpTo, lastEventIdBefore } from './chains.repo.js';
import {
  type CheckpointRow,
  checkpointsBefore,
  findCheckpoint,
  insertCheckpoint,
} from './checkpoints.repo.js';

/**
 * Events younger than this are left to the next checkpoint: a transaction still open when the
 * checkpoint is taken may commit an event with a lower id later, and the checkpoint must only
 * cover what can no longer change.
 */
const SETTLE_MS = 10_000;

const toDto = (c: CheckpointRow) => ({
  id: c.id,
  createdAt: c.createdAt.toISOString(),
  lastEventId: c.lastEventId,
  chainCount: c.chainCount,
  headsDigest: c.headsDigest,
  signature: c.signature,
});

/**
 * Audit anchoring: the heads of every chain up to an event id, combined into one digest and signed
 * with AUDIT_HMAC_KEY. Recomputing the heads later and comparing exposes any rewritten chain, even
 * one whose hashes were all recomputed.
 */
export function createCheckpointsService(deps: { db: Db; clock: Clock; hmacKey: string }) {
  const { db, clock, hmacKey } = deps;

  /** Signs the heads of every chain now (the hourly job, and `sign` on request). */
  async function create() {
    const now = clock.now();
    const lastEventId = await lastEventIdBefore(db, new Date(now.getTime() - SETTLE_MS));
    const heads = await headsUpTo(db, lastEventId);
    const body = { lastEventId, chainCount: heads.length, headsDigest: headsDigest(heads), createdAt: now };
    return toDto(
      await insertCheckpoint(db, { id: newId(), ...body, signature: signCheckpoint(hmacKey, body) }),
    );
  }

  return {
    create,

    async sign(caller: Caller) {
      requireAuditor(caller.auth);
      return create();
    },

    async list(caller: Caller, q: { limit: number; cursor?: string }) {
      requireAuditor(caller.auth);
      const page = toPage(await checkpointsBefore(db, decodeCursor(q.cursor), q.limit), q.limit);
      return { items: page.items.map(toDto), nextCursor: page.nextCursor };
    },

    /** Recomputes the heads the checkpoint covered and checks digest and signature. */
    async verify(caller: Caller, id: string) {
      requireAuditor(caller.auth);
      const c = await findCheckpoint(db, id);
      if (!c) throw Errors.notFound(`checkpoint ${id} not found`);
      const heads = await headsUpTo(db, c.lastEventId);
      const digest = headsDigest(heads);
      const signed = signatureValid(
        hmacKey,
        {
          lastEventId: c.lastEventId,
          chainCount: c.chainCount,
          headsDigest: c.headsDigest,
          createdAt: c.createdAt,
        },
        c.signature,
      );
      return {
        id: c.id,
        ok: signed && digest === c.headsDigest && heads.length === c.chainCount,
        signatureValid: signed,
        headsMatch: digest === c.headsDigest,
        chainCount: heads.length,
      };
    },
  };
}
