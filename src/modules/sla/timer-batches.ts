import type { CheckOutcome, DeadlineChecks, OrderDeadlineCheck } from './deadline-timers.service.js';

/** Timers gathered into one transaction at most. */
const MAX_BATCH = 10;
/** How long a fired timer waits for others to share its transaction. */
const GATHER_MS = 2;

interface Waiting extends OrderDeadlineCheck {
  resolve(outcome: CheckOutcome): void;
  reject(err: unknown): void;
}

/**
 * Order deadline timers that fire together (a worker runs many at once) are checked in one
 * transaction: one BEGIN, one row lock statement and one COMMIT for up to MAX_BATCH orders instead
 * of one each. Each check is the one a single timer runs. When a batch fails (one bad order, a
 * deadlock), each of its timers is checked again on its own, so only the failing one fails (and its
 * job is retried). A second timer of an order in the gathering batch, or in a batch still running,
 * waits until that batch has committed, so it sees what the first did.
 */
export function timerBatches(checks: DeadlineChecks) {
  let waiting: Waiting[] = [];
  let timer: NodeJS.Timeout | null = null;
  /** Orders of the batches running now: their other timers wait for them. */
  const running = new Set<string>();

  const alone = (item: Waiting) =>
    checks.checkOrderDeadline(item.orderId, item.kind, item.planned, item.by).then(item.resolve, item.reject);

  async function run(batch: Waiting[]): Promise<void> {
    if (batch.length === 1) return alone(batch[0]!);
    let outcomes: CheckOutcome[];
    try {
      outcomes = await checks.checkOrderDeadlines(batch);
    } catch {
      await Promise.all(batch.map(alone));
      return;
    }
    for (const [i, item] of batch.entries()) item.resolve(outcomes[i]!);
  }

  function flush(): void {
    timer = null;
    const batch: Waiting[] = [];
    const later: Waiting[] = [];
    const orders = new Set<string>();
    for (const item of waiting) {
      if (batch.length < MAX_BATCH && !orders.has(item.orderId) && !running.has(item.orderId)) {
        orders.add(item.orderId);
        batch.push(item);
      } else later.push(item);
    }
    waiting = later;
    for (const id of orders) running.add(id);
    const ready = waiting.some((item) => !running.has(item.orderId));
    if (ready) schedule();
    if (batch.length === 0) return;
    void run(batch).finally(() => {
      for (const id of orders) running.delete(id);
      if (waiting.length > 0) schedule();
    });
  }

  function schedule(): void {
    if (timer) return;
    if (waiting.length >= MAX_BATCH) {
      timer = setTimeout(flush, 0);
      return;
    }
    timer = setTimeout(flush, GATHER_MS);
  }

  return {
    /** Checks one order deadline, in a transaction shared with the timers that fire with it. */
    check(item: OrderDeadlineCheck): Promise<CheckOutcome> {
      return new Promise<CheckOutcome>((resolve, reject) => {
        waiting.push({ ...item, resolve, reject });
        if (waiting.length >= MAX_BATCH && timer) {
          clearTimeout(timer);
          timer = null;
        }
        schedule();
      });
    },
  };
}

export type TimerBatches = ReturnType<typeof timerBatches>;
