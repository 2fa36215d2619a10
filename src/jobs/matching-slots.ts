import pLimit, { type LimitFunction } from 'p-limit';

/**
 * The matching passes of one worker process, at most `size` at once (MATCHING_CONCURRENCY), however
 * they came: a job of the matching queue waits for a slot; a job the outbox relay runs itself takes
 * one only if it is free at once (see the relay's `LocalJobs`), and otherwise goes to the queue. So a
 * burst of slow passes holds at most `size` of the workers' connections either way.
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

  /** Runs a pass now if a slot is free and no pass waits for one; null otherwise, or once closing. */
  tryRun<T>(pass: () => Promise<T>): Promise<T> | null {
    if (this.closing || this.limit.activeCount + this.limit.pendingCount >= this.limit.concurrency)
      return null;
    return this.limit(pass);
  }

  /** Takes no pass through tryRun any more (the process is closing; the queue takes them). */
  close(): void {
    this.closing = true;
  }
}
