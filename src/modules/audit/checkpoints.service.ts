import { desc, eq, lt, sql } from 'drizzle-orm';
import { type ChainHead, headsDigest, signatureValid, signCheckpoint } from '../../audit/checkpoint.js';
import type { Db } from '../../db/client.js';
import { auditCheckpoints } from '../../db/schema/index.js';
import { Errors } from '../../errors.js';
import type { Clock } from '../../lib/clock.js';
import { newId } from '../../lib/ids.js';
import { decodeCursor, toPage } from '../../lib/pagination.js';

/**
 * Events younger than this are left to the next checkpoint: a transaction still open when the
 * checkpoint is taken may commit an event with a lower id later, and the checkpoint must only
 * cover what can no longer change.
 */
const SETTLE_MS = 10_000;

type CheckpointRow = typeof auditCheckpoints.$inferSelect;

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

  async function headsUpTo(lastEventId: number): Promise<ChainHead[]> {
    const { rows } = await db.execute<{ entity_id: string; seq: number; hash: string }>(sql`
      select distinct on (entity_id) entity_id, seq, hash from audit_events
      where id <= ${lastEventId} order by entity_id, seq desc`);
    return rows.map((r) => ({ entityId: r.entity_id, seq: r.seq, hash: r.hash }));
  }

  return {
    async create() {
      const now = clock.now();
      const { rows } = await db.execute<{ last: number | null }>(
        sql`select max(id)::bigint as last from audit_events where created_at < ${new Date(now.getTime() - SETTLE_MS)}`,
      );
      const lastEventId = rows[0]?.last ?? 0;
      const heads = await headsUpTo(lastEventId);
      const body = { lastEventId, chainCount: heads.length, headsDigest: headsDigest(heads), createdAt: now };
      const [row] = await db
        .insert(auditCheckpoints)
        .values({ id: newId(), ...body, signature: signCheckpoint(hmacKey, body) })
        .returning();
      return toDto(row!);
    },

    async list(q: { limit: number; cursor?: string }) {
      const before = decodeCursor(q.cursor);
      const rows = await db
        .select()
        .from(auditCheckpoints)
        .where(before ? lt(auditCheckpoints.id, before) : undefined)
        .orderBy(desc(auditCheckpoints.id))
        .limit(q.limit + 1);
      const page = toPage(rows, q.limit);
      return { items: page.items.map(toDto), nextCursor: page.nextCursor };
    },

    /** Recomputes the heads the checkpoint covered and checks digest and signature. */
    async verify(id: string) {
      const [c] = await db.select().from(auditCheckpoints).where(eq(auditCheckpoints.id, id));
      if (!c) throw Errors.notFound(`checkpoint ${id} not found`);
      const heads = await headsUpTo(c.lastEventId);
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

    async latest() {
      const [c] = await db.select().from(auditCheckpoints).orderBy(desc(auditCheckpoints.id)).limit(1);
      return c ? toDto(c) : null;
    },
  };
}
