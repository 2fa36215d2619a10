import type { Random } from './random.js';

/** A delay of `from` to `to` seconds, in milliseconds: seconds of the demo stand for hours of a day. */
export const sec = (random: Random, from: number, to: number) =>
  Math.round((from + random.next() * (to - from)) * 1000);

/**
 * Runs the simulation's actions at their times until the end of the run, with a cap on requests in
 * flight so a run of 500 orders does not flood a service sharing two cores with it. Actions due
 * after the end are dropped: the run stops where it is, like a day that ends.
 */
export class Scheduler {
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly running = new Set<Promise<void>>();
  private readonly waiting: (() => void)[] = [];
  private active = 0;
  private stopped = false;
  readonly failures: Error[] = [];

  constructor(
    private readonly endAt: number,
    private readonly maxInFlight: number,
  ) {}

  get pending(): number {
    return this.timers.size + this.active + this.waiting.length;
  }

  at(delayMs: number, action: () => Promise<void>): void {
    if (this.stopped || Date.now() + delayMs >= this.endAt) return;
    const timer = setTimeout(
      () => {
        this.timers.delete(timer);
        const run = this.run(action).finally(() => this.running.delete(run));
        this.running.add(run);
      },
      Math.max(0, delayMs),
    );
    this.timers.add(timer);
  }

  private async run(action: () => Promise<void>): Promise<void> {
    if (this.active >= this.maxInFlight) await new Promise<void>((r) => this.waiting.push(r));
    if (this.stopped) return;
    this.active++;
    try {
      await action();
    } catch (err) {
      this.failures.push(err as Error);
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }

  /** Cancels what has not started and waits for what has. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    for (const release of this.waiting.splice(0)) release();
    await Promise.allSettled([...this.running]);
  }
}
