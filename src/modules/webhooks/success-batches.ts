/**
 * Successful attempts written together. A matching wave's first attempts succeed a few
 * milliseconds after the wave; at a steady rate of orders, every wave would otherwise write its
 * successes in a statement of its own. SuccessBatches holds them for up to `lingerMs` (or until
 * `maxRows` are waiting) and writes them in one statement; each caller's promise settles with the
 * statement that wrote its rows.
 *
 * Holding an outcome back changes nothing that delivery promises: until it is written the delivery
 * stays in flight, as between any attempt's answer and its recording, and a process that stops in
 * that time leaves it to be attempted again with the same webhook-id (inline-attempts.ts).
 */
import type { RecordSuccesses } from './deliver.js';
import type { Success } from './webhooks.repo.js';

interface Waiting {
  resolve: () => void;
  reject: (err: unknown) => void;
}

export class SuccessBatches {
  private rows: Success[] = [];
  private waiting: Waiting[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly write: RecordSuccesses,
    private readonly lingerMs: number,
    private readonly maxRows = 500,
  ) {}

  /** Adds successes to the next statement; settles when that statement has run. */
  readonly record: RecordSuccesses = (done) =>
    new Promise<void>((resolve, reject) => {
      this.rows.push(...done);
      this.waiting.push({ resolve, reject });
      if (this.rows.length >= this.maxRows) this.flush();
      else this.timer ??= setTimeout(() => this.flush(), this.lingerMs);
    });

  /** Writes what is waiting now. */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const rows = this.rows;
    const waiting = this.waiting;
    this.rows = [];
    this.waiting = [];
    if (rows.length === 0) return;
    this.write(rows).then(
      () => {
        for (const w of waiting) w.resolve();
      },
      (err: unknown) => {
        for (const w of waiting) w.reject(err);
      },
    );
  }
}
