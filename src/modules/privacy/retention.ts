import type { Db } from '../../db/client.js';
import type { Clock } from '../../lib/clock.js';
import { deleteIdempotencyRecords } from './privacy.repo.js';

export interface RetentionDeps {
  db: Db;
  clock: Clock;
  /** How long a stored first answer of an Idempotency-Key write is kept (IDEMPOTENCY_RETENTION_S). */
  retentionS: number;
}

// Small batches keep each DELETE short, so a large backlog never holds locks that writes queue behind.
const BATCH = 5_000;

/**
 * Retention of idempotency records: the stored first answers replay a retried write, and can hold
 * personal data (a created member's phone, an order's beneficiary). Past the retention a retry is a
 * new request, which clients are told in the README.
 */
export function idempotencyRetention({ db, clock, retentionS }: RetentionDeps) {
  return {
    async sweep(): Promise<{ deleted: number }> {
      const cutoff = new Date(clock.now().getTime() - retentionS * 1000);
      let deleted = 0;
      for (;;) {
        const n = await deleteIdempotencyRecords(db, cutoff, BATCH);
        deleted += n;
        if (n < BATCH) return { deleted };
      }
    },
  };
}
