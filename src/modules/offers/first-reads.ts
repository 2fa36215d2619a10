/**
 * First reads together. The relay hands a worker the matching jobs of a batch of orders at once, and
 * each pass begins with one read: its order, its audit chain's head and its first wave's candidates
 * (readForMatching). Read alone, each costs a statement and a round trip of its own. FirstReads
 * gathers the reads asked for in one turn of the event loop (the passes of a relayed batch start
 * together, before any of them waits on the network) and makes them one statement; each pass gets
 * its own order's read and the time it was read at, which is the time of its pass.
 *
 * Nothing a pass sees changes: each order is read by the statement of a single read. A statement
 * that fails fails every pass that waited on it (a failed pass goes to the matching queue for its
 * retries, as before).
 */

import type { Db } from '../../db/client.js';
import type { Clock } from '../../lib/clock.js';
import { type CandidateTimes, type MatchingRead, readAllForMatching } from './matching.repo.js';

/** A pass's read, and the time it was read at. */
export type TimedRead = MatchingRead & { now: Date };

interface Waiter {
  resolve: (read: TimedRead | null) => void;
  reject: (err: unknown) => void;
}

export class FirstReads {
  /** The passes waiting on the next statement, by order (two passes of one order share its read). */
  private waiting = new Map<string, Waiter[]>();
  private scheduled = false;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    /** The weight of the score's pending penalty, and the offers a first wave makes per free slot. */
    private readonly times: Omit<CandidateTimes, 'now'> & { fanout: number },
  ) {}

  /** The order as read for its pass (null when there is no such order), with the others asked for meanwhile. */
  read(orderId: string): Promise<TimedRead | null> {
    return new Promise((resolve, reject) => {
      const waiters = this.waiting.get(orderId) ?? [];
      waiters.push({ resolve, reject });
      this.waiting.set(orderId, waiters);
      if (this.scheduled) return;
      this.scheduled = true;
      setImmediate(() => void this.flush());
    });
  }

  private async flush(): Promise<void> {
    this.scheduled = false;
    const batch = this.waiting;
    this.waiting = new Map();
    const now = this.clock.now();
    try {
      const reads = await readAllForMatching(this.db, [...batch.keys()], { ...this.times, now });
      for (const [orderId, waiters] of batch) {
        const read = reads.get(orderId);
        for (const w of waiters) w.resolve(read ? { ...read, now } : null);
      }
    } catch (err) {
      for (const waiters of batch.values()) for (const w of waiters) w.reject(err);
    }
  }
}
