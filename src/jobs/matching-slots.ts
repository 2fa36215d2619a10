import pLimit, { type LimitFunction } from 'p-limit';

/**
 * The matching passes of one worker process, at most `size` at once (MATCHING_CONCURRENCY), however
 * they came: a job of the matching queue waits for a slot; a job the outbox relay runs itself takes
 * one if it is free, or waits for one behind fewer than `size` others (a batch the relay claimed may
 * hold more matching jobs than there are slots), and otherwise goes to the queue (see the relay's
 * `LocalJobs`). So a burst of slow passes holds at most `size` of the workers' connections either way.
 */
export class MatchingSlots {
  private readonly limit: LimitFunction;
  private closing = false;

  constructor(size: number) {
    this.limit = pLimit(size);
  }

  /** Runs a pass in a slot, once one is free. */
  run<T>(pass: () => Promise<T>): Promise<T> {
    return this.limit(pass);
  }

  /**
   * Runs a pass in a slot that is free or for which fewer than `size` passes wait; null otherwise,
   * or once closing.
   */
  tryRun<T>(pass: () => Promise<T>): Promise<T> | null {
    if (this.closing || this.limit.activeCount + this.limit.pendingCount >= 2 * this.limit.concurrency)
      return null;
    return this.limit(pass);
  }

  /** Takes no pass through tryRun any more (the process is closing; the queue takes them). */
  close(): void {
    this.closing = true;
  }
}
